import {describe, expect, it} from 'vitest'
import {clean} from '../../src/index.js'
import {e1, e2, p1, p2, rulesOf} from '../support/pages.js'

describe('byline and category label', () => {
  it('removes a byline and the lone category on the next line, into metadata', () => {
    const result = clean(`Titre de l’article\n\nby Sara\nFrance\n\n${p1}\n\n${p2}`)
    expect(result.removed.map((removal) => removal.rule)).toEqual(['byline', 'category-label'])
    expect(result.metadata).toMatchObject({byline: 'Sara', category: 'France', title: 'Titre de l’article'})
  })

  it('keeps a short line that is not beside page furniture', () => {
    expect(rulesOf(`Titre\n\nFrance\n\n${p1}\n\n${p2}`)).toEqual([])
  })
})

describe('category label above the headline', () => {
  const headline = 'Le gouvernement présente sa réforme de la justice des mineurs'

  it('removes the section above the headline, first on the page or next to a removed line, into metadata', () => {
    const result = clean(`Société\n\nAbonnés\n\n${headline}\n\n${p1}\n\n${p2}`)
    expect(result.removed.map((removal) => `${removal.rule}: ${removal.text}`)).toContain('category-label: Société')
    expect(result.metadata.category).toBe('Société')
    expect(result.text.startsWith(headline)).toBe(true)
  })

  it('gives the section nearest the headline as the category, not the site’s name above it', () => {
    const result = clean(`WELT\n\nSuche\n\nMeinung\n\nWELTplus\n\nDie Debatte um das Urheberrecht ist eine Debatte über Macht\n\n${p1}\n\n${p2}`, {
      language: 'de'
    })
    expect(result.metadata.category).toBe('Meinung')
    expect(result.text.startsWith('Die Debatte')).toBe(true)
  })

  it('keeps a short line with no headline after it, and a kicker in English (title case)', () => {
    expect(rulesOf(`Introduction\n\n${p1}\n\n${p2}`)).toEqual([])
    expect(rulesOf(`Test document title\n\nLorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod\n\n${p1}\n\n${p2}`)).toEqual([])
    expect(rulesOf(`GIRLS BASKETBALL\n\nLions win the regional final after a late comeback\n\n${e1}\n\n${e2}`)).toEqual([])
  })
})
