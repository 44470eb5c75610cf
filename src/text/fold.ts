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
 * Combining marks after one base character that NFC sees at once. Unicode's Stream-Safe Text
 * Format (UAX #15) bounds a run of non-starters to 30 for the same reason: normalisation
 * reorders a run of marks by sorting it, in time quadratic in its length (a line of `a`, then
 * thousands of U+0301 and U+0316, took minutes).
 */
export const MAX_MARKS = 30
/**
 * More combining marks in a row than {@link MAX_MARKS}: a fixed count, so each match attempt
 * reads at most 31 characters past its start (linear, and a bounded backtracking stack, which
 * an unbounded count overflows on millions of marks).
 */
const longMarks = /\p{M}{31}/u
/** One combining mark. */
const mark = /^\p{M}$/u

/**
 * NFC in time linear in the text: a run of more than {@link MAX_MARKS} combining marks is
 * normalised with its first {@link MAX_MARKS} marks only, the rest of the run left as it is.
 * Text without such a run (all text written by people) is normalised whole, as `normalize`
 * does.
 *
 * @param text Text.
 * @returns The text, NFC but for the marks past the first 30 of a longer run.
 */
export function boundedNFC(text: string): string {
  if (!longMarks.test(text)) return text.normalize('NFC')
  // Rare: walk the code points, cutting each long run after its 30th mark.
  const parts: string[] = []
  let from = 0
  let run = 0
  let index = 0
  while (index < text.length) {
    const code = text.codePointAt(index)!
    const width = code > 0xffff ? 2 : 1
    const isMark = code >= 0x300 && mark.test(text.slice(index, index + width))
    if (!isMark) {
      run = 0
    } else if (++run === MAX_MARKS + 1) {
      // The 31st mark: what came before is normalised; this mark and the rest of the run stay.
      parts.push(text.slice(from, index).normalize('NFC'))
      let end = index
      while (end < text.length) {
        const next = text.codePointAt(end)!
        const size = next > 0xffff ? 2 : 1
        if (next < 0x300 || !mark.test(text.slice(end, end + size))) break
        end += size
      }
      parts.push(text.slice(index, end))
      from = end
      index = end
      run = 0
      continue
    }
    index += width
  }
  parts.push(text.slice(from).normalize('NFC'))
  return parts.join('')
}

/**
 * Prepare a line for matching: NFC (in linear time: see {@link boundedNFC}), apostrophes,
 * quotes and dashes folded, zero-width characters dropped, white space runs folded to one
 * space, trimmed, lower case.
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
    text = boundedNFC(text).replace(zeroWidth, '').replace(apostrophes, "'").replace(quotes, '"').replace(dashes, '-')
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
