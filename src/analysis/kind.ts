/**
 * Deciding what the input is: an article extractor's output (most lines are article) or the
 * text of a whole page (most lines are menus, lists and footers around the article).
 */
import type {Block, PageKind, PageView} from '../core/types.js'
import {tableRow} from '../text/shapes.js'
import {intrinsicClass} from './classify.js'
import {PAGE_HEAD_LABELS, PAGE_HEAD_MENU} from './defaults.js'
import {mainRun} from './frame.js'
import {menuLike, pageStats} from './stats.js'

/** A number alone, maybe a percentage or a table cell. */
const NUMBER_CELL = /^\|? ?[-+]?\d[\d.,]{0,12} ?%? ?\|?$/

/**
 * How often each line occurs among blocks (by {@link Block.lower}): the kind is decided from
 * the page as given, whatever has been removed.
 *
 * @param blocks Blocks.
 * @returns A block's count among them.
 */
function occurrences(blocks: readonly Block[]): (block: Block) => number {
  const counts = new Map<string, number>()
  for (const block of blocks) counts.set(block.lower, (counts.get(block.lower) ?? 0) + 1)
  return (block) => counts.get(block.lower) ?? 0
}

/** What {@link decideKind} looks at. */
export interface KindFeatures {
  /** Blocks on the page. */
  blocks: number
  /** Share of the page's length in blocks that read as prose on their own. */
  prose: number
  /** Blocks that are not prose before the first prose block. */
  head: number
  /** Blocks that are not prose after the last prose block. */
  tail: number
  /** Short blocks of capitalised words only (menu entries, section names). */
  menu: number
  /** Menu-like blocks before the main run. */
  headMenu: number
  /** Distinct menu-like lines before the main run. */
  headLabels: number
  /** Lines before the main run that are a number alone (`63`, `85%`, `| 12 |`): a table's cells. */
  headNumbers: number
  /** Menu-like blocks after the main run. */
  tailMenu: number
  /** Blocks before the main run. */
  before: number
  /** Blocks after the main run. */
  after: number
}

/**
 * Measure the features of a page.
 *
 * @param context The page.
 * @param blocks The blocks to look at (default: all of the page's).
 * @returns Its features.
 */
export function kindFeatures(context: PageView, blocks: readonly Block[] = context.blocks): KindFeatures {
  const page = pageStats(context)
  let total = 0
  let prose = 0
  let first = -1
  let last = -1
  let menu = 0
  for (let position = 0; position < blocks.length; position++) {
    const block = blocks[position]!
    const stats = page.of(block)
    total += stats.length
    if (menuLike(stats)) menu++
    if (intrinsicClass(stats, page) !== 'good') continue
    prose += stats.length
    if (first === -1) first = position
    last = position
  }
  const size = blocks.length
  const run = mainRun(context, page, blocks, false, occurrences(blocks))
  let headMenu = 0
  let tailMenu = 0
  let headNumbers = 0
  let headLabels = 0
  if (run.start >= 0) {
    const seen = new Set<string>()
    for (let position = 0; position < blocks.length; position++) {
      if (position >= run.start && position <= run.end) continue
      const block = blocks[position]!
      const head = position < run.start
      if (head && NUMBER_CELL.test(block.lower)) headNumbers++
      if (!page.menuLike(block) || tableRow(block.lower)) continue
      if (head) headMenu++
      else tailMenu++
      if (head && !seen.has(block.lower)) headLabels++
      seen.add(block.lower)
    }
  }
  return {
    headMenu,
    headLabels,
    headNumbers,
    tailMenu,
    before: run.start < 0 ? size : run.start,
    after: run.start < 0 ? size : size - 1 - run.end,
    blocks: size,
    prose: total === 0 ? 0 : prose / total,
    head: first === -1 ? size : first,
    tail: first === -1 ? size : size - 1 - last,
    menu
  }
}

/**
 * Decide the kind of a page from its text.
 *
 * @param context The page.
 * @param blocks The blocks to look at (default: all of the page's).
 * @returns `'page'` for the text of a whole page, else `'extract'`.
 */
export function decideKind(context: PageView, blocks: readonly Block[] = context.blocks): PageKind {
  // Too few menu-like lines in all for a page's head: no need to find the main run.
  const page = pageStats(context)
  let menu = 0
  for (const block of blocks) if (page.menuLike(block) && ++menu >= PAGE_HEAD_MENU) break
  if (menu < PAGE_HEAD_MENU) return 'extract'
  const features = kindFeatures(context, blocks)
  // A table's row labels come with its numbers; a menu's entries do not.
  // One label printed over and over (a credit under every picture) is no menu either.
  return features.headMenu >= PAGE_HEAD_MENU && features.headLabels >= PAGE_HEAD_LABELS && features.headLabels > features.headNumbers ? 'page' : 'extract'
}
