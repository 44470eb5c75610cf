/**
 * Property-based tests: for any string, `clean` returns, keeps lines verbatim and in order,
 * accounts for every line, is idempotent and deterministic; on realistic pages the article
 * paragraphs survive. Raise `FC_NUM_RUNS` for a longer fuzz run.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {clean, createCleaner} from '../../src/index.js'
import {anyString, comparable, expectAccounted, hostileString, numRuns, pageText, parameters, realisticPage} from '../support/properties.js'

/** Every kind of generated input. */
const anyInput = fc.oneof(
  anyString,
  hostileString,
  pageText,
  realisticPage.map((page) => page.text)
)

/** Test time limit: a long fuzz run (`FC_NUM_RUNS`) gets the time it needs. */
const timeout = Math.max(60_000, numRuns(0) * 100)

describe('the invariant check', () => {
  it('fails on results that change, drop, reorder or misreport lines', () => {
    const input = 'Alpha line\n\nBeta line\nGamma line'
    const good = clean(input)
    expectAccounted(input, good)
    const broken = [
      {...good, text: good.text.replace('Beta line', 'Beta  line')},
      {...good, text: good.text.replace('\nGamma line', '')},
      {...good, text: 'Alpha line\n\nGamma line\nBeta line'},
      {
        ...good,
        text: 'Alpha line\nBeta line',
        removed: [{rule: 'x', category: 'furniture' as const, reason: 'x', text: 'Gamma line', line: 3, endLine: 3, start: 13, end: 23}]
      }
    ]
    for (const result of broken) expect(() => expectAccounted(input, result)).toThrow()
  })
})

describe('clean() on any string', () => {
  it(
    'returns, keeps lines verbatim and in order, and accounts for every line (arbitrary Unicode)',
    () => {
      fc.assert(
        fc.property(anyString, (input) => expectAccounted(input, clean(input))),
        parameters(400)
      )
    },
    timeout
  )

  it(
    'returns, keeps lines verbatim and in order, and accounts for every line (hostile characters)',
    () => {
      fc.assert(
        fc.property(hostileString, (input) => expectAccounted(input, clean(input))),
        parameters(600)
      )
    },
    timeout
  )

  it(
    'returns, keeps lines verbatim and in order, and accounts for every line (page-like texts)',
    () => {
      fc.assert(
        fc.property(pageText, (input) => expectAccounted(input, clean(input))),
        parameters(600)
      )
    },
    timeout
  )

  it(
    'is idempotent: cleaning the output again changes nothing',
    () => {
      fc.assert(
        fc.property(anyInput, (input) => {
          const once = clean(input)
          const twice = clean(once.text)
          expect(twice.removed).toEqual([])
          expect(twice.text).toBe(once.text)
          // The cleaned text is detected as the language it was cleaned as. Its kind is decided
          // on the input: a whole page's output may read as an extract (its menus are gone),
          // but an extract's output never reads as a whole page.
          expect(twice.language).toBe(once.language)
          if (once.kind === 'extract') expect(twice.kind).toBe('extract')
        }),
        parameters(800)
      )
    },
    timeout
  )

  it(
    'is idempotent with a forced language too',
    () => {
      fc.assert(
        fc.property(pageText, fc.constantFrom('en', 'fr'), (input, language) => {
          const once = clean(input, {language})
          expect(clean(once.text, {language}).text).toBe(once.text)
        }),
        parameters(400)
      )
    },
    timeout
  )

  it(
    'is deterministic: the same input gives the same result, whatever was cleaned before',
    () => {
      const cleaner = createCleaner()
      fc.assert(
        fc.property(anyInput, anyInput, (input, other) => {
          const first = comparable(clean(input))
          cleaner.clean(other)
          expect(comparable(cleaner.clean(input))).toEqual(first)
          clean(other)
          expect(comparable(clean(input))).toEqual(first)
        }),
        parameters(300)
      )
    },
    timeout
  )
})

describe('clean() on realistic pages', () => {
  it(
    'keeps every article paragraph among boilerplate lines in any order and spacing',
    () => {
      fc.assert(
        fc.property(realisticPage, ({text, article}) => {
          const result = clean(text)
          const lost = result.removed.filter((removal) => article.includes(removal.text))
          expect(lost.map((removal) => `${removal.rule}: ${removal.text.slice(0, 60)}`)).toEqual([])
          expectAccounted(text, result)
        }),
        parameters(400)
      )
    },
    timeout
  )
})
