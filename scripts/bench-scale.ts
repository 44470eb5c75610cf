/**
 * One size of the scaling bench, in its own process so that its peak RSS is its own:
 * `tsx scripts/bench-scale.ts BYTES [MIN_MS]` prints one JSON line.
 *
 * Run by `scripts/bench.ts`; imports the library from its source (no build needed).
 */
import {createCleaner} from '../src/index.js'
import {MB, seedText, syntheticPage, utf8Bytes} from './lib/bench.js'

export interface ScaleResult {
  /** Size asked for. */
  target: number
  /** Size of the page, UTF-8 bytes. */
  bytes: number
  /** Lines of the page. */
  lines: number
  /** Lines removed by clean(). */
  removed: number
  /** Timed runs of clean() on the page. */
  runs: number
  /** Mean time of one run, ms. */
  ms: number
  msPerMB: number
  /** Mean CPU time (user + system) of one run, ms. */
  cpuMs: number
  cpuMsPerMB: number
  /** Peak resident set size of the process, bytes. */
  maxRss: number
  /** Resident set size before the page was built (after the warm-up), bytes. */
  rssBefore: number
}

function main(): void {
  const target = Number(process.argv[2])
  const minMs = Number(process.argv[3] ?? 1000)
  if (!Number.isFinite(target) || target <= 0) throw new Error('Usage: bench-scale.ts BYTES [MIN_MS]')

  const cleaner = createCleaner()
  const unit = seedText()
  // Warm up on small pages so the size itself is what is timed, not the JIT.
  const warmup = syntheticPage(unit, 20_000)
  const warmupStart = performance.now()
  while (performance.now() - warmupStart < 500) cleaner.clean(warmup)

  const rssBefore = process.memoryUsage.rss()
  const page = syntheticPage(unit, target)
  let runs = 0
  let ms = 0
  let removed = 0
  const cpuStart = process.cpuUsage()
  // At least one run, and more for small pages until MIN_MS is spent.
  while (runs === 0 || ms < minMs) {
    const start = performance.now()
    const result = cleaner.clean(page)
    ms += performance.now() - start
    removed = result.removed.length
    runs++
  }
  const cpu = process.cpuUsage(cpuStart)
  const cpuMs = (cpu.user + cpu.system) / 1000 / runs
  const bytes = utf8Bytes(page)
  const result: ScaleResult = {
    target,
    bytes,
    lines: page.split('\n').length,
    removed,
    runs,
    ms: ms / runs,
    msPerMB: ms / runs / (bytes / MB),
    cpuMs,
    cpuMsPerMB: cpuMs / (bytes / MB),
    // resourceUsage().maxRSS is in kilobytes.
    maxRss: process.resourceUsage().maxRSS * 1024,
    rssBefore
  }
  process.stdout.write(`${JSON.stringify(result)}\n`)
}

main()
