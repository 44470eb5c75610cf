import {describe, expect, it} from 'vitest'
import {clean} from '../../src/index.js'
import {p1, p2} from '../support/pages.js'
import {phraseCases} from '../support/phrase-cases.js'

phraseCases('byline', {
  removes: [
    ['fr', 'Par Jean Dupont'],
    ['fr', 'Par Marie Curie et Jean de La Fontaine'],
    ['en', 'by Sara'],
    ['en', 'By John Smith and Jane Doe'],
    ['en', 'By Justine Coleman - 11/18/19 11:04 PM EST'],
    ['en', 'By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM'],
    ['en', 'By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.'],
    ['en', 'By'],
    ['en', 'Author:'],
    ['en', '| by Catherine'],
    ['fr', 'Par Jean Dupont | Publié le 12 mars 2024 à 10h15'],
    ['fr', 'Par Marie Curie, le 3 janvier 2024'],
    ['fr', 'Par'],
    ['fr', 'Auteur :'],
    // Names and their agency, their outlet (the metadata keeps the names only).
    ['fr', 'Par Claire Vasseur avec AFP'],
    ['fr', 'Par Thomas Lemaire pour Le Figaro'],
    ['fr', 'Article rédigé par Radio France'],
    ['en', 'By Jane Doe, Reuters'],
    ['fr', 'Thomas Lemaire pour Le Figaro'],
    ['fr', 'Marie-Claire Dubois et Paul Roux pour 20 Minutes']
  ],
  keeps: [
    ['fr', 'Par ailleurs, le ministre a annoncé une hausse du budget de la défense.'],
    ['fr', 'Par 52 voix contre 48, le Sénat a adopté le texte.'],
    ['en', 'By the end of the war, the city had lost half of its population.'],
    ['en', 'By Monday, the fire had been contained.'],
    ['en', 'By Tuesday, November 19, the fire had burned more than 2,000 acres.'],
    ['en', 'By 2019 the company had doubled its sales.'],
    ['fr', 'Par la suite, le 3 janvier 2024, le tribunal a rejeté la demande.'],
    ['fr', 'Par Jean Dupont, le ministre désigne son prédécesseur à Matignon.'],
    ['fr', 'Par amour pour Lola, il a tout quitté.'],
    ['en', 'NEW YORK (AFP)'],
    ['en', 'QUEENSTOWN, New Zealand (AFP)'],
    ['fr', 'Marche blanche pour Lola'],
    ['fr', 'Un prix pour Le Monde'],
    ['fr', 'Macron pour La France'],
    ['en', 'Tax relief for Older Workers']
  ]
})

describe('byline metadata', () => {
  it('gives the names without the agency or the outlet', () => {
    expect(clean('Par Claire Vasseur avec AFP', {language: 'fr'}).metadata).toMatchObject({byline: 'Claire Vasseur', agency: 'AFP'})
    expect(clean('Von Katrin Albers, dpa', {language: 'de'}).metadata).toMatchObject({byline: 'Katrin Albers', agency: 'dpa'})
    expect(clean('By Richard Lam (AP)', {language: 'en'}).metadata).toMatchObject({byline: 'Richard Lam', agency: 'AP'})
    expect(clean('Par Thomas Lemaire pour Le Figaro', {language: 'fr'}).metadata).toEqual({byline: 'Thomas Lemaire'})
    expect(clean('Thomas Lemaire pour Le Figaro', {language: 'fr'}).metadata).toEqual({byline: 'Thomas Lemaire'})
  })
})

describe('names alone beside the date, under the headline', () => {
  const headline = 'Procès de l’incendie de la rue Dulac : la famille promet de ne pas oublier'

  it('removes them as the byline', () => {
    const result = clean(`${headline}\n\nAnne-Laure Giraud\n20 Minutes avec agences\nPublié le 19 mai 2025 à 16h20\n\n${p1}\n\n${p2}`)
    expect(result.removed.map((removal) => removal.rule)).toEqual(['byline', 'source-line', 'timestamp'])
    expect(result.metadata.byline).toBe('Anne-Laure Giraud')
  })

  it('keeps a short headline of capitals above its date, with no headline before it', () => {
    const result = clean(`Großer Zapfenstreich\n12.05.2025, 18.41 Uhr\n\n${p1}\n\n${p2}`, {language: 'de'})
    expect(result.removed.map((removal) => removal.rule)).toEqual(['timestamp'])
  })
})
