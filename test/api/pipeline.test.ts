/**
 * The whole run settles: a page's cleaned text cleans to itself (seed pages, and the corpus when
 * it is beside the project).
 */
import {readFileSync, readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {loadCorpus, resolveCorpus} from '../../scripts/lib/corpus.js'
import {createCleaner} from '../../src/index.js'

describe('idempotence', () => {
  const cleaner = createCleaner()
  const seeds = readdirSync(new URL('../../fixtures/', import.meta.url)).filter((name) => name.endsWith('.txt'))

  it.each(seeds)('seed %s cleans to a fixed point', (name) => {
    const once = cleaner.clean(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8')).text
    expect(cleaner.clean(once).text).toBe(once)
  })

  let dir: string | undefined
  try {
    dir = resolveCorpus()
  } catch {
    dir = undefined
  }
  const corpus = dir ? loadCorpus(dir) : undefined

  it.skipIf(!corpus)('every extractor output and whole-page text of the corpus cleans to a fixed point', () => {
    const failures: string[] = []
    for (const extractor of corpus!.extractors) {
      for (const [id, text] of corpus!.output(extractor)) {
        const once = cleaner.clean(text).text
        if (cleaner.clean(once).text !== once) failures.push(`${extractor}/${id.slice(0, 12)}`)
      }
    }
    expect(failures).toEqual([])
  })
})
