import {endsLikeSentence} from '../text.js'
import type {Block, CleanerSpec} from '../types.js'

/** Longest line taken as a repeated caption or credit. */
const MAX_WORDS = 12

/**
 * Whether a folded line is one phrase printed twice (`National Museum National Museum`).
 *
 * @param block Block.
 * @returns Whether it is.
 */
function doubled(block: Block): boolean {
  if (block.words < 4 || block.words % 2 !== 0) return false
  const words = block.lower.split(' ')
  if (words.length % 2 !== 0) return false
  const half = words.length / 2
  for (let index = 0; index < half; index++) if (words[index] !== words[index + half]) return false
  return true
}

/**
 * Repetition: a phrase printed twice in one line, and a short line (2 to 12 words, no
 * sentence punctuation at its end) that occurs more than once among the kept lines, such as an
 * image credit under every picture. The first kept line of the page (the headline) stays.
 */
export const repeatedLine: CleanerSpec = {
  name: 'repeated-line',
  description: 'Repeated caption or credit',
  test(block, context) {
    if (doubled(block)) return 'Repeated caption or credit: one phrase printed twice in the line'
    if (block.words < 2 || block.words > MAX_WORDS || endsLikeSentence(block.lower) || context.previous(block) === undefined) return undefined
    const count = context.count(block)
    return count > 1 ? `Repeated caption or credit: the line occurs ${count} times on the page` : undefined
  }
}
