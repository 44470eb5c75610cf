/**
 * Language detection among the packs, with confusers: pages in a supported language get its
 * pack; pages in a language without a pack get `'und'` (universal and English rules), not the
 * nearest pack; pages too short to tell fall back to `'und'` too.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {clean, detectLanguage, languagePacks, parsePage} from '../../src/index.js'

const detection = path.join(import.meta.dirname, '..', '..', 'fixtures', 'detection')
/** The paragraphs of a detection file, as one page. */
const page = (code: string): string =>
  readFileSync(path.join(detection, `${code}.txt`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .join('\n\n')
const candidates = [...languagePacks.values()].map((pack) => ({code: pack.code, iso6393: pack.iso6393!}))

describe('language detection', () => {
  it.each(['de', 'en', 'es', 'fr', 'it', 'nl', 'pt'])('detects a page of news lines in %s', (code) => {
    expect(clean(page(code)).language).toBe(code)
  })

  it.each(['pl', 'cs', 'ro', 'hu', 'sv', 'tr', 'ru', 'uk'])("answers 'und' for a page in %s, a language without a pack", (code) => {
    expect(clean(page(code)).language).toBe('und')
  })

  it('without confusers picks the nearest pack for a language without one', () => {
    const answer = detectLanguage(parsePage(page('pl')).blocks, candidates, [])
    expect(answer).not.toBe('und')
    expect(languagePacks.has(answer)).toBe(true)
  })

  it('applies universal and English rules, and no other pack, to a page in a language without a pack', () => {
    const result = clean(`${page('pl')}\n\nShare this article\n\nAlle akzeptieren\n\nFolgen Sie uns auf Instagram!`)
    expect(result.language).toBe('und')
    expect(result.text).not.toContain('Share this article')
    expect(result.text).toContain('Alle akzeptieren')
    expect(result.text).toContain('Folgen Sie uns auf Instagram!')
  })

  it("falls back to 'und', with universal and English rules only, under the detection minimum", () => {
    const result = clean('Alle akzeptieren\n\nLeave a Comment')
    expect(result.language).toBe('und')
    expect(result.text).toBe('Alle akzeptieren')
    expect(clean('Alle akzeptieren\n\nLeave a Comment', {language: 'de'}).text).toBe('')
  })

  it('treats the packs left out of `languages` like languages without a pack', () => {
    expect(clean(page('de'), {languages: ['fr', 'en']}).language).toBe('und')
    expect(clean(page('de'), {languages: ['de', 'en']}).language).toBe('de')
  })
})
