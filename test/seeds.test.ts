import {describe, expect, it} from 'vitest'
import {clean} from '../src/index.js'
import {labelledPages} from './support/helpers.js'

const pages = labelledPages()

describe('labelled fixture pages', () => {
  it('has the three seed pages', () => {
    expect(pages.filter((page) => /^00[012]_/.test(page.name))).toHaveLength(3)
  })

  for (const page of pages) {
    describe(page.name, () => {
      const result = clean(page.text)
      const keptLines = new Set(result.text.split(/\r\n|\r|\n/))
      const removedLines = new Map(result.removed.map((removal) => [removal.line, removal]))

      it('keeps every `+` line verbatim', () => {
        const lost = page.labels.filter((label) => label.mark === '+' && (!keptLines.has(label.text) || removedLines.has(label.line)))
        expect(lost.map((label) => `${label.line}: ${label.text}`)).toEqual([])
      })

      it('removes every `-` line', () => {
        const left = page.labels.filter((label) => label.mark === '-' && !removedLines.has(label.line))
        expect(left.map((label) => `${label.line} (${label.category}): ${label.text}`)).toEqual([])
      })

      it('labels every non-empty line, and the removals quote them', () => {
        const lines = page.text.split(/\r\n|\r|\n/)
        for (const label of page.labels) expect(lines[label.line - 1]).toBe(label.text)
        for (const removal of result.removed) expect(removal.text).toBe(lines[removal.line - 1])
      })

      it('is idempotent', () => {
        expect(clean(result.text).text).toBe(result.text)
      })

      // A page named `NNN_<lang>_<slug>` is in that language, and detection must say so.
      const language = /^\d{3}_([a-z]{2})_/.exec(page.name)?.[1]
      if (language) {
        it(`is detected as '${language}'`, () => {
          expect(result.language).toBe(language)
        })
      }
    })
  }
})

describe('seed pages', () => {
  const seeds = pages.filter((page) => /^00[012]_/.test(page.name))

  it('are French', () => {
    for (const page of seeds) expect(clean(page.text).language).toBe('fr')
  })

  it('give the byline, tags and source of seed 001 as metadata', () => {
    const page = seeds.find((each) => each.name.startsWith('001_'))!
    const {metadata} = clean(page.text)
    expect(metadata.byline).toBe('Sara')
    expect(metadata.category).toBe('France')
    expect(metadata.tags).toEqual(['Collaboration Militaire', 'Ukraine', 'États-unis', 'Russie', 'Guerre', 'France'])
    expect(metadata.source).toBe('https://www.rtl.nl/nieuws/buitenland/artikel/5502161/vs-en-oekraine-werkten-nauwer-samen-dan-gedacht-inkijkje-de')
    expect(metadata.title).toBe('Collaboration militaire secrète entre les États-Unis et l’Ukraine')
  })

  it('still lose their universal boilerplate when forced to English', () => {
    const page = seeds.find((each) => each.name.startsWith('000_'))!
    const result = clean(page.text, {language: 'en'})
    expect(result.language).toBe('en')
    const rules = new Set(result.removed.map((removal) => removal.rule))
    expect(rules).toContain('repeated-line')
    expect(rules).toContain('related-content')
    expect(rules).toContain('social-promo')
    // French-only rules are off: the French rights notice stays.
    expect(result.text).toContain('la mention des sources est obligatoire')
  })

  it('remove English theme strings on a French page', () => {
    const page = seeds.find((each) => each.name.startsWith('001_'))!
    const result = clean(page.text)
    expect(result.text).not.toContain('You may also like')
    expect(result.text).not.toContain('Leave a Comment')
  })
})
