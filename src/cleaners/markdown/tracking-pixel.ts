import {markdownFacts} from '../../analysis/markdown.js'
import type {BuiltinCleaner} from '../spec.js'

/**
 * Markdown: blocks that are only images of tracking pixels and spacers (`![](https://…/pixel.gif)`,
 * `![](…/spacer.gif)`: no alt text, an address of a counter or a spacer).
 */
export const trackingPixel: BuiltinCleaner = {
  name: 'tracking-pixel',
  description: 'Tracking pixel',
  category: 'advert',
  stage: 'line',
  summary: 'Markdown only: a block of images without alt text whose addresses are counters, beacons or spacers, and no text',
  example: '`![](https://pixel.example.com/b/ss/1x1.gif)`, `![](/images/spacer.gif)`',
  local: true,
  test(block, context) {
    const facts = markdownFacts(context)?.of(block)
    if (!facts || !facts.imageOnly || facts.pixels < facts.images) return false
    return `Tracking pixel: ${facts.images === 1 ? 'an image' : `${facts.images} images`} of a counter or a spacer`
  }
}
