/**
 * story-list: listings of other articles (pages it cleans, pages it must leave alone).
 * The pages' format: `test/support/list-cases.ts`.
 */
import {articleEn, listCases, page} from '../support/list-cases.js'
import type {PageCase} from '../support/list-cases.js'

const positives: PageCase[] = [
  {
    name: 'a listing of other columns: author, date, teaser',
    language: 'en',
    page: page(
      articleEn,
      '- Becket Adams',
      '~ Tuesday November 19, 2019',
      '- Various outlets reported that a United Nations study found the country far behind its climate goals.',
      '- Eddie Scarry',
      '~ Tuesday November 19, 2019',
      '- After three days of hearings, only one witness has emerged so far with a legitimate gripe about the process.',
      '- Tom Rogan',
      '~ Tuesday November 19, 2019',
      '- Beyond the partisan whirlwind of the hearings, the relationship between the two countries remains strong.'
    )
  },
  {
    name: 'a whole page of teasers: author, date, teaser',
    language: 'fr',
    page: page(
      '- Jean Dupont',
      '~ 19 novembre 2019',
      '- Le gouvernement a présenté mardi un plan de relance pour les petites lignes ferroviaires du pays.',
      '- Marie Curie',
      '~ 18 novembre 2019',
      '- Les agriculteurs du Sud-Ouest manifestent contre la baisse des aides à la production de maïs.',
      '- Paul Martin',
      '~ 18 novembre 2019',
      '- La mairie de Lyon lance une consultation sur la piétonnisation de la presqu’île avant l’été.'
    )
  }
]

const negatives: PageCase[] = [
  {
    name: 'a live blog: times of day, entries of several paragraphs',
    language: 'en',
    page: page(
      '~ November 19, 2019 10:32',
      '~ Jane Doe',
      '+ The council has opened the debate on the tram extension, which is expected to last all evening.',
      '~ November 19, 2019 11:05',
      '~ Jane Doe',
      '+ Supporters gathered outside the town hall before the vote, holding banners and singing.',
      '~ November 19, 2019 11:40',
      '~ John Smith',
      '+ Opponents have asked for an independent review of the budget before any vote is taken.'
    )
  },
  {
    name: 'a chronology: dates without names',
    language: 'fr',
    page: page(
      '~ 12 mars 2019',
      '+ Le conseil municipal adopte le principe d’un prolongement de la ligne vers les quartiers nord.',
      '~ 4 juin 2020',
      '+ L’enquête publique rend un avis favorable, assorti de réserves sur le coût des travaux.',
      '~ 19 novembre 2021',
      '+ Le chantier commence par la déviation des réseaux sous l’avenue principale de la ville.'
    )
  },
  {
    name: 'two teasers only',
    language: 'en',
    page: page(
      articleEn,
      '~ Becket Adams',
      '~ Tuesday November 19, 2019',
      '+ Various outlets reported that a United Nations study found the country far behind its climate goals.',
      '~ Eddie Scarry',
      '~ Tuesday November 19, 2019',
      '+ After three days of hearings, only one witness has emerged so far with a legitimate gripe about the process.'
    )
  }
]

listCases('story-list', positives, negatives)
