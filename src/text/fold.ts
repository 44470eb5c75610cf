/**
 * Folding a line for matching: one form for every way the web writes an apostrophe, a quote,
 * a dash or a space. Every function here runs in time linear in its input: no regular
 * expression with nested or adjacent unbounded quantifiers over the same characters.
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
  ' ',
  ':',
  '.',
  '!',
  '?',
  '¡',
  '¿',
  '…',
  '»',
  '«',
  '>',
  '<',
  '|',
  '-',
  '•',
  '·',
  '*',
  '#',
  '"',
  "'",
  '(',
  ')',
  '[',
  ']',
  '→',
  '←',
  '›',
  '‹',
  '=',
  '~',
  '_',
  '/',
  '\\',
  ',',
  ';'
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
 * Escape a phrase for use in a regular expression with the `u` flag, outside a character
 * class: the syntax characters and `/` are escaped; a hyphen is not (`\-` is an error in `u`
 * mode, and a hyphen outside a class is literal).
 *
 * @param value Phrase.
 * @returns Escaped phrase.
 */
export function escapeRegExp(value: string): string {
  return value.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')
}
