/**
 * `npm run bench:hostile`: time and memory of `clean()` on pathological pages (see
 * scripts/lib/hostile.ts), each against an ordinary page of prose and boilerplate: time per MB
 * and its ratio to the ordinary page's, which stays near 1 when the cost is linear in the size.
 *
 * Each page is also cleaned at a tenth of the size: the growth of time per MB from the small
 * page to the large one stays near 1 when the cost is linear.
 *
 * Every page is cleaned in its own process (so that peak memory is the page's own), after a
 * warm-up; on Linux the processes run under `taskset -c 0` (one core) when it is there.
 * Runs under tsx from the source: no build needed.
 */
import {spawnSync} from 'node:child_process'
import {writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {clean} from '../src/index.js'
import {FULL_SIZE, hostilePages, ordinaryPage} from './lib/hostile.js'

const HELP = `Usage: npm run bench:hostile -- [options]

Options:
  --scale X      size factor on every page (default 1: a 10 MB line, a million lines…)
  --only NAME    one page (ordinary, ${hostilePages(0.0001).map((page) => page.name).join(', ')})
  --json PATH    also write the figures as JSON to PATH
  --no-pin       do not run under taskset -c 0
  -h, --help     this help`

/** What one page's process reports. */
interface Figure {
  name: string
  description: string
  /** UTF-8 size of the page, in MB (10^6 bytes). */
  mb: number
  ms: number
  cpuMs: number
  /** Peak resident memory of the process, in MB. */
  peakMb: number
  /** Whether every article paragraph was kept, verbatim. */
  articleKept: boolean
}

const ORDINARY = 'ordinary'

/** The page called `name` at `scale`, with its article paragraphs. */
function pageNamed(name: string, scale: number): {text: string; description: string; article: readonly string[]} {
  if (name === ORDINARY) return {text: ordinaryPage(FULL_SIZE.longLine * scale), description: 'prose paragraphs and boilerplate lines', article: []}
  const page = hostilePages(scale).find((each) => each.name === name)
  if (!page) throw new Error(`No page named ${name}`)
  return page
}

/** Child: clean one page, print its figure as JSON. */
function measureOne(name: string, scale: number): void {
  const warmUp = ordinaryPage(200_000)
  for (let round = 0; round < 3; round++) clean(warmUp)
  const page = pageNamed(name, scale)
  const cpu = process.cpuUsage()
  const start = performance.now()
  // The 10 MB line is just over the default maxLength: the bench measures, it does not refuse.
  const result = clean(page.text, {maxLength: Infinity})
  const ms = performance.now() - start
  const used = process.cpuUsage(cpu)
  const kept = new Set(result.text.split(/\r\n|\r|\n/))
  const figure: Figure = {
    name,
    description: page.description,
    mb: Buffer.byteLength(page.text) / 1e6,
    ms,
    cpuMs: (used.user + used.system) / 1000,
    peakMb: process.resourceUsage().maxRSS / 1024,
    articleKept: page.article.every((paragraph) => kept.has(paragraph))
  }
  process.stdout.write(`${JSON.stringify(figure)}\n`)
}

/** Parent: one process per page, then the table. */
function main(): void {
  const {values} = parseArgs({
    options: {
      scale: {type: 'string', default: '1'},
      only: {type: 'string'},
      json: {type: 'string'},
      'no-pin': {type: 'boolean', default: false},
      child: {type: 'string'},
      help: {type: 'boolean', short: 'h', default: false}
    }
  })
  if (values.help) {
    console.log(HELP)
    return
  }
  const scale = Number(values.scale)
  if (!(scale > 0)) throw new Error(`Bad --scale ${values.scale}`)
  if (values.child) {
    measureOne(values.child, scale)
    return
  }

  const names = [ORDINARY, ...hostilePages(0.0001).map((page) => page.name)].filter((name) => !values.only || name === values.only)
  const pin = !values['no-pin'] && process.platform === 'linux' && spawnSync('taskset', ['-c', '0', 'true']).status === 0
  const script = fileURLToPath(import.meta.url)
  const run = (name: string, size: number): Figure | undefined => {
    const command = [process.execPath, '--import', 'tsx', script, '--child', name, '--scale', String(size)]
    const child = pin ? spawnSync('taskset', ['-c', '0', ...command], {encoding: 'utf8', maxBuffer: 1 << 20}) : spawnSync(command[0]!, command.slice(1), {encoding: 'utf8', maxBuffer: 1 << 20})
    if (child.status !== 0) {
      console.error(`${name}: failed (${child.status ?? child.signal})\n${child.stderr}`)
      process.exitCode = 1
      return undefined
    }
    return JSON.parse(child.stdout.trim().split('\n').pop()!) as Figure
  }
  // Each page at the scale asked and at a tenth of it: when the cost is linear, time per MB
  // stays the same (growth near 1, or below while fixed costs still weigh on the small page).
  const figures: Figure[] = []
  const growth = new Map<string, number>()
  for (const name of names) {
    const figure = run(name, scale)
    const small = run(name, scale / 10)
    if (!figure) continue
    figures.push(figure)
    if (small) growth.set(name, figure.cpuMs / figure.mb / (small.cpuMs / small.mb))
    process.stderr.write(`${name} done\n`)
  }

  const ordinary = figures.find((figure) => figure.name === ORDINARY)
  const perMb = (figure: Figure): number => figure.cpuMs / figure.mb
  console.log(`\n## Hostile pages (scale ${scale}${pin ? ', one core' : ''})\n`)
  console.log('| page | what | MB | time (s) | CPU ms/MB | × ordinary | growth (size ×10) | peak RSS (MB) | article kept |')
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |')
  for (const figure of figures) {
    const ratio = ordinary ? (perMb(figure) / perMb(ordinary)).toFixed(2) : '–'
    console.log(
      `| ${figure.name} | ${figure.description} | ${figure.mb.toFixed(2)} | ${(figure.ms / 1000).toFixed(2)} | ${perMb(figure).toFixed(0)} | ${ratio} | ${growth.get(figure.name)?.toFixed(2) ?? '–'} | ${figure.peakMb.toFixed(0)} | ${figure.name === ORDINARY ? '–' : figure.articleKept ? 'yes' : '**NO**'} |`
    )
  }
  if (figures.some((figure) => !figure.articleKept && figure.name !== ORDINARY)) process.exitCode = 1
  if (values.json) writeFileSync(values.json, `${JSON.stringify({scale, pinned: pin, figures, growth: Object.fromEntries(growth)}, null, 2)}\n`)
}

main()
