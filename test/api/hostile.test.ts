/**
 * Pathological pages (scripts/lib/hostile.ts) finish and keep their article. No timing here:
 * `npm run bench:hostile` measures time per MB on the full-size pages.
 */
import {describe, expect, it} from 'vitest'
import {clean} from '../../src/index.js'
import {hostilePages} from '../../scripts/lib/hostile.js'
import {splitLines} from '../../src/text/lines.js'
import {expectAccounted} from '../support/properties.js'

/** A fraction of the bench's sizes: 300,000-character lines, 30,000 one-word lines… */
const SCALE = 0.03

const fr1 = 'Le gouvernement a présenté mercredi un projet de loi visant à renforcer la protection des données personnelles des utilisateurs.'

describe('pathological pages', () => {
  // V8 compiles a regular expression to machine code once it has run a few times; that code
  // overflows its backtracking stack (a RangeError) on some patterns over lines of millions of
  // characters. So: warm the rules up on small pages, then clean 10-million-character lines.
  it('a line of ten million characters does not overflow the regular expression stack', () => {
    for (let round = 0; round < 300; round++) clean(`Politique\nPar Jean Dupont\nSuivez-nous sur https://t.me/exemple\n${fr1}`)
    // Combining marks after a capital (the category-label pattern overflowed). The 10 MB word
    // without a space that overflowed a social-promo pattern only does so in a main thread:
    // \`npm run bench:hostile\` cleans it (page long-word).
    const result = clean(`Home ${'e\u0301'.repeat(5_000_000)}\nPar Jean Dupont\n${fr1}`, {maxLength: Infinity})
    expect(result.text.endsWith(fr1)).toBe(true)
  })

  it.each(hostilePages(SCALE).map((page) => [page.name, page] as const))(
    '%s: finishes, keeps every article paragraph and accounts for every line',
    (_name, page) => {
      const result = clean(page.text)
      const kept = new Set(splitLines(result.text).map((line) => line.text))
      expect(page.article.filter((paragraph) => !kept.has(paragraph))).toEqual([])
      expectAccounted(page.text, result)
    }
  )
})
