import {isProse} from '../classify.js'
import {pageStats} from '../stats.js'
import {endsLikeSentence} from '../text.js'
import type {Block, CleanerContext, CleanerSpec} from '../types.js'

const description = 'Short line among removed lines after the article'

/** Words of a short, doubtful line at most. */
export const SHORT_WORDS = 10
/** Short lines in a row decided together at most. */
export const MAX_RUN = 3
/** Words from which a line that ends like a sentence is one (`Lakers: Visit the Thunder on Friday.`). */
export const SENTENCE_WORDS = 4

/**
 * Whether a line is a sentence: {@link SENTENCE_WORDS} words or more and sentence punctuation
 * at its end.
 *
 * @param block The line.
 * @returns Whether it is.
 */
function sentence(block: Block): boolean {
  return block.words >= SENTENCE_WORDS && endsLikeSentence(block.lower)
}

/**
 * Context smoothing at the end of an extractor's output (jusText's idea: a short block is
 * decided by its neighbours). After the last paragraph of prose, a run of at most
 * {@link MAX_RUN} short lines ({@link SHORT_WORDS} words at most, no sentence) that
 * sits, in the input, between lines that other rules removed, or between a removed line and the
 * end of the page, goes: the label of a box whose content went, a lone `Search`, a date stamp
 * left over by a footer. A short line next to a kept line stays: a sub-heading between two
 * paragraphs, and every line of a list or table that ends the article. On whole pages
 * (kind `'page'`) the page frame decides instead.
 */
export const tailContext: CleanerSpec = {
  name: 'tail-context',
  description,
  run(context: CleanerContext) {
    if (context.kind !== 'extract') return
    const {blocks} = context
    const page = pageStats(context)
    // The last paragraph of prose kept: the article ends there.
    let last = -1
    for (let index = blocks.length - 1; index >= 0; index--) {
      const block = blocks[index]!
      if (!context.isRemoved(block) && block.words > SHORT_WORDS && isProse(block, page)) {
        last = index
        break
      }
    }
    if (last < 0) return
    const short = (block: Block): boolean => !context.isRemoved(block) && block.words <= SHORT_WORDS && !sentence(block) && !isProse(block, page)
    let index = last + 1
    while (index < blocks.length) {
      const block = blocks[index]!
      if (!short(block) || !context.isRemoved(blocks[index - 1]!)) {
        index++
        continue
      }
      // A run of short kept lines after a removed one: it goes when a removed line or the end follows.
      let end = index
      while (end + 1 < blocks.length && short(blocks[end + 1]!)) end++
      const closed = end + 1 === blocks.length || context.isRemoved(blocks[end + 1]!)
      if (closed && end - index + 1 <= MAX_RUN) {
        const where = end + 1 === blocks.length ? 'between a removed line and the end of the page' : 'between removed lines'
        for (let each = index; each <= end; each++) context.remove(blocks[each]!, 'tail-context', `${description}: ${where}, after the last paragraph`)
      }
      index = end + 1
    }
  }
}
