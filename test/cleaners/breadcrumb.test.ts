import {describe, expect, it} from 'vitest'
import {e1, e2, p1, p2, rulesOf} from '../support/pages.js'

describe('breadcrumb', () => {
  it('removes a breadcrumb glued to the headline, or with separators, at the head', () => {
    expect(rulesOf(`Home ActualitéCollaboration militaire secrète\n\nCollaboration militaire secrète\n\n${p1}\n\n${p2}`)).toEqual([
      'breadcrumb: Home ActualitéCollaboration militaire secrète'
    ])
    expect(rulesOf(`Accueil › Monde › Europe\n\n${p1}\n\n${p2}`)).toEqual(['breadcrumb: Accueil › Monde › Europe'])
    expect(rulesOf(`Home / World / Europe\n\n${e1}\n\n${e2}`)).toEqual(['breadcrumb: Home / World / Europe'])
  })

  it('keeps article lines that start with a root word', () => {
    expect(rulesOf(`Home Office officials said on Tuesday that the scheme would be extended.\n\n${e1}\n\n${e2}`)).toEqual([])
    expect(rulesOf(`Accueil chaleureux pour le président\n\n${p1}\n\n${p2}`)).toEqual([])
    expect(rulesOf(`Home Depot\n\n${e1}\n\n${e2}`)).toEqual([])
  })
})

describe('breadcrumb: trails without a root and menus on one line', () => {
  it('removes a trail joined by `›` at the head, before the first paragraph', () => {
    expect(
      rulesOf(`heise online › News › 2025 › KW 41\n\nKritische Lücke in Heimroutern: Hersteller liefert Update nach\n\n${p1}\n\n${p2}`, {language: 'de'})
    ).toContain('breadcrumb: heise online › News › 2025 › KW 41')
  })

  it('removes a menu of section names above the headline', () => {
    const headline = 'Galettes de sarrasin complètes, la vraie recette bretonne'
    expect(rulesOf(`Accueil Recettes Voyages À propos Contact\n\n${headline}\n\n${p1}\n\n${p2}`)).toEqual([
      'breadcrumb: Accueil Recettes Voyages À propos Contact'
    ])
    expect(rulesOf(`Culture Cinéma Musique Livres Expos\n\n${headline}\n\n${p1}\n\n${p2}`)).toEqual(['breadcrumb: Culture Cinéma Musique Livres Expos'])
  })

  it('keeps a headline that starts with a root word, and a trail after the first paragraph', () => {
    expect(rulesOf(`Accueil des réfugiés à Calais, la préfecture ouvre un centre\n\n${p1}\n\n${p2}`)).toEqual([])
    expect(rulesOf(`Start frei für die Olympia-Bewerbung Hamburgs\n\n${p1}\n\n${p2}`, {language: 'de'})).toEqual([])
    expect(rulesOf(`${p1}\n\nFrance › Paris › Montmartre\n\n${p2}`).filter((rule) => rule.startsWith('breadcrumb'))).toEqual([])
  })

  it('keeps capitalised words where English writes headings so', () => {
    expect(rulesOf(`Culture Film Music Books Shows\n\nThe quiet return of the neighbourhood cinema, told by its owners\n\n${e1}\n\n${e2}`)).toEqual([])
  })
})
