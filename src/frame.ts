/**
 * Where the article is: the main run of article-like blocks. Each block weighs its length when
 * the context pass finds it good and a penalty when it finds it bad; the run is the stretch of
 * blocks with the largest total (a maximum-sum segment, found in one pass). Menus and
 * breadcrumbs before the headline, related lists, comment boxes and footers after the last
 * paragraph fall outside it.
 */
import {contextClasses} from './classify.js'
import type {PageStats} from './stats.js'
import type {Block, CleanerContext} from './types.js'

/** Weight of a bad block: at least this much. */
export const BAD_PENALTY = 20

/** The main run, as positions in the list of blocks it was found in. */
export interface Frame {
  /** Position of the run's first block (`-1` when the page has no good block). */
  start: number
  /** Position of the run's last block. */
  end: number
  /** Sum of the weights of the run. */
  score: number
}

/**
 * Find the main run among blocks.
 *
 * @param context The page.
 * @param page The page's statistics.
 * @param blocks The blocks to look at, in order (default: the blocks still kept).
 * @returns The run.
 */
export function mainRun(context: CleanerContext, page: PageStats, blocks: readonly Block[] = context.kept()): Frame {
  const classes = contextClasses(context, page, blocks)
  let best: Frame = {start: -1, end: -1, score: 0}
  let sum = 0
  let from = 0
  for (let position = 0; position < blocks.length; position++) {
    const block = blocks[position]!
    const length = page.blocks[block.index]!.length
    const weight = classes[block.index] === 'good' ? length : -Math.max(BAD_PENALTY, length)
    if (sum <= 0) {
      sum = 0
      from = position
    }
    sum += weight
    if (sum > best.score) best = {start: from, end: position, score: sum}
  }
  return best
}
