import {trimEdges} from '../text.js'
import {readsAsHeadline} from '../headline.js'
import type {Block, CleanerSpec} from '../types.js'
import {phraseCleaner} from './phrase.js'

const description = 'Related content'
/** Most lines in the run of related headlines after a related heading. */
const MAX_RUN = 30

/**
 * Related content: headings (`You may also like`, `À ne pas manquer`, `Lire aussi`), link
 * lines (`>>> …`), teasers (`Dans cet autre article, découvrez…`), and the run of
 * headline-like lines that a related heading introduces at the end of a page. The run goes
 * only when it reaches the end of the page: a heading followed by article text keeps it.
 */
export const relatedContent: CleanerSpec = phraseCleaner('related-content', description, (context) => {
  const headings = context.rules.set('related-content', 'lines')
  let heading: Block | undefined
  for (let index = context.blocks.length - 1; index >= 0; index--) {
    const block = context.blocks[index]!
    if (context.removedBy(block) === 'related-content' && headings.has(trimEdges(block.lower))) {
      heading = block
      break
    }
  }
  if (!heading) return
  const run: Block[] = []
  for (let next = context.next(heading); next; next = context.next(next)) {
    if (!readsAsHeadline(next) || run.length >= MAX_RUN) return
    run.push(next)
  }
  for (const block of run) context.remove(block, 'related-content', `${description}: headline listed under “${heading.text.trim()}”`)
})
