/**
 * Where the article is: the main run of article-like blocks. Each block weighs its length when
 * the context pass finds it good and a penalty when it finds it bad; the run is the stretch of
 * blocks with the largest total (a maximum-sum segment, found in one pass). Menus and
 * breadcrumbs before the headline, related lists, comment boxes and footers after the last
 * paragraph fall outside it.
 *
 * On the text of a whole page, the first line is most often the page's `<title>`
 * (`Headline | Site`): when the headline occurs again further down, the run starts at it (the
 * headline stays) and goes as far as it gains, so the article's first short paragraphs, lists
 * and tables are not lost to a long block of prose elsewhere (a cookie notice, a comment).
 * Then it goes on over the article's own lists after its last paragraph ({@link tailEnd}).
 */
import type {Block, PageView} from '../core/types.js'
import {tableRow} from '../text/shapes.js'
import {contextClasses, separated} from './classify.js'
import {ANCHOR_SCORE, ANCHOR_SHARE, BAD_PENALTY, FRAME_THRESHOLDS, LEAD_WORDS, LIST_ITEM_LENGTH, MAX_LIST, MIN_LIST, SHORT_LENGTH} from './defaults.js'
import {headlinePositions, siteName} from './headline.js'
import {menuLike, type BlockStats, type PageStats} from './stats.js'
import {furnitureBetween, tailEnd} from './tail.js'

/** The main run, as positions in the list of blocks it was found in. */
export interface Frame {
  /** Position of the run's first block (`-1` when the page has no good block). */
  start: number
  /** Position of the run's last block. */
  end: number
  /** Sum of the weights of the run. */
  score: number
  /** Position of the headline the run starts at, when it was found from the page title. */
  headline?: number
}

/**
 * Weights of blocks for the run: the length of a good block; for a bad one, minus its length or
 * {@link BAD_PENALTY} (menus, links, separated lists) or `SOFT_PENALTY` (other short
 * lines; both per `favor`: {@link FRAME_THRESHOLDS}). A long block that occurs more than once on the page weighs as bad: an article does
 * not print a paragraph twice, a page prints its notices twice.
 */
function weights(
  context: PageView,
  count: (block: Block) => number,
  page: PageStats,
  blocks: readonly Block[],
  classes: ReadonlyArray<'good' | 'bad' | undefined>
): number[] {
  const {softPenalty, softShare} = FRAME_THRESHOLDS[context.favor]
  return blocks.map((block) => {
    const stats = page.of(block)
    if (classes[block.index] === 'good' && count(block) < 2) return stats.length
    if (menuLike(stats) || separated(stats) || stats.link) return -Math.max(BAD_PENALTY, stats.length)
    return -Math.min(stats.length, softPenalty + stats.length * softShare)
  })
}

/**
 * The maximum-sum stretch of weights.
 *
 * @param values Weights.
 * @returns The stretch.
 */
function bestRun(values: readonly number[]): Frame {
  let best: Frame = {start: -1, end: -1, score: 0}
  let sum = 0
  let from = 0
  for (let position = 0; position < values.length; position++) {
    if (sum <= 0) {
      sum = 0
      from = position
    }
    sum += values[position]!
    if (sum > best.score) best = {start: from, end: position, score: sum}
  }
  return best
}

/**
 * The best stretch that starts at a given position: up to the largest prefix sum.
 *
 * @param values Weights.
 * @param start First position.
 * @returns The stretch (its score may be 0 or less when nothing after `start` gains).
 */
function runFrom(values: readonly number[], start: number): Frame {
  let sum = 0
  let best: Frame = {start, end: start, score: values[start]! > 0 ? values[start]! : 0}
  for (let position = start + 1; position < values.length; position++) {
    sum += values[position]!
    if (sum > best.score) best = {start, end: position, score: sum}
  }
  return best
}

/**
 * Find the main run among blocks.
 *
 * @param context The page.
 * @param page The page's statistics.
 * @param blocks The blocks to look at, in order (default: the blocks still kept).
 * @param anchored For whole pages: start at the headline when the page title names it (else
 *   take a lead sentence before the run), and go on over the article's lists after the run.
 * @param count How often a block occurs (default: among the kept blocks, {@link PageView.count}).
 * @returns The run.
 */
export function mainRun(
  context: PageView,
  page: PageStats,
  blocks: readonly Block[] = context.kept(),
  anchored = false,
  count: (block: Block) => number = (block) => context.count(block)
): Frame {
  const classes = contextClasses(context, page, blocks)
  const values = weights(context, count, page, blocks, classes)
  const best = bestRun(values)
  if (!anchored || best.start < 0) return best
  let chosen: Frame | undefined
  const frame = pick()
  if (frame.start < 0) return frame
  const start = frame.headline === undefined ? leadStart(context, page, blocks, frame.start) : frame.start
  return {...frame, start, end: tailEnd(context, page, blocks, start, listEnd(context, page, blocks, frame.end))}

  function pick(): Frame {
    const site = siteName(context.blocks[0]!)
    for (const position of headlinePositions(context.blocks[0]!, blocks)) {
      // The site's name (the footer's logo line) is no headline: anchored there, the run lost the whole article.
      if (site !== undefined && blocks[position]!.lower === site) continue
      const run = runFrom(values, position)
      if (!chosen || run.score > chosen.score) chosen = {...run, headline: position}
    }
    return chosen && chosen.score >= Math.min(best.score * ANCHOR_SHARE, ANCHOR_SCORE) ? chosen : best
  }
}

/**
 * Where the article starts when the run was not found from the headline: the run goes back
 * over up to `LEAD_LINES` (per `favor`) short paragraphs right before its first block (a lead sentence
 * too short to read as prose on its own: `Beauty company Coty is breaking out — in a good
 * way.`). A line goes back with the run when it ends like a sentence, has
 * {@link LEAD_WORDS} words or more, no more capitalised words than others (not a headline in
 * title case), no link, and occurs once on the page.
 *
 * @param context The page.
 * @param page The page's statistics.
 * @param blocks The blocks of the run's list.
 * @param start Position of the run's first block.
 * @returns The new first position.
 */
function leadStart(context: PageView, page: PageStats, blocks: readonly Block[], start: number): number {
  let position = start
  const {leadLines} = FRAME_THRESHOLDS[context.favor]
  while (position > 0 && start - position < leadLines) {
    const block = blocks[position - 1]!
    const stats = page.of(block)
    if (!stats.sentence || stats.words < LEAD_WORDS || stats.link || stats.capitalised > stats.lowercase || context.count(block) > 1) break
    position--
  }
  return position
}

/**
 * Where a list at the end of the run ends. The run goes on over the lines that follow its last
 * block when they are a list: announced by a colon (`Tour dates:`), lines up to the first menu
 * entry, separated list or long block; else {@link MIN_LIST} or more lines in a row that hold
 * data (a digit or a comma: dates, places, prices), up to the first line that holds none.
 * At most {@link MAX_LIST} lines.
 *
 * @param page The page's statistics.
 * @param blocks The blocks of the run's list.
 * @param end Position of the run's last block.
 * @returns The new last position.
 */
function listEnd(context: PageView, page: PageStats, blocks: readonly Block[], end: number): number {
  const statsAt = (position: number): BlockStats => page.of(blocks[position]!)
  // The next line is an item: not a menu entry, a separated list (a table's row is one) or a long block, and no furniture of the page before it.
  const item = (position: number): boolean => {
    const block = blocks[position]!
    const stats = statsAt(position)
    return (
      !menuLike(stats) &&
      (!separated(stats) || tableRow(block.lower)) &&
      stats.length < LIST_ITEM_LENGTH &&
      !furnitureBetween(context, blocks[position - 1]!, block)
    )
  }
  const limit = Math.min(blocks.length - 1, end + MAX_LIST)
  let position = end
  const announced =
    statsAt(end).colon ||
    (end + 1 <= limit && statsAt(end + 1).colon && statsAt(end + 1).length < SHORT_LENGTH && !furnitureBetween(context, blocks[end]!, blocks[end + 1]!))
  if (announced) {
    if (!statsAt(end).colon) position++
    while (position < limit && item(position + 1)) position++
    return position
  }
  while (position < limit) {
    const stats = statsAt(position + 1)
    if (!item(position + 1) || (stats.digits === 0 && stats.commas === 0)) break
    position++
  }
  return position - end >= MIN_LIST ? position : end
}
