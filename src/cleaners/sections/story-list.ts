import {endsLikeSentence} from '../../text/shapes.js'
import type {Block, CleanerContext, Category} from '../../core/types.js'
import {dateOnly} from '../../language/dates.js'
import type {BuiltinCleaner} from '../spec.js'

const description = 'Listing of other articles'

/** Teasers a listing must have. */
const MIN_GROUPS = 3
/** Words of an author's name line at most. */
const AUTHOR_WORDS = 5
/** Words of a date line at most. */
const DATE_WORDS = 8
/** Words of a teaser paragraph at least (a sentence) and at most (one paragraph, not an article). */
const TEASER_WORDS = 10
const TEASER_MAX_WORDS = 120

/** Categories of removed lines that may be a listing's name line (an author's, a section's). */
const NAME_CATEGORIES: readonly Category[] = ['author', 'section']

/** A time of day (`10:32`, `10h32`): a live blog stamps its entries with times, a listing with days. */
const timeOfDay = /(?:^|[^\d])\d{1,2}[:h]\d{2}(?!\d)/u
/** A name line's shape: capitalised first and last words, letters, spaces, `.`, `'`, `-` (`Sen. David Perdue`). */
const nameShape = /^\p{Lu}[\p{L}\p{M}.' -]{0,60}$/u

/** One line of the page as a listing sees it. */
type Cell = 'name' | 'date' | 'teaser' | 'other' | 'skip'

/**
 * Whether a line is a date alone (no time of day): a date stamp (removed as one, or one of the
 * vocabulary's `date-stamp` phrases) or a date written alone (`Tuesday November 19, 2019`,
 * `19/11/2019`).
 */
function dateLine(block: Block, context: CleanerContext): boolean {
  if (block.words > DATE_WORDS || timeOfDay.test(block.lower)) return false
  return (
    context.removedAs(block) === 'date' ||
    context.rules.match('date-stamp', block.lower, block.words) !== undefined ||
    dateOnly(context.rules).test(block.lower)
  )
}

/** Whether a line reads as a person's name: a few capitalised words, no digit, no final punctuation. */
function nameLine(block: Block): boolean {
  if (block.words > AUTHOR_WORDS) return false
  const text = block.text.trim()
  if (!nameShape.test(text) || endsLikeSentence(block.lower)) return false
  const words = text.split(/\s+/u)
  return /^\p{Lu}/u.test(words[words.length - 1]!)
}

/**
 * What a line is to a listing. Lines removed by other rules take no place, except dates and
 * names (a date stamp or an author's line removed is still a teaser's date or author).
 */
function cellOf(block: Block, context: CleanerContext): Cell {
  if (dateLine(block, context)) return 'date'
  const removed = context.removedAs(block)
  if (removed !== undefined) return NAME_CATEGORIES.includes(removed) || nameLine(block) ? 'name' : 'skip'
  if (nameLine(block)) return 'name'
  if (block.words >= TEASER_WORDS && block.words <= TEASER_MAX_WORDS) return 'teaser'
  return 'other'
}

/**
 * Listings of other articles: groups of an author's name line, a date line (in either order)
 * and one teaser paragraph, {@link MIN_GROUPS} or more in a row (`Becket Adams` / `Tuesday
 * November 19, 2019` / a paragraph). Dates and names removed by other rules (removals of the
 * categories `date`, `author` and `section`) still count. A live blog (times of day, entries of several
 * paragraphs) and a chronology (dates without names) have no such groups, and stay.
 */
export const storyList: BuiltinCleaner = {
  name: 'story-list',
  description,
  category: 'related',
  summary: 'three or more teasers of other articles, each an author, a date (no time of day) and one paragraph',
  example: "an opinion section's listing under an article",
  stage: 'section',
  run(context) {
    const cells: Array<{cell: Cell; block: Block}> = []
    let dates = 0
    for (const block of context.blocks) {
      const cell = cellOf(block, context)
      if (cell === 'date') dates++
      if (cell !== 'skip') cells.push({cell, block})
    }
    if (dates < MIN_GROUPS) return
    let position = 0
    while (position < cells.length) {
      let end = position
      let groups = 0
      // Groups of [name, date, teaser] or [date, name, teaser], one after the other.
      while (end + 2 < cells.length) {
        const [a, b, c] = [cells[end]!.cell, cells[end + 1]!.cell, cells[end + 2]!.cell]
        if (c !== 'teaser' || !((a === 'name' && b === 'date') || (a === 'date' && b === 'name'))) break
        groups++
        end += 3
      }
      if (groups >= MIN_GROUPS) {
        for (let index = position; index < end; index++) {
          context.remove(cells[index]!.block, `${description}: ${groups} teasers, each with an author and a date`)
        }
        position = end
      } else position++
    }
  }
}
