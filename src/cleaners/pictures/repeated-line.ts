import {endsLikeSentence} from '../../text/shapes.js'
import type {Block, CleanerContext} from '../../core/types.js'
import {PARAGRAPH_WORDS} from '../../text/shapes.js'
import type {BuiltinCleaner} from '../spec.js'

/** Longest line taken as a repeated caption or credit. */
const MAX_CAPTION_WORDS = 12
/** Occurrences a short line needs on the page to be taken for a caption or credit. */
const MIN_COUNT = 3

/**
 * Whether a folded line is one phrase printed twice (`National Museum National Museum`).
 *
 * @param block Block.
 * @returns Whether it is.
 */
function doubled(block: Block): boolean {
  // A caption or credit printed twice, not a paragraph (a wrapped text joins a paragraph printed twice).
  if (block.words < 4 || block.words % 2 !== 0 || block.words > 2 * MAX_CAPTION_WORDS) return false
  const words = block.lower.split(' ')
  if (words.length % 2 !== 0) return false
  const half = words.length / 2
  for (let index = 0; index < half; index++) if (words[index] !== words[index + half]) return false
  return true
}

/** Whether the block stands alone between prose paragraphs (or between one and the page's edge). */
function alone(block: Block, context: CleanerContext): boolean {
  const previous = context.previous(block)
  const next = context.next(block)
  if (!previous && !next) return false
  return (!previous || previous.words >= PARAGRAPH_WORDS) && (!next || next.words >= PARAGRAPH_WORDS)
}

/**
 * Repetition: a phrase printed twice in one line, and a short line (2 to 12 words, no digit,
 * no sentence punctuation at its end) that occurs three times or more among the kept lines,
 * where it stands alone between prose paragraphs, as a credit under every picture does. Lists
 * and tables repeat short lines too, but among other short lines: those stay. The first kept
 * line of the page (the headline) stays.
 */
export const repeatedLine: BuiltinCleaner = {
  name: 'repeated-line',
  description: 'Repeated caption or credit',
  category: 'picture',
  summary:
    'a phrase printed twice in one line; a short line (2–12 words, no digit, no final `.`) that occurs three times or more among the kept lines, each time alone between paragraphs (the first line of the page stays)',
  example: '`National Museum of the U.S. Air Force National Museum of the U.S. Air Force`',
  stage: 'line',
  certainty: 'low',
  test(block, context) {
    if (doubled(block)) return 'Repeated caption or credit: one phrase printed twice in the line'
    if (block.words < 2 || block.words > MAX_CAPTION_WORDS || endsLikeSentence(block.lower) || /\d/.test(block.lower)) return undefined
    if (context.previous(block) === undefined) return undefined
    const count = context.count(block)
    if (count < MIN_COUNT || !alone(block, context)) return undefined
    return `Repeated caption or credit: the line occurs ${count} times on the page, each alone between paragraphs`
  }
}
