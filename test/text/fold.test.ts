/**
 * Folding and escaping: the forms every matcher compares.
 */
import {describe, expect, it} from 'vitest'
import {escapeRegExp, fold, trimEdges} from '../../src/text/fold.js'

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
