import {isProse} from '../../analysis/classify.js'
import {pageStats} from '../../analysis/stats.js'
import {endsLikeSentence} from '../../text/shapes.js'
import type {Block, CleanerContext} from '../../core/types.js'
import type {BuiltinCleaner} from '../spec.js'

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
 * left over by a footer. A picture's caption or credit removed (category `picture`) does not count:
 * a picture sits inside the article, and its info box may follow it. A short line next to a kept line stays: a sub-heading between two
 * paragraphs, and every line of a list or table that ends the article. On whole pages
 * (kind `'page'`) the page frame decides instead.
 */
export const tailContext: BuiltinCleaner = {
  name: 'tail-context',
  description,
  category: 'frame',
  summary:
    "on an extractor's output, short leftover lines among removed lines after the last paragraph (jusText-style context); sub-headings, lists, tables and info boxes after a picture stay",
  example: '`Quick Links` between a newsletter box and a footer',
  stage: 'leftover',
  run(context: CleanerContext) {
    if (context.kind !== 'extract') return
    const {blocks} = context
    // Runs of short kept lines after a removed line, closed by a removed line or the end.
    const runs: Array<[number, number]> = []
    const short = (block: Block): boolean => !context.isRemoved(block) && block.words <= SHORT_WORDS && !sentence(block)
    const removed = (block: Block): boolean => {
      // A picture's caption or credit sits inside the article: no sign that the page's tail has begun.
      const category = context.removedAs(block)
      return category !== undefined && category !== 'picture'
    }
    for (let index = 1; index < blocks.length; index++) {
      if (!short(blocks[index]!) || !removed(blocks[index - 1]!)) continue
      let end = index
      while (end + 1 < blocks.length && short(blocks[end + 1]!)) end++
      if ((end + 1 === blocks.length || removed(blocks[end + 1]!)) && end - index + 1 <= MAX_RUN) runs.push([index, end])
      index = end
    }
    if (runs.length === 0) return
    // The last paragraph of prose kept: the article ends there (statistics only now, for the few pages with a run).
    const page = pageStats(context)
    let last = -1
    for (let index = blocks.length - 1; index >= 0 && last < 0; index--) {
      const block = blocks[index]!
      if (!context.isRemoved(block) && block.words > SHORT_WORDS && isProse(block, page)) last = index
    }
    if (last < 0) return
    for (const [start, end] of runs) {
      if (start <= last) continue
      let prose = false
      for (let each = start; each <= end && !prose; each++) prose = isProse(blocks[each]!, page)
      if (prose) continue
      const where = end + 1 === blocks.length ? 'between a removed line and the end of the page' : 'between removed lines'
      for (let each = start; each <= end; each++) context.remove(blocks[each]!, `${description}: ${where}, after the last paragraph`)
    }
  }
}
