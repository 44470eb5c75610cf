import {phraseCleaner} from '../phrase.js'

/** Follow/subscribe prompts for Telegram, WhatsApp, X/Twitter, Facebook, Instagram, YouTube, Google News. */
export const socialPromo = phraseCleaner({name: 'social-promo', description: 'Social-media promo', category: 'promo', stage: 'line'})
