/**
 * The article's edges on a cleaned page: its headline, and the removed lines right around it
 * (the byline, the date, the section's label above; the tags and the source below) — the only
 * lines whose metadata the result keeps. A menu, a related list, comments or a footer end an
 * edge: a category label in a menu (`Menu`), the footer's links read as tags (`Mentions
 * légales | Politique de confidentialité`) give nothing. (A section's label beside the page's
 * trail of links that names it counts wherever the trail is.)
 */
import type {Block, Category, PageView} from '../core/types.js'
import {endsLikeSentence} from '../text/shapes.js'
import {PARAGRAPH_WORDS} from './defaults.js'
import {readsAsHeadline} from './headline.js'

/** Categories of removed lines that end the article's edges: the page's own furniture. */
const FURNITURE: ReadonlySet<Category> = new Set(['frame', 'menu', 'related', 'comments', 'footer'])

/** What the edges of a page's article are. */
export interface ArticleEdges {
  /** The headline: the nearest line above the first paragraph that reads as one (kept, or removed as the page's frame). */
  headline: Block | undefined
  /** Indexes of the blocks at the article's edges or inside it (the metadata comes from their removals). */
  edges: ReadonlySet<number>
}

/** Whether a line reads as a paragraph of the article: a sentence of a few words, or a long line. */
export function readsAsParagraph(block: Block): boolean {
  return (block.words >= PARAGRAPH_WORDS && endsLikeSentence(block.lower)) || block.words >= 3 * PARAGRAPH_WORDS
}

/**
 * Find the article's headline and edges on a cleaned page: the article runs from its headline
 * (or its first paragraph) to the last kept line; its top edge is the removed lines above that
 * up to the first line of the page's furniture or kept line, its bottom edge the removed lines
 * below it up to the first line of furniture.
 *
 * @param page The page, cleaned.
 * @returns The headline and the edges, or `undefined` when nothing is kept (no article).
 */
export function articleEdges(page: PageView): ArticleEdges | undefined {
  const {blocks} = page
  const kept = page.kept()
  if (kept.length === 0) return undefined
  const first = kept.find(readsAsParagraph)
  const top = kept[0]!
  const titled = readsAsHeadline(top) && /\p{L}/u.test(top.text)
  // The first kept line is the headline when it reads as one and no furniture of the page lies
  // between it and the first paragraph; else the nearest headline above the first paragraph.
  const headline = first === undefined ? (titled ? top : undefined) : titled && !furnitureBetween(page, top, first) ? top : headlineAbove(page, first)
  const start = headline ?? first ?? kept[0]!
  const end = kept[kept.length - 1]!
  const edges = new Set<number>()
  for (let index = start.index; index <= end.index; index++) edges.add(index)
  for (let index = start.index - 1; index >= 0 && atEdge(page, blocks[index]!); index--) edges.add(index)
  for (let index = end.index + 1; index < blocks.length && atEdge(page, blocks[index]!); index++) edges.add(index)
  // A section's label beside the page's trail of links that names it (`Politics` by `Home ›
  // Politics`) is the article's, wherever the trail is: the trail says where the article is filed.
  for (const block of blocks) {
    if (edges.has(block.index) || page.removedAs(block) !== 'section') continue
    const trails = [blocks[block.index - 1], blocks[block.index + 1]].filter((other) => other !== undefined && page.removedAs(other) === 'navigation')
    if (trails.some((trail) => segmentsOf(trail!.lower).includes(block.lower))) edges.add(block.index)
  }
  return {headline, edges}
}

/** The segments of a trail of links (`home › politics` gives `home` and `politics`). */
function segmentsOf(lower: string): string[] {
  return lower
    .split(/ ?[›»>|/•·] ?/u)
    .map((segment) => segment.trim())
    .filter((segment) => segment !== '')
}

/** Whether a line of the page's furniture lies between two blocks. */
function furnitureBetween(page: PageView, from: Block, to: Block): boolean {
  for (let index = from.index + 1; index < to.index; index++) {
    const category = page.removedAs(page.blocks[index]!)
    if (category !== undefined && FURNITURE.has(category)) return true
  }
  return false
}

/** Whether a line beyond the article belongs to its edge: removed, and not the page's furniture. */
function atEdge(page: PageView, block: Block): boolean {
  const category = page.removedAs(block)
  return category !== undefined && !FURNITURE.has(category)
}

/**
 * The headline above the first paragraph: walking up over the article's header lines (removed
 * lines that are not the page's furniture), the nearest line that reads as a headline, kept or
 * removed as the page's frame (a whole page's headline printed apart from its article). A kept
 * line that does not read as one, or a line of a menu, a list or comments, ends the search.
 */
function headlineAbove(page: PageView, paragraph: Block): Block | undefined {
  for (let index = paragraph.index - 1; index >= 0; index--) {
    const block = page.blocks[index]!
    const category = page.removedAs(block)
    const candidate = category === undefined || category === 'frame'
    if (candidate) return readsAsHeadline(block) && /\p{L}/u.test(block.text) ? block : undefined
    if (FURNITURE.has(category)) return undefined
  }
  return undefined
}
