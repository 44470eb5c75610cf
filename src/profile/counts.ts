/**
 * Document frequencies of line keys, in bounded space, that merge exactly.
 *
 * A profile counts, for each line key (a 53-bit hash, see `key.ts`), the pages it occurs on.
 * The counts are kept in one of two forms, chosen by the number of distinct keys only:
 *
 * - **exact**: a map of hash → pages, while the site has at most {@link EXACT_LIMIT} distinct
 *   keys (a small site, or a crawl's first pages);
 * - **sketch**: past that, a count-min sketch (Cormode and Muthukrishnan, 2005) of
 *   {@link SKETCH_ROWS} rows of {@link SKETCH_WIDTH} counters. A key adds its pages to one
 *   counter per row, chosen by a separate 11-bit slice of its hash.
 *
 * Both forms are linear in what was learnt: the counts of two sets of pages are the sum of
 * their counts, and the sketch of a map is the sum of its keys' sketches. The form is a
 * function of the distinct keys of all pages learnt (which only grow). So learning pages one by
 * one, or in shards whose counts are then merged in any grouping and any order, gives the same
 * counts, bit for bit: merging is associative and commutative, and the serialised form is
 * canonical (exact entries sorted by hash). Counters saturate at {@link MAX_COUNT}, which keeps
 * all of this true (a saturating sum of non-negative numbers is associative).
 *
 * Estimates: exact counts are exact (up to a hash collision, see `key.ts`). The sketch's counter
 * holds the key's pages plus those of the keys that share it; the estimate takes, in each row,
 * the counter less the row's mean load from other keys, `(total − counter) / (width − 1)`, and
 * keeps the least of the rows (count-mean-min, Deng and Rafiei 2007, with the minimum instead
 * of the median: it errs towards too few, so that a line is kept rather than removed). A line
 * unique to its page then reads as on many pages only when, in every one of the four rows, it
 * shares its counter with a frequent line: about (frequent lines / width)^4, 6 in a million
 * lines for a site with a hundred lines on every page.
 */

/** Distinct keys held exactly; past this the counts become a sketch. */
export const EXACT_LIMIT = 2048
/** Rows of the sketch. */
export const SKETCH_ROWS = 4
/** Counters per row (a power of two: a row takes an 11-bit slice of the hash). */
export const SKETCH_WIDTH = 2048
/** Largest count: counters saturate there. */
export const MAX_COUNT = 2 ** 32 - 1

const TWO_32 = 2 ** 32
const MASK = SKETCH_WIDTH - 1

/**
 * The counter of a hash in each row: four 11-bit slices of its 53 bits (the low 32 bits `h1`,
 * the high 21 bits `h2`).
 *
 * @param hash A 53-bit hash.
 * @param row The row.
 * @returns The counter's index within the row.
 */
export function cellOf(hash: number, row: number): number {
  const low = hash % TWO_32
  const high = Math.floor(hash / TWO_32)
  switch (row) {
    case 0:
      return low & MASK
    case 1:
      return (low >>> 11) & MASK
    case 2:
      return ((low >>> 22) | ((high & 1) << 10)) & MASK
    default:
      return (high >>> 1) & MASK
  }
}

const add = (a: number, b: number): number => Math.min(MAX_COUNT, a + b)

/** Document frequencies of line keys. */
export class LineCounts {
  /** Exact counts, or `undefined` once the counts are a sketch. */
  #exact: Map<number, number> | undefined
  /** The sketch's counters, row after row, or `undefined` while the counts are exact. */
  #cells: Uint32Array | undefined
  /** Sum of each row's counters (for the estimate), when known. */
  #rowTotals: number[] | undefined

  constructor(exact: Map<number, number> | undefined = new Map(), cells?: Uint32Array) {
    this.#exact = cells ? undefined : exact
    this.#cells = cells
  }

  /** `'exact'` or `'sketch'`. */
  get kind(): 'exact' | 'sketch' {
    return this.#exact ? 'exact' : 'sketch'
  }

  /** Distinct keys held (exact counts), or `undefined` for a sketch. */
  get size(): number | undefined {
    return this.#exact?.size
  }

  /**
   * Count one more page for each of its keys.
   *
   * @param hashes The page's distinct key hashes.
   */
  addPage(hashes: Iterable<number>): void {
    for (const hash of hashes) this.add(hash, 1)
  }

  /**
   * Add pages to a key.
   *
   * @param hash The key's hash.
   * @param count Pages.
   */
  add(hash: number, count: number): void {
    this.#rowTotals = undefined
    if (this.#exact) {
      this.#exact.set(hash, add(this.#exact.get(hash) ?? 0, count))
      if (this.#exact.size > EXACT_LIMIT) this.#toSketch()
      return
    }
    const cells = this.#cells!
    for (let row = 0; row < SKETCH_ROWS; row++) {
      const at = row * SKETCH_WIDTH + cellOf(hash, row)
      cells[at] = add(cells[at]!, count)
    }
  }

  /**
   * Pages a key occurs on: exact, or the sketch's estimate (see the module's description).
   *
   * @param hash The key's hash.
   * @returns Pages (not always a whole number for a sketch).
   */
  estimate(hash: number): number {
    if (this.#exact) return this.#exact.get(hash) ?? 0
    const cells = this.#cells!
    const totals = (this.#rowTotals ??= rowTotals(cells))
    let least = Number.POSITIVE_INFINITY
    for (let row = 0; row < SKETCH_ROWS; row++) {
      const counter = cells[row * SKETCH_WIDTH + cellOf(hash, row)]!
      least = Math.min(least, counter - (totals[row]! - counter) / (SKETCH_WIDTH - 1))
    }
    return Math.max(0, least)
  }

  /**
   * The counts of both (neither is changed).
   *
   * @param other Other counts.
   * @returns Their sum.
   */
  plus(other: LineCounts): LineCounts {
    const a = this.#exact
    const b = other.#exact
    if (a && b) {
      const sum = new Map(a)
      for (const [hash, count] of b) sum.set(hash, add(sum.get(hash) ?? 0, count))
      if (sum.size <= EXACT_LIMIT) return new LineCounts(sum)
    }
    const cells = this.#sketch()
    const others = other.#sketch()
    for (let index = 0; index < cells.length; index++) cells[index] = add(cells[index]!, others[index]!)
    return new LineCounts(undefined, cells)
  }

  /** Exact entries sorted by hash, or the sketch's counters (a copy). */
  entries(): {kind: 'exact'; entries: Array<[number, number]>} | {kind: 'sketch'; cells: Uint32Array} {
    if (this.#exact) return {kind: 'exact', entries: [...this.#exact].sort((x, y) => x[0] - y[0])}
    return {kind: 'sketch', cells: this.#cells!.slice()}
  }

  /** The counts as a sketch (a new array). */
  #sketch(): Uint32Array {
    if (this.#cells) return this.#cells.slice()
    const cells = new Uint32Array(SKETCH_ROWS * SKETCH_WIDTH)
    for (const [hash, count] of this.#exact!) {
      for (let row = 0; row < SKETCH_ROWS; row++) {
        const at = row * SKETCH_WIDTH + cellOf(hash, row)
        cells[at] = add(cells[at]!, count)
      }
    }
    return cells
  }

  #toSketch(): void {
    this.#cells = this.#sketch()
    this.#exact = undefined
  }
}

function rowTotals(cells: Uint32Array): number[] {
  const totals: number[] = []
  for (let row = 0; row < SKETCH_ROWS; row++) {
    let sum = 0
    for (let index = row * SKETCH_WIDTH; index < (row + 1) * SKETCH_WIDTH; index++) sum += cells[index]!
    totals.push(sum)
  }
  return totals
}
