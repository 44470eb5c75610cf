import {trimEdges} from '../../text/fold.js'
import {readsAsHeadline} from '../../analysis/headline.js'
import type {Block, CleanerContext} from '../../core/types.js'
import {phraseCleaner} from '../phrase.js'

const NAME = 'related-content'
const description = 'Related content'
/** Most lines in the run of related headlines after a related heading. */
const MAX_HEADLINES = 30

/** Most teasers printed under a related heading in the middle of an article. */
const MAX_INLINE_TEASERS = 5

/**
 * Teasers printed under a related heading in the middle of the article (`Mehr zu diesem
 * Thema:` then two headlines of other articles, then the article goes on): the headline-like
 * lines right under the heading, with no blank line between them and the heading (a list of
 * links, not the article's next sub-heading, which a blank line sets apart), followed by a
 * blank line or the end of the page.
 *
 * @param context The page.
 * @param headings The related headings of the packs.
 */
function inlineTeasers(context: CleanerContext, headings: ReadonlySet<string>): void {
  for (const heading of context.blocks) {
    if (context.removedBy(heading) !== NAME || !headings.has(trimEdges(heading.lower))) continue
    const run: Block[] = []
    let index = heading.index + 1
    for (; index < context.blocks.length && run.length < MAX_INLINE_TEASERS; index++) {
      const block = context.blocks[index]!
      if (block.breaks !== 1 || context.isRemoved(block) || !readsAsHeadline(block)) break
      run.push(block)
    }
    const after = context.blocks[index]
    if (run.length === 0 || (after !== undefined && after.breaks < 2)) continue
    for (const block of run) context.remove(block, `${description}: teaser listed under “${heading.text.trim()}”`)
  }
}

/**
 * Related content: headings (`You may also like`, `À ne pas manquer`, `Lire aussi`), link
 * lines (`>>> …`), teasers (`Dans cet autre article, découvrez…`), and the run of
 * headline-like lines that a related heading introduces at the end of a page. The run goes
 * only when it reaches the end of the page: a heading followed by article text keeps it; in
 * the middle of the article, only the teasers printed right under the heading, with no blank
 * line between (see {@link inlineTeasers}).
 */
export const relatedContent = phraseCleaner(
  {
    name: NAME,
    description,
    category: 'related',
    summary: 'related headings, `>>>` link lines, teasers, and the run of headlines a related heading introduces at the end of the page',
    example: '`À ne pas manquer`, `Lire aussi : …`, `Dans cet autre article, découvrez…`, `You may also like`',
    stage: 'section',
    data: {description, lists: {headings: {description: 'Headings of a list of related articles (`You may also like`, `Lire aussi`).', lines: true}}}
  },
  (context) => {
    const headings = context.rules.set(NAME, 'headings')
    inlineTeasers(context, headings)
    let heading: Block | undefined
    for (let index = context.blocks.length - 1; index >= 0; index--) {
      const block = context.blocks[index]!
      if (context.removedBy(block) === NAME && headings.has(trimEdges(block.lower))) {
        heading = block
        break
      }
    }
    if (!heading) return
    const run: Block[] = []
    for (let next = context.next(heading); next; next = context.next(next)) {
      if (!readsAsHeadline(next) || run.length >= MAX_HEADLINES) return
      run.push(next)
    }
    for (const block of run) context.remove(block, `${description}: headline listed under “${heading.text.trim()}”`)
  }
)
