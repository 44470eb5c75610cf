import {menuRuns} from '../../analysis/classify.js'
import {headlinePositions} from '../../analysis/headline.js'
import {pageStats} from '../../analysis/stats.js'
import type {Block, CleanerContext, CompiledRules} from '../../core/types.js'
import {dateOnly} from '../../language/dates.js'
import {tableRow} from '../../text/shapes.js'
import type {BuiltinCleaner} from '../spec.js'

/** Menu-like lines in a row that make a menu on a whole page's text. */
const PAGE_RUN = 3
/** Menu-like lines in a row that make a menu in an extractor's output (where lists are the article's). */
const EXTRACT_RUN = 5
/** Most words of one segment of a separated line. */
const SEGMENT_WORDS = 5
/** Most words of a line that is only an e-mail address, a date or a count. */
const ALONE_WORDS = 8

const emailOnly = /^(?:e-?mail:? ?)?[^\s@]{1,200}@[^\s@]{1,200}\.[a-z]{2,24}$/iu
const countOnly = /^[+-]?\d[\d.,\u00A0\u202F ]{0,20}(?:%|k|m)?$/iu
/** Separators between the segments of a link line (on folded text). */
const separators = / (?:[|›»>/·•]|::) /u

/**
 * Why a line alone is a link or a stamp, if it is one: an e-mail address, a date (with its
 * time) or a count, and nothing else. (A URL alone stays: articles cite their sources so.)
 */
function alone(block: Block, rules: CompiledRules): string | undefined {
  const lower = block.lower
  if (block.words > ALONE_WORDS) return undefined
  if (emailOnly.test(lower)) return 'Link list: an e-mail address alone on its line'
  if (dateOnly(rules).test(lower)) return 'Link list: a date alone on its line'
  return undefined
}

/**
 * Whether a line is a number alone (a share count, a view count) and no line next to it is
 * one: numbers one under the other are the cells of a table.
 */
function loneCount(block: Block, context: CleanerContext): boolean {
  if (!countOnly.test(block.lower)) return false
  const previous = context.previous(block)
  const next = context.next(block)
  return !(previous && countOnly.test(previous.lower)) && !(next && countOnly.test(next.lower))
}

/**
 * Whether a line is short segments joined by separators (`News › World › Europe`,
 * `About / Contact / Jobs`): three segments or more (two on a whole page), none longer than
 * {@link SEGMENT_WORDS} words, each with a letter, no sentence punctuation at the end, and
 * not a table row (a line starting or ending with `|`).
 */
function segmented(block: Block, whole: boolean): boolean {
  const lower = block.lower
  // A row of a table (`| 1 | Kyle Busch | 5040 |`) is the article's.
  if (tableRow(lower)) return false
  const segments = lower.split(separators)
  if (segments.length < (whole ? 2 : 3)) return false
  const last = block.lower.charAt(block.lower.length - 1)
  if (last === '.' || last === '?' || last === '!') return false
  return segments.every((segment) => /\p{L}/u.test(segment) && segment.split(' ').length <= SEGMENT_WORDS)
}

/**
 * Runs of menu-like lines among the kept blocks: {@link PAGE_RUN} or more in a row on a whole
 * page, {@link EXTRACT_RUN} or more in an extractor's output.
 */
function menus(context: CleanerContext, whole: boolean): Block[] {
  const kept = context.kept()
  return menuRuns(kept, pageStats(context), whole ? PAGE_RUN : EXTRACT_RUN).map((position) => kept[position]!)
}

/**
 * Lists of links and menus, found from their shape: runs of short lines of capitalised words
 * (menus, section lists), lines of short segments joined by separators, and lines that are only
 * an e-mail address, a date or a count. The first line of the page is
 * never taken for a menu entry.
 */
export const linkList: BuiltinCleaner = {
  name: 'link-list',
  description: 'List of links or menu',
  category: 'menu',
  summary: 'no phrase list: runs of menu-like lines, lines of short segments joined by separators, lines that are only an e-mail, a date or a lone count',
  example: '`Home` / `World` / `Business` / `Sport` / `Tech` one under the other; `News › Europe › France`',
  stage: 'page',
  run(context) {
    const whole = context.kind === 'page'
    const going: Array<[Block, string]> = []
    const kept = context.kept()
    // On a whole page, the line the page title names is the headline (`Night trains / The
    // return`), not a list of links: the page frame starts the article at it.
    const first = context.blocks[0]
    const headlines = new Set<Block>(whole && first ? headlinePositions(first, kept).map((position) => kept[position]!) : [])
    for (const block of kept) {
      if (headlines.has(block)) continue
      const reason =
        alone(block, context.rules) ??
        (loneCount(block, context) ? 'Link list: a number alone on its line' : undefined) ??
        (segmented(block, whole) ? 'Link list: short segments joined by separators' : undefined)
      if (reason) going.push([block, reason])
    }
    for (const block of menus(context, whole)) {
      if (block.index > 0 && !headlines.has(block)) going.push([block, 'Link list: a run of short lines of capitalised words (a menu)'])
    }
    for (const [block, reason] of going) context.remove(block, reason)
  }
}
