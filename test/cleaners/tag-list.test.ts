import {describe, expect, it} from 'vitest'
import {clean} from '../../src/index.js'
import {p1, p2} from '../support/pages.js'
import {phraseCases} from '../support/phrase-cases.js'

phraseCases('tag-list', {
  removes: [
    ['fr', 'Collaboration Militaire | Ukraine | États-unis | Russie | Guerre | France'],
    ['fr', 'Mots-clés : Ukraine, Russie, Défense'],
    ['en', 'Tags: Politics, Elections, Congress'],
    ['en', 'Business | Markets | Technology'],
    ['en', 'Related Tags'],
    ['en', 'Tags'],
    ['en', 'terms:'],
    ['fr', 'Mots-clés'],
    ['fr', 'Sujets associés :']
  ],
  keeps: [
    ['fr', 'Trois pays | la France, l’Allemagne et l’Italie | ont signé l’accord.'],
    ['en', 'Tags are attached to every parcel so that it can be tracked across the network.'],
    ['en', '| Ticker | Security | Last | Change | Change % |'],
    ['en', 'Terms: the deal runs for five years and can be renewed once.'],
    ['fr', 'Thèmes et variations : un concert de Bach à la Philharmonie.']
  ]
})

describe('tag-list: a label and tags with no colon at the foot', () => {
  it('removes it into metadata', () => {
    const result = clean(`${p1}\n\n${p2}\n\nSujets Justice Magistrats Mineurs`, {language: 'fr'})
    expect(result.removed.map((removal) => removal.rule)).toEqual(['tag-list'])
    expect(result.metadata.tags).toEqual(['Justice', 'Magistrats', 'Mineurs'])
  })

  it('keeps a line that starts with the label and goes on in lower case', () => {
    expect(clean(`${p1}\n\n${p2}\n\nSujets sensibles et polémiques`, {language: 'fr'}).removed).toEqual([])
  })
})
