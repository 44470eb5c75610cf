import {describe, expect, it} from 'vitest'
import {clean} from '../../src/index.js'
import {articleEn, articleFr, e1, e2, e3, e4, rulesOf} from '../support/pages.js'
import {phraseCases} from '../support/phrase-cases.js'

phraseCases('repeated-line', {
  removes: [
    ['fr', 'National Museum of the U.S. Air Force National Museum of the U.S. Air Force'],
    ['en', 'Brown University Brown University']
  ],
  keeps: [
    ['fr', 'Il a répété : « Nous ne partirons pas, nous ne partirons pas. »'],
    ['en', 'New York New York is a 1977 film directed by Martin Scorsese, starring Liza Minnelli.']
  ]
})

describe('repeated-line', () => {
  const credit = 'Photograph courtesy Jane Doe'

  it('removes a short line repeated down the page, alone between paragraphs', () => {
    expect(rulesOf(`${e1}\n\n${credit}\n\n${e2}\n\n${credit}\n\n${e3}\n\n${credit}\n\n${e4}`)).toEqual([
      `repeated-line: ${credit}`,
      `repeated-line: ${credit}`,
      `repeated-line: ${credit}`
    ])
  })

  it('keeps a line repeated only twice', () => {
    expect(rulesOf(`${e1}\n\n${credit}\n\n${e2}\n\n${credit}\n\n${e1}`)).toEqual([])
  })

  it('keeps repeated lines of lists and tables', () => {
    const table = ['Meal one', 'Eat every few hours', 'Protein shake'].join('\n')
    expect(rulesOf(`${e1}\n\n${table}\n\n${table}\n\n${table}\n\n${e2}`)).toEqual([])
  })

  it('keeps repeated sentences and attributions with dates', () => {
    expect(rulesOf(`${e1}\n\nWe will not leave.\n\n${e2}\n\nWe will not leave.\n\n${e3}\n\nWe will not leave.`)).toEqual([])
    const tweet = '— The Senate (@Senate) October 9, 2018'
    expect(rulesOf(`${e1}\n\n${tweet}\n\n${e2}\n\n${tweet}\n\n${e3}\n\n${tweet}\n\n${e4}`)).toEqual([])
  })
})

describe('repeated-line', () => {
  const rule = (text: string) =>
    clean(text)
      .removed.filter((removal) => removal.rule === 'repeated-line')
      .map((removal) => removal.line)

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
