/**
 * One pathological page of the bench's "hostile pages" section, in its own process so that its
 * peak RSS is its own: `tsx scripts/bench-hostile.ts NAME SCALE` prints one JSON line.
 * `NAME` is `ordinary` (the baseline: prose paragraphs and boilerplate lines) or a page of
 * scripts/lib/hostile.ts; `SCALE` multiplies its size (1: a 10 MB line, a million lines…).
 *
 * Run by `scripts/bench.ts` (`npm run bench:hostile` runs that section alone); imports the
 * library from its source (no build needed).
 */
import {clean} from '../src/index.js'
import {FULL_SIZE, ORDINARY, hostilePages, ordinaryPage} from './lib/hostile.js'

/** What one page's process reports. */
export interface HostileFigure {
  name: string
  description: string
  /** Size asked for, as a factor of the full page. */
  scale: number
  /** UTF-8 bytes of the page. */
  bytes: number
  /** Lines of the page. */
  lines: number
  /** Lines removed by clean(). */
  removed: number
  /** Wall time of clean(), ms. */
  ms: number
  /** CPU time (user + system) of clean(), ms. */
  cpuMs: number
  /** Peak resident set size of the process, bytes. */
  maxRss: number
  /** Whether every article paragraph was kept, verbatim. */
  articleKept: boolean
}

function main(): void {
  const [name, scaleText] = process.argv.slice(2)
  const scale = Number(scaleText)
  if (!name || !(scale > 0)) throw new Error('Usage: bench-hostile.ts NAME SCALE')
  // Warm up on small ordinary pages, so that the JIT has compiled the rules (and their
  // regular expressions) as in a long-running process.
  for (let round = 0; round < 3; round++) clean(ordinaryPage(200_000))
  const page =
    name === ORDINARY
      ? {text: ordinaryPage(FULL_SIZE.longLine * scale), description: 'prose paragraphs and boilerplate lines', article: []}
      : hostilePages(scale, name)[0]
  if (!page) throw new Error(`No page named ${name}`)
  const cpu = process.cpuUsage()
  const start = performance.now()
  // The 10 MB line is just over the default maxLength: the bench measures, it does not refuse.
  const result = clean(page.text, {maxLength: Infinity})
  const ms = performance.now() - start
  const used = process.cpuUsage(cpu)
  const kept = new Set(result.text.split(/\r\n|\r|\n/))
  const figure: HostileFigure = {
    name,
    description: page.description,
    scale,
    bytes: Buffer.byteLength(page.text),
    lines: page.text.split(/\r\n|\r|\n/).length,
    removed: result.removed.length,
    ms,
    cpuMs: (used.user + used.system) / 1000,
    maxRss: process.resourceUsage().maxRSS * 1024,
    articleKept: page.article.every((paragraph) => kept.has(paragraph))
  }
  process.stdout.write(`${JSON.stringify(figure)}\n`)
}

main()
