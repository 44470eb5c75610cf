/**
 * Deciding what the input is: an article extractor's output (most lines are article) or the
 * text of a whole page (most lines are menus, lists and footers around the article).
 */
import {intrinsicClass, menuLike} from './classify.js'
import {mainRun} from './frame.js'
import {pageStats} from './stats.js'
import type {CleanerContext, PageKind} from './types.js'

/** Menu-like blocks before the main run from which the text is a whole page. */
export const PAGE_HEAD_MENU = 8

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
 * @returns Its features.
 */
export function kindFeatures(context: CleanerContext): KindFeatures {
  const page = pageStats(context)
  let total = 0
  let prose = 0
  let first = -1
  let last = -1
  let menu = 0
  for (const block of context.blocks) {
    const stats = page.blocks[block.index]!
    total += stats.length
    if (menuLike(stats)) menu++
    if (intrinsicClass(stats, page) !== 'good') continue
    prose += stats.length
    if (first === -1) first = block.index
    last = block.index
  }
  const size = context.blocks.length
  const run = mainRun(context, page, context.blocks)
  let headMenu = 0
  let tailMenu = 0
  if (run.start >= 0) {
    for (const block of context.blocks) {
      if (block.index >= run.start && block.index <= run.end) continue
      if (!menuLike(page.blocks[block.index]!)) continue
      if (block.index < run.start) headMenu++
      else tailMenu++
    }
  }
  return {
    headMenu,
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
 * @returns `'page'` for the text of a whole page, else `'extract'`.
 */
export function decideKind(context: CleanerContext): PageKind {
  const features = kindFeatures(context)
  return features.headMenu >= PAGE_HEAD_MENU ? 'page' : 'extract'
}
