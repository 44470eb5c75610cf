import {phraseCleaner} from './phrase.js'

/** Cookie banners and their buttons. */
export const cookieBanner = phraseCleaner('cookie-banner', 'Cookie banner')
