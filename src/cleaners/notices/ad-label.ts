import {phraseCleaner} from '../phrase.js'

/** Advertising labels left in the text: `Advertisement`, `Publicité`, `Sponsored`. */
export const adLabel = phraseCleaner({
  name: 'ad-label',
  description: 'Advertising label',
  category: 'advert',
  stage: 'line',
  summary: 'advertising labels',
  example: '`Publicité`, `Advertisement`, `Story continues below advertisement`'
})
