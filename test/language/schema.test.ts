/**
 * The pack contract: a pack is checked against the schema when it is loaded, and reading data
 * no schema declares is an error, not an empty list.
 */
import {describe, expect, it} from 'vitest'
import {rulesFor} from '../../src/api/settings.js'
import {packSchema} from '../../src/cleaners/index.js'
import {compileRules} from '../../src/language/compile.js'
import {assertPack, VOCABULARY, type LanguagePack} from '../../src/language/schema.js'

const valid = (): LanguagePack => ({
  code: 'xx',
  iso6393: 'xxx',
  name: 'Test',
  vocabulary: {dates: {months: ['jan']}},
  rules: {'social-promo': {lines: ['follow us']}, byline: {prefixes: ['by']}}
})

describe('the pack schema', () => {
  it('accepts a well-formed pack', () => {
    expect(() => assertPack(valid(), packSchema)).not.toThrow()
  })

  it.each([
    ['a misspelt top-level key', (pack: LanguagePack) => Object.assign(pack, {rulez: {}}), /pack 'xx': unknown key `rulez`/],
    ['an unknown rule', (pack: LanguagePack) => Object.assign(pack.rules, {'socal-promo': {lines: ['x']}}), /pack 'xx', rule 'socal-promo': unknown rule/],
    [
      'an unknown list of a rule',
      (pack: LanguagePack) => Object.assign(pack.rules['byline']!, {prefixs: ['by']}),
      /pack 'xx', rule 'byline': unknown key `prefixs` \(allowed: prefixes\)/
    ],
    [
      'phrases where a rule holds none',
      (pack: LanguagePack) => Object.assign(pack.rules['byline']!, {lines: ['by']}),
      /rule 'byline': `lines` is not allowed here/
    ],
    [
      'an unknown vocabulary entry',
      (pack: LanguagePack) => Object.assign(pack.vocabulary!, {month: {months: []}}),
      /pack 'xx', vocabulary 'month': unknown entry/
    ],
    [
      'a list that is not of strings',
      (pack: LanguagePack) => Object.assign(pack.vocabulary!['dates']!, {months: [1]}),
      /vocabulary 'dates': `months` must be an array of strings/
    ],
    ['a bad maxWords', (pack: LanguagePack) => Object.assign(pack.rules['social-promo']!, {maxWords: 0}), /`maxWords` must be a whole number/]
  ])('refuses %s, naming the pack and the key', (_what, spoil, message) => {
    const pack = valid()
    spoil(pack)
    expect(() => assertPack(pack, packSchema)).toThrow(message)
  })

  it('declares every vocabulary entry the packs use, each described', () => {
    for (const entry of Object.values(VOCABULARY)) expect(entry.description.length).toBeGreaterThan(10)
  })
})

describe('compiled rules', () => {
  const rules = rulesFor('fr')

  it('refuses to read a list or phrases no schema declares', () => {
    expect(() => rules.list('typo', 'lines')).toThrow(RangeError)
    expect(() => rules.list('byline', 'prefixs')).toThrow(/'byline' has no list 'prefixs'/)
    expect(() => rules.match('typo', 'x')).toThrow(RangeError)
    expect(() => rules.match('byline', 'by x')).toThrow(/'byline' holds no phrases/)
  })

  it('reads the shared vocabulary and each rule’s own data', () => {
    expect(rules.list('dates', 'months')).toContain('janv')
    expect(rules.list('byline', 'prefixes')).toContain('par')
    expect(rules.match('date-stamp', 'publié le 12 mars 2024')).toBeDefined()
  })

  it('matches a rule’s headings as whole lines and tells them apart', () => {
    expect(rules.match('related-content', 'lire aussi')).toBeDefined()
    expect(rules.set('related-content', 'headings').has('lire aussi')).toBe(true)
  })

  it('refuses, at compile time, data of a section no schema declares', () => {
    const pack = {...valid(), rules: {'no-such-rule': {lines: ['x']}}}
    expect(() => compileRules([pack], {headingCase: 'title', capitalisedNouns: false}, packSchema)).toThrow(/rule 'no-such-rule': not declared/)
  })
})
