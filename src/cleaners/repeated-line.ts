import {endsLikeSentence} from '../text.js'
import type {Block, CleanerSpec} from '../types.js'

/** Longest line taken as a repeated caption or credit. */
const MAX_WORDS = 12
/** A list item: a bullet or a number before the text (`- GPS`, `• Price`, `2) Meal`). */
const listItem = /^(?:[-–—•*·▪►✓✔]|\d{1,3}[.)]) /u

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
 * How often each pair of consecutive kept lines occurs on the page.
 *
 * @param kept The kept blocks, in order.
 * @returns Counts by pair.
 */
function pairCounts(kept: readonly Block[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (let position = 1; position < kept.length; position++) {
    const key = `${kept[position - 1]!.lower}\u0000${kept[position]!.lower}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

/**
 * Repetition: a phrase printed twice in one line, and a short line (2 to 12 words, no
 * sentence punctuation at its end) that occurs more than once on the page, such as an image
 * credit under every picture or a date stamp printed at the top and the foot. The first line of
 * the page (the headline) is kept, and so are list items and lines that repeat together with
 * their neighbours (tables, plans, product lists: structure of the article, not furniture).
 */
export const repeatedLine: CleanerSpec = {
  name: 'repeated-line',
  description: 'Repeated caption or credit',
  run(context) {
    const kept = context.kept()
    let counts: Map<string, number> | undefined
    const going: Array<[Block, string]> = []
    for (let position = 0; position < kept.length; position++) {
      const block = kept[position]!
      if (doubled(block)) {
        going.push([block, 'Repeated caption or credit: one phrase printed twice in the line'])
        continue
      }
      if (block.index === 0 || block.words < 2 || block.words > MAX_WORDS || endsLikeSentence(block.lower)) continue
      const count = context.count(block)
      if (count < 2 || listItem.test(block.lower)) continue
      // A line that repeats with the line before or after it is part of a repeated structure.
      counts ??= pairCounts(kept)
      const before = kept[position - 1]
      const after = kept[position + 1]
      if (before && (counts.get(`${before.lower}\u0000${block.lower}`) ?? 0) > 1) continue
      if (after && (counts.get(`${block.lower}\u0000${after.lower}`) ?? 0) > 1) continue
      going.push([block, `Repeated caption or credit: the line occurs ${count} times on the page`])
    }
    for (const [block, reason] of going) context.remove(block, 'repeated-line', reason)
  }
}
