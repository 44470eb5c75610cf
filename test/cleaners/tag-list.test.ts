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
