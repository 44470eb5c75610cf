/**
 * Block classes from statistics, and the context pass that decides short and doubtful
 * blocks by their neighbours (jusText's algorithm, on lines of text instead of HTML blocks).
 *
 * - `good`: prose (long enough, with the stop words and the sentence punctuation of prose).
 * - `near`: could be prose (medium length or medium stop word density).
 * - `short`: too short to judge alone.
 * - `bad`: not prose (long enough to judge, but lists, titles, separators, links).
 *
 * The context pass makes every block `good` or `bad`: a short block between two good ones is
 * good (a sub-heading, a short paragraph), a short block among bad ones is bad (a menu item),
 * and a near-good block stays unless both neighbours are bad.
 */
import type {Block, PageView} from '../core/types.js'
import {LINK_WORDS, LONG_LENGTH, LOWER_SHARE, MENU_RUN, MIN_CASED_WORDS, NEAR_SHARE, PROSE_SHARE, SHORT_LENGTH} from './defaults.js'
import {density, type BlockStats, type PageStats} from './stats.js'

/** Class of a block before the context pass. */
export type BlockClass = 'good' | 'near' | 'short' | 'bad'

/**
 * Whether a block is made of segments joined by separators (`Home | News | Sport`).
 *
 * @param stats The block's statistics.
 * @returns Whether it is.
 */
export function separated(stats: BlockStats): boolean {
  return stats.separators >= 2 && stats.separators * 4 >= stats.words
}

/**
 * Class of one block from its own statistics.
 *
 * @param stats The block's statistics.
 * @param page The page's statistics.
 * @returns Its class.
 */
export function intrinsicClass(stats: BlockStats, page: PageStats): BlockClass {
  if (stats.length === 0) return 'short'
  if (separated(stats)) return 'bad'
  if (stats.link && stats.words <= LINK_WORDS && !stats.sentence) return 'bad'
  if (stats.length < SHORT_LENGTH) return 'short'
  const prose = proseScore(stats, page)
  // Prose has sentence punctuation: a long line without any is a tag cloud or glued links.
  const punctuated = stats.sentence || stats.sentences > 0
  if (prose >= 1 && punctuated) return 'good'
  if (prose >= 1 || (prose >= NEAR_SHARE / PROSE_SHARE && (punctuated || stats.length >= LONG_LENGTH))) return 'near'
  return 'bad'
}

/**
 * How much a block reads as prose: 1 or more reads as prose.
 *
 * With a stop word list that fits the page: the block's stop word density over
 * {@link PROSE_SHARE} of the page's prose density. Without one: the share of lower-case words over {@link LOWER_SHARE}, or, in a
 * script without case, 1 when the block ends like a sentence.
 */
function proseScore(stats: BlockStats, page: PageStats): number {
  if (page.proseDensity !== undefined) return density(stats) / (page.proseDensity * PROSE_SHARE)
  const cased = stats.capitalised + stats.lowercase
  if (cased >= MIN_CASED_WORDS) return stats.lowercase / cased / LOWER_SHARE
  return stats.sentence ? 1 : 0.5
}

/**
 * Classes of the kept blocks after the context pass: every kept block is `good` or `bad`.
 *
 * @param context The page.
 * @param page The page's statistics.
 * @param kept The blocks to judge, in order (default: the blocks still kept).
 * @returns Final classes by block index (`undefined` for blocks not judged).
 */
export function contextClasses(context: PageView, page: PageStats, kept: readonly Block[] = context.kept()): Array<'good' | 'bad' | undefined> {
  const initial = kept.map((block) => intrinsicClass(page.of(block), page))
  markMenus(kept, initial, page)
  const result = new Array<'good' | 'bad' | undefined>(context.blocks.length)
  const size = kept.length

  // Nearest non-short class before and after each position, skipping `near` or not.
  const before = scan(initial, 1, false)
  const after = scan(initial, -1, false)
  const beforeNear = scan(initial, 1, true)
  const afterNear = scan(initial, -1, true)

  const stage = new Array<BlockClass>(size)
  for (let position = 0; position < size; position++) {
    const own = initial[position]!
    if (own !== 'short') {
      stage[position] = own
      continue
    }
    const previous = before[position]!
    const next = after[position]!
    if (previous === 'good' && next === 'good') stage[position] = 'good'
    else if (previous === 'bad' && next === 'bad') stage[position] = 'bad'
    else stage[position] = beforeNear[position] === 'near' || afterNear[position] === 'near' ? 'good' : 'bad'
  }
  for (let position = 0; position < size; position++) {
    const own = stage[position]!
    let final: 'good' | 'bad'
    if (own === 'near') final = before[position] === 'bad' && after[position] === 'bad' ? 'bad' : 'good'
    else final = own === 'good' ? 'good' : 'bad'
    result[kept[position]!.index] = final
  }
  return result
}

/**
 * Make `bad` every block of a run of {@link MENU_RUN} or more menu-like blocks in a row
 * (short lines of capitalised words: menus, section lists, link lists).
 */
function markMenus(kept: readonly Block[], classes: BlockClass[], page: PageStats): void {
  for (const position of menuRuns(kept, page, MENU_RUN)) classes[position] = 'bad'
}

/**
 * Positions of the blocks in runs of `least` or more menu-like blocks in a row
 * ({@link PageStats.menuLike}: short lines of capitalised words: menus, section lists).
 *
 * @param blocks Blocks, in order.
 * @param page The page's statistics.
 * @param least Blocks in a row that make a run.
 * @returns Positions in `blocks`, in order.
 */
export function menuRuns(blocks: readonly Block[], page: PageStats, least: number): number[] {
  const found: number[] = []
  let from = 0
  for (let position = 0; position <= blocks.length; position++) {
    if (position < blocks.length && page.menuLike(blocks[position]!)) continue
    if (position - from >= least) for (let each = from; each < position; each++) found.push(each)
    from = position + 1
  }
  return found
}

/**
 * For each position, the class of the nearest block strictly before it (direction 1) or after
 * it (direction -1) that is not `short` (nor `near`, unless `stopAtNear`); `bad` at the edges.
 */
function scan(classes: readonly BlockClass[], direction: 1 | -1, stopAtNear: boolean): BlockClass[] {
  const size = classes.length
  const found = new Array<BlockClass>(size)
  let last: BlockClass = 'bad'
  for (let step = 0; step < size; step++) {
    const position = direction === 1 ? step : size - 1 - step
    found[position] = last
    const own = classes[position]!
    if (own === 'good' || own === 'bad' || (stopAtNear && own === 'near')) last = own
  }
  return found
}

/**
 * Whether a block is long prose on its own (a `good` block before the context pass).
 *
 * @param block The block.
 * @param page The page's statistics.
 * @returns Whether it is.
 */
export function isProse(block: Block, page: PageStats): boolean {
  return intrinsicClass(page.of(block), page) === 'good'
}
