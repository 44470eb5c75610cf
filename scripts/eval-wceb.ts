/**
 * Quality of `clean()` on the wceb corpus (2,910 pages, five datasets, three inputs), with the
 * corpus README's metric (see scripts/lib/wceb.ts).
 *
 *   nice npx tsx scripts/eval-wceb.ts [--wceb DIR] [--input page,readability,markdown]
 *        [--dataset NAME] [--limit N] [--every N] [--disable RULE] [--mode auto|extract|page]
 *        [--format auto|text|markdown] [--json PATH]
 *
 * Prints, per input, raw → cleaned figures for all pages, the news datasets and each dataset,
 * and checks the raw figures against the README's table (exit 1 when they differ by > 0.002).
 * Markdown follows the README's convention (HTML left in by turndown counts as text, pages
 * without Markdown score 0); `--md-strict` strips HTML tags and skips those pages instead.
 * `--format` sets the `format` option (default auto; the Markdown input is then read as Markdown
 * where it has Markdown-only syntax); `--every N` scores every N-th page (a quick sample). Each
 * input's heading says which formats `clean()` read the pages as.
 */
import {writeFileSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {createCleaner} from '../src/index.js'
import type {InputFormat, InputKind} from '../src/index.js'
import {
  DATASETS,
  INPUTS,
  evaluateInput,
  groupFigures,
  loadWceb,
  readmeOf,
  renderFigures,
  resolveWceb,
  type GroupFigures,
  type InputName,
  type PageResult
} from './lib/wceb.js'

const {values} = parseArgs({
  options: {
    wceb: {type: 'string'},
    input: {type: 'string', multiple: true},
    dataset: {type: 'string', multiple: true},
    limit: {type: 'string'},
    every: {type: 'string'},
    format: {type: 'string'},
    disable: {type: 'string', multiple: true},
    mode: {type: 'string'},
    json: {type: 'string'},
    'raw-only': {type: 'boolean'},
    'md-strict': {type: 'boolean'},
    help: {type: 'boolean', short: 'h'}
  }
})
if (values.help) {
  console.log(
    'Usage: npx tsx scripts/eval-wceb.ts [--wceb DIR] [--input NAME] [--dataset NAME] [--limit N] [--every N] [--disable RULE] [--mode M] [--format F] [--json PATH] [--raw-only] [--md-strict]'
  )
  process.exit(0)
}
const list = (v: string[] | undefined): string[] =>
  (v ?? [])
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean)

const dir = resolveWceb(values.wceb)
if (dir === undefined) {
  console.log('No wceb corpus: expected ../shared/corpora/wceb/pages.jsonl.gz beside the project (or --wceb DIR, $NEWSCLEAN_WCEB). Nothing to do.')
  process.exit(0)
}
const inputs = (list(values.input).length > 0 ? list(values.input) : [...INPUTS]) as InputName[]
for (const input of inputs) if (!INPUTS.includes(input)) throw new Error(`unknown input ${input}`)
const datasets = list(values.dataset)
let pages = loadWceb(dir)
if (datasets.length > 0) pages = pages.filter((p) => datasets.includes(p.dataset))
if (values.limit) pages = pages.slice(0, Number(values.limit))
if (values.every) pages = pages.filter((_, index) => index % Number(values.every) === 0)

const disable = list(values.disable)
const mode = (values.mode ?? 'auto') as InputKind
const format = (values.format ?? 'auto') as InputFormat
const cleaner = createCleaner({disable, mode, format})
/** Formats `clean()` read the pages of the current input as. */
let formats = new Map<string, number>()
const run = values['raw-only']
  ? (text: string) => text
  : (text: string) => {
      const result = cleaner.clean(text)
      const read = result.wrapped ? `${result.format} (wrapped)` : result.format
      formats.set(read, (formats.get(read) ?? 0) + 1)
      return result.text
    }

// The README's raw figures: "| whole page, all | .545 / .997 / .657 | …".
const readme = readmeOf(dir)
const readmeRows = new Map<string, number[]>()
for (const line of readme.split('\n')) {
  const m =
    /^\| (whole page|Readability|Markdown \(visible text\)), (all|news datasets) \| ([.\d]+) \/ ([.\d]+) \/ ([.\d]+) \| ([.\d]+) \/ ([.\d]+) \/ ([.\d]+) \|/.exec(
      line
    )
  if (m) readmeRows.set(`${m[1]}|${m[2]}`, m.slice(3, 9).map(Number))
}
const readmeName: Record<InputName, string> = {page: 'whole page', readability: 'Readability', markdown: 'Markdown (visible text)'}

let failed = false
const all: Record<string, {figures: GroupFigures[]; pages: PageResult[]; ms: number}> = {}
for (const input of inputs) {
  const t0 = performance.now()
  formats = new Map()
  const strict = values['md-strict'] === true
  const results = evaluateInput(
    pages,
    input,
    run,
    (done) => {
      if (done % 500 === 0) process.stderr.write(`${input}: ${done}\r`)
    },
    {skipMissing: strict, stripHtml: strict}
  )
  const ms = performance.now() - t0
  const figures = groupFigures(results)
  all[input] = {figures, pages: results, ms}
  const read = [...formats].map(([name, count]) => `${name} ${count}`).join(', ')
  console.log(`\n### ${input} (${results.length} pages, ${(ms / 1000).toFixed(1)} s${read ? `; read as ${read}` : ''})\n`)
  console.log(renderFigures(input, figures))
  if (datasets.length === 0 && !values.limit && !values.every) {
    for (const [group, key] of [
      ['all', 'all'],
      ['news', 'news datasets']
    ] as const) {
      const ref = readmeRows.get(`${readmeName[input]}|${key}`)
      const row = figures.find((f) => f.group === group)
      if (!ref || !row) continue
      const mine = [row.raw.p, row.raw.r, row.raw.f1]
      const ok = mine.every((v, i) => Math.abs(v - (ref[i] ?? 0)) <= 0.002 + 5e-4)
      const cleanedDiff = [row.cleaned.p, row.cleaned.r, row.cleaned.f1].map((v, i) => (v - (ref[i + 3] ?? 0)).toFixed(3))
      console.log(
        `README raw ${group}: ${ref.slice(0, 3).join(' / ')} → ${ok ? 'reproduced' : 'NOT reproduced'}; cleaned vs README (round 2): Δ ${cleanedDiff.join(' / ')}`
      )
      if (!ok) failed = true
    }
  }
}
if (values.json) {
  writeFileSync(values.json, JSON.stringify({datasets: DATASETS, disable, mode, format, inputs: all}, null, 0))
  console.log(`\nwrote ${values.json}`)
}
process.exit(failed ? 1 : 0)
