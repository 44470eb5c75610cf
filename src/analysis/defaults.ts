/**
 * The thresholds of the page analysis, in one place (as jusText keeps its defaults): every
 * number the statistics, the block classes, the input's kind, the article's extent and the
 * headline rest on. Lengths are in `BlockStats.length` (letters and digits) unless
 * said otherwise.
 */
import type {Favor} from '../core/types.js'

// Block statistics
/** Weight of one CJK ideograph or kana in `BlockStats.length`. */
export const CJK_WEIGHT = 2
/** Below this prose density the page is not in the language of the stop word list (a misdetected language). */
export const MIN_PROSE_DENSITY = 0.12
/** Shortest block whose density counts for the page's prose density (in `BlockStats.length`). */
export const PROSE_LENGTH = 150
/**
 * On a page in a language without a pack, a block that ends like a sentence and is at least
 * this long reads as prose (see `shapedLikeProse`), and no structural rule removes it (a
 * Korean sentence of 80 syllables, a Japanese one of 40 characters).
 */
export const UND_PROSE_LENGTH = 80

// Block classes (jusText's classes and context pass, on lines)
/** Menu-like blocks in a row from which they all are `bad`. */
export const MENU_RUN = 3
/** Below this `BlockStats.length` a block is `short`. */
export const SHORT_LENGTH = 50
/** From this length a prose-like block is `good` even without final punctuation. */
export const LONG_LENGTH = 160
/** Stop word density (relative to the page's prose) from which a block reads as prose. */
export const PROSE_SHARE = 0.7
/** Stop word density (relative) from which a block may be prose. */
export const NEAR_SHARE = 0.45
/** A line with a link and at most this many words, not ending like a sentence, is `bad` (a link). */
export const LINK_WORDS = 6
/** Words with a case a block needs for its share of lower-case words to say anything. */
export const MIN_CASED_WORDS = 3
/** Share of lower-case words from which a block reads as prose in a language without a stop word list. */
export const LOWER_SHARE = 0.55

// The input's kind (an extractor's output or a whole page)
/** Menu-like blocks before the main run from which the text is a whole page. */
export const PAGE_HEAD_MENU = 8
/** Distinct menu-like lines among them from which the text is a whole page. */
export const PAGE_HEAD_LABELS = 4

// The article's extent: the main run of article-like blocks
/** Weight of a bad block that reads as a menu entry, a link or a list of segments: at least this much. */
export const BAD_PENALTY = 20
/** Weight of another bad block (a list item, a caption, a line of a table): this much… */
export const SOFT_PENALTY = 5
/** …and this share of its length. */
export const SOFT_SHARE = 0.25
/** An anchored run is taken when it gains at least this share of the best run's total. */
export const ANCHOR_SHARE = 0.5
/** An anchored run is taken anyway when it gains this much (a few paragraphs after the headline). */
export const ANCHOR_SCORE = 300
/** Most lines of a list announced by a colon at the end of the run. */
export const MAX_LIST = 60
/** Lines of data in a row that make a list without a colon. */
export const MIN_LIST = 3
/** A list item after the run is shorter than this. */
export const LIST_ITEM_LENGTH = 100
/** Short paragraphs at most that a run not found from the headline takes before its first block. */
export const LEAD_LINES = 2
/** Words at least of such a paragraph. */
export const LEAD_WORDS = 4
/** Title segments shorter than this (in characters) are not looked for. */
export const MIN_TITLE = 12

// The article's own lists after the main run
/** Most lines looked at after the run. */
export const MAX_TAIL = 400
/** Weight of a line that echoes the run. */
export const ECHO_GAIN = 10
/** Weight of a line with a quantity or a price. */
export const DATA_GAIN = 5
/** Weight against of a menu entry, a short label or a link (a sub-heading, an item's link). */
export const HEADING_LOSS = 1
/** A line shorter than this (in letters and digits) that does not end like a sentence is a label (`Petit-déjeuner`). */
export const SHORT_LABEL = 20
/** Weight against of any other line: this much… */
export const LINE_LOSS = 5
/** …and this share of its length. */
export const LINE_LOSS_SHARE = 0.25
/** The least gain for which the run is extended. */
export const MIN_GAIN = 15

// Headlines
/** Words at least of a line that ends like a sentence for it to read as a paragraph of the article (its edges start there). */
export const PARAGRAPH_WORDS = 8
/** Most words a line may have to be taken as the title. */
export const TITLE_WORDS = 30
/** Words of a headline looked for again further down: fewer say too little, more make a paragraph. */
export const HEADLINE_WORDS = [4, 25] as const
/** Kept lines after a line at the head of the page looked through for the headline still to come. */
export const HEADLINE_AHEAD = 6
/** Kept lines from the top before which a copy of the headline is not looked for. */
export const HEADLINE_FAR = 3
/** Words a later line may add around the headline (`34 responses to “…”`, `6 thoughts on “…”`). */
export const HEADLINE_EXTRA = 4

// Markdown
/** Thresholds of the Markdown facts (`markdown.ts`). */
export const MARKDOWN = {
  /** Links to one host a page needs at least for it to be taken as the page's own. */
  ownHostMin: 3,
  /** Share of the page's absolute links that go to its own host at least. */
  ownHostShare: 0.3,
  /** Share of a block's visible text inside links from which page statistics read it as a link. */
  linkShare: 0.5
} as const

// What `favor` moves
/** The page frame's thresholds that the `favor` option moves. */
export interface FrameThresholds {
  /** {@link SOFT_PENALTY}: weight against of a short bad line inside the run. */
  softPenalty: number
  /** {@link SOFT_SHARE}: and this share of its length. */
  softShare: number
  /** {@link LEAD_LINES}: short paragraphs the run takes back before its first block. */
  leadLines: number
  /** {@link MIN_GAIN}: least gain for which the run goes on over the article's lists. */
  minGain: number
}

/**
 * The page frame's thresholds per `favor`: `'precision'` weighs short bad lines more against
 * the run and asks a list after it to gain more; `'recall'` the reverse. Measured with
 * `npm run eval -- --favor …` (see docs/measuring.md).
 */
export const FRAME_THRESHOLDS: Readonly<Record<Favor, FrameThresholds>> = {
  precision: {softPenalty: 10, softShare: 0.5, leadLines: 1, minGain: 30},
  balanced: {softPenalty: SOFT_PENALTY, softShare: SOFT_SHARE, leadLines: LEAD_LINES, minGain: MIN_GAIN},
  recall: {softPenalty: 1, softShare: 0, leadLines: 4, minGain: 5}
}
