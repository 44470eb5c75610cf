import {markdownFacts} from '../../analysis/markdown.js'
import type {BuiltinCleaner} from '../spec.js'

/** Most words of an in-page link line (a skip link, `Back to top`, a table of contents' entry). */
const MAX_WORDS = 8

/**
 * Markdown: blocks that are only links to places on the same page (`[Skip to content](#main)`,
 * `[Back to top](#top)`, a table of contents' entries): the page's navigation, not its text.
 */
export const skipLink: BuiltinCleaner = {
  name: 'skip-link',
  description: 'In-page navigation link',
  category: 'navigation',
  stage: 'line',
  summary: 'Markdown only: a short block whose text is all inside links to places on the same page (`#…`)',
  example: '`[Skip to content](#main)`, `[Back to top](#top)`',
  local: true,
  test(block, context) {
    const facts = markdownFacts(context)?.of(block)
    if (!facts || !facts.linkOnly || block.words > MAX_WORDS) return false
    return facts.fragmentLinks === facts.links ? `In-page navigation: ${facts.links === 1 ? 'a link' : 'links'} to a place on the page` : false
  }
}
