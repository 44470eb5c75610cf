/**
 * excerpt-list: runs of truncated excerpts (pages it cleans, pages it must leave alone).
 * The pages' format: `test/support/list-cases.ts`.
 */
import {articleEn, articleFr, listCases, page} from '../support/list-cases.js'
import type {PageCase} from '../support/list-cases.js'

const positives: PageCase[] = [
  {
    name: 'teaser excerpts cut off by an ellipsis',
    language: 'en',
    page: page(
      articleEn,
      '- Man pleads guilty to fraud scheme NEW YORK: A man has pleaded guilty to theft and embezzlement at a bank where he...',
      '- Schools reopen after the strike LONDON: All schools and colleges are now open and attendance is back to 98 per...',
      '- Council approves the budget PARIS: The city council on Wednesday approved a budget that includes, for the first time,...'
    )
  },
  {
    name: 'teaser excerpts cut off by an ellipsis character',
    language: 'fr',
    page: page(
      articleFr,
      '- Rennes : la nouvelle ligne de métro ouvrira finalement en septembre, a annoncé la métropole qui…',
      '- Grève : les contrôleurs aériens appellent à un nouveau mouvement pour le week-end de…',
      '- Météo : après les orages de la nuit, la vigilance orange est levée dans trois départements du…'
    )
  },
  {
    name: 'excerpts of other articles around the page’s own teaser, which stays',
    language: 'en',
    page: page(
      '+ Deportees return home from the United States',
      '- Man pleads guilty to fraud scheme NEW YORK: A man has pleaded guilty to theft and embezzlement at a bank where he...',
      '+ Deportees return home from the United States NEW DELHI: Their American dream shattered, nearly 150 Indians returned...',
      '- Schools reopen after the strike LONDON: All schools and colleges are now open and attendance is back to 98 per...'
    )
  }
]

const negatives: PageCase[] = [
  {
    name: 'one line of an article ending in an ellipsis',
    language: 'en',
    page: page(articleEn[0]!, '+ The mayor paused, then said the vote would wait until...', articleEn[1]!, articleEn[2]!)
  },
  {
    name: 'pauses: an ellipsis after a space, not glued to a word',
    language: 'fr',
    page: page(articleFr, '+ Il a hésité, longtemps, puis il a dit oui …', '+ Elle a attendu, puis elle a dit non …', '+ Et le conseil a voté …')
  }
]

listCases('excerpt-list', positives, negatives)
