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

  it.each(['fr', 'FR', 'fr-FR', 'fr-fr', 'fr_FR', 'FR_fr', ' fr-CA ', 'fra', 'fre', 'fr-Latn-FR-u-ca-gregory'])(
    'takes a language tag as pages give it: %j is the French pack',
    (tag) => {
      expect(clean(page, {language: tag}).language).toBe('fr')
      expect(clean(page, {languages: [tag, 'en']}).language).toBe('fr')
    }
  )

  it('maps each tag to its pack by the language alone (pt-BR, pt_PT, de-CH, nl-BE, en-GB, es-419, it-IT)', () => {
    const tags = {'pt-BR': 'pt', pt_PT: 'pt', 'de-CH': 'de', 'nl-BE': 'nl', 'en-GB': 'en', 'es-419': 'es', 'IT-it': 'it', deu: 'de', dut: 'nl'}
    for (const [tag, code] of Object.entries(tags)) expect(createCleaner({language: tag}).clean(page).language, tag).toBe(code)
  })

  it('refuses a tag of a language without a pack, or no tag at all, with a RangeError', () => {
    for (const tag of ['ru-RU', 'und', 'zh-Hant', 'x', '', 'fr--FR', 'french']) {
      expect(() => createCleaner({language: tag}), tag).toThrow(RangeError)
      expect(() => createCleaner({language: tag}), tag).toThrow(
        /unsupported language .* \(supported: de, en, es, fr, it, nl, pt, or 'auto'; tags such as 'FR', 'fr-FR' or 'pt_BR' name the same packs\)/
      )
    }
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
    [{cleaners: [{name: 'Bad Name', test: () => false}]}, /lower-case words joined by '-'/, RangeError],
    [{cleaners: [{name: 7 as unknown as string, test: () => false}]}, /`name` must be a string/, TypeError],
    [{cleaners: [{name: 'no-test'}]}, /needs a `test` or a `run` function/, TypeError],
    [{cleaners: [{name: 'byline', test: () => false}]}, /a cleaner named 'byline' already exists; .* or set `replace: true`/, RangeError],
    [
      {
        cleaners: [
          {name: 'mine', test: () => false},
          {name: 'mine', test: () => false}
        ]
      },
      /a cleaner named 'mine' already exists/,
      RangeError
    ],
    [{cleaners: [{name: 'mine', replace: true, test: () => false}]}, /`replace: true` but no built-in rule has that name/, RangeError],
    [{cleaners: [{name: 'mine', replace: 'yes' as never, test: () => false}]}, /`replace` must be a boolean/, TypeError],
    [{cleaners: [{name: 'mine', category: 'adverts' as never, test: () => false}]}, /unknown `category`/, RangeError],
    [{cleaners: [{name: 'mine', stage: 2 as never, test: () => false}]}, /`stage` must be a string/, TypeError],
    [{cleaners: [{name: 'mine', stage: 'late' as never, test: () => false}]}, /unknown `stage`/, RangeError],
    [{cleaners: [{name: 'mine', after: ['author', 'x'] as never, test: () => false}]}, /unknown category .*"x".* in `after`/, RangeError],
    // An unknown key is refused even when `test` or `run` is there (a misspelt key never silently does nothing).
    [{cleaners: [{name: 'mine', tset: () => true, run: () => {}} as never]}, /cleaner 'mine': unknown key `tset`/, TypeError],
    [{cleaners: [{name: 'mine', test: () => false, stge: 'line'} as never]}, /unknown key `stge`/, TypeError],
    [{maxLength: -1}, /`maxLength` must be zero or more/, RangeError],
    [{maxLength: '5' as never}, /`maxLength` must be a number/, TypeError],
    [{mode: 'x' as never}, /unknown `mode` 'x' \(known: 'auto', 'extract', 'page'\)/, RangeError],
    [{mode: 3 as never}, /`mode` must be 'auto', 'extract' or 'page'/, TypeError],
    [{languages: []}, /`languages` is empty: name at least one language/, RangeError],
    // eslint-disable-next-line no-sparse-arrays
    [{languages: ['fr', , 'en'] as never}, /`languages\[1\]` must be a language code, got nothing \(the array has a hole there\)/, TypeError],
    // eslint-disable-next-line no-sparse-arrays
    [{disable: [, 'byline'] as never}, /`disable\[0\]` must be a rule name or 'category:<name>', got nothing/, TypeError],
    [{disable: new Array(3) as never}, /`disable\[0\]` must be a rule name or 'category:<name>', got nothing/, TypeError],
    // eslint-disable-next-line no-sparse-arrays
    [{cleaners: [{name: 'mine', test: () => false}, ,] as never}, /`cleaners\[1\]` must be a cleaner, got nothing/, TypeError],
    [{langage: 'fr'} as unknown as Options, /unknown option `langage`/, TypeError]
  ])('rejects bad options %j', (options, message, type) => {
    expect(() => createCleaner(options)).toThrow(type)
    expect(() => createCleaner(options)).toThrow(message)
  })

  it('maxLength makes longer input fail fast with a RangeError', () => {
    const cleaner = createCleaner({maxLength: 10})
    expect(() => cleaner.clean('x'.repeat(11))).toThrow(RangeError)
    expect(() => cleaner.clean('x'.repeat(11))).toThrow(/longer than `maxLength` \(10\)/)
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

  it('replaces a built-in rule by a cleaner of the same name given `replace: true`, in its place', () => {
    const withBylines = `${fr1}\n\npar Jeanne Martin\n\n${fr2}\n\nAuteur : Paul Durand`
    expect(clean(withBylines).removed.map((removal) => removal.rule)).toContain('byline')
    const byline = defineCleaner({
      name: 'byline',
      replace: true,
      test: (block) => (block.lower.startsWith('auteur :') ? {reason: 'our byline', metadata: {byline: block.text.slice(8).trim()}} : undefined)
    })
    const result = clean(withBylines, {cleaners: [byline]})
    // Ours runs instead of the built-in: its line goes, the built-in's stays.
    expect(result.text).toBe(`${fr1}\n\npar Jeanne Martin\n\n${fr2}`)
    expect(result.removed).toEqual([expect.objectContaining({rule: 'byline', reason: 'our byline', category: 'author'})])
    expect(result.metadata.byline).toBe('Paul Durand')
    // It takes the built-in's stage (a line rule), and `disable` turns it off by the name.
    expect(clean(withBylines, {cleaners: [byline], disable: ['byline']}).text).toBe(withBylines)
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
