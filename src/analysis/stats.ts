/**
 * Block statistics: what the text of one block says about it without any phrase list
 * (the jusText idea, on text). Computed in one pass over each block, once per page, and
 * only when a cleaner asks for them.
 */
import type {Block, PageView} from '../core/types.js'
import {languagePacks} from '../language/packs/index.js'
import {stopwordsOf} from '../language/stopwords.js'
import {tableRow} from '../text/shapes.js'
import {CJK_WEIGHT, MARKDOWN, MIN_CASED_WORDS, MIN_PROSE_DENSITY, PROSE_LENGTH, SHORT_LENGTH, UND_PROSE_LENGTH} from './defaults.js'
import {linkShare} from './markdown.js'

/** What one block's text says about it. */
export interface BlockStats {
  /** Letters and digits; a CJK ideograph or kana counts {@link CJK_WEIGHT} (one of them says as much as a short word). */
  length: number
  /** Word tokens (a run of CJK ideographs or kana counts one word per two characters). */
  words: number
  /** Word tokens that are stop words of the page's language. */
  stopwords: number
  /** Word tokens starting with an upper-case letter. */
  capitalised: number
  /** Word tokens starting with a lower-case letter. */
  lowercase: number
  /** Digits. */
  digits: number
  /** Whether the block ends like a sentence (`.`, `!`, `?`, `…`, `。`, `！`, `？`, closing quotes allowed after). */
  sentence: boolean
  /** Sentence ends inside the block (a final punctuation followed by a space or the end). */
  sentences: number
  /** Separator characters (`|`, `•`, `·`, `›`, `»`) and lone `>` `/` `-` tokens. */
  separators: number
  /** Whether the block holds a URL or an e-mail address. */
  link: boolean
  /** Commas (`,`, `、`, `，`). */
  commas: number
  /** Whether the block ends with a colon (it introduces what follows). */
  colon: boolean
  /** Whether the block starts or ends with a `|`: a row or a cell of a table printed as text. */
  table: boolean
}

/** The statistics of a page, computed per block on first use. */
export interface PageStats {
  /** A block's statistics (by {@link Block.index}; computed once, when first asked for). */
  of(block: Block): BlockStats
  /**
   * Whether a block reads as a menu entry ({@link menuLike} on its statistics). A line with a
   * word starting with a lower-case ASCII letter never does, and is answered without computing
   * its statistics: most lines of prose.
   */
  menuLike(block: Block): boolean
  /**
   * Stop word density of the page's prose: the median density of its long blocks that end
   * like sentences, or `undefined` when there is no stop word list, too little prose to say,
   * or a density so low that the list is not the page's language. Computed on first use.
   */
  readonly proseDensity: number | undefined
}

const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u
const letter = /[\p{L}\p{M}]/u
const number = /\p{N}/u

/** Kind of a non-ASCII character: 0 other, 1 letter (or mark), 2 digit, 3 CJK ideograph or kana. */
function unicodeKind(text: string, index: number, code: number): 0 | 1 | 2 | 3 {
  // Latin-1 and Latin Extended letters, the common case, without a regular expression.
  if (code >= 0xc0 && code <= 0x24f) return code === 0xd7 || code === 0xf7 ? 0 : 1
  const character = code >= 0xd800 && code <= 0xdbff ? text.slice(index, index + 2) : text.charAt(index)
  if (code >= 0x2e80 && cjk.test(character)) return 3
  if (letter.test(character)) return 1
  return number.test(character) ? 2 : 0
}
const linkPattern = /(?:https?:\/\/|www\.)[^\s]|[^\s@]@[^\s@]+\.[a-z]{2}/iu
const closing = new Set(['"', "'", ')', ']', '»', '’', '”', ' ', '\u00A0', '」', '』', '）'])
const finals = new Set(['.', '!', '?', '…', '。', '！', '？'])

/** Longest stop word looked up: longer words are never stop words in the lists used. */
const MAX_STOPWORD_LENGTH = 20

/**
 * Statistics of one block.
 *
 * @param block The block.
 * @param stopwords The page language's stop words, if any.
 * @returns Its statistics.
 */
export function blockStats(block: Block, stopwords: ReadonlySet<string> | undefined): BlockStats {
  const text = block.text
  let length = 0
  let words = 0
  let stop = 0
  let capitalised = 0
  let lowercase = 0
  let digits = 0
  let cjkRun = 0
  let wordStart = -1
  // Lower-cased once for the stop word lookups; when lower-casing changes the length (rare
  // characters such as `İ`), words are lower-cased one by one instead.
  const lowered = text.toLowerCase()
  const aligned = lowered.length === text.length
  // One pass over the characters: ASCII on a fast path, the rest through Unicode classes.
  const size = text.length
  for (let index = 0; index <= size; index++) {
    const code = index < size ? text.charCodeAt(index) : 32
    let kind: 0 | 1 | 2 | 3 // 0 other, 1 letter, 2 digit, 3 CJK
    if (code < 0x80) kind = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) ? 1 : code >= 48 && code <= 57 ? 2 : 0
    else kind = unicodeKind(text, index, code)
    if (kind !== 1 && wordStart >= 0) {
      // A word ended.
      words++
      const head = text.charCodeAt(wordStart)
      if (head < 0x80) {
        if (head <= 90) capitalised++
        else lowercase++
      } else {
        const character = text.charAt(wordStart)
        const lower = character.toLowerCase()
        if (lower !== character) capitalised++
        else if (lower !== character.toUpperCase()) lowercase++
      }
      if (stopwords && index - wordStart <= MAX_STOPWORD_LENGTH) {
        const word = aligned ? lowered.slice(wordStart, index) : text.slice(wordStart, index).toLowerCase()
        if (stopwords.has(word)) stop++
      }
      wordStart = -1
    }
    if (kind !== 3 && cjkRun > 0) {
      words += Math.ceil(cjkRun / 2)
      cjkRun = 0
    }
    if (kind === 1) {
      length++
      if (wordStart < 0) wordStart = index
    } else if (kind === 2) {
      length++
      digits++
    } else if (kind === 3) {
      length += CJK_WEIGHT
      cjkRun++
    }
    if (code >= 0xd800 && code <= 0xdbff) index++
  }

  let end = text.length
  while (end > 0 && closing.has(text.charAt(end - 1))) end--
  const sentence = finals.has(text.charAt(end - 1))

  // Commas, sentence ends, separators: one pass over the code units.
  let sentences = 0
  let separators = 0
  let commas = 0
  for (let index = 0; index < size; index++) {
    const code = text.charCodeAt(index)
    if (code === 44 || code === 0x3001 || code === 0xff0c) commas++
    else if (code === 46 || code === 33 || code === 63 || code === 0x2026) {
      const after = text.charAt(index + 1)
      if (after === '' || closing.has(after)) sentences++
    } else if (code === 0x3002 || code === 0xff01 || code === 0xff1f) sentences++
    else if (code === 124 || code === 0x2022 || code === 0xb7 || code === 0x203a || code === 0xbb || code === 0x2039 || code === 0xab) separators++
    else if (
      (code === 62 || code === 47 || code === 45 || code === 0x2013 || code === 0x2014 || code === 58) &&
      (index === 0 || text.charCodeAt(index - 1) === 32)
    ) {
      // A lone `>`, `/`, `-`, `–`, `—` or `::` between spaces.
      const width = code === 58 ? 2 : 1
      if (code === 58 && text.charCodeAt(index + 1) !== 58) continue
      const next = index + width
      if (next === size || text.charCodeAt(next) === 32) separators++
    }
  }

  return {
    length,
    words,
    stopwords: stop,
    capitalised,
    lowercase,
    digits,
    sentence,
    sentences,
    separators,
    // A Markdown block mostly inside links is a link as much as a line with a URL.
    link: linkPattern.test(text) || linkShare(block) >= MARKDOWN.linkShare,
    commas,
    colon: text.charAt(end - 1) === ':' || text.charAt(end - 1) === '：',
    table: tableRow(block.lower)
  }
}

/**
 * Whether a block reads as prose by its shape alone, without a language's stop words: it ends
 * like a sentence, is {@link UND_PROSE_LENGTH} long or more, holds no link, and, in a script
 * with a case, has no more capitalised words than lower-case ones (a list of names or tags
 * has).
 *
 * @param stats The block's statistics.
 * @returns Whether it does.
 */
export function shapedLikeProse(stats: BlockStats): boolean {
  if (!stats.sentence || stats.length < UND_PROSE_LENGTH || stats.link) return false
  return stats.capitalised + stats.lowercase < MIN_CASED_WORDS || stats.lowercase >= stats.capitalised
}

/** The key of a page's statistics among its facts. */
const STATS = {}
/**
 * A word starting with a lower-case ASCII letter (after the line's start or a character that
 * is neither a letter nor a mark): {@link blockStats} counts it in `lowercase`, so the line is
 * not menu-like.
 */
const lowerWordStart = /(?:^|[^\p{L}\p{M}])[a-z]/u

/**
 * The statistics of a page under its language, computed on first use and kept for the page's
 * other cleaners (a page fact: computed again when the page's language changes, as they count
 * the language's stop words).
 *
 * @param context The page.
 * @returns Its statistics.
 */
export function pageStats(context: PageView): PageStats {
  return context.fact(STATS, computeStats)
}

/** The counts of {@link BlockStats}, in the order they are packed. */
const COUNTS = ['length', 'words', 'stopwords', 'capitalised', 'lowercase', 'digits', 'sentences', 'separators', 'commas'] as const
/** The flags of {@link BlockStats}, one bit each (bit 0: computed). */
const FLAGS = ['sentence', 'link', 'colon', 'table'] as const

/**
 * A page's statistics (per block, computed when first asked for). They are kept packed in
 * typed arrays, about 40 bytes a block, and given as a fresh object on each call: an object
 * kept per block cost more than the block itself on pages of millions of short lines.
 */
function computeStats(context: PageView): PageStats {
  const stopwords = stopwordsOf(languagePacks.get(context.language)?.iso6393)
  const blocks = context.blocks
  const width = COUNTS.length
  const counts = new Int32Array(blocks.length * width)
  const flags = new Uint8Array(blocks.length)
  const of = (block: Block): BlockStats => {
    const at = block.index * width
    let bits = flags[block.index]!
    if (bits === 0) {
      const stats = blockStats(block, stopwords)
      for (let field = 0; field < width; field++) counts[at + field] = stats[COUNTS[field]!]
      bits = 1
      for (let flag = 0; flag < FLAGS.length; flag++) if (stats[FLAGS[flag]!]) bits |= 2 << flag
      flags[block.index] = bits
      return stats
    }
    return {
      length: counts[at]!,
      words: counts[at + 1]!,
      stopwords: counts[at + 2]!,
      capitalised: counts[at + 3]!,
      lowercase: counts[at + 4]!,
      digits: counts[at + 5]!,
      sentences: counts[at + 6]!,
      separators: counts[at + 7]!,
      commas: counts[at + 8]!,
      sentence: (bits & 2) !== 0,
      link: (bits & 4) !== 0,
      colon: (bits & 8) !== 0,
      table: (bits & 16) !== 0
    }
  }
  let density: number | undefined
  let measured = false
  return {
    of,
    menuLike: (block) => !lowerWordStart.test(block.text) && menuLike(of(block)),
    get proseDensity() {
      if (!measured) {
        measured = true
        density = stopwords ? proseDensity(blocks, of) : undefined
      }
      return density
    }
  }
}

/**
 * Median stop word density of the long blocks that end like sentences.
 *
 * @param blocks The page's blocks.
 * @param of Their statistics.
 * @returns The density, or `undefined` with fewer than 2 such blocks.
 */
function proseDensity(blocks: readonly Block[], of: (block: Block) => BlockStats): number | undefined {
  const densities: number[] = []
  for (const block of blocks) {
    const stats = of(block)
    if (stats.length >= PROSE_LENGTH && stats.sentence && stats.words > 0) densities.push(stats.stopwords / stats.words)
  }
  if (densities.length < 2) return undefined
  densities.sort((a, b) => a - b)
  const median = densities[Math.floor(densities.length / 2)]!
  // Prose of any language has stop words: a list that finds almost none is the wrong list.
  return median >= MIN_PROSE_DENSITY ? median : undefined
}

/**
 * Stop word density of a block (`0` for a block without words).
 *
 * @param stats The block's statistics.
 * @returns The density.
 */
export function density(stats: BlockStats): number {
  return stats.words === 0 ? 0 : stats.stopwords / stats.words
}

/**
 * Whether a block reads as a menu entry or a link: short, no final punctuation, colon or comma,
 * no lower-case word, at least one capitalised word, more letters than digits, not a table's
 * row (`Home`, `Trades & Signings`, `NHL`; not `1 Kyle Busch 5040 5 1`, not
 * `June 9 -- Tampa, FL`, not `| Kyle Busch | Toyota |`).
 *
 * @param stats The block's statistics.
 * @returns Whether it does.
 */
export function menuLike(stats: BlockStats): boolean {
  return (
    stats.length > 0 &&
    !stats.table &&
    stats.length < SHORT_LENGTH &&
    !stats.sentence &&
    !stats.colon &&
    stats.commas === 0 &&
    stats.lowercase === 0 &&
    stats.capitalised > 0 &&
    stats.digits * 2 <= stats.length - stats.digits
  )
}
