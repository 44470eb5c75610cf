import {phraseCases} from '../support/phrase-cases.js'

phraseCases('source-line', {
  removes: [
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
