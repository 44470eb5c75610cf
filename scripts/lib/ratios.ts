/**
 * The bench's ratio rows: what cleaning costs against a bare parse of the same text, and what a
 * hostile page costs per MB against an ordinary page. Ratios of CPU time taken in one run, so
 * that a loaded machine (other processes on the cores) changes them little: `npm run bench`
 * prints them, `npm run bench:check` compares them with the figures recorded in
 * `eval/bench-ratios.json`.
 */
import retextLatin from 'retext-latin'
import {unified} from 'unified'
import {createCleaner} from '../../src/index.js'
import {ORDINARY, hostilePages, ordinaryPage} from './hostile.js'
import {MB, utf8Bytes} from './bench.js'

/** One ratio row. */
export interface RatioRow {
  /** Stable key (the recorded figures are kept by it). */
  name: string
  /** What is divided by what. */
  what: string
  /** The ratio. */
  value: number
  /** The target for it, when it has one. */
  target?: number
}

/** CPU time of a call, ms. */
function cpuMs(work: () => void): number {
  const start = process.cpuUsage()
  work()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

/**
 * CPU time of `clean()` over CPU time of a bare `retext-latin` parse of the same documents:
 * passes of each in turn (so that both see the same load), after a warm-up of both, until
 * `minMs` of CPU time are spent on cleaning and at least `minPasses` passes are made.
 *
 * @param documents The texts.
 * @param minMs CPU time of cleaning to spend at least, ms.
 * @param minPasses Passes at least.
 * @returns The CPU time of each per pass and their ratio.
 */
export function cleanVsParse(documents: readonly string[], minMs = 3000, minPasses = 3): {clean: number; parse: number; ratio: number; passes: number} {
  const cleaner = createCleaner()
  const processor = unified().use(retextLatin)
  const cleanAll = (): void => {
    for (const text of documents) cleaner.clean(text)
  }
  const parseAll = (): void => {
    for (const text of documents) processor.parse(text)
  }
  cleanAll()
  parseAll()
  let clean = 0
  let parse = 0
  let passes = 0
  while (passes < minPasses || clean < minMs) {
    clean += cpuMs(cleanAll)
    parse += cpuMs(parseAll)
    passes++
  }
  return {clean: clean / passes, parse: parse / passes, ratio: clean / parse, passes}
}

/** A hostile page's CPU time per MB, in this process. */
export interface HostileCost {
  name: string
  /** CPU ms per MB of input. */
  perMB: number
}

/**
 * CPU time per MB of cleaning each hostile page (scripts/lib/hostile.ts) and the ordinary page
 * (of 1 MB) at a scale, in this process, the least of `repeat` cleans each (a warm-up first).
 *
 * @param scale Size factor of the pages (1: the bench's full pages).
 * @param repeat Cleans of each page, the cheapest kept.
 * @returns The ordinary page first, then the hostile pages.
 */
export function hostileCosts(scale: number, repeat = 3): HostileCost[] {
  const cleaner = createCleaner({maxLength: Infinity})
  for (let round = 0; round < 3; round++) cleaner.clean(ordinaryPage(150_000 + round))
  // The ordinary page at a size of its own (1 MB), whatever the scale: small pages cost more per MB.
  const pages = [{name: ORDINARY, text: ordinaryPage(ORDINARY_BYTES)}, ...hostilePages(scale)]
  return pages.map(({name, text}) => {
    let best = Number.POSITIVE_INFINITY
    for (let round = 0; round < repeat; round++)
      best = Math.min(
        best,
        cpuMs(() => cleaner.clean(text))
      )
    return {name, perMB: best / (utf8Bytes(text) / MB)}
  })
}

/** Size of the ordinary page every hostile page is compared with. */
const ORDINARY_BYTES = 1_000_000

/** Largest CPU time per MB of a hostile page over that of an ordinary page (issue 18). */
export const HOSTILE_TARGET = 5
/** Cleaning an extractor's output against a bare parse of it (issue 18). */
export const EXTRACT_TARGET = 1
/** Cleaning whole-page text against a bare parse of it (issue 18). */
export const PAGE_TARGET = 1.5

/**
 * The ratio rows of hostile pages: each page's CPU time per MB over the ordinary page's.
 *
 * @param costs From {@link hostileCosts}.
 * @returns One row per hostile page.
 */
export function hostileRows(costs: readonly HostileCost[]): RatioRow[] {
  const ordinary = costs.find((cost) => cost.name === ORDINARY)
  if (!ordinary) return []
  return costs
    .filter((cost) => cost.name !== ORDINARY)
    .map((cost) => ({
      name: `hostile ${cost.name} vs ordinary`,
      what: `CPU time per MB of the hostile page ${cost.name} over an ordinary page's`,
      value: cost.perMB / ordinary.perMB,
      target: HOSTILE_TARGET
    }))
}
