import {endsLikeSentence} from './text.js'
import type {Block} from './types.js'

/** Most words a line may have to be taken as the title. */
const TITLE_WORDS = 30

/**
 * Whether a block reads as a headline: a few words, no final `.`, `:`, `;` or `,`.
 *
 * @param block Candidate.
 * @returns Whether it reads as a headline.
 */
export function readsAsHeadline(block: Block): boolean {
  if (block.words < 2 || block.words > TITLE_WORDS) return false
  const last = block.lower.charAt(block.lower.length - 1)
  if (last === ':' || last === ';' || last === ',') return false
  return !endsLikeSentence(block.lower) || last === '?' || last === '!'
}

