import {phraseCleaner} from '../phrase.js'

/** Cookie banners and their buttons. */
export const cookieBanner = phraseCleaner({
  name: 'cookie-banner',
  description: 'Cookie banner',
  category: 'notice',
  stage: 'line',
  summary: 'cookie banners and their buttons',
  example: '`Ce site utilise des cookies…`, `Tout refuser`, `We use cookies…`, `Manage preferences`'
})
