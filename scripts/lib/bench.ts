/**
 * Timing helpers of `npm run bench`.
 */
import os from 'node:os'
import {loadSeeds, type Seed} from './seeds.js'

/** Sizes are decimal: 1 KB = 1,000 bytes, 1 MB = 1,000,000 bytes (UTF-8). */
export const KB = 1_000
export const MB = 1_000_000

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

/** The value at quantile `q` (0–1) of sorted values (nearest rank). */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  return sorted[rank] ?? Number.NaN
}

export interface Measurement {
  /** Passes over all the documents that were timed (after the warm-up). */
  passes: number
  docs: number
  bytes: number
  /** Wall time of the timed passes, ms. */
  ms: number
  /** Mean time of one pass over all the documents, ms. */
  msPerPass: number
  docsPerSecond: number
  /** Docs/s of the fastest pass (less sensitive to other work on the machine). */
  bestDocsPerSecond: number
  /** CPU time (user + system, all threads) of the timed passes, ms. */
  cpuMs: number
  /** Docs per second of CPU time: what the work costs, whatever else the machine runs. */
  docsPerCpuSecond: number
  mbPerSecond: number
  /** Per-document latency, ms. */
  p50: number
  p99: number
  max: number
}

export interface MeasureOptions {
  /** Time the warm-up passes take at least, ms (at least one pass). */
  warmupMs: number
  /** Time the timed passes take at least, ms. */
  minMs: number
  /** Timed passes at least. */
  minPasses: number
}

export const defaultMeasureOptions: MeasureOptions = {warmupMs: 1000, minMs: 3000, minPasses: 3}

/**
 * Time `work` on every document, pass after pass: a warm-up, then timed passes until both
 * `minMs` and `minPasses` are reached. Single-threaded, synchronous.
 */
export function measure(documents: readonly string[], work: (text: string) => unknown, options: MeasureOptions = defaultMeasureOptions): Measurement {
  let sink = 0
  const consume = (value: unknown): void => {
    // Keep results alive so no work can be skipped.
    if (value !== undefined && value !== null) sink++
  }
  const warmupStart = performance.now()
  do {
    for (const text of documents) consume(work(text))
  } while (performance.now() - warmupStart < options.warmupMs)

  const latencies: number[] = []
  let passes = 0
  let ms = 0
  let best = Number.POSITIVE_INFINITY
  const cpuStart = process.cpuUsage()
  while (passes < options.minPasses || ms < options.minMs) {
    const passStart = performance.now()
    for (const text of documents) {
      const start = performance.now()
      consume(work(text))
      latencies.push(performance.now() - start)
    }
    const passMs = performance.now() - passStart
    best = Math.min(best, passMs)
    ms += passMs
    passes++
  }
  const cpu = process.cpuUsage(cpuStart)
  const cpuMs = (cpu.user + cpu.system) / 1000
  if (sink < 0) console.log(sink)
  latencies.sort((a, b) => a - b)
  const bytes = documents.reduce((sum, text) => sum + utf8Bytes(text), 0)
  return {
    passes,
    docs: documents.length,
    bytes,
    ms,
    msPerPass: ms / passes,
    docsPerSecond: (documents.length * passes) / (ms / 1000),
    bestDocsPerSecond: documents.length / (best / 1000),
    cpuMs,
    docsPerCpuSecond: (documents.length * passes) / (cpuMs / 1000),
    mbPerSecond: (bytes * passes) / MB / (ms / 1000),
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    max: latencies[latencies.length - 1] ?? Number.NaN
  }
}

/** The seed pages (the other labelled fixtures only when there is no seed page). */
export function seedPages(): Seed[] {
  const pages = loadSeeds()
  const seeds = pages.filter((page) => page.seed)
  return seeds.length > 0 ? seeds : pages
}

/** The text the synthetic pages are made of: the seed pages, one after the other. */
export function seedText(): string {
  const seeds = seedPages()
  if (seeds.length === 0) throw new Error('No seed page in fixtures/')
  return seeds.map((seed) => seed.text.trimEnd()).join('\n\n')
}

/**
 * A page of at most `bytes` bytes (UTF-8) and as close to it as whole lines allow: the lines of
 * the unit text over and over, a blank line between copies.
 */
export function syntheticPage(unit: string, bytes: number): string {
  const lines = `${unit.trimEnd()}\n`.split('\n')
  const sizes = lines.map((line) => utf8Bytes(line) + 1)
  const parts: string[] = []
  let size = 0
  for (let index = 0; ; index = (index + 1) % lines.length) {
    const next = sizes[index] ?? 1
    if (size + next > bytes && parts.length > 0) break
    parts.push(lines[index] ?? '')
    size += next
  }
  return parts.join('\n')
}

export interface MachineInfo {
  node: string
  v8: string
  cpu: string
  cores: number
  /** Cores this process may run on (after `taskset`). */
  affinity: string
  platform: string
  memoryGB: number
  /** Load averages (1, 5, 15 minutes) when the bench started: other work skews the figures. */
  loadAverage: number[]
  date: string
}

export function machineInfo(affinity: string): MachineInfo {
  const cpus = os.cpus()
  return {
    node: process.version,
    v8: process.versions.v8,
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    affinity,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    memoryGB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    loadAverage: os.loadavg().map((load) => Math.round(load * 100) / 100),
    date: new Date().toISOString()
  }
}
