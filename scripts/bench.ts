/**
 * `npm run bench`: speed and memory of `clean()`. See docs/measuring.md.
 *
 * Runs under tsx and imports the library from its source (`../src/index.js` is
 * `src/index.ts`), so no build is needed. On Linux it re-runs itself under `taskset -c 0` so
 * every figure is taken on one core (garbage collector threads included).
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {cpus, tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import retextLatin from 'retext-latin'
import {unified} from 'unified'
import {createCleaner, createProfile, detectLanguage, languagePacks, parsePage, type Block} from '../src/index.js'
import {KB, MB, defaultMeasureOptions, machineInfo, seedPages, measure, type MachineInfo, type MeasureOptions, type Measurement} from './lib/bench.js'
import {loadCorpus, resolveCorpus} from './lib/corpus.js'
import {heading, num, renderTable} from './lib/table.js'
import type {ScaleResult} from './bench-scale.js'
import type {HostileFigure} from './bench-hostile.js'
import {MEMORY_FACTOR, MEMORY_PAGES, ORDINARY, hostileNames} from './lib/hostile.js'
import type {CliBenchResult} from './bench-cli.js'

const HELP = `Usage: npm run bench -- [options]

Speed and memory of createCleaner().clean(), single-threaded on one core: throughput on the
corpus trafilatura outputs (the seed pages when the corpus is absent), where the time goes,
and scaling on synthetic pages of 10 KB to 10 MB (each in its own process, for peak RSS).
Then the newsclean command (dist/cli.js: run \`npm run build\` first) on the same documents
as JSON Lines, with --jobs 1, the default --jobs and --jobs N (N cores) side by side (npm run
bench:cli for more).

Options:
  --corpus DIR      benchmark folder (default: $NEWSCLEAN_CORPUS, else
                    ../shared/corpora/article-extraction-benchmark beside the project)
  --json PATH       also write every figure as JSON to PATH
  --sizes LIST      scaling sizes, e.g. 10k,100k,1m,10m (default; k = 1,000 bytes, m = 1,000,000)
  --time SECONDS    least time of each timed measurement (default 3)
  --hostile-scale X size of the hostile pages (default 1: a 10 MB line, a million lines…;
                    each is also cleaned at a tenth of X, for growth)
  --sections LIST   sections to run (default: throughput,scaling,cli,hostile)
  --quick           short timings (0.5 s), sizes up to 1m, hostile scale 0.1: a smoke run, not figures to quote
  --strict          exit 1 when a target is missed (default: report only)
  --no-pin          do not re-run under taskset -c 0
  -h, --help        this help`

interface Options {
  corpus?: string
  json?: string
  sizes: number[]
  /** Size factor of the hostile pages. */
  hostileScale: number
  /** Names of the sections to run (all when undefined). */
  sections?: string[]
  measure: MeasureOptions
  strict: boolean
  pin: boolean
}

function parseSize(text: string): number {
  const found = /^(\d+(?:\.\d+)?)\s*([km]?)b?$/i.exec(text.trim())
  if (!found) throw new Error(`Bad size ${JSON.stringify(text)} (use e.g. 10k, 1m)`)
  const unit = found[2]?.toLowerCase()
  return Math.round(Number(found[1]) * (unit === 'k' ? KB : unit === 'm' ? MB : 1))
}

function parseOptions(argv: string[]): Options {
  const {values} = parseArgs({
    args: argv,
    options: {
      corpus: {type: 'string'},
      json: {type: 'string'},
      sizes: {type: 'string'},
      time: {type: 'string'},
      quick: {type: 'boolean'},
      'hostile-scale': {type: 'string'},
      sections: {type: 'string'},
      strict: {type: 'boolean'},
      'no-pin': {type: 'boolean'},
      help: {type: 'boolean', short: 'h'}
    },
    strict: true,
    allowPositionals: false
  })
  if (values.help) {
    console.log(HELP)
    process.exit(0)
  }
  const quick = values.quick ?? false
  const seconds = values.time === undefined ? (quick ? 0.5 : defaultMeasureOptions.minMs / 1000) : Number(values.time)
  if (!Number.isFinite(seconds) || seconds <= 0) throw new Error(`Bad --time ${values.time}`)
  const sizes = (values.sizes ?? (quick ? '10k,100k,1m' : '10k,100k,1m,10m')).split(',').map(parseSize)
  const hostileScale = values['hostile-scale'] === undefined ? (quick ? 0.1 : 1) : Number(values['hostile-scale'])
  if (!(hostileScale > 0)) throw new Error(`Bad --hostile-scale ${values['hostile-scale']}`)
  return {
    ...(values.corpus === undefined ? {} : {corpus: values.corpus}),
    ...(values.json === undefined ? {} : {json: values.json}),
    ...(values.sections === undefined ? {} : {sections: values.sections.split(',').map((name) => name.trim())}),
    sizes,
    hostileScale,
    measure: {
      warmupMs: Math.min(defaultMeasureOptions.warmupMs, seconds * 1000),
      minMs: seconds * 1000,
      minPasses: quick ? 1 : defaultMeasureOptions.minPasses
    },
    strict: values.strict ?? false,
    pin: !(values['no-pin'] ?? false)
  }
}

// Pinning ----------------------------------------------------------------------------------------

const PINNED = 'NEWSCLEAN_BENCH_PINNED'

/** Re-run this script under `taskset -c 0` when possible; returns its exit code, or undefined. */
function runPinned(): number | undefined {
  if (process.env[PINNED] || process.platform !== 'linux') return undefined
  const probe = spawnSync('taskset', ['-c', '0', 'true'])
  if (probe.error || probe.status !== 0) return undefined
  const child = spawnSync('taskset', ['-c', '0', process.execPath, ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: {...process.env, [PINNED]: '1'}
  })
  return child.status ?? 1
}

// What is measured -------------------------------------------------------------------------------

interface Documents {
  /** What the documents are. */
  source: string
  texts: string[]
}

function documents(options: Options): Documents {
  const dir = resolveCorpus(options.corpus)
  if (dir) {
    const corpus = loadCorpus(dir)
    const outputs = corpus.output('trafilatura')
    const texts = [...corpus.truth.keys()].map((id) => outputs.get(id) ?? '')
    return {source: `${dir} trafilatura outputs`, texts}
  }
  const seeds = seedPages()
  return {source: 'seed pages (corpus absent)', texts: seeds.map((seed) => seed.text)}
}

/** The languages detection chooses among by default: every built-in pack, as the core has it. */
const candidates = [...languagePacks.values()].map((pack) => ({code: pack.code, iso6393: pack.iso6393 ?? pack.code}))

/**
 * Language detection alone: the core's exported `detectLanguage` (franc-min on a sample of the
 * page's prose) on the page's lines. It only reads `text` and `words` of a block, so the lines
 * are handed over as light blocks instead of parsed ones (the split is counted in).
 */
function detectAlone(text: string): string {
  const blocks: Pick<Block, 'text' | 'words'>[] = []
  for (const line of text.split('\n')) {
    const trimmed = line.trim()
    if (trimmed) blocks.push({text: line, words: trimmed.split(/\s+/).length})
  }
  return detectLanguage(blocks as Block[], candidates)
}

interface Stage {
  name: string
  /** What the stage does, for the table. */
  what: string
  run: (text: string) => unknown
}

// Sections ---------------------------------------------------------------------------------------

interface Target {
  name: string
  value: number
  /** How the value reads (`612 docs/s`). */
  shown: string
  limit: string
  ok: boolean
}

interface Context {
  options: Options
  docs: Documents
  results: Record<string, unknown>
  targets: Target[]
}

/**
 * A part of the bench. More rows go here later as sections of their own (CLI throughput with
 * --jobs, pathological inputs): each prints its table, stores its JSON under its name and may
 * add targets.
 */
interface Section {
  name: string
  title: string
  run(context: Context): void
}

function measurementRow(name: string, what: string, measurement: Measurement, base?: Measurement): string[] {
  return [
    name,
    what,
    num(measurement.docsPerSecond, 0),
    num(measurement.docsPerCpuSecond, 0),
    num(measurement.mbPerSecond, 2),
    num(measurement.p50, 3),
    num(measurement.p99, 3),
    base ? `${num(measurement.msPerPass / base.msPerPass, 2)}×` : '1.00×',
    base ? `${num(measurement.cpuMs / measurement.passes / (base.cpuMs / base.passes), 2)}×` : '1.00×'
  ]
}

const measurementColumns = [
  {title: 'stage'},
  {title: 'what'},
  {title: 'docs/s', align: 'right' as const},
  {title: 'docs/CPU-s', align: 'right' as const},
  {title: 'MB/s', align: 'right' as const},
  {title: 'p50 ms', align: 'right' as const},
  {title: 'p99 ms', align: 'right' as const},
  {title: 'time vs clean', align: 'right' as const},
  {title: 'CPU vs clean', align: 'right' as const}
]

const throughputSection: Section = {
  name: 'throughput',
  title: 'Throughput and where the time goes (one core, single-threaded, after warm-up)',
  run(context) {
    const {texts} = context.docs
    const cleaner = createCleaner()
    // A site profile learning every document, pass after pass (it turns into a sketch early),
    // and one learnt from all of them that a cleaner reads.
    const learning = createProfile({site: 'bench'})
    const learnt = createProfile({site: 'bench'})
    for (const text of texts) learnt.learn(text)
    const profiled = createCleaner({profile: learnt})
    const stages: Stage[] = [
      {name: 'clean', what: 'createCleaner().clean(text)', run: (text) => cleaner.clean(text)},
      {name: 'learn', what: 'profile.learn(text): a site profile learns the page', run: (text) => learning.learn(text)},
      {name: 'clean+profile', what: 'createCleaner({profile}).clean(text), the profile of every document', run: (text) => profiled.clean(text)},
      {name: 'parse', what: 'unified().use(retextLatin).parse(text)', run: (text) => unified().use(retextLatin).parse(text)},
      {name: 'blocks', what: "parsePage(text): newsclean's own parse (blocks, NLCST)", run: parsePage},
      {name: 'detect', what: 'detectLanguage() alone (franc-min on a sample)', run: detectAlone},
      {name: 'split', what: "text.split('\\n')", run: (text) => text.split('\n')}
    ]
    const measured = stages.map((stage) => ({stage, measurement: measure(texts, stage.run, context.options.measure)}))
    const clean = measured[0]!.measurement
    const learn = measured[1]!.measurement
    const parse = measured[3]!.measurement
    console.log(
      `${texts.length} documents, ${num(clean.bytes / KB, 0)} KB; ${clean.passes} timed passes of clean() ` +
        `(${num(clean.ms / 1000, 1)} s); fastest pass ${num(clean.bestDocsPerSecond, 0)} docs/s`
    )
    console.log(
      renderTable(
        measurementColumns,
        measured.map(({stage, measurement}) => measurementRow(stage.name, stage.what, measurement, clean))
      )
    )
    // Ratios of CPU time per pass: the stages are timed one after the other, and on a shared
    // machine the wall time of each depends on what else ran meanwhile.
    const cpuPerPass = (measurement: Measurement): number => measurement.cpuMs / measurement.passes
    const parseRatio = cpuPerPass(clean) / cpuPerPass(parse)
    const parseRatioWall = clean.msPerPass / parse.msPerPass
    console.log(`clean / bare parse: ${num(parseRatio, 2)}× CPU time (${num(parseRatioWall, 2)}× wall time)`)
    context.results.throughput = Object.fromEntries(
      measured.map(({stage, measurement}) => [
        stage.name,
        {
          what: stage.what,
          ...measurement,
          ratioToClean: measurement.msPerPass / clean.msPerPass,
          cpuRatioToClean: cpuPerPass(measurement) / cpuPerPass(clean)
        }
      ])
    )
    context.targets.push(
      {
        name: `throughput (${context.docs.source.includes('trafilatura') ? 'trafilatura outputs' : 'seed pages'})`,
        value: clean.docsPerSecond,
        shown: `${num(clean.docsPerSecond, 0)} docs/s (${num(clean.docsPerCpuSecond, 0)} per CPU-s)`,
        limit: '≥ 600 docs/s',
        ok: clean.docsPerSecond >= 600
      },
      {
        name: 'site profile: learning vs cleaning throughput (CPU time)',
        value: learn.docsPerCpuSecond / clean.docsPerCpuSecond,
        shown: `${num(learn.docsPerCpuSecond / clean.docsPerCpuSecond, 2)}× (${num(learn.docsPerCpuSecond, 0)} docs per CPU-s)`,
        limit: '≥ 0.80×',
        ok: learn.docsPerCpuSecond >= 0.8 * clean.docsPerCpuSecond
      },
      {
        name: 'full clean vs bare retext-latin parse (CPU time)',
        value: parseRatio,
        shown: `${num(parseRatio, 2)}× (wall ${num(parseRatioWall, 2)}×)`,
        limit: '≤ 2.50×',
        ok: parseRatio <= 2.5
      }
    )
  }
}

const scaleScript = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bench-scale.ts')

function runScale(bytes: number, minMs: number): ScaleResult {
  const child = spawnSync(process.execPath, [...process.execArgv, scaleScript, String(bytes), String(minMs)], {
    encoding: 'utf8',
    maxBuffer: 16 * MB
  })
  if (child.status !== 0) {
    throw new Error(`bench-scale ${bytes} failed (${child.status ?? child.signal}):\n${child.stderr}`)
  }
  const line = child.stdout.trim().split('\n').pop() ?? ''
  return JSON.parse(line) as ScaleResult
}

function sizeName(bytes: number): string {
  return bytes >= MB ? `${bytes / MB} MB` : bytes >= KB ? `${bytes / KB} KB` : `${bytes} B`
}

const scalingSection: Section = {
  name: 'scaling',
  title: 'Scaling: one synthetic page (the seed pages repeated), each size in its own process',
  run(context) {
    const results: ScaleResult[] = []
    for (const size of context.options.sizes) results.push(runScale(size, Math.min(1000, context.options.measure.minMs)))
    console.log(
      renderTable(
        [
          {title: 'size'},
          {title: 'bytes', align: 'right'},
          {title: 'lines', align: 'right'},
          {title: 'removed', align: 'right'},
          {title: 'runs', align: 'right'},
          {title: 'ms/run', align: 'right'},
          {title: 'ms/MB', align: 'right'},
          {title: 'CPU ms/MB', align: 'right'},
          {title: 'peak RSS MB', align: 'right'}
        ],
        results.map((result) => [
          sizeName(result.target),
          String(result.bytes),
          String(result.lines),
          String(result.removed),
          String(result.runs),
          num(result.ms, 1),
          num(result.msPerMB, 0),
          num(result.cpuMsPerMB, 0),
          num(result.maxRss / MB, 0)
        ])
      )
    )
    const small = results.find((result) => result.target === 100 * KB)
    const large = results.find((result) => result.target === 10 * MB)
    // On CPU time, as the sizes run one after the other (see the throughput ratios).
    const ratio = small && large ? large.cpuMsPerMB / small.cpuMsPerMB : undefined
    const ratioWall = small && large ? large.msPerMB / small.msPerMB : undefined
    context.results.scaling = {results, cpuTimePerMBRatio10MBvs100KB: ratio ?? null, timePerMBRatio10MBvs100KB: ratioWall ?? null}
    if (ratio !== undefined) {
      console.log(`time/MB at 10 MB vs 100 KB: ${num(ratio, 2)}× CPU time (${num(ratioWall, 2)}× wall time)`)
      context.targets.push({
        name: 'time/MB at 10 MB vs 100 KB (CPU time)',
        value: ratio,
        shown: `${num(ratio, 2)}× (wall ${num(ratioWall, 2)}×)`,
        limit: '≤ 1.50×',
        ok: ratio <= 1.5
      })
    }
    if (large) {
      context.targets.push({
        name: 'peak RSS at 10 MB',
        value: large.maxRss,
        shown: `${num(large.maxRss / MB, 0)} MB`,
        limit: '< 1000 MB',
        ok: large.maxRss < 1000 * MB
      })
    }
  }
}

const hostileScript = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bench-hostile.ts')

function runHostile(name: string, scale: number): HostileFigure {
  const child = spawnSync(process.execPath, [...process.execArgv, hostileScript, name, String(scale)], {encoding: 'utf8', maxBuffer: 16 * MB})
  if (child.status !== 0) throw new Error(`bench-hostile ${name} failed (${child.status ?? child.signal}):\n${child.stderr}`)
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '') as HostileFigure
}

/** Largest growth of CPU time per MB from a hostile page at a tenth of its size to the page. */
const HOSTILE_GROWTH = 1.5

const hostileSection: Section = {
  name: 'hostile',
  title: 'Hostile pages: pathological input (scripts/lib/hostile.ts), each page in its own process',
  run(context) {
    const scale = context.options.hostileScale
    const rows: Array<{figure: HostileFigure; small: HostileFigure}> = []
    for (const name of hostileNames()) rows.push({figure: runHostile(name, scale), small: runHostile(name, scale / 10)})
    const perMB = (figure: HostileFigure): number => figure.cpuMs / (figure.bytes / MB)
    const ordinary = rows.find((row) => row.figure.name === ORDINARY)?.figure
    const growth = (row: {figure: HostileFigure; small: HostileFigure}): number => perMB(row.figure) / perMB(row.small)
    console.log(
      renderTable(
        [
          {title: 'page'},
          {title: 'what'},
          {title: 'MB', align: 'right'},
          {title: 'lines', align: 'right'},
          {title: 'removed', align: 'right'},
          {title: 's', align: 'right'},
          {title: 'CPU ms/MB', align: 'right'},
          {title: '× ordinary', align: 'right'},
          {title: 'growth ×10', align: 'right'},
          {title: 'peak RSS MB', align: 'right'},
          {title: 'article'}
        ],
        rows.map((row) => [
          row.figure.name,
          row.figure.description,
          num(row.figure.bytes / MB, 2),
          String(row.figure.lines),
          String(row.figure.removed),
          num(row.figure.ms / 1000, 2),
          num(perMB(row.figure), 0),
          ordinary ? num(perMB(row.figure) / perMB(ordinary), 2) : '–',
          num(growth(row), 2),
          num(row.figure.maxRss / MB, 0),
          row.figure.name === ORDINARY ? '–' : row.figure.articleKept ? 'kept' : 'LOST'
        ])
      )
    )
    console.log(`scale ${scale}; growth ×10: CPU ms/MB of the page over that of the same page at a tenth of the size (≈ 1 or less when linear)`)
    const worst = rows.filter((row) => row.figure.name !== ORDINARY).reduce((top, row) => (growth(row) > growth(top) ? row : top), rows[rows.length - 1]!)
    const lost = rows.filter((row) => row.figure.name !== ORDINARY && !row.figure.articleKept).map((row) => row.figure.name)
    const memory = rows.filter((row) => MEMORY_PAGES.includes(row.figure.name))
    const heaviest = memory.reduce<(typeof rows)[number] | undefined>(
      (top, row) => (top === undefined || row.figure.maxRss / row.figure.bytes > top.figure.maxRss / top.figure.bytes ? row : top),
      undefined
    )
    context.results.hostile = {scale, pages: rows.map((row) => ({...row.figure, growth: growth(row), small: row.small}))}
    context.targets.push(
      {
        name: `hostile pages: worst growth of CPU time/MB at ten times the size (${worst.figure.name})`,
        value: growth(worst),
        shown: `${num(growth(worst), 2)}×`,
        limit: `≤ ${num(HOSTILE_GROWTH, 2)}×`,
        ok: growth(worst) <= HOSTILE_GROWTH
      },
      ...(heaviest === undefined
        ? []
        : [
            {
              name: `hostile pages: peak RSS over the input's size (${heaviest.figure.name}, ${num(heaviest.figure.bytes / MB, 0)} MB)`,
              value: heaviest.figure.maxRss / heaviest.figure.bytes,
              shown: `${num(heaviest.figure.maxRss / heaviest.figure.bytes, 1)}×`,
              limit: `≤ ${MEMORY_FACTOR}×`,
              ok: heaviest.figure.maxRss / heaviest.figure.bytes <= MEMORY_FACTOR
            }
          ]),
      {
        name: 'hostile pages: article kept',
        value: lost.length,
        shown: lost.length === 0 ? 'all' : `lost on ${lost.join(', ')}`,
        limit: 'all',
        ok: lost.length === 0
      }
    )
  }
}

const cliScript = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bench-cli.ts')
const builtCli = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli.js')

/** Records in the CLI's input at least: the documents cycled up to this many. */
const CLI_RECORDS = 2000

const cliSection: Section = {
  name: 'cli',
  title: 'The newsclean command on JSON Lines (dist/cli.js on every core: --jobs 1, the default, --jobs N)',
  run(context) {
    if (!existsSync(builtCli)) {
      console.log('skipped: dist/cli.js is missing (run `npm run build` first)')
      return
    }
    const {texts} = context.docs
    const count = context.options.measure.minPasses > 1 ? Math.max(CLI_RECORDS, texts.length) : Math.max(200, texts.length)
    const work = mkdtempSync(path.join(tmpdir(), 'newsclean-bench-'))
    try {
      const input = path.join(work, 'records.jsonl')
      const lines: string[] = []
      for (let index = 0; index < count; index++) lines.push(JSON.stringify({id: index, text: texts[index % texts.length]}))
      writeFileSync(input, `${lines.join('\n')}\n`)
      // bench-cli runs the CLI un-pinned (this process is pinned to one core) and keeps the
      // fastest of its runs per --jobs value.
      const repeat = context.options.measure.minPasses > 1 ? '3' : '1'
      const child = spawnSync(
        process.execPath,
        [...process.execArgv, cliScript, '--json', '--input', input, '--jobs', `1,default,${cpus().length}`, '--repeat', repeat, '--memory', '0', '--big', '0'],
        {
          encoding: 'utf8',
          maxBuffer: 16 * MB
        }
      )
      if (child.status !== 0) throw new Error(`bench-cli failed (${child.status ?? child.signal}):\n${child.stderr}`)
      const result = JSON.parse(child.stdout.trim().split('\n').pop() ?? '') as CliBenchResult
      const rows = result.throughput.rows
      console.log(
        `${count} records of the documents above, cycled; fastest of ${repeat} run(s) per --jobs value; outputs identical: ${result.throughput.identical ? 'yes' : 'NO'}`
      )
      console.log(
        renderTable(
          [
            {title: 'command'},
            {title: 'pages/s', align: 'right'},
            {title: 'wall s', align: 'right'},
            {title: 'CPU s', align: 'right'},
            {title: 'peak RSS MB', align: 'right'},
            {title: 'vs --jobs 1', align: 'right'}
          ],
          rows.map((row) => [
            row.jobs === 'default' ? 'newsclean --jsonl (default --jobs)' : `newsclean --jsonl --jobs ${row.jobs}`,
            num(row.pagesPerSecond, 0),
            num(row.seconds, 2),
            row.cpuSeconds === undefined ? 'n/a' : num(row.cpuSeconds, 2),
            row.peakMB === undefined ? 'n/a' : num(row.peakMB, 0),
            `${num(row.pagesPerSecond / rows[0]!.pagesPerSecond, 2)}×`
          ])
        )
      )
      const [start, end] = result.loadAverage
      if (Math.max(start, end) > 1) console.log(`load average ${num(start, 2)} → ${num(end, 2)}: other work shares the cores, more jobs can read low`)
      context.results.cli = result.throughput
    } finally {
      rmSync(work, {recursive: true, force: true})
    }
  }
}

/** The bench, in order; add sections here. */
const sections: Section[] = [throughputSection, scalingSection, cliSection, hostileSection]

// Main -------------------------------------------------------------------------------------------

function affinity(): string {
  if (process.platform !== 'linux') return 'not pinned'
  const probe = spawnSync('taskset', ['-cp', String(process.pid)], {encoding: 'utf8'})
  const list = /:\s*(.+)$/.exec(probe.stdout?.trim() ?? '')?.[1]
  return list ? `cores ${list}` : 'unknown'
}

function main(): number {
  let options: Options
  try {
    options = parseOptions(process.argv.slice(2))
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${HELP}`)
    return 2
  }
  if (options.pin) {
    const status = runPinned()
    if (status !== undefined) return status
  }

  const machine: MachineInfo = machineInfo(affinity())
  let docs: Documents
  try {
    docs = documents(options)
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    return 2
  }
  console.log(`newsclean bench — ${machine.date}`)
  console.log(`Node ${machine.node} (V8 ${machine.v8}), ${machine.cpu}, ${machine.cores} cores, running on ${machine.affinity}, ${machine.platform}`)
  console.log(`documents: ${docs.source}`)
  const [load = 0] = machine.loadAverage
  console.log(`load average ${machine.loadAverage.join(' ')}${load > 0.5 ? ' — the machine is busy: figures may read low' : ''}`)

  const context: Context = {options, docs, results: {}, targets: []}
  const unknown = options.sections?.filter((name) => !sections.some((section) => section.name === name)) ?? []
  if (unknown.length > 0) {
    console.error(`Unknown section ${unknown.join(', ')} (sections: ${sections.map((section) => section.name).join(', ')})`)
    return 2
  }
  for (const section of sections) {
    if (options.sections && !options.sections.includes(section.name)) continue
    console.log(heading(section.title))
    section.run(context)
  }

  console.log(heading('Targets'))
  console.log(
    renderTable(
      [{title: 'target'}, {title: 'value', align: 'right'}, {title: 'limit'}, {title: ''}],
      context.targets.map((target) => [target.name, target.shown, target.limit, target.ok ? 'PASS' : 'FAIL'])
    )
  )

  if (options.json) {
    const json = {machine, documents: {source: docs.source, count: docs.texts.length}, options, ...context.results, targets: context.targets}
    const file = path.resolve(options.json)
    if (!existsSync(path.dirname(file))) mkdirSync(path.dirname(file), {recursive: true})
    writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`)
    console.log(`\nJSON written to ${options.json}`)
  }
  return options.strict && context.targets.some((target) => !target.ok) ? 1 : 0
}

process.exitCode = main()
