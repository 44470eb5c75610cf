/**
 * Hard-wrapped text: whether a text's paragraphs arrive cut into several lines (Readability's
 * `textContent` keeps the HTML source's line breaks; so do e-mails, `pdftotext`, some crawlers),
 * and which line breaks fall inside a paragraph. Linear in the input; no regular expression.
 *
 * A break between two lines (one blank line between at most: some sources double every line
 * break) is a **soft break** when the first line
 * ends mid-sentence (a letter, a digit or a comma, no sentence end) and the next goes on in lower
 * case: text written a line at a time (menus, headings, lists, one paragraph per line) has few;
 * a hard-wrapped paragraph has one every few lines. A text is **wrapped** when soft breaks are
 * at least {@link WRAP.minSoft} and {@link WRAP.minShare} of the breaks after a line of
 * {@link WRAP.minLength} characters or more.
 *
 * In a wrapped text, a break joins two lines into one paragraph when:
 * 1. the next line goes on in lower case and the first does not end a sentence; or
 * 2. the first line ends with a word cut by a hyphen (`exam-` / `ple`); or
 * 3. the first line is **full**: the text's wrap width is known (the lines before soft breaks
 *    have much the same length) and the next line's first word would not have fit on it, which is
 *    what a greedy wrap does inside a paragraph, whatever the case of the next word.
 *
 * Across one blank line, only the first two join (a double-spaced source); two blank lines end a
 * paragraph.
 *
 * Joining too much keeps boilerplate with its paragraph; joining too little may cut a sentence
 * in two, which a line-based cleaner can then half remove: every doubt joins.
 */
import {forEachLine, type Line} from './lines.js'

/** Thresholds of wrap detection. */
export const WRAP = {
  /** Soft breaks a wrapped text has at least. */
  minSoft: 3,
  /** Share of soft breaks among the breaks after a line of {@link WRAP.minLength} or more. */
  minShare: 0.2,
  /** Characters a line has (trimmed) for its break to count in the share. */
  minLength: 25,
  /** Soft breaks needed to estimate the wrap width. */
  minWidthSample: 5,
  /** The wrap width is known when the middle half of soft-broken line lengths spans at most this share of their median. */
  maxWidthSpread: 0.25,
  /** Quantile of soft-broken line lengths taken as the wrap width (low: a line taken as full joins, which is safe). */
  widthQuantile: 0.25
} as const

/** What a text's line profile says. */
export interface Wrapping {
  /** Whether paragraphs are hard-wrapped. */
  wrapped: boolean
  /** The wrap width, when lines are cut at one (0 when unknown). */
  width: number
}

/** How a line break is read: `0` between blocks, `1` inside a paragraph (a space), `2` inside a hyphenated word. */
export type Join = 0 | 1 | 2

/**
 * Read a text's line profile, in one pass over its lines (the text's lines are not kept: on a
 * page of millions of short lines, an array of them and of their pairs cost more than the blocks).
 *
 * @param lines The text, or its lines in order (blank ones included).
 * @returns Whether the text is wrapped, and at what width.
 */
export function readWrapping(lines: string | readonly Line[]): Wrapping {
  let breaks = 0
  let soft = 0
  const lengths: number[] = []
  // Each pair of consecutive non-blank lines with at most one blank line between them.
  let previous: string | undefined
  let blanks = 0
  const each = (text: string): void => {
    if (firstNonSpace(text) < 0) {
      blanks++
      return
    }
    if (previous !== undefined && blanks <= 1) {
      const firstEnd = lastNonSpace(previous)
      if (firstEnd - firstNonSpace(previous) + 1 >= WRAP.minLength) {
        breaks++
        if (endsMidSentence(previous, firstEnd) && startsLower(text, firstNonSpace(text))) {
          soft++
          if (blanks === 0) lengths.push(firstEnd + 1)
        }
      }
    }
    previous = text
    blanks = 0
  }
  if (typeof lines === 'string') forEachLine(lines, (line) => each(line.text))
  else for (const line of lines) each(line.text)
  const wrapped = soft >= WRAP.minSoft && soft >= WRAP.minShare * breaks
  return {wrapped, width: wrapped ? widthOf(lengths) : 0}
}

/**
 * How the break between two lines of a wrapped text reads.
 *
 * @param first The line before the break.
 * @param next The line after it (both non-blank).
 * @param width The wrap width (0: unknown).
 * @param apart Whether a blank line is between them.
 * @returns `0`: the paragraph ends; `1`: it goes on; `2`: a hyphenated word goes on.
 */
export function joinOf(first: string, next: string, width: number, apart = false): Join {
  const firstEnd = lastNonSpace(first)
  const nextStart = firstNonSpace(next)
  if (firstEnd < 0 || nextStart < 0) return 0
  const last = first.charCodeAt(firstEnd)
  if (last === 0x2d /* - */ && firstEnd > 0 && isLetter(first.charCodeAt(firstEnd - 1)) && isLetter(next.charCodeAt(nextStart))) return 2
  if (startsLower(next, nextStart) && !endsSentence(first, firstEnd)) return 1
  if (!apart && width > 0 && firstEnd + 1 + 1 + wordLength(next, nextStart) > width) return 1
  return 0
}

/** Lengths of soft-broken lines → the wrap width, or 0 when they vary too much. */
function widthOf(lengths: number[]): number {
  if (lengths.length < WRAP.minWidthSample) return 0
  lengths.sort((a, b) => a - b)
  const at = (quantile: number): number => lengths[Math.min(lengths.length - 1, Math.floor(quantile * lengths.length))]!
  const median = at(0.5)
  if (at(0.75) - at(0.25) > WRAP.maxWidthSpread * median) return 0
  return at(WRAP.widthQuantile)
}

/** Whether the line, whose last non-space character is at `end`, ends mid-sentence: a letter, a digit or a comma. */
function endsMidSentence(line: string, end: number): boolean {
  const code = line.charCodeAt(end)
  return code === 0x2c /* , */ || isLetter(code) || isDigit(code)
}

/** Whether the line ends a sentence: `.`, `!`, `?`, `…` or `:`, closing quotes and brackets after it allowed. */
function endsSentence(line: string, end: number): boolean {
  let index = end
  while (index >= 0 && isCloser(line.charCodeAt(index))) index--
  if (index < 0) return false
  const code = line.charCodeAt(index)
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026 || code === 0x3a
}

/** Whether the line, from `start`, begins with a lower-case letter (opening quotes and brackets skipped), not a web address. */
function startsLower(line: string, start: number): boolean {
  // A web address on its own line is a link under an item, not the sentence going on.
  if (line.startsWith('http', start) || line.startsWith('www.', start)) return false
  let index = start
  while (index < line.length && isOpener(line.charCodeAt(index))) index++
  const char = line.charAt(index)
  return char !== '' && char !== char.toUpperCase() && char === char.toLowerCase()
}

/** Length of the word starting at `start` (up to white space). */
function wordLength(line: string, start: number): number {
  let index = start
  while (index < line.length && !isSpace(line.charCodeAt(index))) index++
  return index - start
}

function firstNonSpace(line: string): number {
  for (let index = 0; index < line.length; index++) if (!isSpace(line.charCodeAt(index))) return index
  return -1
}

function lastNonSpace(line: string): number {
  for (let index = line.length - 1; index >= 0; index--) if (!isSpace(line.charCodeAt(index))) return index
  return -1
}

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 0xa0 ||
    code === 0x202f ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 11 ||
    code === 12 ||
    code === 0xfeff
  )
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

/** A letter: ASCII, or a character whose upper and lower cases differ. */
function isLetter(code: number): boolean {
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return true
  if (code < 0xc0) return false
  const char = String.fromCharCode(code)
  return char.toLowerCase() !== char.toUpperCase()
}

/** Closing quotes and brackets. */
function isCloser(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0x29 || code === 0x5d || code === 0x2019 || code === 0x201d || code === 0xbb || code === 0x2a /* * */
}

/** Opening quotes and brackets. */
function isOpener(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0x28 || code === 0x5b || code === 0x2018 || code === 0x201c || code === 0xab
}
