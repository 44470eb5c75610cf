/**
 * box-list: boxes headed by a pointer (pages it cleans, pages it must leave alone).
 * The pages' format: `test/support/list-cases.ts`.
 */
import {articleEn, articleFr, listCases, moreFr, page} from '../support/list-cases.js'
import type {PageCase} from '../support/list-cases.js'

const positives: PageCase[] = [
  {
    name: 'a sidebar of boxes headed by a pointer',
    language: 'en',
    page: page(
      articleEn,
      '- » Columnists',
      '- The latest column by our motoring editor, every Monday',
      '- » Power Ranking',
      '- » Race Preview',
      '- Times, tyres and weather for Sunday’s race',
      '- » Podcast',
      '- The latest episode of our weekly show'
    )
  },
  {
    name: 'a sidebar of boxes headed by a pointer',
    language: 'fr',
    page: page(
      articleFr,
      '- » Chroniques',
      '- La dernière chronique de notre spécialiste automobile',
      '- » Classement',
      '- » Avant-course',
      '- Horaires, pneus et météo du Grand Prix',
      '- Abonnez-vous à notre lettre'
    )
  }
]

const negatives: PageCase[] = [
  {
    name: 'a bullet list of pointers with nothing under them',
    language: 'en',
    page: page(articleEn, '+ » Free parking at the two new stations', '+ » Trams every six minutes at rush hour', '+ » Bicycles allowed outside rush hour')
  },
  {
    name: 'quoted mail at the end of the article',
    language: 'en',
    page: page(
      articleEn,
      '+ > Hi John,',
      '+ > Thanks for the update on the tram line',
      '+ > The residents will be at the meeting on Monday.',
      '+ > Best regards',
      '+ > See you all on Monday evening.',
      '+ > Jane Doe, for the residents’ association'
    )
  },
  {
    name: 'pointers followed by the article going on',
    language: 'fr',
    page: page('+ » Chroniques', '+ » Classement', '+ » Avant-course', articleFr, moreFr.slice(0, 3))
  }
]

listCases('box-list', positives, negatives)
