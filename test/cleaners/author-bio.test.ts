import {describe, expect, it} from 'vitest'
import {clean} from '../../src/index.js'
import {articleEn, articleFr} from '../support/pages.js'

describe('author bios', () => {
  const bio = 'Jane Doe is a freelance writer based in Toronto. Her work has appeared in a number of publications.'

  it('removes an author bio among the last lines of the page', () => {
    const result = clean([...articleEn, bio].join('\n\n'))
    expect(result.text).toBe(articleEn.join('\n\n'))
    expect(result.removed.map((removal) => removal.rule)).toEqual(['author-bio'])
    expect(clean([...articleEn, 'I am a writer, journalist and professor who lives in Ohio.'].join('\n\n')).text).toBe(articleEn.join('\n\n'))
  })

  it('keeps the same words in the body of the article', () => {
    const text = [
      articleEn[0],
      'Jane Doe is a freelance journalist who was detained for three weeks at the border last year.',
      ...articleEn.slice(1),
      articleEn[0]
    ].join('\n\n')
    expect(clean(text).text).toBe(text)
  })

  it('removes an author box at the foot of the page: a heading and the bio after it', () => {
    const en = clean(
      [
        ...articleEn,
        'About Jane Doe',
        'Jane Doe covers transport and city politics for the paper. She joined the newsroom in 2015 after ten years in radio.'
      ].join('\n\n')
    )
    expect(en.text).toBe(articleEn.join('\n\n'))
    expect(en.removed.map((removal) => removal.rule)).toEqual(['author-bio', 'author-bio'])
    const fr = clean(
      [...articleFr, 'À propos de Jean Dupont', 'Journaliste depuis 2008, Jean Dupont suit les questions de transport et de logement pour la rédaction.'].join(
        '\n\n'
      )
    )
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
