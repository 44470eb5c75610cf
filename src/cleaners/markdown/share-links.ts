import {markdownFacts} from '../../analysis/markdown.js'
import type {BuiltinCleaner} from '../spec.js'

/** Most characters of text outside the links a row of share links has (`Share:`, `|`, `Tweet this`). */
const MAX_OTHER_CHARS = 24

/**
 * Markdown: rows of links that share the page on social networks or by mail
 * (`[Facebook](https://www.facebook.com/sharer/…)`, `[Tweet](https://twitter.com/intent/tweet?…)`).
 */
export const shareLinks: BuiltinCleaner = {
  name: 'share-links',
  description: 'Share links',
  category: 'prompt',
  stage: 'line',
  summary: 'Markdown only: a block whose links share the page (social networks’ share endpoints, `mailto:` with a subject), with little text besides',
  example: '`Share: [Facebook](https://www.facebook.com/sharer/sharer.php?u=…) [Twitter](https://twitter.com/intent/tweet?…)`',
  local: true,
  test(block, context) {
    const facts = markdownFacts(context)?.of(block)
    if (!facts || facts.shareLinks === 0) return false
    if (facts.chars - facts.linkChars > MAX_OTHER_CHARS) return false
    // Most of its links share (a row of share buttons may hold a link home or to the comments).
    return facts.shareLinks * 2 >= facts.links ? `Share links: ${facts.shareLinks} of ${facts.links} links share the page` : false
  }
}
