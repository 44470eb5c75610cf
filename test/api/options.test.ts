import {describe, expect, it} from 'vitest'
import {CleanerError, clean, createCleaner, defineCleaner, ruleNames} from '../../src/index.js'
import type {Options} from '../../src/index.js'

const fr1 = 'Le gouvernement a présenté mercredi un projet de loi visant à renforcer la protection des données personnelles des utilisateurs.'
const fr2 = 'Selon le ministre, le texte doit être examiné par le Parlement avant la fin de l’année, malgré les réserves de plusieurs associations.'
const page = `${fr1}\n\nTous droits réservés\n\n${fr2}\n\nLeave a Comment`

describe('options', () => {
  it('language forces a pack', () => {
    const forced = clean(page, {language: 'en'})
    expect(forced.language).toBe('en')
    expect(forced.text).toContain('Tous droits réservés')
    expect(forced.text).not.toContain('Leave a Comment')
    expect(clean(page).language).toBe('fr')
  })

  it('languages restricts what detection may choose', () => {
    expect(clean(page, {languages: ['en']}).language).toBe('en')
    expect(clean(page, {languages: ['fr', 'en']}).language).toBe('fr')
  })

  it('disable turns rules off', () => {
    const result = clean(page, {disable: ['rights-notice']})
    expect(result.text).toContain('Tous droits réservés')
    expect(result.text).not.toContain('Leave a Comment')
  })

  it('lists every built-in rule', () => {
    expect(ruleNames).toEqual(
      expect.arrayContaining([
        'social-promo',
        'cookie-banner',
        'related-content',
        'image-credit',
        'repeated-line',
        'rights-notice',
        'reader-appeal',
        'comment-share',
        'ad-label',
        'breadcrumb',
        'byline',
        'category-label',
        'tag-list',
        'source-line',
        'timestamp',
        'image-caption'
      ])
    )
  })

  it.each<[Options, RegExp, ErrorConstructor]>([
    [{language: 'xx'}, /unsupported language 'xx'/, RangeError],
    [{language: 7 as unknown as string}, /`language` must be 'auto' or a language code, got a number \(7\)/, TypeError],
    [{languages: ['fr', 'zz']}, /unsupported language 'zz' in `languages`/, RangeError],
    [{languages: 'fr' as unknown as string[]}, /`languages` must be an array/, TypeError],
    [{disable: ['no-such-rule']}, /unknown rule 'no-such-rule' in `disable`/, RangeError],
    [{disable: 'byline' as unknown as string[]}, /`disable` must be an array of rule names/, TypeError],
    [{cleaners: [{name: 'Bad Name', test: () => false}]}, /lower-case words joined by '-'/, TypeError],
    [{cleaners: [{name: 'no-test'}]}, /needs a `test` or a `run` function/, TypeError],
    [{cleaners: [{name: 'byline', test: () => false}]}, /a cleaner named 'byline' already exists/, TypeError],
    [{maxLength: -1}, /`maxLength` must be zero or more/, RangeError],
    [{langage: 'fr'} as unknown as Options, /unknown option `langage`/, TypeError]
  ])('rejects bad options %j', (options, message, type) => {
    expect(() => createCleaner(options)).toThrow(type)
    expect(() => createCleaner(options)).toThrow(message)
  })

  it('maxLength makes longer input fail fast with a RangeError', () => {
    const cleaner = createCleaner({maxLength: 10})
    expect(() => cleaner.clean('x'.repeat(11))).toThrow(RangeError)
    expect(() => cleaner.clean('x'.repeat(11))).toThrow(/longer than maxLength \(10\)/)
    expect(cleaner.clean('x'.repeat(10)).text).toBe('x'.repeat(10))
  })
})

describe('custom cleaners', () => {
  const weather = defineCleaner({
    name: 'weather-widget',
    description: 'Weather widget',
    test: (block) => block.lower.startsWith('météo :') && 'weather widget'
  })
  const withWeather = `${fr1}\n\nMétéo : 18 °C, ensoleillé\n\n${fr2}`

  it('runs a cleaner made with defineCleaner, reported under its name', () => {
    const result = clean(withWeather, {cleaners: [weather]})
    expect(result.text).toBe(`${fr1}\n\n${fr2}`)
    expect(result.removed).toEqual([expect.objectContaining({rule: 'weather-widget', reason: 'weather widget', line: 3})])
    expect(result.file.messages[0]!.ruleId).toBe('weather-widget')
  })

  it('accepts a plain spec, which can be disabled by name', () => {
    const spec = {name: 'weather-widget', test: (block: {lower: string}) => block.lower.startsWith('météo :')}
    expect(clean(withWeather, {cleaners: [spec]}).text).toBe(`${fr1}\n\n${fr2}`)
    expect(clean(withWeather, {cleaners: [spec], disable: ['weather-widget']}).text).toBe(withWeather)
  })

  it('gives metadata from a custom cleaner', () => {
    const author = defineCleaner({
      name: 'author-box',
      test: (block) => (block.lower.startsWith('auteur :') ? {reason: 'author box', metadata: {byline: block.text.slice(8).trim()}} : undefined)
    })
    expect(clean(`${fr1}\n\nAuteur : Jeanne Martin, correspondante\n\n${fr2}`, {cleaners: [author]}).metadata.byline).toBe('Jeanne Martin, correspondante')
  })

  it('a page-level cleaner sees the page and removes through the context', () => {
    const lastLine = defineCleaner({
      name: 'last-line',
      run(context) {
        const kept = context.kept()
        const last = kept[kept.length - 1]
        if (last && last.words < 4) context.remove(last, 'short last line')
      }
    })
    expect(clean(`${fr1}\n\n${fr2}\n\nFin`, {cleaners: [lastLine]}).text).toBe(`${fr1}\n\n${fr2}`)
  })

  it('a cleaner that throws fails the page with a CleanerError naming it and the line', () => {
    const broken = defineCleaner({
      name: 'broken',
      test(block) {
        if (block.line === 3) throw new Error('boom')
        return false
      }
    })
    let error: unknown
    try {
      clean(withWeather, {cleaners: [broken]})
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(CleanerError)
    expect((error as CleanerError).cleaner).toBe('broken')
    expect((error as CleanerError).line).toBe(3)
    expect((error as Error).message).toBe("newsclean: cleaner 'broken' failed on line 3: boom")
    expect((error as Error).cause).toBeInstanceOf(Error)
  })
})
