/**
 * The wceb corpus (`../shared/corpora/wceb`, 2,910 pages from five public extraction
 * benchmarks) and its metric, as its README states it. Read in place, never copied.
 *
 * Metric: tokens are lower-cased runs of letters and digits (`[\p{L}\p{N}]+`); per page
 * P = overlap / tokens of the output, R = overlap / tokens of the truth (multiset overlap), F1;
 * every figure is a mean over pages (macro). "Lost": of the truth tokens the input has, the share
 * the cleaned output no longer has. "Boilerplate removed": of the input's tokens that are not the
 * truth's, the share cleaning removed. Markdown is scored on its visible text (see
 * {@link markdownVisible}).
 */
import {existsSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {gunzipSync} from 'node:zlib'
import {projectRoot} from './corpus.js'

export const WCEB_FILE = 'pages.jsonl.gz'

/** Where the corpus is looked for when neither `--wceb` nor `$NEWSCLEAN_WCEB` is given. */
export const defaultWceb = path.resolve(projectRoot, '..', 'shared', 'corpora', 'wceb')

export const DATASETS = ['cleaneval', 'cleanportaleval', 'dragnet', 'l3s-gn1', 'readability'] as const
export type Dataset = (typeof DATASETS)[number]

export const INPUTS = ['page', 'readability', 'markdown'] as const
export type InputName = (typeof INPUTS)[number]

export interface WcebPage {
  id: string
  dataset: Dataset
  news: boolean
  lang: string
  host: string | null
  truth: string
  page: string
  readability: string
  markdown: string | null
}

/**
 * The corpus folder, or `undefined` when there is none. A folder named explicitly (option or
 * environment) that lacks the file is an error, not a skip.
 */
export function resolveWceb(option?: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const explicit = option ?? (env.NEWSCLEAN_WCEB || undefined)
  const has = (dir: string): boolean => {
    try {
      return statSync(dir).isDirectory() && existsSync(path.join(dir, WCEB_FILE))
    } catch {
      return false
    }
  }
  if (explicit !== undefined) {
    const dir = path.resolve(explicit)
    if (!has(dir)) throw new Error(`No wceb corpus at ${dir} (expected ${WCEB_FILE} in it)`)
    return dir
  }
  return has(defaultWceb) ? defaultWceb : undefined
}

/** Every page of the corpus, in file order. */
export function loadWceb(dir: string): WcebPage[] {
  const text = gunzipSync(readFileSync(path.join(dir, WCEB_FILE))).toString('utf8')
  const pages: WcebPage[] = []
  let start = 0
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    const line = text.slice(start, end)
    start = end + 1
    if (line.trim() === '') continue
    const raw = JSON.parse(line) as Record<string, unknown>
    pages.push({
      id: String(raw.id),
      dataset: raw.dataset as Dataset,
      news: raw.news === true,
      lang: typeof raw.lang === 'string' ? raw.lang : 'und',
      host: typeof raw.host === 'string' ? raw.host : null,
      truth: typeof raw.truth === 'string' ? raw.truth : '',
      page: typeof raw.page === 'string' ? raw.page : '',
      readability: typeof raw.readability === 'string' ? raw.readability : '',
      markdown: typeof raw.markdown === 'string' ? raw.markdown : null
    })
  }
  return pages
}

// Tokens ---------------------------------------------------------------------------------

const TOKEN = /[\p{L}\p{N}]+/gu

/** Lower-cased runs of letters and digits. */
export function tokens(text: string | null | undefined): string[] {
  if (!text) return []
  return text.toLowerCase().match(TOKEN) ?? []
}

export type Bag = Map<string, number>

export function bagOf(list: readonly string[]): Bag {
  const bag: Bag = new Map()
  for (const token of list) bag.set(token, (bag.get(token) ?? 0) + 1)
  return bag
}

export function sizeOf(bag: Bag): number {
  let sum = 0
  for (const count of bag.values()) sum += count
  return sum
}

/** Multiset overlap: the sum of the smaller counts. */
export function overlap(a: Bag, b: Bag): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let sum = 0
  for (const [token, count] of small) {
    const other = large.get(token)
    if (other) sum += Math.min(count, other)
  }
  return sum
}

// Markdown's visible text ------------------------------------------------------------------

/**
 * The visible text of Markdown as turndown writes it, reduced at the token level (no Markdown
 * parser: linear scans only):
 *
 * - images `![alt](src "title")` are dropped whole (alt text included);
 * - links `[text](url "title")` keep their text; reference definitions `[id]: url` go;
 * - bare URLs (`http://…`, `https://…`, `www.…`) and `<url>` autolinks go;
 * - with `stripHtml`, HTML tags that turndown leaves in (tables it could not convert) go, their
 *   text stays, and entities are decoded. The README's figures keep them as text (their
 *   attributes count as tokens), so the default does too.
 *
 * Every scan is a single pass over the string with bounded look-ahead, so the cost is linear.
 */
export function markdownVisible(md: string, stripHtml = false): string {
  let out = ''
  const n = md.length
  let i = 0
  while (i < n) {
    const c = md.charCodeAt(i)
    // Image: ![alt](target) — drop it whole.
    if (c === 0x21 /* ! */ && md.charCodeAt(i + 1) === 0x5b /* [ */) {
      const close = matchBracket(md, i + 1)
      if (close > 0 && md.charCodeAt(close + 1) === 0x28 /* ( */) {
        const end = matchParen(md, close + 1)
        if (end > 0) {
          out += ' '
          i = end + 1
          continue
        }
      }
    }
    // Link: [text](target) — keep the text (which may itself hold an image: reduce it too).
    if (c === 0x5b /* [ */) {
      const close = matchBracket(md, i)
      if (close > 0 && md.charCodeAt(close + 1) === 0x28) {
        const end = matchParen(md, close + 1)
        if (end > 0) {
          out += markdownVisible(md.slice(i + 1, close), stripHtml)
          i = end + 1
          continue
        }
      }
    }
    // HTML tag or autolink: <…> up to the next '>' on the same stretch (bounded by '<' or '\n\n').
    if (stripHtml && c === 0x3c /* < */) {
      const end = tagEnd(md, i)
      if (end > 0) {
        out += ' '
        i = end + 1
        continue
      }
    }
    out += md[i]
    i++
  }
  return dropUrls(stripHtml ? decodeEntities(out) : out)
}

/** Index of the `]` closing the `[` at `open` (nesting counted, escapes skipped), or -1. */
function matchBracket(md: string, open: number): number {
  let depth = 0
  const limit = Math.min(md.length, open + 2000)
  for (let j = open; j < limit; j++) {
    const c = md.charCodeAt(j)
    if (c === 0x5c /* \ */) {
      j++
      continue
    }
    if (c === 0x5b) depth++
    else if (c === 0x5d) {
      depth--
      if (depth === 0) return j
    } else if (c === 0x0a && md.charCodeAt(j + 1) === 0x0a) return -1
  }
  return -1
}

/** Index of the `)` closing the `(` at `open`, or -1 (no blank line inside). */
function matchParen(md: string, open: number): number {
  let depth = 0
  const limit = Math.min(md.length, open + 4000)
  for (let j = open; j < limit; j++) {
    const c = md.charCodeAt(j)
    if (c === 0x5c) {
      j++
      continue
    }
    if (c === 0x28) depth++
    else if (c === 0x29) {
      depth--
      if (depth === 0) return j
    } else if (c === 0x0a) return -1
  }
  return -1
}

/** End of an HTML tag, comment or autolink opening at `open`, or -1 when `<` is text. */
function tagEnd(md: string, open: number): number {
  const next = md.charCodeAt(open + 1)
  const isTag = (next >= 0x61 && next <= 0x7a) || (next >= 0x41 && next <= 0x5a) || next === 0x2f /* / */ || next === 0x21 /* ! */
  if (!isTag) return -1
  if (md.startsWith('<!--', open)) {
    const end = md.indexOf('-->', open + 4)
    return end < 0 ? -1 : end + 2
  }
  const limit = Math.min(md.length, open + 4000)
  let quote = 0
  for (let j = open + 1; j < limit; j++) {
    const c = md.charCodeAt(j)
    if (quote) {
      if (c === quote) quote = 0
      continue
    }
    if (c === 0x22 || c === 0x27) quote = c
    else if (c === 0x3e /* > */) return j
    else if (c === 0x3c) return -1
  }
  return -1
}

const ENTITIES: Record<string, string> = {nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'"}
const ENTITY = /&(nbsp|amp|lt|gt|quot|apos|#39);/g

function decodeEntities(text: string): string {
  return text.indexOf('&') < 0 ? text : text.replace(ENTITY, (_, name: string) => ENTITIES[name] ?? ' ')
}

/** Bare URLs: from the scheme or `www.` up to white space (one bounded class: linear). */
const URL = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>()[\]]*/gi

function dropUrls(text: string): string {
  return text.replace(URL, ' ')
}

// Scoring ------------------------------------------------------------------------------------

export interface PageScore {
  /** Precision (0 when the output is empty). */
  p: number
  r: number
  f1: number
  /** Share of the truth tokens present in the input that cleaning lost; undefined when none. */
  lost?: number
  /** Share of the input's non-truth tokens that cleaning removed; undefined when none. */
  removed?: number
  /** Tokens: truth, input, output, input∩truth, output∩truth. */
  counts: {truth: number; input: number; output: number; inputHit: number; outputHit: number}
}

function prf(hit: number, output: number, truth: number): {p: number; r: number; f1: number} {
  const p = output === 0 ? 0 : hit / output
  const r = truth === 0 ? 0 : hit / truth
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r)
  return {p, r, f1}
}

/** Scores of one page: raw (the input as it is) and cleaned. */
export function scorePage(truth: Bag, input: Bag, output: Bag): {raw: PageScore; cleaned: PageScore} {
  const nTruth = sizeOf(truth)
  const nInput = sizeOf(input)
  const nOutput = sizeOf(output)
  const inputHit = overlap(truth, input)
  const outputHit = overlap(truth, output)
  const counts = {truth: nTruth, input: nInput, output: nOutput, inputHit, outputHit}
  const inputJunk = nInput - inputHit
  const raw: PageScore = {...prf(inputHit, nInput, nTruth), counts, ...(inputHit > 0 ? {lost: 0} : {}), ...(inputJunk > 0 ? {removed: 0} : {})}
  const cleaned: PageScore = {...prf(outputHit, nOutput, nTruth), counts}
  if (inputHit > 0) cleaned.lost = Math.max(0, inputHit - outputHit) / inputHit
  if (inputJunk > 0) cleaned.removed = Math.max(0, inputJunk - (nOutput - outputHit)) / inputJunk
  return {raw, cleaned}
}

export interface Summary {
  pages: number
  p: number
  r: number
  f1: number
  lost: number
  removed: number
  /** Micro "boilerplate removed" (token-weighted), for reference. */
  removedMicro: number
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length
}

export function summarize(scores: readonly PageScore[]): Summary {
  let junk = 0
  let junkGone = 0
  for (const s of scores) {
    const j = s.counts.input - s.counts.inputHit
    junk += j
    junkGone += Math.max(0, j - (s.counts.output - s.counts.outputHit))
  }
  return {
    pages: scores.length,
    p: mean(scores.map((s) => s.p)),
    r: mean(scores.map((s) => s.r)),
    f1: mean(scores.map((s) => s.f1)),
    lost: mean(scores.flatMap((s) => (s.lost === undefined ? [] : [s.lost]))),
    removed: mean(scores.flatMap((s) => (s.removed === undefined ? [] : [s.removed]))),
    removedMicro: junk === 0 ? 0 : junkGone / junk
  }
}

/** The text an input is scored on: Markdown's visible text, the others as they are. */
export function visible(input: InputName, text: string, stripHtml = false): string {
  return input === 'markdown' ? markdownVisible(text, stripHtml) : text
}

/**
 * The text of one input of a page (`null` when the page lacks it: 73 pages have no Markdown; the
 * README scores them as an empty output, P = R = F1 = 0, which {@link evaluateInput} does unless
 * told to skip them).
 */
export function inputOf(page: WcebPage, input: InputName): string | null {
  return input === 'markdown' ? page.markdown : page[input]
}

export function readmeOf(dir: string): string {
  const file = path.join(dir, 'README.md')
  return existsSync(file) ? readFileSync(file, 'utf8') : ''
}

// Running a cleaner over the corpus ---------------------------------------------------------

export interface PageResult {
  id: string
  dataset: Dataset
  news: boolean
  input: InputName
  raw: PageScore
  cleaned: PageScore
}

/**
 * Score `run` (text → cleaned text) on one input of every page that has it. `run` receives the
 * page too (for tools that need more than the text; a cleaner must not read `truth`).
 */
export function evaluateInput(
  pages: readonly WcebPage[],
  input: InputName,
  run: (text: string, page: WcebPage) => string,
  onPage?: (done: number) => void,
  options: {skipMissing?: boolean; stripHtml?: boolean} = {}
): PageResult[] {
  const results: PageResult[] = []
  for (const page of pages) {
    const text = inputOf(page, input)
    if (text === null && options.skipMissing) continue
    const truth = bagOf(tokens(page.truth))
    const before = bagOf(tokens(text === null ? '' : visible(input, text, options.stripHtml)))
    const after = bagOf(tokens(text === null ? '' : visible(input, run(text, page), options.stripHtml)))
    const {raw, cleaned} = scorePage(truth, before, after)
    results.push({id: page.id, dataset: page.dataset, news: page.news, input, raw, cleaned})
    onPage?.(results.length)
  }
  return results
}

export interface GroupFigures {
  group: string
  pages: number
  raw: Summary
  cleaned: Summary
  worse: number
  better: number
}

/** Figures for all pages, the news datasets, and each dataset. */
export function groupFigures(results: readonly PageResult[]): GroupFigures[] {
  const groups: Array<[string, (r: PageResult) => boolean]> = [
    ['all', () => true],
    ['news', (r) => r.news],
    ...DATASETS.map((d): [string, (r: PageResult) => boolean] => [d, (r) => r.dataset === d])
  ]
  return groups.map(([group, keep]) => {
    const chosen = results.filter(keep)
    return {
      group,
      pages: chosen.length,
      raw: summarize(chosen.map((r) => r.raw)),
      cleaned: summarize(chosen.map((r) => r.cleaned)),
      worse: chosen.filter((r) => r.cleaned.f1 < r.raw.f1 - 1e-12).length,
      better: chosen.filter((r) => r.cleaned.f1 > r.raw.f1 + 1e-12).length
    }
  })
}

const f3 = (x: number): string => x.toFixed(3).replace(/^0/, '')
const pc = (x: number): string => `${(100 * x).toFixed(1)} %`

/** A Markdown table of {@link groupFigures}. */
export function renderFigures(input: string, rows: readonly GroupFigures[]): string {
  const lines = [
    `| ${input} | pages | raw P / R / F1 | cleaned P / R / F1 | lost | boilerplate removed (macro / micro) | worse / better |`,
    '|---|---|---|---|---|---|---|'
  ]
  for (const row of rows) {
    lines.push(
      `| ${row.group} | ${row.pages} | ${f3(row.raw.p)} / ${f3(row.raw.r)} / ${f3(row.raw.f1)} | ${f3(row.cleaned.p)} / ${f3(row.cleaned.r)} / **${f3(row.cleaned.f1)}** | ${pc(row.cleaned.lost)} | ${pc(row.cleaned.removed)} / ${pc(row.cleaned.removedMicro)} | ${row.worse} / ${row.better} |`
    )
  }
  return lines.join('\n')
}
