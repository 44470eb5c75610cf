/**
 * The input kind: a whole page (whose frame is cut) or an extractor's output (left as it is),
 * in English and French.
 */
import {describe, expect, it} from 'vitest'
import {clean} from '../../src/index.js'
import {articleEn, articleFr, footerEn, footerFr, menuEn, menuFr, wholePage} from '../support/pages.js'

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
    const rows = players.flatMap((player, index) => [
      'DL',
      player,
      String(60 - index * 4),
      `${80 - index * 5}%`,
      `${index + 1} tackle (${index + 1} combined).`
    ])
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
    expect(() => clean(text, {mode: 'whole' as never})).toThrow(RangeError)
  })
})
