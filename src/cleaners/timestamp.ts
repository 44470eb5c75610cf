import {phraseCleaner} from './phrase.js'

/** Reading-time and date stamps: `Temps de lecture : 3 min`, `Publié le … Mis à jour le …`, `5 min read`. */
export const timestamp = phraseCleaner('timestamp', 'Reading time or date stamp')
