/**
 * Was a removed line article text? Judged against the page's ground truth with the
 * benchmark's own tokens and shingles (case kept, as the metric keeps it).
 *
 * - A line of 4 tokens or more is article text when more than half of its shingles
 *   (occurrences, in line order) are shingles of the ground truth.
 * - A line of 1 to 3 tokens has no shingle of its own, and its words alone prove little
 *   (`Advertisement` or `Share` occur inside real sentences). It is article text when its
 *   tokens are exactly the tokens of a whole line of the ground truth: a short heading or a
 *   one-line paragraph the truth has on its own (`Réunion à Wiesbaden`).
 * - A line without a word token (`***`, `—`) is never article text: it weighs nothing in
 *   the metric.
 * - A removed line of article text whose copy (the same tokens) stays in the cleaned text is a
 *   copy, not a loss: the text is still there once (`copy`). The content-lost figures say
 *   whether the truth needed the line twice.
 */
import {SHINGLE_SIZE, shingleList, tokenize} from './metric.js'

export interface TruthIndex {
  /** Every shingle of the ground truth. */
  shingles: Set<string>
  /** The token sequences (joined by a space) of the ground truth's lines with 1 to 3 tokens. */
  shortLines: Set<string>
}

/** Index a page's ground truth for {@link judgeLine}. */
export function indexTruth(truth: string): TruthIndex {
  const shortLines = new Set<string>()
  for (const line of truth.split('\n')) {
    const tokens = tokenize(line)
    if (tokens.length > 0 && tokens.length < SHINGLE_SIZE) shortLines.add(tokens.join(' '))
  }
  return {shingles: new Set(shingleList(tokenize(truth))), shortLines}
}

export interface Judgement {
  /** Whether the line is article text. */
  article: boolean
  /** How it was judged. */
  method: 'shingles' | 'short-line' | 'no-token'
  /** Share of the line's shingles found in the truth (`shingles`), or 1/0 (`short-line`). */
  share: number
  /** Whether the line is article text and the same line (tokens) stays in the cleaned text. */
  copy: boolean
}

/** A line's tokens joined by a space: the key two copies of a line share. */
export function lineKey(line: string): string {
  return tokenize(line).join(' ')
}

/** The keys ({@link lineKey}) of the lines of a text that have a token. */
export function lineKeys(text: string): Set<string> {
  const keys = new Set<string>()
  for (const line of text.split('\n')) {
    const key = lineKey(line)
    if (key) keys.add(key)
  }
  return keys
}

/**
 * Judge one removed line against a page's ground truth.
 *
 * @param line The removed line.
 * @param truth The page's ground truth, indexed.
 * @param kept Keys ({@link lineKeys}) of the cleaned text's lines, to tell copies from losses.
 */
export function judgeLine(line: string, truth: TruthIndex, kept: ReadonlySet<string> = new Set()): Judgement {
  const tokens = tokenize(line)
  if (tokens.length === 0) return {article: false, method: 'no-token', share: 0, copy: false}
  const key = tokens.join(' ')
  const copy = kept.has(key)
  if (tokens.length < SHINGLE_SIZE) {
    const found = truth.shortLines.has(key)
    return {article: found, method: 'short-line', share: found ? 1 : 0, copy: found && copy}
  }
  const list = shingleList(tokens)
  let inTruth = 0
  for (const shingle of list) if (truth.shingles.has(shingle)) inTruth++
  const share = inTruth / list.length
  return {article: share > 0.5, method: 'shingles', share, copy: share > 0.5 && copy}
}
