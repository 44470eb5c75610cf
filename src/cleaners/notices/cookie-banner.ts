import {phraseCleaner} from '../phrase.js'

/** Cookie banners and their buttons. */
export const cookieBanner = phraseCleaner({name: 'cookie-banner', description: 'Cookie banner', category: 'notice', stage: 'line'})
