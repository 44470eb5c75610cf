/**
 * `npm run eval:inputs`: `clean()` on the wceb corpus's inputs as scrapers give them — the
 * Readability text (hard-wrapped), the Markdown, and the whole page — raw vs cleaned, per dataset
 * and overall, with the metric of the corpus README (`scripts/lib/wceb-metric.ts`).
 *
 *   nice npx tsx scripts/eval-inputs.ts [--wceb DIR] [--input readability,markdown,page]
 *     [--dataset NAME] [--limit N] [--every N] [--format text|markdown|auto] [--strict] [--json PATH]
 *
 * `--strict` scores Markdown on what a renderer shows (HTML tags dropped, their text kept) and
 * skips the pages without Markdown; the default follows the README (tags count as text, a page
 * without Markdown scores 0). `--format` forces the `format` option (default: auto).
 * Exits 0 without a corpus.
 */
import {writeFileSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {createCleaner} from '../src/index.js'
import type {Format} from '../src/index.js'
import {DATASETS, bagOf, figures, loadWceb, markdownVisible, resolveWceb, scorePage, type Figures, type InputName, type PageScore} from './lib/wceb-metric.js'

const {values} = parseArgs({
  options: {
    wceb: {type: 'string'},
    input: {type: 'string', multiple: true},
    dataset: {type: 'string', multiple: true},
    limit: {type: 'string'},
    every: {type: 'string'},
    format: {type: 'string'},
    strict: {type: 'boolean'},
    json: {type: 'string'},
    help: {type: 'boolean', short: 'h'}
  }
})
if (values.help) {
  console.log(
    'Usage: npx tsx scripts/eval-inputs.ts [--wceb DIR] [--input NAME] [--dataset NAME] [--limit N] [--every N] [--format F] [--strict] [--json PATH]'
  )
  process.exit(0)
}
const list = (items: string[] | undefined): string[] =>
  (items ?? [])
    .flatMap((item) => item.split(','))
    .map((item) => item.trim())
    .filter(Boolean)

const file = resolveWceb(values.wceb)
if (file === undefined) {
  console.log('No wceb corpus (../shared/corpora/wceb/pages.jsonl.gz, --wceb DIR or $NEWSCLEAN_WCEB): nothing to do.')
  process.exit(0)
}
const inputs = (list(values.input).length > 0 ? list(values.input) : ['readability', 'markdown']) as InputName[]
let pages = loadWceb(file)
const datasets = list(values.dataset)
if (datasets.length > 0) pages = pages.filter((page) => datasets.includes(page.dataset))
if (values.limit) pages = pages.slice(0, Number(values.limit))
// A sample for quick runs: every n-th page.
if (values.every) pages = pages.filter((_, index) => index % Number(values.every) === 0)
const strict = values.strict ?? false
const format = values.format as Format | undefined
const cleaner = createCleaner(format ? {format} : {})

interface PageResult {
  id: string
  dataset: string
  news: boolean
  raw: PageScore
  cleaned: PageScore
  format: string
}

const f3 = (x: number): string => x.toFixed(3).replace(/^0/, '')
const pc = (x: number): string => `${(100 * x).toFixed(1)} %`

function row(name: string, figure: Figures): string {
  const {raw, cleaned} = figure
  return `| ${name} | ${figure.pages} | ${f3(raw.p)} / ${f3(raw.r)} / ${f3(raw.f1)} | ${f3(cleaned.p)} / ${f3(cleaned.r)} / **${f3(cleaned.f1)}** | ${pc(figure.lost)} | ${pc(figure.removed)} | ${figure.worse} / ${figure.better} |`
}

const report: Record<string, PageResult[]> = {}
for (const input of inputs) {
  const started = performance.now()
  const results: PageResult[] = []
  for (const page of pages) {
    const text = input === 'markdown' ? page.markdown : page[input]
    if (text === null && strict) continue
    const truth = bagOf(page.truth)
    let out = ''
    let used = 'none'
    if (text !== null) {
      const result = cleaner.clean(text)
      out = result.text
      used = result.format
    }
    const seen = (value: string | null): string => (value === null ? '' : input === 'markdown' ? markdownVisible(value, strict) : value)
    const {raw, cleaned} = scorePage(truth, bagOf(seen(text)), bagOf(seen(text === null ? null : out)))
    results.push({id: page.id, dataset: page.dataset, news: page.news, raw, cleaned, format: used})
    if (results.length % 250 === 0) process.stderr.write(`${input}: ${results.length}\r`)
  }
  report[input] = results
  const seconds = ((performance.now() - started) / 1000).toFixed(0)
  const formats = new Map<string, number>()
  for (const result of results) formats.set(result.format, (formats.get(result.format) ?? 0) + 1)
  console.log(
    `\n### ${input}${strict && input === 'markdown' ? ' (strict: rendered text)' : ''} — ${results.length} pages, ${seconds} s; formats: ${[...formats].map(([name, count]) => `${name} ${count}`).join(', ')}\n`
  )
  console.log('| set | pages | raw P / R / F1 | cleaned P / R / F1 | lost | boilerplate removed | worse / better |')
  console.log('|---|---|---|---|---|---|---|')
  console.log(row('all', figures(results)))
  console.log(row('news datasets', figures(results.filter((result) => result.news))))
  for (const dataset of DATASETS) {
    const chosen = results.filter((result) => result.dataset === dataset)
    if (chosen.length > 0) console.log(row(dataset, figures(chosen)))
  }
}
if (values.json) writeFileSync(values.json, JSON.stringify(report))
