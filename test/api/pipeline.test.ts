/**
 * The whole run settles: a page's cleaned text cleans to itself (seed pages, and the corpus when
 * it is beside the project).
 */
import {readFileSync, readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {loadCorpus, resolveCorpus} from '../../scripts/lib/corpus.js'
import {clean, createCleaner} from '../../src/index.js'
import {harbourArticle, sectionMenu} from '../support/pages.js'

describe('idempotence', () => {
  const cleaner = createCleaner()
  const seeds = readdirSync(new URL('../../fixtures/', import.meta.url)).filter((name) => name.endsWith('.txt'))

  it.each(seeds)('seed %s cleans to a fixed point', (name) => {
    const once = cleaner.clean(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8')).text
    expect(cleaner.clean(once).text).toBe(once)
  })

  it('reads an extract again as its output reads when a removed line was all that broke its wrapped look', () => {
    // `SPEICHERN` goes; without it the lines read as one hard-wrapped paragraph, in French.
    const input = [
      'Der ADFC fordert nun getrennte Ampelphasen für Rad- und Autoverkehr an allen großen Kreuzungen des Rings.',
      'fermer le panneau de partage',
      'dans la même rubrique: Foo Bar',
      'SPEICHERN',
      'vos commentaires',
      'definições de cookies',
      'accéder au contenu: Foo Bar',
      'ficha técnica: Foo Bar'
    ].join('\n')
    const once = clean(input)
    const twice = clean(once.text)
    expect([twice.text, twice.language, twice.kind]).toEqual([once.text, once.language, once.kind])
  })

  let dir: string | undefined
  try {
    dir = resolveCorpus()
  } catch {
    dir = undefined
  }
  const corpus = dir ? loadCorpus(dir) : undefined

  it.skipIf(!corpus)(
    'every extractor output and whole-page text of the corpus cleans to a fixed point',
    () => {
      const failures: string[] = []
      for (const extractor of corpus!.extractors) {
        for (const [id, text] of corpus!.output(extractor)) {
          const once = cleaner.clean(text).text
          if (cleaner.clean(once).text !== once) failures.push(`${extractor}/${id.slice(0, 12)}`)
        }
      }
      expect(failures).toEqual([])
      // Every page is read for its format and line profile twice: minutes on a loaded machine.
    },
    300_000
  )
})

describe('settling a whole page', () => {
  it('removes what a clean of the output would remove: the headline printed again over the comments', () => {
    // The whole page frames the comments in; its cleaned output reads as an extractor's output,
    // where the headline printed again far down goes. Settling does that on the first clean.
    const copy = 'Readers react to “Harbour bridge to close to cars”'
    const text = [
      'Harbour bridge to close to cars | Daily Planet',
      ...sectionMenu,
      'Harbour bridge to close to cars',
      ...harbourArticle,
      copy,
      'It was about time the council did something about that bridge, which has been crumbling for years now.',
      'About Us',
      'Contact',
      'Careers',
      'Privacy'
    ].join('\n')
    const once = clean(text)
    expect(once.kind).toBe('page')
    expect(once.removed.find((removal) => removal.text === copy)?.rule).toBe('duplicate-line')
    expect(clean(once.text).text).toBe(once.text)
    for (const paragraph of harbourArticle) expect(once.text).toContain(paragraph)
  })
})
