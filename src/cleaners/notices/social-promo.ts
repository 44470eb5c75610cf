import {phraseCleaner} from '../phrase.js'

/** Follow/subscribe prompts for Telegram, WhatsApp, X/Twitter, Facebook, Instagram, YouTube, Google News. */
export const socialPromo = phraseCleaner({
  name: 'social-promo',
  description: 'Social-media promo',
  category: 'promo',
  stage: 'line',
  summary: 'follow/subscribe prompts: Telegram, WhatsApp, X/Twitter, Facebook, Instagram, YouTube, Google News; lines ending in a `t.me/…` link',
  example: '`Suivez Russia Beyond sur Telegram ! … https://t.me/russiabeyond_fr`, `Join our Telegram channel`'
})
