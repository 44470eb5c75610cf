import {trimEdges} from '../../text/fold.js'
import {readsAsHeadline} from '../../analysis/headline.js'
import type {Block} from '../../core/types.js'
import {phraseCleaner} from '../phrase.js'

const NAME = 'related-content'
const description = 'Related content'
/** Most lines in the run of related headlines after a related heading. */
const MAX_HEADLINES = 30

/**
 * Related content: headings (`You may also like`, `À ne pas manquer`, `Lire aussi`), link
 * lines (`>>> …`), teasers (`Dans cet autre article, découvrez…`), and the run of
 * headline-like lines that a related heading introduces at the end of a page. The run goes
 * only when it reaches the end of the page: a heading followed by article text keeps it.
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
