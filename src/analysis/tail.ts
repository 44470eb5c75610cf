/**
 * The article's own lists after the main run. The run of article-like blocks stops at the last
 * paragraph, but an article often goes on with lines that are not prose: the rest of a list
 * it started (a meal plan, a numbered selection of products, tour dates), entries with
 * quantities and prices. The run goes on over them while they gain, as the run itself does:
 * each line after the run weighs for or against, and the run ends at the largest total.
 *
 * - A line that echoes the run weighs for: the same line as one in the run (`Pre-Workout
 *   Meal` under every plan, a caption printed under each photo), or a line that starts like
 *   one in the run with a list marker (`2) …` after `1) …`, `August 8 – …` after
 *   `July 30 – …`, `• …`).
 * - A line with a quantity or a price (`1 cup strawberries`, `8 oz.`, `$139.00`; not a title
 *   followed by a count, `Boy Kills Brother 10 comments`), or a table's row with a number
 *   (`| 1 | Kyle Busch | 5040 |`), weighs for, less.
 * - A menu entry, a short label, a link or a table's row without a number weighs a little
 *   against (a sub-heading, the link of a list item, a table's header); any other line weighs
 *   against by its length (related headlines, notices, comments).
 * - A line another rule removed as a page's furniture (a share bar, tags, a related heading, a
 *   comment form, a copyright) ends the article, and so does a navigation line of segments.
 *
 * The run is extended only when it gains at least `MIN_GAIN` (per `favor`): one repeated line alone
 * (a related headline that the article also links to) is not enough.
 */
import type {Block, Category, PageView} from '../core/types.js'
import {tableRow} from '../text/shapes.js'
import {separated} from './classify.js'
import {DATA_GAIN, ECHO_GAIN, FRAME_THRESHOLDS, HEADING_LOSS, LINE_LOSS, LINE_LOSS_SHARE, MAX_TAIL, SHORT_LABEL} from './defaults.js'
import {menuLike, type BlockStats, type PageStats} from './stats.js'

/**
 * Categories of lines that sit inside articles (a picture's caption or credit, an ad label, a
 * date stamp): such a line removed does not end the article. A line of any other category
 * removed does.
 */
const INSIDE_ARTICLE: ReadonlySet<Category> = new Set(['picture', 'advert', 'date'])

/**
 * Whether lines of a category sit inside articles (see {@link INSIDE_ARTICLE}).
 *
 * @param category A removal's category.
 * @returns Whether it does.
 */
export function insideArticle(category: Category): boolean {
  return INSIDE_ARTICLE.has(category)
}

/** A number next to a word in lower case (`1 cup`, `30 minutes`, `8 oz.`) or to a currency sign (`$139.00`, `60,000₩`). */
const quantity = /\p{N} ?\p{Ll}|\p{Sc} ?\p{N}|\p{N} ?\p{Sc}/u
/** A number and a word that end a line (`… 16 comments`, `… and 1 pear`). */
const trailingCount = /\p{N} \p{L}+$/u
/** One token: a word, a number or one other character (white space skipped). */
const token = /[\p{L}\p{M}]+|\p{N}+|[^\s\p{L}\p{M}\p{N}]/gu
/** Characters after a leading number that make it a list marker (`1)`, `2.`, `3 -`). */
const numberMarks = new Set([')', '.', ':', '-', '–', '—', '/'])
/** Characters that open a line without being a list marker (quotes, brackets). */
const notMarks = new Set(["'", '"', '’', '‘', '“', '”', '«', '»', '(', '[', '<'])
const numeric = /^\p{N}/u
const wordLike = /^[\p{L}\p{M}]/u

/** Class of a token in a shape: `9` a number, `W` a capitalised word, `w` another word, else itself. */
function tokenClass(value: string | undefined): string {
  if (value === undefined) return ''
  if (numeric.test(value)) return '9'
  if (wordLike.test(value)) return value === value.toLowerCase() ? 'w' : 'W'
  return value
}

/**
 * The list marker a line starts with, as a shape of its first tokens: a number followed by
 * `)`, `.`, `:` or a dash (`1) Lego …` gives `9)W`), a bullet or a dash (`• Easy setup` gives
 * `•W`), a word followed by a number (`July 30 – Noblesville` gives `W9–`, `Meal 2` gives
 * `W9`). A line that starts otherwise has no shape: prose, headlines and menu entries.
 *
 * @param text The line.
 * @returns The shape, or `undefined`.
 */
export function listShape(text: string): string | undefined {
  const tokens: string[] = []
  token.lastIndex = 0
  for (let match = token.exec(text); match && tokens.length < 3; match = token.exec(text)) tokens.push(match[0])
  const [first, second, third] = tokens
  if (first === undefined || second === undefined) return undefined
  if (numeric.test(first)) return numberMarks.has(second) ? `9${second}${tokenClass(third)}` : undefined
  if (!wordLike.test(first)) return notMarks.has(first) ? undefined : `${first}${tokenClass(second)}`
  return numeric.test(second) ? `${tokenClass(first)}9${tokenClass(third)}` : undefined
}

/** What the run holds for lines after it to echo: its lines, and the list markers they start with. */
interface Echoes {
  lines: Set<string>
  shapes: Set<string>
}

/**
 * Whether a line echoes the run: the same line (not a menu entry: a page repeats its menus),
 * or the same list marker.
 */
function echoes(run: Echoes, block: Block, menu: boolean): boolean {
  if (!menu && run.lines.has(block.lower)) return true
  const shape = listShape(block.text)
  return shape !== undefined && run.shapes.has(shape)
}

/**
 * Whether a line is a title followed by a count (`Boy Kills Brother, Removes His Eyes 10
 * comments`, `EKO 10 comments`): a number and a word end it, and its other words are
 * capitalised as often as not. A list of popular stories prints its comment counts so; an
 * entry that ends with a quantity is written in lower case (`Yoghurt with 40 g of oats and 1
 * pear`).
 */
function titleCount(block: Block, stats: BlockStats): boolean {
  return trailingCount.test(block.lower) && stats.capitalised >= stats.lowercase - 1
}

/**
 * Whether a removed line lies between two kept blocks, other than one whose category sits
 * inside articles: a page's furniture, which ends the article.
 *
 * @param context The page.
 * @param previous A kept block.
 * @param block The next kept block.
 * @returns Whether it does.
 */
export function furnitureBetween(context: PageView, previous: Block, block: Block): boolean {
  for (let index = previous.index + 1; index < block.index; index++) {
    const category = context.removedAs(context.blocks[index]!)
    if (category !== undefined && !INSIDE_ARTICLE.has(category)) return true
  }
  return false
}

/**
 * Where the article ends once its own lists after the main run are counted.
 *
 * @param context The page.
 * @param page The page's statistics.
 * @param blocks The blocks the run was found in, in order.
 * @param start Position of the run's first block.
 * @param end Position of the run's last block.
 * @returns The position of the article's last block (`end` when nothing after it gains).
 */
export function tailEnd(context: PageView, page: PageStats, blocks: readonly Block[], start: number, end: number): number {
  const run: Echoes = {lines: new Set(), shapes: new Set()}
  for (let position = start; position <= end; position++) {
    const block = blocks[position]!
    run.lines.add(block.lower)
    const shape = listShape(block.text)
    if (shape !== undefined) run.shapes.add(shape)
  }
  const limit = Math.min(blocks.length - 1, end + MAX_TAIL)
  const {minGain} = FRAME_THRESHOLDS[context.favor]
  let sum = 0
  let best = end
  let bestSum = 0
  for (let position = end + 1; position <= limit; position++) {
    const block = blocks[position]!
    if (furnitureBetween(context, blocks[position - 1]!, block)) break
    const stats = page.of(block)
    const table = tableRow(block.lower)
    // A navigation line (`Home | News | Sport`); a line of segments with numbers can be an entry (`August 8 – Tinley Park, IL – Chicago`), and a table's row is one.
    if (separated(stats) && stats.digits === 0 && !table) break
    // A line without a letter or a digit (a rule, an invisible character) weighs nothing.
    if (stats.length === 0) continue
    const menu = menuLike(stats)
    if (echoes(run, block, menu)) sum += ECHO_GAIN
    else if (table) sum += stats.digits > 0 ? DATA_GAIN : -HEADING_LOSS
    else if (menu || stats.link || (stats.length < SHORT_LABEL && !stats.sentence)) sum -= HEADING_LOSS
    else if (quantity.test(block.text) && !titleCount(block, stats)) sum += DATA_GAIN
    else sum -= LINE_LOSS + stats.length * LINE_LOSS_SHARE
    if (sum > bestSum && sum >= minGain) {
      bestSum = sum
      best = position
    }
  }
  // The link of the list's last item goes with it.
  const next = blocks[best + 1]
  if (best > end && next && page.of(next).link && !separated(page.of(next)) && !furnitureBetween(context, blocks[best]!, next)) best++
  return best
}
