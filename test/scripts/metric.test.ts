import {describe, expect, it} from 'vitest'
import {fixed, intersect, match, precisionOf, recallOf, score, shingleList, shingles, subtract, tokenize, total} from '../../scripts/lib/metric.js'

// Expected tokens are what Python 3's re.findall(r'\w+', text) returns for the same strings.
describe('tokenize', () => {
  it('splits on anything but letters, numbers and _', () => {
    expect(tokenize("Hello, world! It's 2024_x café naïve")).toEqual(['Hello', 'world', 'It', 's', '2024_x', 'café', 'naïve'])
    expect(tokenize('l’Armée rouge')).toEqual(['l', 'Armée', 'rouge'])
    expect(tokenize('e-mail@x.com')).toEqual(['e', 'mail', 'x', 'com'])
  })

  it('keeps case', () => {
    expect(tokenize('The THE the')).toEqual(['The', 'THE', 'the'])
  })

  it('takes every kind of number and letter, as Python does', () => {
    expect(tokenize('½ ٣ Ⅻ x²')).toEqual(['½', '٣', 'Ⅻ', 'x²'])
    expect(tokenize('日本語 テキスト')).toEqual(['日本語', 'テキスト'])
  })

  it('splits on combining marks and zero-width spaces, as Python does', () => {
    expect(tokenize('cafe\u0301 ok')).toEqual(['cafe', 'ok'])
    expect(tokenize('a\u200bb')).toEqual(['a', 'b'])
  })

  it('gives nothing for empty or missing text', () => {
    expect(tokenize('')).toEqual([])
    expect(tokenize(undefined)).toEqual([])
    expect(tokenize(null)).toEqual([])
    expect(tokenize(' — … *** ')).toEqual([])
  })
})

describe('shingles', () => {
  it('takes every run of 4 tokens', () => {
    expect(shingleList(['a', 'b', 'c', 'd', 'e'])).toEqual(['a b c d', 'b c d e'])
    expect(shingles('a b c d e')).toEqual(
      new Map([
        ['a b c d', 1],
        ['b c d e', 1]
      ])
    )
  })

  it('gives a text of 1 to 3 tokens one shingle, and an empty text none', () => {
    expect(shingles('a b')).toEqual(new Map([['a b', 1]]))
    expect(shingles('a')).toEqual(new Map([['a', 1]]))
    expect(shingles('')).toEqual(new Map())
    expect(shingles('!!!')).toEqual(new Map())
  })

  it('counts repeats', () => {
    expect(shingles('x x x x x x')).toEqual(new Map([['x x x x', 3]]))
  })

  it('ignores punctuation and line breaks between tokens', () => {
    expect(shingles('One, two.\n\nThree: four!')).toEqual(new Map([['One two Three four', 1]]))
  })
})

describe('multisets', () => {
  const a = new Map([
    ['p', 2],
    ['q', 1]
  ])
  const b = new Map([
    ['p', 1],
    ['r', 4]
  ])
  it('intersects with the smaller count', () => {
    expect(intersect(a, b)).toEqual(new Map([['p', 1]]))
  })
  it('subtracts counts', () => {
    expect(subtract(a, b)).toEqual(
      new Map([
        ['p', 1],
        ['q', 1]
      ])
    )
    expect(subtract(b, a)).toEqual(new Map([['r', 4]]))
  })
  it('totals counts', () => {
    expect(total(a)).toBe(3)
    expect(total(new Map())).toBe(0)
  })
})

describe('match, precision and recall of a page', () => {
  it('counts shared, predicted-only and truth-only shingles', () => {
    // truth: abcd bcde cdef; prediction: abcd bcde cdex
    const counts = match(shingles('a b c d e f'), shingles('a b c d e x'))
    expect(counts).toEqual({tp: 2, fp: 1, fn: 1})
    expect(precisionOf(counts)).toBeCloseTo(2 / 3, 12)
    expect(recallOf(counts)).toBeCloseTo(2 / 3, 12)
  })

  it('counts repeated shingles as many times as they occur', () => {
    // truth: "x x x x" twice; prediction: once
    expect(match(shingles('x x x x x'), shingles('x x x x'))).toEqual({tp: 1, fp: 0, fn: 1})
  })

  it('has no precision for an empty prediction and no recall for an empty truth', () => {
    expect(precisionOf({tp: 0, fp: 0, fn: 3})).toBeUndefined()
    expect(recallOf({tp: 0, fp: 3, fn: 0})).toBeUndefined()
    expect(precisionOf({tp: 0, fp: 3, fn: 3})).toBe(0)
  })

  it('a wholly wrong prediction scores 0 and 0', () => {
    const counts = match(shingles('one two three four'), shingles('five six seven eight'))
    expect(counts).toEqual({tp: 0, fp: 1, fn: 1})
    expect(precisionOf(counts)).toBe(0)
    expect(recallOf(counts)).toBe(0)
  })
})

describe('score over pages', () => {
  it('averages precision and recall over the pages where defined, F1 from the means', () => {
    const scores = score([
      {tp: 2, fp: 1, fn: 1}, // P 2/3, R 2/3
      {tp: 0, fp: 0, fn: 3}, // empty prediction: no P, R 0
      {tp: 1, fp: 0, fn: 0} // P 1, R 1
    ])
    // P = (2/3 + 1) / 2 = 5/6; R = (2/3 + 0 + 1) / 3 = 5/9; F1 = 2PR/(P+R) = 2/3
    expect(scores.precision).toBeCloseTo(5 / 6, 12)
    expect(scores.recall).toBeCloseTo(5 / 9, 12)
    expect(scores.f1).toBeCloseTo(2 / 3, 12)
    expect(scores.precisionPages).toBe(2)
    expect(scores.recallPages).toBe(3)
    expect(scores.pages).toBe(3)
  })

  it('is all zero without pages or without any match', () => {
    expect(score([])).toMatchObject({f1: 0, precision: 0, recall: 0})
    expect(score([{tp: 0, fp: 2, fn: 2}])).toMatchObject({f1: 0, precision: 0, recall: 0})
  })
})

describe('fixed', () => {
  it('prints 3 decimals as the README table does', () => {
    expect(fixed(0.9564)).toBe('0.956')
    expect(fixed(0.9566)).toBe('0.957')
    expect(fixed(0.5)).toBe('0.500')
  })
})
