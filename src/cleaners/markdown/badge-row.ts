import {markdownFacts} from '../../analysis/markdown.js'
import type {BuiltinCleaner} from '../spec.js'

/**
 * Markdown: blocks that are only badges and icons, and no text (`[![Facebook](/img/fb-icon.png)](…)
 * [![RSS](/img/rss.png)](/feed)`, `![build](https://img.shields.io/…)`).
 */
export const badgeRow: BuiltinCleaner = {
  name: 'badge-row',
  description: 'Badges and icons',
  category: 'promo',
  stage: 'line',
  summary: 'Markdown only: a block of images and no text, every image a badge, icon, logo, button or pixel, or two or more images each a link',
  example: '`[![Facebook](/img/facebook-icon.png)](https://facebook.com/site) [![RSS](/img/rss.png)](/feed)`',
  local: true,
  test(block, context) {
    const facts = markdownFacts(context)?.of(block)
    if (!facts || !facts.imageOnly || facts.pixels === facts.images) return false
    const icons = facts.badges + facts.pixels === facts.images
    const linkedRow = facts.images >= 2 && facts.linkedImages === facts.images
    return icons || linkedRow ? `Badges and icons: ${facts.images === 1 ? 'an image' : `${facts.images} images`} and no text` : false
  }
}
