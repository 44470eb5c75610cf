/**
 * Pathological pages (scripts/lib/hostile.ts) finish and keep their article. No timing here:
 * `npm run bench:hostile` measures time per MB on the full-size pages.
 */
import {describe, expect, it} from 'vitest'
import {clean} from '../src/index.js'
import {hostilePages} from '../scripts/lib/hostile.js'
import {splitLines} from '../src/text.js'
import {expectAccounted} from './properties.js'

/** A fraction of the bench's sizes: 300,000-character lines, 30,000 one-word lines… */
const SCALE = 0.03

describe('pathological pages', () => {
  it.each(hostilePages(SCALE).map((page) => [page.name, page] as const))('%s: finishes, keeps every article paragraph and accounts for every line', (_name, page) => {
    const result = clean(page.text)
    const kept = new Set(splitLines(result.text).map((line) => line.text))
    expect(page.article.filter((paragraph) => !kept.has(paragraph))).toEqual([])
    expectAccounted(page.text, result)
  })
})
