import {phraseCleaner} from './phrase.js'

/** Advertising labels left in the text: `Advertisement`, `Publicité`, `Sponsored`. */
export const adLabel = phraseCleaner('ad-label', 'Advertising label')
