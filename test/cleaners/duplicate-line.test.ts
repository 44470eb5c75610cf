/**
 * duplicate-line: later copies of a line printed earlier go, the first stays where it is;
 * lists, recipes, interviews and pull-quotes that repeat a line stay. English and French.
 */
import {describe, expect, it} from 'vitest'
import {clean} from '../../src/index.js'

const article = {
  en: [
    'The city council voted on Tuesday to expand the tram line to the northern districts, after a debate that lasted most of the evening.',
    'Supporters said the extension would cut commuting times for thousands of residents and take cars off the most crowded roads.',
    'Opponents argued that the cost of the works had doubled since the first estimate and asked for an independent review of the budget.',
    'Construction is expected to begin next spring and should last about three years, according to the transport authority.'
  ],
  fr: [
    'Le conseil municipal a voté mardi le prolongement de la ligne de tramway vers les quartiers nord, après un débat qui a duré toute la soirée.',
    "Les partisans du projet estiment que l'extension réduira le temps de trajet de milliers d'habitants et allègera les axes les plus encombrés.",
    'Les opposants ont fait valoir que le coût des travaux avait doublé depuis la première estimation et ont demandé un audit indépendant du budget.',
    "Les travaux devraient commencer au printemps prochain et durer environ trois ans, selon l'autorité des transports."
  ]
} as const

// Captions without their credit: one that ends with it (`(Photo AFP/Jean Dupont)`) is image-caption's.
const caption = {
  en: 'Los Angeles Lakers forward LeBron James dunks during the first half of the team’s basketball game against the Oklahoma City Thunder on Tuesday, Nov. 19, 2019.',
  fr: 'Sur cette photo prise le dimanche 10 novembre 2019, une longue file de véhicules invendus attend chez un concessionnaire de Lyon.'
} as const

const gallery = {
  en: ['Image 1 of 9', 'Close', '1 / 9', 'Back to Gallery'],
  fr: ['Image 1 sur 9', 'Fermer', '1 / 9', 'Retour à la galerie']
} as const

type Language = keyof typeof article

/** Lines (1-based) that duplicate-line removes from a page of `lines`, in `language`. */
function removed(lines: readonly string[], language: Language): number[] {
  const result = clean(lines.join('\n\n'), {language})
  return result.removed.filter((removal) => removal.rule === 'duplicate-line').map((removal) => (removal.line + 1) / 2)
}

const languages: Language[] = ['en', 'fr']

describe('duplicate-line removes', () => {
  it.each(languages)('a caption printed again right after itself, and around gallery lines (%s)', (language) => {
    const [p1, p2, p3] = article[language]
    const c = caption[language]
    const [image, close, count, back] = gallery[language]
    // 1 p1, 2 c, 3 c, 4 image, 5 close, 6 c, 7 c, 8 count, 9 back, 10 p2, 11 p3
    expect(removed([p1, c, c, image, close, c, c, count, back, p2, p3], language)).toEqual([3, 6, 7])
  })

  it.each(languages)('a headline printed twice at the top (%s)', (language) => {
    const headline = language === 'en' ? 'Tram line to reach the northern districts by 2028' : 'Le tramway ira jusqu’aux quartiers nord en 2028'
    expect(removed([headline, headline, ...article[language]], language)).toEqual([2])
  })

  it.each(languages)('the second print of a whole article (%s)', (language) => {
    const lines = [...article[language], ...article[language]]
    expect(removed(lines, language)).toEqual([5, 6, 7, 8])
    // Separators printed in one copy only do not hide the copy.
    const dashed = [article[language][0], '-', article[language][1], '-', article[language][2], ...article[language].slice(0, 3)]
    expect(removed(dashed, language)).toEqual([6, 7, 8])
  })
})

describe('duplicate-line keeps', () => {
  it.each(languages)('a pull-quote that repeats a sentence of the article, away from it (%s)', (language) => {
    const [p1, p2, p3, p4] = article[language]
    expect(removed([p1, p2, p3, p1, p4], language)).toEqual([])
  })

  it.each(languages)('a caption repeated with a paragraph between the prints (%s)', (language) => {
    const [p1, p2, p3] = article[language]
    expect(removed([p1, caption[language], p2, caption[language], p3], language)).toEqual([])
  })

  it('the items of a meal plan printed for each plan', () => {
    const plan = [
      'Pre-Workout Meal',
      'Eat 60–90 minutes before your workout',
      'Asparagus and Eggs [1 cup asparagus, 2 soft-boiled or poached eggs, ½ cup sweet potato (or 1 slice whole-grain toast), 1 tsp. olive oil]',
      'Portion Fix Containers: 1 Green, 1 Red, 1 Yellow, 1 tsp.',
      'Post-Workout Meal',
      'Asian Chicken Zoodles [1 cup zucchini noodles (sautéed using nonstick spray), 4 oz. cooked chicken, ½ cup edamame, 1 tsp. sesame oil]'
    ]
    const [p1, p2, p3] = article.en
    expect(removed([p1, 'Eating Plan A', ...plan, p2, 'Eating Plan B', ...plan, p3], 'en')).toEqual([])
  })

  it('the questions of an interview put to each guest, and product features listed twice', () => {
    const questions = [
      'Qu’est-ce qui vous a donné envie de créer votre page de cuisine, et depuis combien de temps la tenez-vous ?',
      'Quelle cuisine aimez-vous vous-même, et y a-t-il des plats ou des produits que vous ne mangez jamais ?'
    ]
    const answers = [
      'Ma grand-mère cuisinait tous les jours pour toute la famille.',
      'J’aime la cuisine italienne, mais pas les abats.',
      'Le blog est né pendant mes études à Lyon.',
      'Tout, sauf le poisson cru.'
    ]
    const [p1, p2] = article.fr
    const page = [p1, 'Marie', questions[0]!, answers[0]!, questions[1]!, answers[1]!, 'Anne', questions[0]!, answers[2]!, questions[1]!, answers[3]!, p2]
    expect(removed(page, 'fr')).toEqual([])
    const features = ['New Apple H1 headphone chip delivers faster wireless connection to your devices', 'Charges quickly in the case']
    const [e1, e2] = article.en
    expect(removed([e1, 'AirPods with Charging Case', ...features, 'AirPods with Wireless Charging Case', ...features, e2], 'en')).toEqual([])
  })

  it.each(languages)('a table row or a short line printed twice in a row (%s)', (language) => {
    const [p1, p2] = article[language]
    const row = language === 'en' ? '| Pos | Player | Plays | % | Stats |' : '| Rang | Joueur | Matchs | % | Stats |'
    expect(removed([p1, row, row, 'Advert', 'Advert', p2], language)).toEqual([])
  })
})

describe('duplicate-line and the headline printed again far from the top', () => {
  const headline = {
    en: 'Tram line to reach the northern districts by 2028',
    fr: 'Le tramway ira jusqu’aux quartiers nord en 2028'
  } as const
  const around = {
    en: (title: string) => `6 thoughts on “${title}”`,
    fr: (title: string) => `12 réactions à « ${title} »`
  } as const
  const naming = {
    en: (title: string) => `The council’s report, “${title}”, was published in March.`,
    fr: (title: string) => `Le rapport du conseil, « ${title} », a été publié en mars.`
  } as const

  it.each(languages)('removes the headline again after the article, alone or with a few words around it (%s)', (language) => {
    const title = headline[language]
    // 1 title, 2–5 article, 6 title again, 7 title with a comment count (English: WordPress's
    // `6 thoughts on “…”`, a comment count comment-share takes first)
    const lines = [title, ...article[language], title, around[language](title)]
    expect(removed(lines, language)).toEqual(language === 'en' ? [6] : [6, 7])
    expect(clean(lines.join('\n\n'), {language}).removed.map((removal) => (removal.line + 1) / 2)).toEqual([6, 7])
  })

  it.each(languages)('keeps a sentence that names the headline, and a short first line printed again (%s)', (language) => {
    const title = headline[language]
    expect(removed([title, ...article[language], naming[language](title)], language)).toEqual([])
    const short = language === 'en' ? 'The tram' : 'Le tramway'
    expect(removed([short, ...article[language], short], language)).toEqual([])
  })

  it.each(languages)('keeps a copy of a first line that is a paragraph (%s)', (language) => {
    const first = article[language][0]
    // A first line that ends like a sentence is no headline (the copy goes only as a copy of prose).
    expect(removed([first, ...article[language].slice(1), 'Tram', first.replace(/\.$/u, '')], language)).toEqual([])
  })
})
