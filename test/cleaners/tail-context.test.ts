/**
 * tail-context: after the last paragraph, a short line between removed lines (or between a
 * removed line and the end) goes; a short line next to a kept line stays, and so does every
 * line of a list or table that ends the article. English and French.
 */
import {describe, expect, it} from 'vitest'
import {clean} from '../../src/index.js'

const article = {
  en: [
    'The city council voted on Tuesday to expand the tram line to the northern districts, after a debate that lasted most of the evening.',
    'Supporters said the extension would cut commuting times for thousands of residents and take cars off the most crowded roads.',
    'Construction is expected to begin next spring and should last about three years, according to the transport authority.'
  ],
  fr: [
    'Le conseil municipal a voté mardi le prolongement de la ligne de tramway vers les quartiers nord, après un débat qui a duré toute la soirée.',
    "Les partisans du projet estiment que l'extension réduira le temps de trajet de milliers d'habitants et allègera les axes les plus encombrés.",
    "Les travaux devraient commencer au printemps prochain et durer environ trois ans, selon l'autorité des transports."
  ]
} as const

/** Lines other rules remove (a rights notice, a share button, an ad label, a social promo). */
const removable = {
  en: {rights: '© 2019 CBS Interactive Inc. All Rights Reserved.', share: 'Share on Facebook', ad: 'Advertisement', follow: 'Follow us on Twitter'},
  fr: {rights: '© Le Monde 2024. Tous droits réservés.', share: 'Partager sur Facebook', ad: 'Publicité', follow: 'Suivez-nous sur les réseaux sociaux'}
} as const

/** Short doubtful lines: a box label, a section name (lines no phrase rule takes). */
const short = {
  en: ['Ticketing', 'World', 'Story Timeline'],
  fr: ['Sujets', 'Monde', 'À la une en France']
} as const

type Language = keyof typeof article
const languages: Language[] = ['en', 'fr']

/** The lines tail-context removes from a page of `lines`. */
function removed(lines: readonly string[], language: Language): string[] {
  const result = clean(lines.join('\n\n'), {language})
  return result.removed.filter((removal) => removal.rule === 'tail-context').map((removal) => removal.text)
}

describe('tail-context removes', () => {
  it.each(languages)('a short line between a removed line and the end of the page (%s)', (language) => {
    const {rights} = removable[language]
    expect(removed([...article[language], rights, short[language][1]], language)).toEqual([short[language][1]])
  })

  it.each(languages)('short lines between removed lines after the last paragraph (%s)', (language) => {
    const {share, ad, follow} = removable[language]
    const [first, second, third] = short[language]
    expect(removed([...article[language], share, first, ad, second, third, follow], language)).toEqual([first, second, third])
  })
})

describe('tail-context keeps', () => {
  it.each(languages)('a short line between removed lines before the last paragraph (%s)', (language) => {
    const [p1, p2, p3] = article[language]
    const {share, ad} = removable[language]
    expect(removed([p1, share, short[language][0], ad, p2, p3], language)).toEqual([])
  })

  it.each(languages)('a short line next to a kept line, and a short sentence (%s)', (language) => {
    const {rights, ad} = removable[language]
    const [first, second] = short[language]
    const sentence = language === 'en' ? 'Lakers: Visit the Thunder on Friday.' : 'Prochain match : vendredi à Lyon.'
    // After the last paragraph: `first` follows a kept paragraph, `second` comes before a kept sentence.
    expect(removed([...article[language], first, rights, second, sentence], language)).toEqual([])
    expect(removed([...article[language], ad, sentence], language)).toEqual([])
  })

  it.each(languages)('every line of a list that ends the article (%s)', (language) => {
    const {rights, share} = removable[language]
    const list =
      language === 'en'
        ? ['Tour dates:', 'June 9 – Tampa, FL', 'June 10 – Atlanta, GA', 'June 12 – Nashville, TN']
        : ['Les dates de la tournée :', '9 juin – Lyon', '10 juin – Marseille', '12 juin – Nantes']
    expect(removed([...article[language], ...list, rights, share], language)).toEqual([])
  })

  it.each(languages)('an info box after a picture’s caption or credit (%s)', (language) => {
    const credit = language === 'en' ? 'Photo: Jane Doe / AFP' : 'Photo : Jean Dupont / AFP'
    const box =
      language === 'en'
        ? ['Michael Anastassiades', '‘Jewels after Jewels’', 'Flos Showroom']
        : ['Michael Anastassiades', '« Bijoux après bijoux »', 'Showroom Flos']
    const result = clean([...article[language], credit, ...box].join('\n\n'), {language})
    expect(result.removed.map((removal) => removal.rule)).toEqual(['image-credit'])
  })

  it.each(languages)('a run of more short lines than a box label has (%s)', (language) => {
    const {rights, share} = removable[language]
    const menu = [...short[language], 'Sport', 'Culture']
    expect(removed([...article[language], rights, ...menu, share], language)).toEqual([])
  })
})
