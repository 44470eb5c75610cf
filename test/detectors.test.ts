/**
 * The detectors that need no phrase list: block statistics, the input kind, the page frame,
 * link lists and menus, repetition. Each with positive and negative cases in English and French.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {loadCorpus, resolveCorpus} from '../scripts/lib/corpus.js'
import {clean, createCleaner, parsePage} from '../src/index.js'
import {blockStats} from '../src/analysis/stats.js'
import {stopwordsOf} from '../src/language/stopwords.js'

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

  it('takes an article with a table of labels and numbers for an extractor output, not a page', () => {
    const players = ['Larry Ogunjobi', 'Myles Garrett', 'Chad Thomas', 'Sheldon Richardson', 'Chris Smith', 'Eli Ankou', 'Tom Jones', 'Sam Brown']
    const rows = players.flatMap((player, index) => ['DL', player, String(60 - index * 4), `${80 - index * 5}%`, `${index + 1} tackle (${index + 1} combined).`])
    const text = [articleEn[0], 'Defensive Line', 'Pos', 'Player', 'Plays', '%', 'Stats', ...rows, articleEn[1], articleEn[2], articleEn[3]].join('\n')
    const result = clean(text)
    expect(result.kind).toBe('extract')
    for (const line of [articleEn[0], 'Myles Garrett', '3 tackle (3 combined).']) expect(result.text).toContain(line)
    // The same labels before an article as a menu, without numbers, make a page.
    expect(clean(['Title | Site', ...players, ...menuEn.slice(0, 3), ...articleEn].join('\n')).kind).toBe('page')
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

  it.skipIf(!corpus)('every extractor output and whole-page text of the corpus cleans to a fixed point', () => {
    const failures: string[] = []
    for (const extractor of corpus!.extractors) {
      for (const [id, text] of corpus!.output(extractor)) {
        const once = cleaner.clean(text).text
        if (cleaner.clean(once).text !== once) failures.push(`${extractor}/${id.slice(0, 12)}`)
      }
    }
    expect(failures).toEqual([])
  })
})

describe('comment sections', () => {
  const comments = [
    'I think this is it. The slimmer bezels and the new keyboard are the redesign, they just did not say so.',
    'No surprise they are keeping the small model. Just my opinion, of course.',
    'Best situation is to sell your old one and buy the new one. Just my 2¢.'
  ]

  it('removes a comments heading after the article and every comment after it', () => {
    const result = clean([...articleEn, 'Top Rated Comments', ...comments, '[ Read All Comments ]'].join('\n\n'))
    expect(result.text).toBe(articleEn.join('\n\n'))
    expect(result.removed.every((removal) => removal.rule === 'comment-section')).toBe(true)
  })

  it('keeps what follows a comments heading when no comment furniture comes after it', () => {
    const text = [...articleEn, 'Reader comments', articleEn[0]].join('\n\n')
    expect(clean(text).text.endsWith(articleEn[0]!)).toBe(true)
  })

  it('keeps the article after a bare Comments button, and a heading in the first half of the page', () => {
    const button = clean([articleEn[0], articleEn[1], 'Comments', articleEn[2], articleEn[3]].join('\n\n'))
    for (const line of articleEn) expect(button.text).toContain(line)
    const early = clean([articleEn[0], 'Top Rated Comments', articleEn[1], articleEn[2], articleEn[3]].join('\n\n'))
    for (const line of articleEn.slice(1)) expect(early.text).toContain(line)
    expect(early.removed.filter((removal) => removal.rule === 'comment-section')).toEqual([])
  })
})

describe('teaser lists', () => {
  const teasers = [
    '-', 'Rams top Bears as offenses struggle', 'Neither team could get much going offensively on Sunday night',
    '-', 'Playoff picture: Raiders in pursuit', 'Breaking down the playoff picture after Sunday’s action',
    '-', 'Pats place Olszewski on IR', 'New England’s roster is re-shuffling'
  ]

  it('removes headline-and-standfirst teasers between lone separators at the foot of the page', () => {
    const result = clean([...articleEn, ...teasers].join('\n'))
    expect(result.text).toBe(articleEn.join('\n'))
    expect(result.removed.every((removal) => removal.rule === 'teaser-list')).toBe(true)
  })

  it('keeps a bullet list, two teasers, and paragraphs between separators', () => {
    const bullets = ['- Free parking at the two new stations', '- Trams every six minutes at rush hour', '- Bicycles allowed outside rush hour', '- A night service on weekends']
    expect(clean([...articleEn, ...bullets].join('\n')).text).toBe([...articleEn, ...bullets].join('\n'))
    const two = [...articleEn, ...teasers.slice(3)].join('\n')
    expect(clean(two).text).toBe(two)
    const paragraphs = [articleEn[0], '*', articleEn[1], '*', articleEn[2], '*', articleEn[3]].join('\n')
    expect(clean(paragraphs).text).toBe(paragraphs)
  })
})

describe('author bios', () => {
  const bio = 'Jane Doe is a freelance writer based in Toronto. Her work has appeared in a number of publications.'

  it('removes an author bio among the last lines of the page', () => {
    const result = clean([...articleEn, bio].join('\n\n'))
    expect(result.text).toBe(articleEn.join('\n\n'))
    expect(result.removed.map((removal) => removal.rule)).toEqual(['author-bio'])
    expect(clean([...articleEn, 'I am a writer, journalist and professor who lives in Ohio.'].join('\n\n')).text).toBe(articleEn.join('\n\n'))
  })

  it('keeps the same words in the body of the article', () => {
    const text = [articleEn[0], 'Jane Doe is a freelance journalist who was detained for three weeks at the border last year.', ...articleEn.slice(1), articleEn[0]].join('\n\n')
    expect(clean(text).text).toBe(text)
  })

  it('removes an author box at the foot of the page: a heading and the bio after it', () => {
    const en = clean([...articleEn, 'About Jane Doe', 'Jane Doe covers transport and city politics for the paper. She joined the newsroom in 2015 after ten years in radio.'].join('\n\n'))
    expect(en.text).toBe(articleEn.join('\n\n'))
    expect(en.removed.map((removal) => removal.rule)).toEqual(['author-bio', 'author-bio'])
    const fr = clean([...articleFr, 'À propos de Jean Dupont', 'Journaliste depuis 2008, Jean Dupont suit les questions de transport et de logement pour la rédaction.'].join('\n\n'))
    expect(fr.text).toBe(articleFr.join('\n\n'))
    const heading = clean([...articleFr, 'À propos de l’auteur', 'Jean Dupont', 'Voir tous ses articles'].join('\n\n'))
    expect(heading.text).toBe(articleFr.join('\n\n'))
    expect(clean([...articleEn, 'About the Author', 'Trevor Daugherty'].join('\n\n')).text).toBe(articleEn.join('\n\n'))
  })

  it('keeps an article paragraph after a bare heading, and an About line whose next line does not name the person', () => {
    const en = [...articleEn, 'About the author', articleEn[0]].join('\n\n')
    expect(clean(en).text.endsWith(articleEn[0]!)).toBe(true)
    const fr = [...articleFr, 'À propos de Jean Dupont', articleFr[0]].join('\n\n')
    expect(clean(fr).text).toBe(fr)
    const subheading = [...articleEn, 'About Face Theatre', articleEn[1]].join('\n\n')
    expect(clean(subheading).text).toBe(subheading)
  })
})

describe('stamps and bylines over two lines or with a date', () => {
  it('removes a stamp whose label and value are on two lines', () => {
    const en = clean([articleEn[0], 'Published', '4:00 am CST, Wednesday, November 20, 2019', ...articleEn.slice(1)].join('\n'))
    expect(en.text).toBe(articleEn.join('\n'))
    const fr = clean([articleFr[0], 'Temps de lecture :', '3 min', ...articleFr.slice(1)].join('\n'))
    expect(fr.text).toBe(articleFr.join('\n'))
    expect(fr.removed.map((removal) => removal.rule)).toEqual(['timestamp', 'timestamp'])
  })

  it('keeps a short line after a label when the two are no stamp, and a sentence after a label', () => {
    const en = [articleEn[0], 'Updated', 'March 12, 2024, was the day the council finally voted on the plan.', ...articleEn.slice(1)]
    expect(clean(en.join('\n')).text).toBe([articleEn[0], ...en.slice(2)].join('\n'))
    const fr = [articleFr[0], 'Temps de lecture :', 'Trois heures de débat', ...articleFr.slice(1)]
    expect(clean(fr.join('\n')).text).toBe([articleFr[0], ...fr.slice(2)].join('\n'))
  })

  it('gives the names of a byline with a date to the metadata', () => {
    expect(clean(['By Justine Coleman - 11/18/19 11:04 PM EST', ...articleEn].join('\n')).metadata.byline).toBe('Justine Coleman')
    expect(clean(['Par Jean Dupont | Publié le 12 mars 2024 à 10h15', ...articleFr].join('\n')).metadata.byline).toBe('Jean Dupont')
  })
})
