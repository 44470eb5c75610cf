import {phraseCleaner} from '../phrase.js'

/** Rights notices: `Tous droits réservés`, `All rights reserved`, `©` lines, source-citation duties. */
export const rightsNotice = phraseCleaner({
  name: 'rights-notice',
  description: 'Rights notice',
  category: 'notice',
  stage: 'line',
  summary: 'rights notices, `©` lines',
  example: '`Tous droits réservés`, `… la mention des sources est obligatoire.`, `All rights reserved`'
})
