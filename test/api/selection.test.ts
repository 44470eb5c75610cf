import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {makeSettings} from '../../src/api/settings.js'
import {builtinCleaners} from '../../src/cleaners/index.js'
import {clean, createCleaner, defineCleaner, ruleNames} from '../../src/index.js'
import type {Favor, Options} from '../../src/index.js'

const fr1 = 'Le gouvernement a présenté mercredi un projet de loi visant à renforcer la protection des données personnelles des utilisateurs.'
const fr2 = 'Selon le ministre, le texte doit être examiné par le Parlement avant la fin de l’année, malgré les réserves de plusieurs associations.'
const page = `${fr1}\n\nTous droits réservés\n\n${fr2}\n\nLeave a Comment`
const en1 = 'The council approved the new budget on Tuesday after a long debate about the cost of repairing the harbour walls.'

const names = (options: Options): string[] => makeSettings(options).specs.map((spec) => spec.name)

describe('enable and disable', () => {
  it('enable runs only the rules named', () => {
    expect(names({enable: ['rights-notice', 'byline']})).toEqual(['byline', 'rights-notice'].sort((a, b) => ruleNames.indexOf(a) - ruleNames.indexOf(b)))
    const result = clean(page, {enable: ['rights-notice']})
    expect(result.text).not.toContain('Tous droits réservés')
    expect(result.text).toContain('Leave a Comment')
  })

  it('selects rules by category, in enable and disable', () => {
    const comments = builtinCleaners.filter((spec) => spec.category === 'comments').map((spec) => spec.name)
    expect(comments.length).toBeGreaterThan(0)
    expect(names({enable: ['category:comments']})).toEqual(comments)
    expect(names({disable: ['category:comments']})).toEqual(ruleNames.filter((name) => !comments.includes(name)))
    expect(clean(page, {disable: ['category:notice']}).text).toContain('Tous droits réservés')
  })

  it('disable wins over enable', () => {
    expect(names({enable: ['category:notice'], disable: ['rights-notice']})).not.toContain('rights-notice')
  })

  it('a custom cleaner is selected by its category too', () => {
    const weather = defineCleaner({name: 'weather-widget', category: 'furniture', test: (block) => block.lower.startsWith('météo')})
    expect(names({cleaners: [weather], enable: ['category:furniture']})).toEqual(['weather-widget'])
  })

  it.each<[Options, RegExp, ErrorConstructor]>([
    [{enable: ['no-such-rule']}, /unknown rule 'no-such-rule' in `enable`/, RangeError],
    [{disable: ['category:nope']}, /unknown category 'nope' in `disable` \(categories: promo,/, RangeError],
    [{enable: 'byline' as unknown as string[]}, /`enable` must be an array/, TypeError],
    [{enable: [3] as unknown as string[]}, /`enable\[0\]` must be a rule name/, TypeError],
    [{favor: 'speed' as Favor}, /unknown `favor` 'speed' \(known: 'precision', 'balanced', 'recall'\)/, RangeError],
    [{favor: 3 as unknown as Favor}, /`favor` must be 'precision', 'balanced' or 'recall'/, TypeError],
    [{targetLanguages: ['French']}, /`targetLanguages\[0\]` must be an ISO 639-1 code/, RangeError],
    [{targetLanguages: [3 as unknown as string]}, /`targetLanguages\[0\]` must be a language code/, TypeError],
    [{minChars: -1}, /`minChars` must be a whole number of 0 or more/, RangeError],
    [{minChars: '1' as unknown as number}, /`minChars` must be a whole number of 0 or more/, TypeError],
    [{now: 'yesterday'}, /`now` is not a valid time/, RangeError],
    [{now: 12 as unknown as string}, /`now` must be a Date or an ISO 8601 string/, TypeError]
  ])('rejects %j', (options, message, type) => {
    expect(() => createCleaner(options)).toThrow(type)
    expect(() => createCleaner(options)).toThrow(message)
  })
})

describe('favor', () => {
  const lowCertainty = builtinCleaners.filter((spec) => spec.certainty === 'low').map((spec) => spec.name)

  it('recall turns the rules of low certainty off, unless enable names them', () => {
    expect(lowCertainty).toEqual(expect.arrayContaining(['repeated-line', 'category-label']))
    for (const name of lowCertainty) expect(names({favor: 'recall'})).not.toContain(name)
    expect(names({favor: 'recall', enable: ['category-label']})).toEqual(['category-label'])
    expect(names({favor: 'precision'})).toEqual(ruleNames)
    expect(names({favor: 'balanced'})).toEqual(ruleNames)
  })

  it('recall keeps the category label under a byline; the default removes it', () => {
    const text = readFileSync(new URL('../../fixtures/001_b46072169c073c9b.txt', import.meta.url), 'utf8')
    expect(clean(text).text).not.toMatch(/^France$/m)
    expect(clean(text, {favor: 'recall'}).text).toMatch(/^France$/m)
  })

  it('a cleaner of your own may declare a low certainty too', () => {
    const shaky = defineCleaner({name: 'shaky-guess', certainty: 'low', test: () => false})
    expect(names({cleaners: [shaky]})).toContain('shaky-guess')
    expect(names({cleaners: [shaky], favor: 'recall'})).not.toContain('shaky-guess')
    expect(() => defineCleaner({name: 'bad-certainty', certainty: 'high' as 'low', test: () => false})).toThrow(/`certainty` must be 'low'/)
  })

  it('cleaners read it on the page', () => {
    const seen: Favor[] = []
    const spy = defineCleaner({name: 'favor-spy', run: (context) => void seen.push(context.favor)})
    clean(page, {cleaners: [spy]})
    clean(page, {cleaners: [spy], favor: 'precision'})
    expect(new Set(seen)).toEqual(new Set(['balanced', 'precision']))
    expect(seen.at(-1)).toBe('precision')
  })
})

describe('targetLanguages, minChars, languageConfidence', () => {
  it('flags a page in another language, cleaned all the same', () => {
    const result = clean(page, {targetLanguages: ['en', 'de']})
    expect(result.language).toBe('fr')
    expect(result.languageMatch).toBe(false)
    expect(result.text).not.toContain('Leave a Comment')
    expect(clean(page, {targetLanguages: ['fr']}).languageMatch).toBe(true)
    expect(clean(page).languageMatch).toBe(true)
    expect(clean('Leave a Comment', {targetLanguages: ['und']}).languageMatch).toBe(true)
  })

  it('flags a cleaned text shorter than minChars', () => {
    expect(clean(page).empty).toBe(false)
    expect(clean('Leave a Comment').empty).toBe(true)
    expect(clean(page, {minChars: 10_000}).empty).toBe(true)
    expect(clean('', {minChars: 0}).empty).toBe(false)
  })

  it('gives a confidence between 0 and 1: 1 forced, 0 without enough text', () => {
    const detected = clean(`${en1}\n\n${en1.replace('Tuesday', 'Monday')}`)
    expect(detected.language).toBe('en')
    expect(detected.languageConfidence).toBeGreaterThan(0.5)
    expect(detected.languageConfidence).toBeLessThanOrEqual(1)
    expect(clean(page, {language: 'fr'}).languageConfidence).toBe(1)
    expect(clean('Bonjour').languageConfidence).toBe(0)
  })
})
