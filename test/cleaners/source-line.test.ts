import {describe, expect, it} from 'vitest'
import {clean} from '../../src/index.js'
import {phraseCases} from '../support/phrase-cases.js'

phraseCases('source-line', {
  removes: [
    ['fr', 'Le Monde avec AFP'],
    ['fr', '20 Minutes avec agences'],
    ['en', 'Staff and agencies'],
    ['fr', 'source:https://www.rtl.nl/nieuws/buitenland/artikel/5502161/vs-en-oekraine'],
    ['fr', 'Source : AFP'],
    ['en', 'Source: Reuters'],
    ['en', 'Sources: https://example.org/report.pdf'],
    ['en', 'SOURCE:'],
    ['en', 'from https://phys.org/news/2019-11-hibernating-astronauts.html'],
    ['fr', 'Source :']
  ],
  keeps: [
    ['fr', 'Source : selon plusieurs responsables du ministère interrogés par notre rédaction, le projet serait abandonné.'],
    ['en', 'Source code for the app was published on GitHub on Monday, the company said.'],
    ['en', 'From https://example.org the company moved its servers to Ireland in 2019.'],
    ['fr', 'Source de revenus, le tourisme représente 8 % du PIB de la région.']
  ]
})

describe('source-line metadata', () => {
  it('gives the agency a source line names', () => {
    expect(clean('Le Monde avec AFP', {language: 'fr'}).metadata).toEqual({agency: 'AFP'})
    expect(clean('Mit Material von dpa und AFP', {language: 'de'}).metadata).toEqual({agency: 'dpa und AFP'})
    expect(clean('Quelle: dpa', {language: 'de'}).metadata).toEqual({source: 'dpa', agency: 'dpa'})
    expect(clean('20 Minutes avec agences', {language: 'fr'}).metadata).toEqual({})
  })
})
