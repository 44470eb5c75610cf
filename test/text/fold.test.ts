/**
 * Folding and escaping: the forms every matcher compares.
 */
import {describe, expect, it} from 'vitest'
import {clean} from '../../src/index.js'
import {MAX_MARKS, boundedNFC, escapeRegExp, fold, trimEdges} from '../../src/text/fold.js'

describe('fold', () => {
  it('folds apostrophes, quotes, dashes and spaces, and lower-cases', () => {
    expect(fold('  L’actualité — “en direct”\u00a0 ')).toBe('l\'actualité - "en direct"')
  })

  it('trims edge punctuation for whole-line phrases', () => {
    expect(trimEdges('» vous aimerez aussi :')).toBe('vous aimerez aussi')
  })
})

describe('escapeRegExp', () => {
  it.each(['mots-clés', 'a.b*c', '(x)|[y]', 'ä/ö?', 'très-$cher^'])('makes a phrase a literal that compiles with the u flag: %s', (phrase) => {
    const regex = new RegExp(`^(?:${escapeRegExp(phrase)})$`, 'u')
    expect(regex.test(phrase)).toBe(true)
    expect(regex.test(`${phrase}x`)).toBe(false)
  })
})

describe('NFC in linear time', () => {
  /** The longest run of combining marks in a string. */
  const longestMarkRun = (text: string): number => Math.max(0, ...[...text.matchAll(/\p{M}+/gu)].map((match) => [...match[0]].length))

  it('normalises text with short runs of marks as normalize does, and a long run only in its first 30 marks', () => {
    for (const text of ['Cafe\u0301 de\u0301ja\u0300', 'a\u0316\u0301b', 'e\u0301'.repeat(1000), 'Ǆ\u0301\u0327'])
      expect(boundedNFC(text)).toBe(text.normalize('NFC'))
    const hostile = `a${'\u0301'.repeat(40)}${'\u0316'.repeat(40)}b\u0301`
    const bounded = boundedNFC(hostile)
    // The base and its first 30 marks are NFC (á and 29 marks); the other 50 marks stay as they
    // were; what follows the run is NFC again.
    expect(bounded).toBe(`\u00e1${'\u0301'.repeat(29)}${'\u0301'.repeat(10)}${'\u0316'.repeat(40)}\u1e03`.replace('\u1e03', 'b\u0301'.normalize('NFC')))
    // Astral marks are cut between code points, never inside a surrogate pair.
    const astral = `x${'\u{1D167}'.repeat(40)}`
    expect(boundedNFC(astral)).toBe(astral)
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(boundedNFC(`x${'\u{1D167}'.repeat(31)}\u0301`))).toBe(false)
  })

  it('never hands a run of more than 30 combining marks to normalize, whatever the page', () => {
    // The class of failure: NFC sorts a run of marks in quadratic time. Every normalisation the
    // whole run makes is watched, on the shapes that were slow.
    const original = String.prototype.normalize
    let longest = 0
    String.prototype.normalize = function (this: string, form?: string) {
      longest = Math.max(longest, longestMarkRun(this))
      return original.call(this, form)
    }
    try {
      const shapes = [`a${'\u0301'.repeat(5000)}${'\u0316'.repeat(5000)}`, `Home ${'\u0301\u0316'.repeat(3000)}`, `${'\u0316\u0301'.repeat(4000)} Title`]
      for (const shape of shapes) clean(`${shape}\n\nThe regional council approved on Tuesday a plan to rebuild the old harbour bridge.\n\n${shape}`)
    } finally {
      String.prototype.normalize = original
    }
    expect(longest).toBeGreaterThan(0)
    expect(longest).toBeLessThanOrEqual(MAX_MARKS)
  })
})
