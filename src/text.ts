/**
 * Text helpers shared by the parser and the cleaners. Every function here runs in
 * time linear in its input: no regular expression with nested or adjacent unbounded
 * quantifiers over the same characters.
 */

/** Zero-width characters dropped when matching (ZWSP, ZWNJ, ZWJ, word joiner, BOM). */
const zeroWidth = /[\u200B-\u200D\u2060\uFEFF]/g
/** Apostrophe-like characters folded to `'` (the German low single quote `‚` included). */
const apostrophes = /[\u2018\u2019\u201A\u201B\u02BC\u2032\u0060\u00B4]/g
/** Double-quote-like characters folded to `"`, the German `„` included (guillemets stay: French rules use them). */
const quotes = /[\u201C\u201D\u201E\u201F\u2033]/g
/** Dash-like characters folded to `-`. */
const dashes = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g
/**
 * White space to fold: a run of two or more white-space characters, or one that is not a
 * plain space (JavaScript's `\s`: no-break and narrow no-break spaces included). Single
 * spaces, the common case, are not matched at all.
 */
const spaces = /\s{2,}|[^\S ]/g
/** Characters the folds above may change: anything outside ASCII, and the backtick. */
const foldable = /[^\u0000-\u005F\u0061-\u007F]/

/**
 * Prepare a line for matching: NFC, apostrophes, quotes and dashes folded, zero-width
 * characters dropped, white space runs folded to one space, trimmed, lower case.
 *
 * @param value Line to prepare.
 * @returns The folded line.
 */
export function fold(value: string): string {
  return foldCased(value).trim().toLowerCase()
}

/**
 * {@link fold} without trimming, for phrases of rule data whose edge spaces matter
 * (`' said'` must not match `unsaid`).
 *
 * @param value Phrase.
 * @returns The folded phrase.
 */
export function foldPhrase(value: string): string {
  return foldCased(value).toLowerCase()
}

/**
 * {@link fold} without the change to lower case and without trimming.
 *
 * @param value Line to prepare.
 * @returns The folded line, case kept.
 */
export function foldCased(value: string): string {
  let text = value
  if (foldable.test(text)) {
    text = text.normalize('NFC').replace(zeroWidth, '').replace(apostrophes, "'").replace(quotes, '"').replace(dashes, '-')
  }
  return text.replace(spaces, ' ')
}

/** Characters trimmed from both ends of a line before whole-line phrase matching. */
const edgePunctuation = new Set([
  ' ', ':', '.', '!', '?', '¡', '¿', '…', '»', '«', '>', '<', '|', '-', '•', '·', '*', '#', '"', "'", '(', ')', '[', ']', '→', '←', '›', '‹', '=', '~', '_', '/', '\\', ',', ';'
])

/**
 * Trim punctuation and spaces from both ends of a folded line (`"vous aimerez aussi :"`
 * gives `"vous aimerez aussi"`). A loop, not a regular expression, so hostile lines of
 * punctuation stay linear.
 *
 * @param value Folded line.
 * @returns The line without edge punctuation.
 */
export function trimEdges(value: string): string {
  let start = 0
  let end = value.length
  while (start < end && edgePunctuation.has(value.charAt(start))) start++
  while (end > start && edgePunctuation.has(value.charAt(end - 1))) end--
  return value.slice(start, end)
}

/**
 * Count white-space separated tokens.
 *
 * @param value Text.
 * @returns Number of tokens.
 */
export function countWords(value: string): number {
  let count = 0
  let inWord = false
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    const space =
      code === 32 || code === 9 || code === 0xa0 || code === 0x202f || code === 0x2009 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a)
    if (space) inWord = false
    else if (!inWord) {
      inWord = true
      count++
    }
  }
  return count
}

/** Closing quotes and brackets that may follow a sentence's final punctuation (`»`, `«` in German `»…«`, `›`, `‹`). */
const closers = new Set(['"', "'", ')', ']', '»', '«', '›', '‹', '’', '”', ' '])

/**
 * Whether a folded line ends like a sentence (`.`, `!`, `?`, `…`, optionally followed by
 * closing quotes or brackets, in French, German or Spanish style).
 *
 * @param lower Folded line.
 * @returns Whether the line ends with sentence punctuation.
 */
export function endsLikeSentence(lower: string): boolean {
  let end = lower.length
  while (end > 0 && closers.has(lower.charAt(end - 1))) end--
  const last = lower.charAt(end - 1)
  return last === '.' || last === '!' || last === '?' || last === '…'
}

/**
 * Escape a phrase for use inside a regular expression.
 *
 * @param value Phrase.
 * @returns Escaped phrase.
 */
export function escapeRegExp(value: string): string {
  return value.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')
}

/** One line of the input. */
export interface Line {
  /** The line, without its line ending. */
  text: string
  /** Offset of its first character. */
  start: number
  /** Offset past its last character. */
  end: number
  /** 1-based line number. */
  line: number
}

/**
 * Call `each` for every line of a text, split at `\r\n`, `\r` and `\n` (only those: U+2028
 * and U+2029 stay inside a line), without keeping the lines.
 *
 * @param value Text.
 * @param each Called with each line, in order.
 */
export function forEachLine(value: string, each: (line: Line) => void): void {
  let start = 0
  let line = 1
  const length = value.length
  for (let index = 0; index < length; index++) {
    const code = value.charCodeAt(index)
    if (code === 10 || code === 13) {
      each({text: value.slice(start, index), start, end: index, line})
      if (code === 13 && value.charCodeAt(index + 1) === 10) index++
      start = index + 1
      line++
    }
  }
  each({text: value.slice(start), start, end: length, line})
}

/**
 * Split text into lines at `\r\n`, `\r` and `\n` (only those: U+2028 and U+2029 stay
 * inside a line).
 *
 * @param value Text.
 * @returns Lines, with their offsets.
 */
export function splitLines(value: string): Line[] {
  const lines: Line[] = []
  forEachLine(value, (line) => lines.push(line))
  return lines
}

/** Whether a line is blank: empty or made of white space only (JavaScript's `\s`). */
export function isBlank(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (
      !(
        code === 32 ||
        (code >= 9 && code <= 13) ||
        code === 0xa0 ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000 ||
        code === 0xfeff
      )
    ) {
      return false
    }
  }
  return true
}
