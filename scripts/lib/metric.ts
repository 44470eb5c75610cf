/**
 * Port of the scoring of the article extraction benchmark (scrapinghub/article-extraction-benchmark,
 * `evaluate.py`), checked against the table of its README (see `scripts/eval.ts`).
 *
 * - Tokens: Python's `re.findall(r'\w+', text)` on a `str`, which matches runs of characters that
 *   are letters (categories L*), numbers (N*) or `_`. Combining marks are *not* word characters in
 *   Python, so they split tokens there as they do here. Tokens keep their case: the benchmark's
 *   regular expression has `IGNORECASE`, which changes nothing for `\w`; lower-casing would give
 *   goose3 a recall of 0.857 instead of the published 0.856.
 * - Shingles: every run of 4 consecutive tokens, joined by one space, with its count. A text of
 *   1 to 3 tokens has one shingle (all its tokens); an empty text has none.
 * - Per page: TP = shingles in both (multiset intersection), FP = only in the prediction, FN =
 *   only in the truth. The benchmark divides each by TP+FP+FN, which leaves the ratios below as
 *   they are.
 * - Precision = TP/(TP+FP), recall = TP/(TP+FN), each the mean over the pages where it is
 *   defined: a page with an empty prediction has no precision (it is skipped, not counted as 0,
 *   which would give goose3 a precision of 0.909 instead of 0.940) but has a recall of 0.
 *   F1 is the harmonic mean of the two means.
 */

/** Word tokens, as Python's `re.findall(r'\w+', text)`. */
export const TOKEN_RE = /[\p{L}\p{N}_]+/gu

/** Shingle size of the benchmark. */
export const SHINGLE_SIZE = 4

/** A multiset of shingles. */
export type Shingles = Map<string, number>

/** Split a text into word tokens. */
export function tokenize(text: string | undefined | null): string[] {
  if (!text) return []
  return text.match(TOKEN_RE) ?? []
}

/** Shingles of a list of tokens, in order (with repeats). */
export function shingleList(tokens: readonly string[], size = SHINGLE_SIZE): string[] {
  const result: string[] = []
  const last = Math.max(1, tokens.length - size + 1)
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + size).join(' ')
    if (shingle) result.push(shingle)
  }
  return result
}

/** The shingles of a text with their counts. */
export function shingles(text: string | undefined | null, size = SHINGLE_SIZE): Shingles {
  const counts: Shingles = new Map()
  for (const shingle of shingleList(tokenize(text), size)) {
    counts.set(shingle, (counts.get(shingle) ?? 0) + 1)
  }
  return counts
}

/** Total count of a multiset. */
export function total(set: Shingles): number {
  let sum = 0
  for (const count of set.values()) sum += count
  return sum
}

/** Multiset intersection (minimum of the counts). */
export function intersect(a: Shingles, b: Shingles): Shingles {
  const result: Shingles = new Map()
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  for (const [shingle, count] of small) {
    const other = large.get(shingle)
    if (other) result.set(shingle, Math.min(count, other))
  }
  return result
}

/** Multiset difference `a - b` (counts that stay above zero). */
export function subtract(a: Shingles, b: Shingles): Shingles {
  const result: Shingles = new Map()
  for (const [shingle, count] of a) {
    const left = count - (b.get(shingle) ?? 0)
    if (left > 0) result.set(shingle, left)
  }
  return result
}

export interface Counts {
  tp: number
  fp: number
  fn: number
}

/** TP, FP and FN of a prediction against the truth (both as shingles). */
export function match(truth: Shingles, prediction: Shingles): Counts {
  const tp = total(intersect(truth, prediction))
  return {tp, fp: total(prediction) - tp, fn: total(truth) - tp}
}

/** Precision of one page, `undefined` when the prediction has no shingle. */
export function precisionOf({tp, fp}: Counts): number | undefined {
  return tp + fp === 0 ? undefined : tp / (tp + fp)
}

/** Recall of one page, `undefined` when the truth has no shingle. */
export function recallOf({tp, fn}: Counts): number | undefined {
  return tp + fn === 0 ? undefined : tp / (tp + fn)
}

export interface Scores {
  f1: number
  precision: number
  recall: number
  /** Pages whose precision is defined (prediction not empty). */
  precisionPages: number
  /** Pages whose recall is defined (truth not empty). */
  recallPages: number
  /** All pages scored. */
  pages: number
}

function mean(values: readonly number[]): number {
  if (values.length === 0) return 0
  let sum = 0
  for (const value of values) sum += value
  return sum / values.length
}

/** Scores over pages, as the benchmark computes them. */
export function score(pages: readonly Counts[]): Scores {
  const precisions: number[] = []
  const recalls: number[] = []
  for (const page of pages) {
    const precision = precisionOf(page)
    const recall = recallOf(page)
    if (precision !== undefined) precisions.push(precision)
    if (recall !== undefined) recalls.push(recall)
  }
  const precision = mean(precisions)
  const recall = mean(recalls)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return {
    f1,
    precision,
    recall,
    precisionPages: precisions.length,
    recallPages: recalls.length,
    pages: pages.length
  }
}

/** A figure as the README table prints it (3 decimals, rounded from the exact value). */
export function fixed(value: number, digits = 3): string {
  return value.toFixed(digits)
}
