/**
 * `npm run bench:check`: the bench's ratio rows against the figures recorded in
 * `eval/bench-ratios.json`; exit 1 when a row is more than 25 % worse (higher) than recorded in
 * two measurements.
 * Ratios of CPU time taken in one run (clean against a bare parse of the same text, a hostile
 * page per MB against an ordinary page), never times: a loaded machine does not fail it. Part of
 * `.ci/run`. See docs/measuring.md.
 *
 *   npm run bench:check [-- --update] [--corpus DIR] [--time SECONDS] [--hostile-scale X]
 *
 * `--update` records the figures of this run (after a change that makes a row cheaper, or one
 * that makes it dearer for a reason the commit message gives).
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {seedPages} from './lib/bench.js'
import {loadCorpus, projectRoot, resolveCorpus} from './lib/corpus.js'
import {EXTRACT_TARGET, PAGE_TARGET, cleanVsParse, hostileCosts, hostileRows, type RatioRow} from './lib/ratios.js'
import {num, renderTable} from './lib/table.js'

/** How much worse than recorded a row may read before the check fails. */
export const TOLERANCE = 1.25

const RECORDED = path.join(projectRoot, 'eval', 'bench-ratios.json')

interface Recorded {
  $comment?: string
  rows: Record<string, number>
}

const {values} = parseArgs({
  options: {
    update: {type: 'boolean'},
    corpus: {type: 'string'},
    time: {type: 'string'},
    'hostile-scale': {type: 'string'},
    help: {type: 'boolean', short: 'h'}
  }
})
if (values.help) {
  console.log('Usage: npm run bench:check -- [--update] [--corpus DIR] [--time SECONDS] [--hostile-scale X]')
  process.exit(0)
}
const minMs = Number(values.time ?? 2) * 1000
const scale = Number(values['hostile-scale'] ?? 0.05)

const dir = resolveCorpus(values.corpus)
const corpus = dir === undefined ? undefined : loadCorpus(dir)
const textsOf = (name: string): string[] => {
  const outputs = corpus!.output(name)
  return [...corpus!.truth.keys()].map((id) => outputs.get(id) ?? '').filter((text) => text.length > 0)
}
const extracts = corpus ? textsOf('trafilatura') : seedPages().map((seed) => seed.text)
const pages = corpus ? textsOf('html-text') : undefined

/** One measurement of every row. */
function measureRows(): RatioRow[] {
  const rows: RatioRow[] = []
  rows.push({
    name: corpus ? 'extract clean vs parse' : 'seed clean vs parse',
    what: `clean() over a bare retext-latin parse, ${corpus ? "trafilatura's outputs" : 'the seed pages'} (CPU time)`,
    value: cleanVsParse(extracts, minMs).ratio,
    target: EXTRACT_TARGET
  })
  if (pages) {
    rows.push({
      name: 'page clean vs parse',
      what: "clean() over a bare retext-latin parse, html-text's whole-page text (CPU time)",
      value: cleanVsParse(pages, minMs).ratio,
      target: PAGE_TARGET
    })
  }
  rows.push(...hostileRows(hostileCosts(scale)))
  return rows
}

const recorded: Recorded = existsSync(RECORDED) ? (JSON.parse(readFileSync(RECORDED, 'utf8')) as Recorded) : {rows: {}}
const isWorse = (row: RatioRow): boolean => recorded.rows[row.name] !== undefined && row.value > recorded.rows[row.name]! * TOLERANCE
let rows = measureRows()
// Other work on the machine moves a row now and then: a second measurement (also taken before
// recording), and each row's lower reading counts.
if (values.update || rows.some(isWorse)) {
  const again = measureRows()
  rows = rows.map((row) => ({...row, value: Math.min(row.value, again.find((other) => other.name === row.name)?.value ?? row.value)}))
}

const failed: string[] = []
console.log(
  renderTable(
    [
      {title: 'row'},
      {title: 'now', align: 'right'},
      {title: 'recorded', align: 'right'},
      {title: 'change', align: 'right'},
      {title: 'target', align: 'right'},
      {title: ''}
    ],
    rows.map((row) => {
      const before = recorded.rows[row.name]
      const worse = isWorse(row)
      if (worse) failed.push(row.name)
      return [
        row.name,
        `${num(row.value, 2)}×`,
        before === undefined ? '–' : `${num(before, 2)}×`,
        before === undefined ? 'new' : `${row.value >= before ? '+' : ''}${num((100 * (row.value - before)) / before, 0)} %`,
        row.target === undefined ? '' : `≤ ${num(row.target, 2)}×${row.value <= row.target ? '' : ' (missed)'}`,
        worse ? 'WORSE' : 'ok'
      ]
    })
  )
)
console.log(`ratios of CPU time in one run; a row fails when above ${num(TOLERANCE, 2)}× its recorded figure (hostile pages at scale ${scale})`)

if (values.update) {
  const next: Recorded = {
    $comment:
      'Ratio rows of the bench (CPU time, one run) checked by `npm run bench:check` (fails when a row reads more than 25 % above its figure here). Record with `npm run bench:check -- --update`. See docs/measuring.md.',
    rows: Object.fromEntries(rows.map((row) => [row.name, Math.round(row.value * 1000) / 1000]))
  }
  writeFileSync(RECORDED, `${JSON.stringify(next, null, 2)}\n`)
  console.log(`recorded in ${path.relative(process.cwd(), RECORDED)}`)
} else if (failed.length > 0) {
  console.log(`bench:check: FAIL (${failed.join(', ')})`)
  process.exitCode = 1
} else {
  console.log(`bench:check: PASS (${rows.length} rows)`)
}
