/**
 * Measuring language detection: a set of paragraphs per language (fixture pages, the
 * detection set in `fixtures/detection/`, English paragraphs of the corpus), the accuracy of
 * detection per supported language, what unsupported languages get, and what detection costs.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {detectLanguage, languagePacks, parsePage} from '../../src/index.js'
import {CONFUSERS, forgetDetections} from '../../src/language/detect.js'
import type {Candidate} from '../../src/language/detect.js'

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const fixtures = path.join(projectRoot, 'fixtures')
/** Seed pages (`000_<hash>`) carry no language in their names: they are French. */
const SEED_LANGUAGE = 'fr'
/** Shortest paragraph measured (detection answers `'und'` under 40 characters anyway). */
const MIN_CHARS = 40
/** Paragraphs taken from each corpus page (its first ones). */
const CORPUS_PARAGRAPHS = 2

/** One paragraph of known language. */
export interface Sample {
  /** ISO 639-1 code of the language it is written in. */
  language: string
  /** Where it comes from: `fixture`, `detection` or `corpus`. */
  source: string
  text: string
}

/** The detection set: paragraphs, and whole pages. */
export interface DetectionSet {
  paragraphs: Sample[]
  pages: Sample[]
}

/** The corpus folder: `NEWSCLEAN_CORPUS`, else `../shared/corpora/article-extraction-benchmark` from the project root. */
export function corpusDir(): string {
  return process.env.NEWSCLEAN_CORPUS ?? path.join(projectRoot, '..', 'shared', 'corpora', 'article-extraction-benchmark')
}

/** Languages of the corpus pages that are not English (`fixtures/detection/corpus-languages.tsv`, checked by hand). */
function corpusLanguages(): Map<string, string> {
  const rows = readFileSync(path.join(fixtures, 'detection', 'corpus-languages.tsv'), 'utf8')
    .split('\n')
    .slice(1)
  return new Map(rows.filter((row) => row.trim()).map((row) => row.split('\t') as [string, string]))
}

/**
 * The detection set.
 *
 * @param corpus Corpus folder (the first paragraphs of its ground truth, and its pages, are
 *   added when it exists; pages are English unless `corpus-languages.tsv` says otherwise).
 * @returns Paragraphs and pages with their languages.
 */
export function detectionSet(corpus = corpusDir()): DetectionSet {
  const paragraphs: Sample[] = []
  const pages: Sample[] = []
  for (const name of readdirSync(fixtures)
    .filter((each) => each.endsWith('.labels.tsv'))
    .sort()) {
    const language = /^\d{3}_([a-z]{2})_/.exec(name)?.[1] ?? (/^\d{3}_[0-9a-f]{16}\./.test(name) ? SEED_LANGUAGE : undefined)
    if (!language) continue
    pages.push({language, source: 'fixture', text: readFileSync(path.join(fixtures, `${name.slice(0, -'.labels.tsv'.length)}.txt`), 'utf8')})
    for (const row of readFileSync(path.join(fixtures, name), 'utf8').split('\n').slice(1)) {
      const [mark, , , ...text] = row.split('\t')
      const paragraph = text.join('\t')
      if (mark === '+' && paragraph.length >= MIN_CHARS) paragraphs.push({language, source: 'fixture', text: paragraph})
    }
  }
  const detection = path.join(fixtures, 'detection')
  for (const name of readdirSync(detection)
    .filter((each) => /^[a-z]{2}\.txt$/.test(each))
    .sort()) {
    for (const line of readFileSync(path.join(detection, name), 'utf8').split('\n')) {
      if (line.trim() && !line.startsWith('#')) paragraphs.push({language: name.slice(0, 2), source: 'detection', text: line.trim()})
    }
  }
  const truth = path.join(corpus, 'ground-truth.json')
  if (existsSync(truth)) {
    const languages = corpusLanguages()
    const corpusPages = JSON.parse(readFileSync(truth, 'utf8')) as Record<string, {articleBody?: string}>
    for (const id of Object.keys(corpusPages).sort()) {
      const body = corpusPages[id]!.articleBody ?? ''
      const language = languages.get(id) ?? 'en'
      pages.push({language, source: 'corpus', text: body})
      const first = body
        .split('\n')
        .map((paragraph) => paragraph.trim())
        .filter((paragraph) => paragraph.length >= MIN_CHARS)
      for (const paragraph of first.slice(0, CORPUS_PARAGRAPHS)) paragraphs.push({language, source: 'corpus', text: paragraph})
    }
  }
  return {paragraphs, pages}
}

/** The built-in packs as detection candidates. */
export function allCandidates(): Candidate[] {
  return [...languagePacks.values()].map((pack) => ({code: pack.code, iso6393: pack.iso6393 ?? pack.code}))
}

/** Detection of one text as the library does it on a page of that text. */
export function detect(text: string, confusers: readonly string[] = CONFUSERS): string {
  return detectLanguage(parsePage(text).blocks, allCandidates(), confusers)
}

/** Results for one language of the set. */
export interface LanguageRow {
  language: string
  supported: boolean
  paragraphs: number
  /** Answers and how many paragraphs got each, most frequent first. */
  answers: Array<[string, number]>
  /** Share of paragraphs detected as their own language (supported) or as `'und'` (unsupported). */
  accuracy: number
}

/**
 * Measure detection on a set.
 *
 * @param samples The set.
 * @param confusers Confusers given to detection (`[]`: nearest pack).
 * @returns One row per language, supported languages first.
 */
export function measure(samples: readonly Sample[], confusers: readonly string[] = CONFUSERS): LanguageRow[] {
  const byLanguage = new Map<string, Map<string, number>>()
  for (const sample of samples) {
    const answers = byLanguage.get(sample.language) ?? new Map<string, number>()
    const answer = detect(sample.text, confusers)
    answers.set(answer, (answers.get(answer) ?? 0) + 1)
    byLanguage.set(sample.language, answers)
  }
  const rows = [...byLanguage].map(([language, answers]): LanguageRow => {
    const supported = languagePacks.has(language)
    const paragraphs = [...answers.values()].reduce((sum, count) => sum + count, 0)
    const right = answers.get(supported ? language : 'und') ?? 0
    return {language, supported, paragraphs, answers: [...answers].sort((a, b) => b[1] - a[1]), accuracy: right / paragraphs}
  })
  return rows.sort((a, b) => Number(b.supported) - Number(a.supported) || a.language.localeCompare(b.language))
}

/**
 * CPU time of one detection, in milliseconds: the median over rounds of the mean time per page,
 * the two settings interleaved round by round (the machine is shared: this evens out the noise).
 *
 * @param texts Pages.
 * @param rounds Rounds.
 * @returns Milliseconds per page with the confusers and without.
 */
export function timeDetection(texts: readonly string[], rounds = 15): {confusers: number; nearest: number} {
  const pages = texts.map((text) => parsePage(text).blocks)
  const candidates = allCandidates()
  const once = (confusers: readonly string[]): number => {
    const start = process.cpuUsage()
    // Each detection afresh: the library keeps a page's detections, and the pages repeat here.
    for (let pass = 0; pass < 10; pass++) {
      for (const blocks of pages) {
        forgetDetections()
        detectLanguage(blocks, candidates, confusers)
      }
    }
    const used = process.cpuUsage(start)
    return (used.user + used.system) / 1000 / (10 * pages.length)
  }
  once(CONFUSERS)
  once([])
  const withConfusers: number[] = []
  const nearest: number[] = []
  for (let round = 0; round < rounds; round++) {
    withConfusers.push(once(CONFUSERS))
    nearest.push(once([]))
  }
  const median = (values: number[]): number => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!
  return {confusers: median(withConfusers), nearest: median(nearest)}
}

/** Texts of the labelled fixture pages, for timing. */
export function fixturePages(): string[] {
  return readdirSync(fixtures)
    .filter((name) => name.endsWith('.labels.tsv'))
    .sort()
    .map((name) => readFileSync(path.join(fixtures, `${name.slice(0, -'.labels.tsv'.length)}.txt`), 'utf8'))
}

/** One table of the report: rows with and without confusers. */
function table(title: string, samples: readonly Sample[]): string[] {
  const withConfusers = measure(samples)
  const nearest = new Map(measure(samples, []).map((row) => [row.language, row]))
  const format = (answers: Array<[string, number]>): string => answers.map(([answer, count]) => `${answer} ${count}`).join(', ')
  const lines = [`| ${title} | n | accuracy | answers | without confusers (nearest pack) |`, '|---|---|---|---|---|']
  for (const row of withConfusers) {
    const before = nearest.get(row.language)!
    lines.push(
      `| ${row.language}${row.supported ? '' : ' (unsupported)'} | ${row.paragraphs} | ${row.accuracy.toFixed(3)} | ${format(row.answers)} | ${before.accuracy.toFixed(3)}: ${format(before.answers)} |`
    )
  }
  return lines
}

/**
 * The "language detection" report in Markdown: accuracy per supported language on paragraphs
 * and on pages, what unsupported languages get (with the confusers and without: the nearest
 * pack), and the cost per page.
 *
 * @param set The detection set.
 * @returns Markdown.
 */
export function detectionReport(set: DetectionSet = detectionSet()): string {
  const sources = (samples: readonly Sample[]): string => [...new Set(samples.map((sample) => sample.source))].join(', ')
  const cost = timeDetection(set.pages.filter((page) => page.source === 'fixture').map((page) => page.text))
  return [
    '## Language detection',
    '',
    'Detection as `clean()` does it (franc-min on up to 400 characters of prose, among the packs and the confusers).',
    'Accuracy: for a supported language, the share detected as that language; for an unsupported one, the share detected as `und` (universal and English rules).',
    '',
    `Paragraphs (${set.paragraphs.length}; ${sources(set.paragraphs)}), each cleaned as a page of its own:`,
    '',
    ...table('paragraphs', set.paragraphs),
    '',
    `Pages (${set.pages.length}; ${sources(set.pages)}):`,
    '',
    ...table('pages', set.pages),
    '',
    `Detection cost per page (CPU, median; fixture pages): ${cost.confusers.toFixed(3)} ms with ${CONFUSERS.length} confusers, ${cost.nearest.toFixed(3)} ms without.`
  ].join('\n')
}
