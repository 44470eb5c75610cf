/**
 * The detectors that need no phrase list: block statistics, the input kind, the page frame,
 * link lists and menus, repetition. Each with positive and negative cases in English and French.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {loadCorpus, resolveCorpus} from '../scripts/lib/corpus.js'
import {clean, createCleaner, parsePage} from '../src/index.js'
import {blockStats} from '../src/stats.js'
import {stopwordsOf} from '../src/stopwords.js'

const menuEn = ['Home', 'News', 'World', 'Business', 'Sport', 'Culture', 'Travel', 'Opinion', 'Video', 'Podcasts', 'Newsletters']
const menuFr = ['Accueil', 'Actualités', 'Monde', 'Économie', 'Sport', 'Culture', 'Voyage', 'Opinions', 'Vidéos', 'Podcasts']
const footerEn = ['About Us', 'Contact', 'Careers', 'Advertise', 'Terms', 'Privacy']
const footerFr = ['Qui Sommes-Nous', 'Contact', 'Recrutement', 'Publicité', 'Mentions Légales', 'Confidentialité']

const articleEn = [
  'The city council voted on Tuesday to expand the tram line to the northern districts, after a debate that lasted most of the evening.',
  'Supporters said the extension would cut commuting times for thousands of residents and take cars off the most crowded roads.',
  'Opponents argued that the cost of the works had doubled since the first estimate and asked for an independent review of the budget.',
  'Construction is expected to begin next spring and should last about three years, according to the transport authority.'
]
const articleFr = [
  'Le conseil municipal a voté mardi le prolongement de la ligne de tramway vers les quartiers nord, après un débat qui a duré toute la soirée.',
  "Les partisans du projet estiment que l'extension réduira le temps de trajet de milliers d'habitants et allègera les axes les plus encombrés.",
  "Les opposants ont fait valoir que le coût des travaux avait doublé depuis la première estimation et ont demandé un audit indépendant du budget.",
  "Les travaux devraient commencer au printemps prochain et durer environ trois ans, selon l'autorité des transports."
]

/** A whole page's text: title, menu, headline, article, related list, footer. */
function wholePage(title: string, menu: string[], headline: string, article: string[], footer: string[]): string {
  return [`${title} | The Daily Example`, ...menu, headline, ...article, ...footer, ...menu.slice(0, 4)].join('\n\n')
}

describe('block statistics', () => {
  it('counts words, stop words, capitalised words, digits and sentence ends in English', () => {
    const [block] = parsePage('The Mayor said 12 new trams will run in 2025.').blocks
    const stats = blockStats(block!, stopwordsOf('eng'))
    expect(stats.words).toBe(8)
    expect(stats.digits).toBe(6)
    expect(stats.capitalised).toBe(2)
    expect(stats.stopwords).toBeGreaterThanOrEqual(2)
    expect(stats.sentence).toBe(true)
  })

  it('uses the French stop words for a French line, and sees separators', () => {
    const [prose] = parsePage("Le maire a dit que les travaux de la ligne commenceront en mai.").blocks
    const [menu] = parsePage('Accueil › Monde › Europe').blocks
    const french = stopwordsOf('fra')
    expect(blockStats(prose!, french).stopwords).toBeGreaterThanOrEqual(5)
    expect(blockStats(menu!, french).separators).toBe(2)
    expect(blockStats(menu!, french).sentence).toBe(false)
  })

  it('weighs ideographs and counts their words without spaces', () => {
    const [block] = parsePage('今回はそのアプリに関する話です。').blocks
    const stats = blockStats(block!, undefined)
    expect(stats.length).toBeGreaterThan(20)
    expect(stats.words).toBeGreaterThan(3)
    expect(stats.sentence).toBe(true)
  })

  it('has no stop words for an unknown language code', () => {
    expect(stopwordsOf('xxx')).toBeUndefined()
    expect(stopwordsOf(undefined)).toBeUndefined()
  })
})

describe('input kind and the page frame', () => {
  it.each([
    ['English', menuEn, 'Tram line to reach the northern districts', articleEn, footerEn],
    ['French', menuFr, 'Le tramway ira jusqu’aux quartiers nord', articleFr, footerFr]
  ])('cuts the frame of a whole page in %s and keeps the headline and the article', (_name, menu, headline, article, footer) => {
    const text = wholePage(headline, menu, headline, article, footer)
    const result = clean(text)
    expect(result.kind).toBe('page')
    expect(result.text).toBe([headline, ...article].join('\n\n'))
    expect(result.removed.filter((removal) => removal.rule === 'page-frame').length).toBeGreaterThan(10)
  })

  it.each([
    ['English', 'Tram line to reach the northern districts', articleEn],
    ['French', 'Le tramway ira jusqu’aux quartiers nord', articleFr]
  ])('leaves an extractor output in %s as it is', (_name, headline, article) => {
    const text = [headline, ...article].join('\n\n')
    const result = clean(text)
    expect(result.kind).toBe('extract')
    expect(result.text).toBe(text)
  })

  it('keeps a short line between two paragraphs and a list the article announces', () => {
    const text = [
      'Headline of the story',
      ...menuEn,
      'Headline of the story',
      articleEn[0],
      'A short line.',
      articleEn[1],
      'The stops on the new line:',
      'Main Street, 7:00',
      'Central Station, 7:10',
      'North Park, 7:25',
      ...footerEn
    ].join('\n')
    const result = clean(text)
    expect(result.kind).toBe('page')
    for (const line of ['A short line.', 'Central Station, 7:10', 'North Park, 7:25']) expect(result.text).toContain(line)
    expect(result.text).not.toContain('Careers')
  })

  it('obeys the mode option and reports the kind', () => {
    const text = wholePage('Tram line', menuEn, 'Tram line to reach the north', articleEn, footerEn)
    const extract = clean(text, {mode: 'extract'})
    expect(extract.kind).toBe('extract')
    expect(extract.removed.filter((removal) => removal.rule === 'page-frame')).toEqual([])
    expect(extract.text).toContain('Tram line | The Daily Example')
    expect(clean(text, {mode: 'page'}).file.data.newsclean?.kind).toBe('page')
    expect(() => clean(text, {mode: 'whole' as never})).toThrow(TypeError)
  })
})

describe('link-list', () => {
  const rule = (text: string) => clean(text).removed.filter((removal) => removal.rule === 'link-list').map((removal) => removal.text)

  it('removes a run of menu entries in an extractor output, in English and French', () => {
    const en = ['Politics', 'Science', 'Health', 'Technology', 'Travel', 'Culture']
    const fr = ['Politique', 'Sciences', 'Santé', 'Technologie', 'Voyage', 'Culture']
    expect(rule([articleEn[0], ...en, articleEn[1]].join('\n'))).toEqual(en)
    expect(rule([articleFr[0], ...fr, articleFr[1]].join('\n'))).toEqual(fr)
  })

  it('keeps a short list of lower-case items and two capitalised lines', () => {
    expect(rule([articleEn[0], 'a baby carrier', 'healthy snack bars', 'a camera', 'Water Bottles', articleEn[1]].join('\n'))).toEqual([])
    expect(rule([articleFr[0], 'Jean Dupont', 'Marie Curie', articleFr[1]].join('\n'))).toEqual([])
  })

  it('removes separated link lines, dates, e-mails and lone counts, not table rows', () => {
    const lines = ['Accueil › Monde › Europe', 'About / Contact / Jobs', 'press@example.com', '1,204']
    expect(rule([articleEn[0], ...lines, articleEn[1]].join('\n'))).toEqual(lines)
    const dates = ['19 novembre 2019', 'November 19, 2019 at 9:24 pm', '2019-11-19']
    expect(clean([articleEn[0], ...dates, articleEn[1]].join('\n')).text).toBe([articleEn[0], articleEn[1]].join('\n'))
    const table = ['| 1 | Kyle Busch | 5040 |', '| 2 | Martin Truex | 5035 |', '12', '15', 'Le 19 novembre 2019, le conseil a voté.']
    expect(rule([articleFr[0], ...table, articleFr[1]].join('\n'))).toEqual([])
  })
})

describe('repeated-line', () => {
  const rule = (text: string) => clean(text).removed.filter((removal) => removal.rule === 'repeated-line').map((removal) => removal.line)

  it('removes a credit printed under every picture, in English and French', () => {
    const en = 'Lyon City Hall archives'
    const fr = 'Archives de la Ville de Lyon'
    expect(rule(['Title', articleEn[0], en, articleEn[1], en, articleEn[2], en, articleEn[3]].join('\n'))).toEqual([3, 5, 7])
    expect(rule(['Titre', articleFr[0], fr, articleFr[1], fr, articleFr[2], fr, articleFr[3]].join('\n'))).toEqual([3, 5, 7])
  })

  it('keeps lines that repeat with their neighbours, and list items', () => {
    const plan = ['Pre-Workout Meal', 'Eat 60 minutes before your workout', 'Post-Workout Meal', 'Eat within 2 hours']
    expect(rule(['Title', articleEn[0], ...plan, articleEn[1], ...plan, articleEn[2]].join('\n'))).toEqual([])
    const item = 'Livraison gratuite en magasin'
    expect(rule(['Titre', articleFr[0], item, 'Retrait sous deux heures', item, 'Retrait sous deux heures', item, articleFr[1]].join('\n'))).toEqual([])
  })
})

describe('idempotence', () => {
  const cleaner = createCleaner()
  const seeds = readdirSync(new URL('../fixtures/', import.meta.url)).filter((name) => name.endsWith('.txt'))

  it.each(seeds)('seed %s cleans to a fixed point', (name) => {
    const once = cleaner.clean(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')).text
    expect(cleaner.clean(once).text).toBe(once)
  })

  let dir: string | undefined
  try {
    dir = resolveCorpus()
  } catch {
    dir = undefined
  }
  const corpus = dir ? loadCorpus(dir) : undefined

  // Whole-page text (html-text) has known exceptions: see docs/detection.md.
  it.skipIf(!corpus)('every extractor output of the corpus cleans to a fixed point', () => {
    const failures: string[] = []
    for (const extractor of corpus!.extractors) {
      if (extractor === 'html-text') continue
      for (const [id, text] of corpus!.output(extractor)) {
        const once = cleaner.clean(text).text
        if (cleaner.clean(once).text !== once) failures.push(`${extractor}/${id.slice(0, 12)}`)
      }
    }
    expect(failures).toEqual([])
  })
})
