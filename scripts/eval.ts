/**
 * `npm run eval`: the quality of `clean()` on the article extraction benchmark and on the
 * seed pages. See docs/measuring.md.
 *
 * Runs under tsx and imports the library from its source (`../src/index.js` is
 * `src/index.ts`), so no build is needed.
 */
import {mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {createCleaner} from '../src/index.js'
import type {Cleaner, CleanResult} from '../src/index.js'
import {indexTruth, judgeLine, lineKeys, type Judgement, type TruthIndex} from './lib/article.js'
import {loadCorpus, readReferenceTable, resolveCorpus, type Corpus, type ReferenceRow} from './lib/corpus.js'
import {checkGate, floorsFile, readFloors, updateFloors, writeFloors, type Check, type Figures} from './lib/floors.js'
import {fixed, intersect, match, score, shingles, subtract, total, type Counts, type Scores, type Shingles} from './lib/metric.js'
import {detectionReport, detectionSet, measure} from './lib/detection.js'
import {checkSeed, loadSeeds, type SeedOutcome} from './lib/seeds.js'
import {cut, delta, heading, num, percent, renderTable, shortId} from './lib/table.js'

const HELP = `Usage: npm run eval -- [options]

Quality of clean() on the article extraction benchmark (raw vs cleaned scores per
extractor, content lost, lines removed per rule) and on the seed pages (label accuracy).

Options:
  --corpus DIR        benchmark folder (default: $NEWSCLEAN_CORPUS, else
                      ../shared/corpora/article-extraction-benchmark beside the project)
  --extractor NAME    only this extractor (repeat, or separate names with commas)
  --json PATH         also write every figure as JSON to PATH
  --verbose           list every removed line judged to be article text
  --disable RULE      run clean() with this rule off (repeat, or commas), to see what it
                      costs or brings; not with --update-floors
  --favor WHAT        run clean() with favor: precision, balanced or recall; not with
                      --update-floors unless balanced
  --gate              check the figures against eval/floors.json; exit 1 below a floor
  --update-floors     raise the floors in eval/floors.json to the current figures
  --allow-lower       with --update-floors, also lower floors (say why in the commit)
  -h, --help          this help

Exit status: 0 when all is well; 1 when the raw scores do not reproduce the corpus
README table (the metric port is wrong), clean() threw, or a gate check failed;
2 on a usage error.`

interface Options {
  corpus?: string
  extractors: string[]
  json?: string
  verbose: boolean
  /** Rules turned off (`createCleaner({disable})`). */
  disable: string[]
  /** `createCleaner({favor})`. */
  favor: 'precision' | 'balanced' | 'recall'
  gate: boolean
  updateFloors: boolean
  allowLower: boolean
}

function parseOptions(argv: string[]): Options {
  const {values} = parseArgs({
    args: argv,
    options: {
      corpus: {type: 'string'},
      extractor: {type: 'string', multiple: true},
      json: {type: 'string'},
      verbose: {type: 'boolean', short: 'v'},
      disable: {type: 'string', multiple: true},
      favor: {type: 'string'},
      gate: {type: 'boolean'},
      'update-floors': {type: 'boolean'},
      'allow-lower': {type: 'boolean'},
      help: {type: 'boolean', short: 'h'}
    },
    strict: true,
    allowPositionals: false
  })
  if (values.help) {
    console.log(HELP)
    process.exit(0)
  }
  if (values['allow-lower'] && !values['update-floors']) {
    throw new Error('--allow-lower only goes with --update-floors')
  }
  const list = (names: string[] | undefined): string[] =>
    (names ?? [])
      .flatMap((name) => name.split(','))
      .map((name) => name.trim())
      .filter(Boolean)
  const disable = list(values.disable)
  if (disable.length > 0 && values['update-floors']) {
    throw new Error('--update-floors takes the figures of the default rules: drop --disable')
  }
  const favor = values.favor ?? 'balanced'
  if (favor !== 'precision' && favor !== 'balanced' && favor !== 'recall') throw new Error(`--favor must be precision, balanced or recall, got ${favor}`)
  if (favor !== 'balanced' && values['update-floors']) throw new Error('--update-floors takes the figures of the default rules: drop --favor')
  return {
    ...(values.corpus === undefined ? {} : {corpus: values.corpus}),
    extractors: list(values.extractor),
    ...(values.json === undefined ? {} : {json: values.json}),
    verbose: values.verbose ?? false,
    disable,
    favor,
    gate: values.gate ?? false,
    updateFloors: values['update-floors'] ?? false,
    allowLower: values['allow-lower'] ?? false
  }
}

// Running clean() over the corpus -----------------------------------------------------------

interface RemovedLine {
  rule: string
  line: number
  text: string
  judgement: Judgement
}

interface PageRun {
  id: string
  raw: Counts
  cleaned: Counts
  /** Shingles of the truth that the raw output had and the cleaned output has not. */
  lost: number
  removed: RemovedLine[]
  error?: string
}

interface ExtractorRun {
  extractor: string
  pages: PageRun[]
  raw: Scores
  cleaned: Scores
  /** Time spent in clean(), ms. */
  cleanMs: number
}

interface TruthPage {
  shingles: Shingles
  index: TruthIndex
}

function runExtractor(corpus: Corpus, truth: ReadonlyMap<string, TruthPage>, extractor: string, cleaner: Cleaner): ExtractorRun {
  const outputs = corpus.output(extractor)
  const pages: PageRun[] = []
  let cleanMs = 0
  for (const [id, page] of truth) {
    const text = outputs.get(id) ?? ''
    let result: Pick<CleanResult, 'text' | 'removed'>
    let error: string | undefined
    const started = performance.now()
    try {
      result = cleaner.clean(text)
    } catch (caught) {
      error = caught instanceof Error ? caught.message : String(caught)
      result = {text, removed: []}
    }
    cleanMs += performance.now() - started
    const rawShingles = shingles(text)
    const cleanedShingles = shingles(result.text)
    const lost = total(subtract(intersect(page.shingles, rawShingles), intersect(page.shingles, cleanedShingles)))
    const keptLines = lineKeys(result.text)
    pages.push({
      id,
      raw: match(page.shingles, rawShingles),
      cleaned: match(page.shingles, cleanedShingles),
      lost,
      removed: result.removed.map((removal) => ({
        rule: removal.rule,
        line: removal.line,
        text: removal.text,
        judgement: judgeLine(removal.text, page.index, keptLines)
      })),
      ...(error === undefined ? {} : {error})
    })
  }
  return {
    extractor,
    pages,
    raw: score(pages.map((page) => page.raw)),
    cleaned: score(pages.map((page) => page.cleaned)),
    cleanMs
  }
}

// Sections -------------------------------------------------------------------------------------

interface Context {
  options: Options
  corpus: Corpus | undefined
  /** Why the corpus is absent, when it is. */
  corpusNote: string | undefined
  reference: ReferenceRow[]
  runs: ExtractorRun[]
  seeds: SeedOutcome[]
  cleaner: Cleaner
}

interface SectionResult {
  /** What goes to the JSON report under the section's name. */
  json: unknown
  /** What is printed. */
  text: string
  /** Problems that make the run fail (exit 1). */
  failures: string[]
}

/**
 * A part of the report. Add a section by adding one to {@link sections} (for instance the
 * language detection figures, a later issue): it gets the shared context (corpus, runs of
 * clean() per extractor, seeds) and returns its table and its JSON.
 */
interface Section {
  /** Key of the section in the JSON report. */
  name: string
  title: string
  /** Whether the section needs the corpus (skipped, with a note, when it is absent). */
  needsCorpus: boolean
  run(context: Context): SectionResult
}

const rawSection: Section = {
  name: 'raw',
  title: 'Raw extractor outputs, recomputed vs the corpus README table',
  needsCorpus: true,
  run({runs, reference}) {
    const failures: string[] = []
    const json = runs.map(({extractor, raw}) => {
      const row = reference.find((candidate) => candidate.extractor === extractor)
      const figures = {f1: fixed(raw.f1), precision: fixed(raw.precision), recall: fixed(raw.recall)}
      const matches = row ? figures.f1 === row.f1 && figures.precision === row.precision && figures.recall === row.recall : undefined
      if (matches === false) {
        failures.push(
          `raw scores of ${extractor} do not reproduce the README (metric port wrong?): recomputed F1/P/R ${figures.f1}/${figures.precision}/${figures.recall}, README ${row?.f1}/${row?.precision}/${row?.recall}`
        )
      }
      return {extractor, ...raw, reference: row ?? null, matches: matches ?? null}
    })
    const rows = json.map((entry) => [
      entry.extractor,
      num(entry.f1),
      num(entry.precision),
      num(entry.recall),
      entry.reference ? `${entry.reference.f1} ${entry.reference.precision} ${entry.reference.recall}` : '(no row)',
      entry.matches === null ? '–' : entry.matches ? '✓' : '✗',
      `${entry.precisionPages}/${entry.pages}`
    ])
    const text = renderTable(
      [
        {title: 'extractor'},
        {title: 'F1', align: 'right'},
        {title: 'precision', align: 'right'},
        {title: 'recall', align: 'right'},
        {title: 'README F1 P R'},
        {title: 'same'},
        {title: 'pages w/ precision', align: 'right'}
      ],
      rows
    )
    return {json, text, failures}
  }
}

const cleanedSection: Section = {
  name: 'cleaned',
  title: 'After clean(): raw → cleaned',
  needsCorpus: true,
  run({runs}) {
    const failures: string[] = []
    const json = runs.map(({extractor, raw, cleaned, pages, cleanMs}) => {
      const linesRemoved = pages.reduce((sum, page) => sum + page.removed.length, 0)
      const pagesChanged = pages.filter((page) => page.removed.length > 0).length
      const errors = pages.filter((page) => page.error !== undefined)
      for (const page of errors) failures.push(`clean() threw on ${extractor} ${page.id}: ${page.error}`)
      return {
        extractor,
        raw,
        cleaned,
        delta: {
          f1: cleaned.f1 - raw.f1,
          precision: cleaned.precision - raw.precision,
          recall: cleaned.recall - raw.recall
        },
        linesRemoved,
        pagesChanged,
        pages: pages.length,
        cleanMs,
        errors: errors.map((page) => ({id: page.id, error: page.error}))
      }
    })
    const rows = json.map((entry) => [
      entry.extractor,
      `${num(entry.raw.f1)} → ${num(entry.cleaned.f1)}`,
      delta(entry.delta.f1),
      `${num(entry.raw.precision)} → ${num(entry.cleaned.precision)}`,
      delta(entry.delta.precision),
      `${num(entry.raw.recall)} → ${num(entry.cleaned.recall)}`,
      delta(entry.delta.recall),
      String(entry.linesRemoved),
      `${entry.pagesChanged}/${entry.pages}`
    ])
    const text = renderTable(
      [
        {title: 'extractor'},
        {title: 'F1'},
        {title: 'ΔF1', align: 'right'},
        {title: 'precision'},
        {title: 'ΔP', align: 'right'},
        {title: 'recall'},
        {title: 'ΔR', align: 'right'},
        {title: 'lines removed', align: 'right'},
        {title: 'pages changed', align: 'right'}
      ],
      rows
    )
    return {json, text, failures}
  }
}

const WORST = 5

const lostSection: Section = {
  name: 'contentLost',
  title: 'Content lost: ground-truth shingles the raw output had and the cleaned output has not',
  needsCorpus: true,
  run({runs}) {
    const json = runs.map(({extractor, pages}) => {
      const rawTp = pages.reduce((sum, page) => sum + page.raw.tp, 0)
      const lost = pages.reduce((sum, page) => sum + page.lost, 0)
      const losing = pages.filter((page) => page.lost > 0)
      const worst = [...losing]
        .sort((a, b) => b.lost - a.lost || a.id.localeCompare(b.id))
        .slice(0, WORST)
        .map((page) => ({id: page.id, lost: page.lost, rawTp: page.raw.tp}))
      return {extractor, rawTp, lost, share: rawTp === 0 ? 0 : lost / rawTp, pagesLosing: losing.length, pages: pages.length, worst}
    })
    const rows = json.map((entry) => [
      entry.extractor,
      String(entry.rawTp),
      String(entry.lost),
      percent(entry.lost, entry.rawTp, 2),
      `${entry.pagesLosing}/${entry.pages}`,
      entry.worst.map((page) => `${shortId(page.id)}:${page.lost}`).join(' ') || '–'
    ])
    const text = renderTable(
      [
        {title: 'extractor'},
        {title: 'raw TP', align: 'right'},
        {title: 'lost', align: 'right'},
        {title: 'lost %', align: 'right'},
        {title: 'pages losing', align: 'right'},
        {title: `worst ${WORST} (page:lost)`}
      ],
      rows
    )
    return {json, text, failures: []}
  }
}

const rulesSection: Section = {
  name: 'rules',
  title: 'Lines removed per rule, and how many were article text',
  needsCorpus: true,
  run({runs, options}) {
    interface RuleTally {
      rule: string
      removed: number
      article: number
      /** Article text removed while a copy of it stays: not a loss. */
      copies: number
      byExtractor: Record<string, {removed: number; article: number}>
      articleLines: {extractor: string; page: string; line: number; text: string; method: string; share: number}[]
    }
    const tallies = new Map<string, RuleTally>()
    for (const {extractor, pages} of runs) {
      for (const page of pages) {
        for (const removed of page.removed) {
          let tally = tallies.get(removed.rule)
          if (!tally) {
            tally = {rule: removed.rule, removed: 0, article: 0, copies: 0, byExtractor: {}, articleLines: []}
            tallies.set(removed.rule, tally)
          }
          const mine = (tally.byExtractor[extractor] ??= {removed: 0, article: 0})
          tally.removed++
          mine.removed++
          if (removed.judgement.copy) tally.copies++
          else if (removed.judgement.article) {
            tally.article++
            mine.article++
            tally.articleLines.push({
              extractor,
              page: page.id,
              line: removed.line,
              text: removed.text,
              method: removed.judgement.method,
              share: removed.judgement.share
            })
          }
        }
      }
    }
    const json = [...tallies.values()].sort((a, b) => b.removed - a.removed || a.rule.localeCompare(b.rule))
    const rows = json.map((tally) => [
      tally.rule,
      String(tally.removed),
      String(tally.article),
      percent(tally.article, tally.removed),
      String(tally.copies),
      Object.entries(tally.byExtractor)
        .filter(([, counts]) => counts.article > 0)
        .sort(([, a], [, b]) => b.article - a.article)
        .map(([extractor, counts]) => `${extractor}:${counts.article}`)
        .join(' ') || '–'
    ])
    const totalRemoved = json.reduce((sum, tally) => sum + tally.removed, 0)
    const totalArticle = json.reduce((sum, tally) => sum + tally.article, 0)
    const totalCopies = json.reduce((sum, tally) => sum + tally.copies, 0)
    rows.push(['(all rules)', String(totalRemoved), String(totalArticle), percent(totalArticle, totalRemoved), String(totalCopies), ''])
    let text = renderTable(
      [
        {title: 'rule'},
        {title: 'removed', align: 'right'},
        {title: 'article text', align: 'right'},
        {title: 'share', align: 'right'},
        {title: 'copies', align: 'right'},
        {title: 'article text by extractor'}
      ],
      rows
    )
    text +=
      "\nArticle text: a removed line of 4+ tokens with more than half of its shingles in the page's" +
      '\nground truth, or a line of 1–3 tokens equal (tokens) to a whole ground-truth line, and no copy' +
      '\nof it (same tokens) left in the cleaned text. Copies: such lines whose copy stays (not a loss).'
    if (options.verbose) {
      const lines = json.flatMap((tally) => tally.articleLines.map((line) => ({rule: tally.rule, ...line})))
      if (lines.length > 0) {
        text += `\n\nRemoved lines judged article text (${lines.length}):\n`
        text += renderTable(
          [{title: 'rule'}, {title: 'extractor'}, {title: 'page'}, {title: 'line', align: 'right'}, {title: 'in truth', align: 'right'}, {title: 'text'}],
          lines.map((line) => [line.rule, line.extractor, shortId(line.page), String(line.line), percent(line.share, 1, 0), cut(line.text)])
        )
      }
    } else if (totalArticle > 0) {
      text += `\n(--verbose lists the ${totalArticle} lines.)`
    }
    return {json, text, failures: []}
  }
}

function accuracyOf(pages: readonly SeedOutcome[]): {pages: number; judged: number; correct: number; accuracy: number} {
  const judged = pages.reduce((sum, page) => sum + page.judged, 0)
  const correct = pages.reduce((sum, page) => sum + page.correct, 0)
  return {pages: pages.length, judged, correct, accuracy: judged === 0 ? 0 : correct / judged}
}

const seedsSection: Section = {
  name: 'seeds',
  title: 'Labelled pages: label accuracy (+ kept, - removed; ? not judged)',
  needsCorpus: false,
  run({seeds}) {
    const seedPages = seeds.filter((page) => page.seed)
    const seedTotal = accuracyOf(seedPages)
    const allTotal = accuracyOf(seeds)
    const rows = seeds.map((page) => [
      page.name,
      page.seed ? 'seed' : 'fixture',
      String(page.judged),
      String(page.correct),
      num(page.judged === 0 ? undefined : page.correct / page.judged)
    ])
    rows.push(['(seed pages)', '', String(seedTotal.judged), String(seedTotal.correct), num(seedTotal.accuracy)])
    rows.push(['(all labelled pages)', '', String(allTotal.judged), String(allTotal.correct), num(allTotal.accuracy)])
    let text = renderTable(
      [{title: 'page'}, {title: 'kind'}, {title: 'judged', align: 'right'}, {title: 'correct', align: 'right'}, {title: 'accuracy', align: 'right'}],
      rows
    )
    const wrong = seeds.flatMap((page) => page.outcomes.filter((outcome) => !outcome.correct).map((outcome) => ({page: page.name, ...outcome})))
    if (wrong.length > 0) {
      text += `\n\nWrong lines (${wrong.length}):\n`
      text += renderTable(
        [{title: 'page'}, {title: 'line', align: 'right'}, {title: 'mark'}, {title: 'category'}, {title: 'outcome'}, {title: 'text'}],
        wrong.map((outcome) => [
          outcome.page,
          String(outcome.line),
          outcome.mark,
          outcome.category,
          outcome.removed ? `removed by ${outcome.rule}` : 'kept',
          cut(outcome.text, 120)
        ])
      )
    } else if (seeds.length > 0) {
      text += '\nEvery judged line is right.'
    } else {
      text += '\nNo labelled page found in fixtures/.'
    }
    const failures = seeds
      .filter((page) => page.stale.length > 0)
      .map((page) => `labels of ${page.name} do not match the page text at line(s) ${page.stale.join(', ')}`)
    // `judged`, `correct` and `accuracy` are the seed pages'; `all` covers every labelled page.
    return {json: {...seedTotal, all: allTotal, pages: seeds, wrong}, text, failures}
  }
}

const languagesSection: Section = {
  name: 'languages',
  title: 'Language detection: accuracy per language, on paragraphs and on pages',
  needsCorpus: false,
  run({corpus}) {
    // Fixture pages and paragraphs always; the corpus's paragraphs and pages when it is there.
    const set = detectionSet(corpus?.dir ?? '')
    return {json: {paragraphs: measure(set.paragraphs), pages: measure(set.pages)}, text: detectionReport(set), failures: []}
  }
}

/** The report, in order. Add a section here. */
const sections: Section[] = [rawSection, cleanedSection, lostSection, rulesSection, seedsSection, languagesSection]

// Gate -------------------------------------------------------------------------------------------

function figuresOf(context: Context): Figures {
  const figures: Figures = {f1: {}, recall: {}, rawRecall: {}}
  for (const run of context.runs) {
    figures.f1[run.extractor] = run.cleaned.f1
    figures.recall[run.extractor] = run.cleaned.recall
    figures.rawRecall[run.extractor] = run.raw.recall
  }
  const seedPages = context.seeds.filter((page) => page.seed)
  if (seedPages.length > 0) figures.seedsAccuracy = accuracyOf(seedPages).accuracy
  if (context.seeds.length > 0) figures.fixturesAccuracy = accuracyOf(context.seeds).accuracy
  return figures
}

function renderChecks(checks: Check[]): string {
  return renderTable(
    [{title: 'check'}, {title: 'value', align: 'right'}, {title: 'limit', align: 'right'}, {title: ''}],
    checks.map((check) => [check.name, num(check.value, 5), `${check.kind === 'floor' ? '≥' : '≤'} ${num(check.limit, 4)}`, check.ok ? 'PASS' : 'FAIL'])
  )
}

// Main -------------------------------------------------------------------------------------------

function main(): number {
  let options: Options
  try {
    options = parseOptions(process.argv.slice(2))
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${HELP}`)
    return 2
  }
  const started = performance.now()
  let cleaner: Cleaner
  try {
    cleaner = createCleaner({
      ...(options.disable.length > 0 ? {disable: options.disable} : {}),
      ...(options.favor === 'balanced' ? {} : {favor: options.favor})
    })
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    return 2
  }

  let corpus: Corpus | undefined
  let corpusNote: string | undefined
  try {
    corpus = resolveCorpus(options.corpus) ? loadCorpus(resolveCorpus(options.corpus)!) : undefined
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    return 2
  }
  if (!corpus) {
    corpusNote = 'corpus absent (give --corpus DIR or NEWSCLEAN_CORPUS, or put it at ../shared/corpora/article-extraction-benchmark): corpus sections skipped'
  }

  let extractors = corpus?.extractors ?? []
  if (corpus && options.extractors.length > 0) {
    // Names compare case-insensitively (`--extractor autoextract`).
    const wanted = new Set(options.extractors.map((name) => name.toLowerCase()))
    const known = new Set(corpus.extractors.map((name) => name.toLowerCase()))
    const unknown = options.extractors.filter((name) => !known.has(name.toLowerCase()))
    if (unknown.length > 0) {
      console.error(`Unknown extractor ${unknown.join(', ')}; the corpus has: ${corpus.extractors.join(', ')}`)
      return 2
    }
    extractors = corpus.extractors.filter((name) => wanted.has(name.toLowerCase()))
  }

  const runs: ExtractorRun[] = []
  if (corpus) {
    const truth = new Map<string, TruthPage>()
    for (const [id, text] of corpus.truth) truth.set(id, {shingles: shingles(text), index: indexTruth(text)})
    for (const extractor of extractors) runs.push(runExtractor(corpus, truth, extractor, cleaner))
  }

  const seeds = loadSeeds().map((seed) => {
    const result = cleaner.clean(seed.text)
    return checkSeed(seed, new Map(result.removed.map((removal) => [removal.line, removal.rule])))
  })

  const context: Context = {
    options,
    corpus,
    corpusNote,
    reference: corpus ? readReferenceTable(corpus.dir) : [],
    runs,
    seeds,
    cleaner
  }

  console.log(`newsclean eval — ${new Date().toISOString()} — Node ${process.version}`)
  console.log(corpus ? `corpus: ${corpus.dir} (${corpus.truth.size} pages; extractors: ${extractors.join(', ')})` : corpusNote)
  if (options.disable.length > 0) console.log(`rules off: ${options.disable.join(', ')}`)
  if (options.favor !== 'balanced') console.log(`favor: ${options.favor}`)

  const failures: string[] = []
  const report: Record<string, unknown> = {}
  for (const section of sections) {
    console.log(heading(section.title))
    if (section.needsCorpus && !corpus) {
      console.log('(skipped: corpus absent)')
      report[section.name] = null
      continue
    }
    const result = section.run(context)
    console.log(result.text)
    report[section.name] = result.json
    failures.push(...result.failures)
  }

  let gate: {file: string; checks: Check[]; ok: boolean} | undefined
  const figures = figuresOf(context)
  if (options.gate) {
    const floors = readFloors()
    const checks = checkGate(floors, figures)
    const ok = checks.every((check) => check.ok)
    gate = {file: floorsFile, checks, ok}
    console.log(heading(`Quality gate (${path.relative(process.cwd(), floorsFile) || floorsFile})`))
    if (!corpus) console.log('corpus absent: only the seeds are checked')
    console.log(renderChecks(checks))
    const failed = checks.filter((check) => !check.ok)
    for (const check of failed) failures.push(`gate: ${check.name} ${num(check.value, 5)} (limit ${num(check.limit, 4)})`)
    console.log(ok ? `gate: PASS (${checks.length} checks)` : `gate: FAIL (${failed.length} of ${checks.length} checks)`)
  }
  if (options.updateFloors) {
    console.log(heading('Floors update'))
    const current = readFloors()
    // Floors record an accepted state: not one where cleaning costs more recall than allowed.
    const overDrop = checkGate(current, figures).filter((check) => check.kind === 'max-drop' && !check.ok)
    if (overDrop.length > 0) {
      const names = overDrop.map((check) => `${check.name} ${num(check.value, 5)} (limit ${num(check.limit, 4)})`).join(', ')
      console.log(`not updated: ${names}; fix the recall first`)
      failures.push(`--update-floors refused: ${names}`)
    } else {
      const {floors, changes} = updateFloors(current, figures, options.allowLower)
      if (changes.length === 0) console.log('no floor changes')
      for (const change of changes) {
        const from = change.from === undefined ? 'none' : num(change.from, 4)
        const verb = change.applied
          ? change.from !== undefined && change.to < change.from
            ? 'LOWERED'
            : 'raised'
          : 'kept (figure is lower; --allow-lower to lower it)'
        console.log(`${change.name}: ${from} → ${num(change.to, 4)} ${verb}`)
      }
      mkdirSync(path.dirname(floorsFile), {recursive: true})
      writeFloors(floors)
      console.log(`written: ${floorsFile}`)
    }
  }

  const seconds = (performance.now() - started) / 1000
  if (options.json) {
    const json = {
      date: new Date().toISOString(),
      node: process.version,
      corpus: corpus?.dir ?? null,
      corpusNote: corpusNote ?? null,
      extractors,
      disable: options.disable,
      favor: options.favor,
      seconds,
      ...report,
      gate: gate ?? null,
      failures
    }
    mkdirSync(path.dirname(path.resolve(options.json)), {recursive: true})
    writeFileSync(options.json, `${JSON.stringify(json, null, 2)}\n`)
    console.log(`\nJSON written to ${options.json}`)
  }

  if (failures.length > 0) {
    console.log(heading('Failures'))
    for (const failure of failures) console.log(`✗ ${failure}`)
  }
  console.log(`\ndone in ${seconds.toFixed(1)} s`)
  return failures.length > 0 ? 1 : 0
}

process.exitCode = main()
