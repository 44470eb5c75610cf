/**
 * The pack contract: a pack is checked against the schema when it is loaded, and reading data
 * no schema declares is an error, not an empty list.
 */
import {describe, expect, it} from 'vitest'
import {rulesFor} from '../../src/api/settings.js'
import {packSchema} from '../../src/cleaners/index.js'
import {compileRules, packEntries} from '../../src/language/compile.js'
import {assertPack, VOCABULARY, type LanguagePack} from '../../src/language/schema.js'

const valid = (): LanguagePack => ({
  code: 'xx',
  iso6393: 'xxx',
  name: 'Test',
  vocabulary: {dates: {months: ['jan']}},
  rules: {'social-promo': {maxWords: 20}, 'image-credit': {joiners: ['and']}},
  concepts: {'follow-us': {lines: ['follow us'], sources: ['pack']}, 'byline-prefix': {prefixes: ['by']}}
})

describe('the pack schema', () => {
  it('accepts a well-formed pack', () => {
    expect(() => assertPack(valid(), packSchema)).not.toThrow()
  })

  it.each([
    ['a misspelt top-level key', (pack: LanguagePack) => Object.assign(pack, {rulez: {}}), /pack 'xx': unknown key `rulez`/],
    ['an unknown rule', (pack: LanguagePack) => Object.assign(pack.rules, {'socal-promo': {maxWords: 3}}), /pack 'xx', rule 'socal-promo': unknown rule/],
    [
      'an unknown list of a rule',
      (pack: LanguagePack) => Object.assign(pack.rules['image-credit']!, {joiner: ['and']}),
      /pack 'xx', rule 'image-credit': unknown key `joiner` \(allowed: lines, weakLines, starts, patterns, maxWords, agencies, joiners\)/
    ],
    [
      'phrases outside a concept',
      (pack: LanguagePack) => Object.assign(pack.rules['social-promo']!, {lines: ['follow us']}),
      /rule 'social-promo': `lines` holds phrases: they go under a concept/
    ],
    [
      'a list matched as lines outside a concept',
      (pack: LanguagePack) => Object.assign(pack.rules, {'related-content': {headings: ['related']}}),
      /rule 'related-content': `headings` holds phrases/
    ],
    [
      'an unknown concept',
      (pack: LanguagePack) => Object.assign(pack.concepts!, {'folow-us': {lines: ['x']}}),
      /pack 'xx', concept 'folow-us': unknown concept/
    ],
    [
      'phrases where the concept’s rule holds none',
      (pack: LanguagePack) => Object.assign(pack.concepts!['byline-prefix']!, {lines: ['by']}),
      /concept 'byline-prefix': `lines` is not allowed here \(rule 'byline' holds no phrases\)/
    ],
    [
      'a list the concept’s rule does not read',
      (pack: LanguagePack) => Object.assign(pack.concepts!['follow-us']!, {prefixes: ['by']}),
      /concept 'follow-us': unknown key `prefixes` \(allowed for rule 'social-promo': lines, weakLines, starts, patterns, maxWords, sources\)/
    ],
    [
      'phrases of a vocabulary entry that concepts feed',
      (pack: LanguagePack) => Object.assign(pack.vocabulary!, {'date-stamp': {lines: ['published']}}),
      /vocabulary 'date-stamp': `lines` holds phrases: they go under a concept/
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
    ['a bad maxWords', (pack: LanguagePack) => Object.assign(pack.rules['social-promo']!, {maxWords: 0}), /`maxWords` must be a whole number/],
    [
      'a bad maxWords in a concept',
      (pack: LanguagePack) => Object.assign(pack.concepts!['follow-us']!, {maxWords: 1.5}),
      /concept 'follow-us': `maxWords` must be a whole number/
    ]
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
    const concept = {...valid(), concepts: {'no-such-concept': {lines: ['x']}}}
    expect(() => compileRules([concept], {headingCase: 'title', capitalisedNouns: false}, packSchema)).toThrow(
      /concept 'no-such-concept': not in the catalogue/
    )
  })

  it('compiles a concept’s phrases into the rule the catalogue names', () => {
    const pack = valid()
    const rules = compileRules([pack], {headingCase: 'title', capitalisedNouns: false}, packSchema)
    expect(rules.match('social-promo', 'follow us')).toBeDefined()
    expect(rules.list('byline', 'prefixes')).toEqual(['by'])
    expect(rules.list('image-credit', 'joiners')).toEqual(['and'])
  })

  it('matches a weak line only when it ends no sentence', () => {
    const pack: LanguagePack = {...valid(), concepts: {'share-this': {weakLines: ['share']}}}
    const rules = compileRules([pack], {headingCase: 'title', capitalisedNouns: false}, packSchema)
    expect(rules.match('comment-share', 'share')).toBeDefined()
    expect(rules.match('comment-share', 'share:')).toBeDefined()
    expect(rules.match('comment-share', 'share.')).toBeUndefined()
    expect(rules.match('comment-share', 'share!')).toBeUndefined()
  })

  it('runs a rule’s phrases of one maxWords as one matcher, whatever the number of concepts', () => {
    const pack: LanguagePack = {
      ...valid(),
      rules: {'social-promo': {maxWords: 5}},
      concepts: {
        'follow-us': {patterns: ['^follow us']},
        'app-download': {patterns: ['^get our app']},
        'podcast-promo': {patterns: ['^listen on'], maxWords: 12}
      }
    }
    const entries = packEntries(pack, packSchema).filter((entry) => entry.concepts.length > 0)
    expect(entries.map((entry) => [entry.name, entry.data.maxWords, entry.concepts])).toEqual([
      ['social-promo', 5, ['follow-us', 'app-download']],
      ['social-promo', 12, ['podcast-promo']]
    ])
    const rules = compileRules([pack], {headingCase: 'title', capitalisedNouns: false}, packSchema)
    expect(rules.match('social-promo', 'follow us on a b c d e f')).toBeUndefined()
    expect(rules.match('social-promo', 'listen on a b c d e f')).toBeDefined()
  })
})
