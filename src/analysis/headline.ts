/**
 * The headline: whether a line reads as one, where a page's title is printed again as the
 * headline, and where the headline is printed again further down.
 */
import type {Block, PageView} from '../core/types.js'
import {endsLikeSentence, PARAGRAPH_WORDS} from '../text/shapes.js'
import {HEADLINE_AHEAD, HEADLINE_EXTRA, HEADLINE_FAR, HEADLINE_WORDS, MIN_TITLE, TITLE_WORDS} from './defaults.js'

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

/** Separators between the headline and the site's name in a page title. */
const titleSeparators = / [|–—:·•»\-/] | :: /u

/**
 * Segments of a page title that can be the headline (`Headline | Site` gives `headline` and
 * the whole title), folded.
 *
 * @param title The first block.
 * @returns Candidate headlines.
 */
function titleParts(title: Block): string[] {
  const parts = new Set<string>([title.lower])
  const segments = title.lower.split(titleSeparators)
  for (const part of segments) if (part.length >= MIN_TITLE) parts.add(part.trim())
  // The title without the site's name at its end (`Headline / Part two – Site`).
  if (segments.length > 2) {
    const cut = title.lower.length - segments.at(-1)!.length
    const head = title.lower
      .slice(0, cut)
      .replace(/ \S{1,2} $/u, '')
      .trim()
    parts.add(head)
  }
  return [...parts].filter((part) => part.length >= MIN_TITLE)
}

/**
 * The site's name a page title ends with (`Headline | Site` gives `site`): its last segment,
 * when the title has two or more and the last is shorter than the first (a headline is longer
 * than the name of the site that prints it). Folded.
 *
 * @param title The first block.
 * @returns The name, or `undefined`.
 */
export function siteName(title: Block): string | undefined {
  const segments = title.lower.split(titleSeparators).map((segment) => segment.trim())
  if (segments.length < 2) return undefined
  const last = segments[segments.length - 1]!
  return last.length >= MIN_TITLE && last.length < segments[0]!.length ? last : undefined
}

/**
 * Positions of the blocks after the title that repeat the headline the title holds.
 *
 * @param title The page's first block.
 * @param blocks Blocks.
 * @returns Positions.
 */
export function headlinePositions(title: Block, blocks: readonly Block[]): number[] {
  const parts = titleParts(title)
  if (parts.length === 0) return []
  const found: number[] = []
  for (let position = 0; position < blocks.length; position++) {
    const block = blocks[position]!
    if (block.index <= title.index) continue
    const lower = block.lower
    // A line that ends with a colon introduces what follows: a list's heading, not the headline.
    if (lower.length < MIN_TITLE || lower.endsWith(':')) continue
    if (parts.some((part) => part === lower || (lower.length >= part.length && lower.startsWith(part) && lower.length - part.length <= 3))) found.push(position)
  }
  return found
}

/** Whether a line has a letter. */
const letter = /\p{L}/u

/** A line's words only, for comparing a headline and its copies (quotes, punctuation and case aside). */
function wordsOf(lower: string): string {
  return lower.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

/**
 * Positions of the later copies of the headline (the first kept line) on an extractor's output:
 * lines {@link HEADLINE_FAR} or more lines down whose words are the headline's, or the
 * headline's with at most {@link HEADLINE_EXTRA} words around them (`6 thoughts on “…”`). The
 * headline has 4 to 25 words and ends like no sentence (a first line that does is a paragraph),
 * and so does its copy: an article line that names the headline in a sentence stays.
 *
 * @param kept The kept lines.
 * @returns Positions of the copies.
 */
export function headlineCopies(kept: readonly Block[]): number[] {
  const headline = kept[0]
  if (!headline || headline.words < HEADLINE_WORDS[0] || headline.words > HEADLINE_WORDS[1] || endsLikeSentence(headline.lower)) return []
  const words = wordsOf(headline.lower)
  if (!letter.test(words)) return []
  const count = words.split(' ').length
  const found: number[] = []
  for (let position = HEADLINE_FAR; position < kept.length; position++) {
    const block = kept[position]!
    // Cheap bounds first (a line's word count includes quotes and dashes standing alone).
    if (block.words > 2 * (count + HEADLINE_EXTRA) || endsLikeSentence(block.lower)) continue
    const own = wordsOf(block.lower)
    const extra = own.split(' ').length - count
    if (extra < 0 || extra > HEADLINE_EXTRA) continue
    if (own === words || own.startsWith(`${words} `) || own.endsWith(` ${words}`) || own.includes(` ${words} `)) found.push(position)
  }
  return found
}

/** Whether a kept line is a paragraph of prose: a sentence of {@link PARAGRAPH_WORDS} words or more. */
function prose(block: Block): boolean {
  return block.words >= PARAGRAPH_WORDS && endsLikeSentence(block.lower)
}

/**
 * Whether a block comes before the first paragraph of prose among the kept lines: the head
 * of the page.
 *
 * @param block A block.
 * @param page The page.
 * @returns Whether no kept paragraph comes before it.
 */
export function beforeProse(block: Block, page: PageView): boolean {
  for (let previous = page.previous(block); previous; previous = page.previous(previous)) if (prose(previous)) return false
  return true
}

/**
 * Whether the headline is still to come after a block at the head of the page (before the first
 * paragraph of prose): among the next
 * {@link HEADLINE_AHEAD} kept lines, before the first paragraph of prose (a sentence of
 * {@link PARAGRAPH_WORDS} words or more), one reads as a headline of
 * {@link HEADLINE_WORDS}`[0]` words or more. A short line above the headline is the site's
 * masthead, menu or section (`Société`, `Culture Cinéma Musique`), not the article. Read on
 * the kept lines as they are now.
 *
 * @param block A kept block.
 * @param page The page.
 * @returns Whether a headline follows it.
 */
export function headlineAhead(block: Block, page: PageView): boolean {
  if (!beforeProse(block, page)) return false
  let next = page.next(block)
  for (let step = 0; next && step < HEADLINE_AHEAD; step++, next = page.next(next)) {
    if (prose(next)) return false
    if (next.words >= HEADLINE_WORDS[0] && next.words > block.words && readsAsHeadline(next)) return true
  }
  return false
}
