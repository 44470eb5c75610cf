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
}

/** Judge one line against a page's ground truth. */
export function judgeLine(line: string, truth: TruthIndex): Judgement {
  const tokens = tokenize(line)
  if (tokens.length === 0) return {article: false, method: 'no-token', share: 0}
  if (tokens.length < SHINGLE_SIZE) {
    const found = truth.shortLines.has(tokens.join(' '))
    return {article: found, method: 'short-line', share: found ? 1 : 0}
  }
  const list = shingleList(tokens)
  let inTruth = 0
  for (const shingle of list) if (truth.shingles.has(shingle)) inTruth++
  const share = inTruth / list.length
  return {article: share > 0.5, method: 'shingles', share}
}
