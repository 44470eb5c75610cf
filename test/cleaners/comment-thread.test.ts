/**
 * comment-thread: comment threads without a heading (pages it cleans, pages it must leave alone).
 * The pages' format: `test/support/list-cases.ts`.
 */
import {articleEn, articleFr, listCases, moreFr, page} from '../support/list-cases.js'
import type {PageCase} from '../support/list-cases.js'

const positives: PageCase[] = [
  {
    name: 'a thread of `<name> says:` comments after the article',
    language: 'en',
    page: page(
      articleEn,
      '- lonespeed says:',
      '~ November 19, 2019 at 8:45 am',
      '- Philip Rivers looked like an aging quarterback, projecting confidence he did not have.',
      '- theguiceisright says:',
      '- I actually don’t think the backup is that bad.',
      '- Plus he looks pretty sweet in that uniform.',
      '- C. M. says:',
      '- Obviously he didn’t want to.'
    )
  },
  {
    name: 'a whole page of comments with names, ages and ratings',
    language: 'en',
    page: page(
      '- 2 days ago at 07:52 am',
      '- It’s good to see them update the small model at last.',
      '- Rating: 36 Votes',
      '- Nick A',
      '- 2 days ago at 07:47 am',
      '- I think we’ll see similar updates to what the big model received.',
      '- Rating: 25 Votes',
      '- fmcshan',
      '- 2 days ago at 07:50 am',
      '- It would be nice if they switched to slimmer bezels too.',
      '- Rating: 17 Votes'
    )
  },
  {
    name: 'a thread with names, ages and reply buttons',
    language: 'fr',
    page: page(
      articleFr,
      '- Jean Dupont',
      '- il y a 2 jours',
      '- Enfin une bonne nouvelle pour le quartier nord.',
      '- Répondre',
      '- Marie L.',
      '- il y a 3 jours',
      '- Le coût des travaux me semble bien trop élevé pour une ville de cette taille.',
      '- Répondre',
      '- Paul',
      '- il y a 5 jours',
      '- Il était temps !',
      '- Répondre'
    )
  },
  {
    name: 'a thread of `<nom> dit :` comments',
    language: 'fr',
    page: page(
      articleFr,
      '- pierre75 dit :',
      '- Très bon article, merci.',
      '- Sophie dit :',
      '- Et le stationnement, on en parle ?',
      '- lecteur_du_nord dit :',
      '- Le tram ne passera jamais par chez moi.'
    )
  }
]

const negatives: PageCase[] = [
  {
    name: 'an interview that quotes one speaker with `says:`',
    language: 'en',
    page: page(articleEn, '+ Mayor Smith says:', '+ “We did not expect the vote to pass so quickly, but the council listened to the residents.”', articleEn[0]!)
  },
  {
    name: 'a transcript of two speakers taking turns down to the end',
    language: 'en',
    page: page(
      articleEn,
      '+ Interviewer says:',
      '+ Why did the council change its mind?',
      '+ Smith says:',
      '+ Because the residents came to every meeting.',
      '+ Interviewer says:',
      '+ And the cost?',
      '+ Smith says:',
      '+ It will be shared with the region.'
    )
  },
  {
    name: 'a live blog stamped with ages after its entries',
    language: 'en',
    page: page(
      '~ 2 hours ago',
      '+ The council has opened the debate on the tram extension, which is expected to last all evening.',
      '~ 3 hours ago',
      '+ Supporters gathered outside the town hall before the vote, holding banners and singing.',
      '~ 4 hours ago',
      '+ Opponents have asked for an independent review of the budget before any vote is taken.'
    )
  },
  {
    name: 'comment furniture that stops well before the end of the page',
    language: 'fr',
    page: page('+ Jean Dupont dit :', '+ Le maire a raison.', '+ Marie dit :', '+ Le maire a tort.', '+ Paul dit :', '+ Le maire hésite.', articleFr, moreFr)
  }
]

listCases('comment-thread', positives, negatives)
