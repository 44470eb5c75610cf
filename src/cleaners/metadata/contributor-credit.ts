import {phraseCleaner} from '../phrase.js'

/**
 * Contributor credits and reporters' contact lines after an article: `Reporting by …;
 * additional reporting by …`, `(Reporting by …; Editing by …)`, `Associated Press writers …
 * contributed`, `Have a tip? … may be reached at …@…`, `Email … at …@… or follow him @…`,
 * `Reach the reporters on Twitter at …`. The wording is the pack's `patterns` of this rule:
 * a contact line needs an e-mail address or a handle beside its verb, so a sentence giving a
 * hotline's number stays.
 */
export const contributorCredit = phraseCleaner({
  name: 'contributor-credit',
  description: 'Contributor credit or reporter contact',
  category: 'credit',
  stage: 'line',
  certainty: 'low',
  summary: 'reporting credits and contact lines',
  example: '`(Reporting by Will Dunham; Editing by Tom Brown)`, `Email Jane Doe at jdoe@example.com or follow her @jdoe`'
})
