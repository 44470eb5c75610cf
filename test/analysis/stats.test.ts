/**
 * Block statistics (words, stop words, capitalised words, digits, sentence ends) and the
 * menu-like lines they tell, in English and French.
 */
import {describe, expect, it} from 'vitest'
import {clean, parsePage} from '../../src/index.js'
import {blockStats, menuLike} from '../../src/analysis/stats.js'
import {stopwordsOf} from '../../src/language/stopwords.js'

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
    const [prose] = parsePage('Le maire a dit que les travaux de la ligne commenceront en mai.').blocks
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

describe('menu-like lines', () => {
  const menuLine = (line: string, language: string): boolean => menuLike(blockStats(parsePage(line).blocks[0]!, stopwordsOf(language)))

  it.each([
    ['| Kyle Busch | Toyota |', 'eng'],
    ['| Pilote | Écurie | Points |', 'fra']
  ])('a table’s row %s is not one', (line, language) => {
    expect(menuLine(line, language)).toBe(false)
  })

  it.each([
    [
      'English',
      'The standings after the final race of the season, with the points of each driver, are as follows.',
      'The champion will receive his trophy at a ceremony in Nashville next month, with the rest of the top ten.'
    ],
    [
      'French',
      'Voici le classement après la dernière course de la saison, avec les points de chaque pilote.',
      'Le champion recevra son trophée lors d’une cérémonie à Nashville le mois prochain, avec le reste du top dix.'
    ]
  ])('a table of names in an extractor output stays, in %s', (_name, before, after) => {
    const rows = [
      '| Kyle Busch | Toyota |',
      '| Martin Truex Jr. | Toyota |',
      '| Kevin Harvick | Ford |',
      '| Denny Hamlin | Toyota |',
      '| Joey Logano | Ford |',
      '| Chase Elliott | Chevrolet |'
    ]
    const text = [before, ...rows, after].join('\n')
    expect(clean(text).text).toBe(text)
  })

  it.each([
    ['Terms Of Use', 'eng'],
    ['Mentions Légales', 'fra']
  ])('a footer link %s is one', (line, language) => {
    expect(menuLine(line, language)).toBe(true)
  })
})
