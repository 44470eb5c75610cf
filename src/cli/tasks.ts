/**
 * The work of the CLI in batches: a task is a batch of JSON Lines records or of pages, run
 * by a worker thread (see worker.ts) or on the main thread with `--jobs 1`. Tasks and their
 * results are plain data (they cross threads by structured clone).
 */
import {existsSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import * as nodeModule from 'node:module'
import {pathToFileURL} from 'node:url'
import {createCleaner} from '../api/clean.js'
import {reportOf} from '../api/report.js'
import type {Cleaner, Options} from '../api/types.js'
import {decodePage} from './encoding.js'
import {inFlagTerms} from './args.js'
import {explain} from './explain.js'
import {factsOf, type RecordFacts} from './exports.js'
import {hasExtension, systemMessage} from './io.js'
import {readRecord, rewriteRecord} from './jsonl.js'
import {ProfileFileError, readProfileSync, siteOf} from './site.js'

/** What every task of a run shares. */
export interface JobSettings {
  /** Options of `clean()` (plain data). */
  options: Record<string, unknown>
  /** Absolute path of a module whose default export is an array of extra cleaners. */
  cleaners: string | undefined
  /** Record field holding the page text. */
  field: string
  /** Add reports: to records under `reportKey` (JSON Lines), as report lines (pages). */
  report: boolean
  /** Key of the report in records. */
  reportKey: string
  /** Give explanations instead of cleaned text. */
  explain: boolean
  /** Colour explanations. */
  color: boolean
  /**
   * Site profiles (`--profiles`): each JSON Lines record is cleaned with the profile of its
   * site (`siteField`'s registrable domain), read from `dir`.
   */
  profiles?: {dir: string; siteField: string}
  /** Give the facts of each record (for --stats, --removed-out, --audit). */
  collect?: boolean
  /** With the facts, the page's text (for --audit). */
  keepText?: boolean
  /** Leave out the pages whose cleaned text is `empty` (--min-chars without --keep-empty). */
  dropEmpty?: boolean
}

/** A line that is not UTF-8: what is wrong with it (the main thread keeps its bytes). */
export interface NotUtf8Line {
  notUtf8: string
}

/** A batch of consecutive JSON Lines lines. */
export interface LinesTask {
  kind: 'lines'
  settings: JobSettings
  /** Name of the input, for messages (`<stdin>`, a path). */
  source: string
  /** Line number of the first line. */
  first: number
  lines: Array<string | NotUtf8Line>
}

/** One page: its text, or the file to read it from. */
export interface PageInput {
  /** Name in messages and reports. */
  name: string
  path?: string
  text?: string
}

/** A batch of pages. */
export interface PagesTask {
  kind: 'pages'
  settings: JobSettings
  pages: PageInput[]
}

/** A batch of work. */
export type Task = LinesTask | PagesTask

/** What came of one record or page. */
export interface ItemResult {
  /** What goes out (a record line without its line break, a page, an explanation). */
  out?: string
  /** The record goes out as the bytes it came as (a line that is not UTF-8). */
  asBytes?: boolean
  /** The page was gzip: its output file is compressed too. */
  gzip?: boolean
  /** A report line (pages). */
  report?: string
  /** Why the input failed, with its place (`file:line: …`). */
  problem?: string
  /** The record's facts, when the settings ask for them. */
  facts?: RecordFacts
  /** For the --off-target file: the input line (JSON Lines) or the page's name, left out of the output. */
  side?: string
}

/** Cleaners made in this thread, by options. */
const cached = new Map<string, Promise<Cleaner>>()

/**
 * The cleaner of a run, made once per thread.
 *
 * @param settings The run's settings.
 * @returns The cleaner.
 */
export function cleanerFor(settings: JobSettings): Promise<Cleaner> {
  const key = JSON.stringify([settings.options, settings.cleaners])
  let cleaner = cached.get(key)
  if (!cleaner) cached.set(key, (cleaner = makeCleaner(settings)))
  return cleaner
}

/** Sites whose cleaner a thread keeps at most (the oldest goes first). */
const SITE_CLEANERS = 128

/** Cleaners with a site's profile, by site, in the order they were last used. */
const siteCleaners = new Map<string, Cleaner>()
/** Sites whose profile could not be read, and why (said once per thread). */
const badProfiles = new Map<string, string>()

/** Forget the sites' cleaners and profiles (a new run on this thread: profiles may have changed). */
export function forgetSites(): void {
  siteCleaners.clear()
  badProfiles.clear()
}

/**
 * The cleaner of a record with profiles: the run's cleaner with the profile of the record's
 * site (read from the profiles folder once per thread and kept), or the run's cleaner when
 * the record names no site or its site has no profile.
 *
 * @param settings The run's settings.
 * @param record The record.
 * @returns The cleaner, and the problem with the site's profile the first time it is met.
 */
async function siteCleaner(settings: JobSettings, record: Record<string, unknown>): Promise<{cleaner: Cleaner; problem?: string}> {
  const base = await cleanerFor(settings)
  const {dir, siteField} = settings.profiles!
  const site = siteOf(record[siteField])
  if (site === undefined) return {cleaner: base}
  const known = siteCleaners.get(site)
  if (known) {
    siteCleaners.delete(site)
    siteCleaners.set(site, known)
    return {cleaner: known}
  }
  if (badProfiles.has(site)) return {cleaner: base}
  let profile
  try {
    profile = readProfileSync(dir, site)
  } catch (error) {
    const problem = error instanceof ProfileFileError ? error.message : messageOf(error)
    badProfiles.set(site, problem)
    return {cleaner: base, problem: `${problem}; its records are cleaned without it`}
  }
  if (!profile) return {cleaner: base}
  const options: Options = {...settings.options, profile}
  if (settings.cleaners !== undefined) options.cleaners = await loadCleaners(settings.cleaners)
  const cleaner = createCleaner(options)
  siteCleaners.set(site, cleaner)
  if (siteCleaners.size > SITE_CLEANERS) siteCleaners.delete(siteCleaners.keys().next().value!)
  return {cleaner}
}

async function makeCleaner(settings: JobSettings): Promise<Cleaner> {
  const options: Options = {...settings.options}
  if (settings.cleaners !== undefined) options.cleaners = await loadCleaners(settings.cleaners)
  return createCleaner(options)
}

let hooked = false

/**
 * Let the modules of `--cleaners` import `newsclean` wherever they are: a resolution hook
 * (`dist/resolve-hook.js`, once per thread) sends an `import 'newsclean'` that Node cannot
 * resolve from the module's place to this package (by its own name, from one of its files).
 * Needs `module.register` (Node 20.6 and later); without it, or when run from the sources, the
 * module resolves `newsclean` as Node does.
 */
function resolveNewscleanFromHere(): void {
  if (hooked) return
  hooked = true
  const hook = new URL('./resolve-hook.js', import.meta.url)
  // Looked up, not imported by name: Node before 20.6 has no `register`.
  const register = (nodeModule as Partial<typeof nodeModule>).register
  if (typeof register !== 'function' || !existsSync(hook)) return
  register(hook.href, {data: {parentURL: import.meta.url}})
}

/**
 * Load extra cleaners from a module: its default export (or its `cleaners` export), an
 * array of cleaners or a single one. `createCleaner` checks them.
 *
 * @param file Absolute path.
 * @returns What the module exports.
 */
export async function loadCleaners(file: string): Promise<NonNullable<Options['cleaners']>> {
  resolveNewscleanFromHere()
  const module = (await import(pathToFileURL(file).href)) as {default?: unknown; cleaners?: unknown}
  const value = module.default ?? module.cleaners
  if (value === undefined) throw new TypeError(`newsclean: ${file} has no default export (expected an array of cleaners)`)
  return (Array.isArray(value) ? value : [value]) as NonNullable<Options['cleaners']>
}

/**
 * Run a task.
 *
 * @param task The batch.
 * @returns One result per record or page, in order.
 */
export async function runTask(task: Task): Promise<ItemResult[]> {
  const cleaner = await cleanerFor(task.settings)
  if (task.kind === 'lines') return task.settings.profiles ? cleanSiteLines(task) : cleanLines(task, cleaner)
  const results: ItemResult[] = []
  for (const page of task.pages) {
    // A Markdown file is Markdown unless `--format` says otherwise.
    const markdown = task.settings.options.format === undefined && isMarkdownFile(page.path ?? page.name)
    results.push(await cleanPage(page, markdown ? await cleanerFor(markdownSettings(task.settings)) : cleaner, task.settings))
  }
  return results
}

/** Extensions of Markdown files. */
export const MARKDOWN_EXTENSIONS = ['.md', '.markdown']

/** Whether a file name is a Markdown file's (`a.md`, `a.md.gz`). */
export function isMarkdownFile(name: string): boolean {
  return hasExtension(name, MARKDOWN_EXTENSIONS)
}

function markdownSettings(settings: JobSettings): JobSettings {
  return {...settings, options: {...settings.options, format: 'markdown'}}
}

/** The message of an error, for one line of stderr (the place is said already). */
function messageOf(error: unknown): string {
  return inFlagTerms(systemMessage(error).replace(/^newsclean: /, ''))
}

function cleanLines(task: LinesTask, cleaner: Cleaner): ItemResult[] {
  return task.lines.map((line, index) => cleanLine(task, line, index, () => cleaner))
}

/** Records cleaned each with the profile of its site. */
async function cleanSiteLines(task: LinesTask): Promise<ItemResult[]> {
  const results: ItemResult[] = []
  for (let index = 0; index < task.lines.length; index++) {
    const line = task.lines[index]!
    let chosen: {cleaner: Cleaner; problem?: string} | undefined
    const verdict = typeof line === 'string' ? readRecord(line, task.settings.field) : undefined
    if (verdict?.kind === 'page') chosen = await siteCleaner(task.settings, verdict.record)
    const result = cleanLine(task, line, index, () => chosen!.cleaner, verdict)
    if (chosen?.problem !== undefined) {
      const where = `${task.source}:${task.first + index}`
      result.problem = result.problem === undefined ? `${where}: ${chosen.problem}` : `${result.problem}; ${chosen.problem}`
    }
    results.push(result)
  }
  return results
}

function cleanLine(task: LinesTask, line: string | NotUtf8Line, index: number, cleanerOf: () => Cleaner, read?: ReturnType<typeof readRecord>): ItemResult {
  const {field, report, reportKey, explain: explaining, color} = task.settings
  const where = `${task.source}:${task.first + index}`
  if (typeof line !== 'string') return {asBytes: !explaining, problem: `${where}: ${line.notUtf8}; passed through as it is`}
  const verdict = read ?? readRecord(line, field)
  if (verdict.kind === 'blank') return explaining ? {} : {out: line}
  if (verdict.kind === 'bad') return {out: explaining ? undefined : line, problem: `${where}: ${verdict.problem}`}
  let result
  try {
    result = cleanerOf().clean(verdict.text)
  } catch (error) {
    return {out: explaining ? undefined : line, problem: `${where}: ${messageOf(error)}; passed through unchanged`}
  }
  const facts = task.settings.collect ? {facts: factsOf(where, verdict.text, result, task.settings.keepText === true)} : {}
  if (explaining) return {out: explain(verdict.text, reportOf(result), where, color), ...facts}
  if (!result.languageMatch) return {side: line, ...facts}
  if (result.empty && task.settings.dropEmpty) return facts
  if (!report && result.text === verdict.text) return {out: line, ...facts}
  return {out: rewriteRecord(line, field, result.text, report ? reportKey : undefined, reportOf(result)), ...facts}
}

/** The cleaned text, ending with a line break when the page did. */
function withFinalBreak(cleaned: string, page: string): string {
  if (cleaned === '' || cleaned.endsWith('\n') || cleaned.endsWith('\r')) return cleaned
  if (page.endsWith('\r\n')) return `${cleaned}\r\n`
  if (page.endsWith('\n')) return `${cleaned}\n`
  if (page.endsWith('\r')) return `${cleaned}\r`
  return cleaned
}

/**
 * Clean one page. A file is read as bytes and refused (no output) when it is not text or not
 * UTF-8; a page that cannot be cleaned (longer than --max-length, a cleaner that fails) goes
 * out unchanged and is reported, as a JSON Lines record is. The output is written by the main
 * thread, in input order.
 */
async function cleanPage(page: PageInput, cleaner: Cleaner, settings: JobSettings): Promise<ItemResult> {
  const fail = (problem: string): ItemResult => ({problem, report: settings.report ? JSON.stringify({file: page.name, error: problem}) : undefined})
  let text = page.text
  let gzip = false
  if (text === undefined) {
    let bytes
    try {
      bytes = await readFile(page.path!)
    } catch (error) {
      return fail(`${page.name}: cannot read (${messageOf(error)})`)
    }
    const decoded = decodePage(bytes)
    if ('problem' in decoded) return fail(`${page.name}: ${decoded.problem}; nothing written for it`)
    text = decoded.text
    gzip = decoded.gzip
  }
  let result
  try {
    result = cleaner.clean(text)
  } catch (error) {
    const problem = `${page.name}: ${messageOf(error)}; passed through unchanged`
    return {...fail(problem), out: settings.explain ? undefined : text, gzip}
  }
  const report = reportOf(result)
  const item: ItemResult = settings.collect ? {facts: factsOf(page.name, text, result, settings.keepText === true), gzip} : {gzip}
  if (settings.report) item.report = JSON.stringify({file: page.name, ...report})
  if (!settings.explain && !result.languageMatch) return {...item, side: page.name}
  if (!settings.explain && result.empty && settings.dropEmpty) return item
  item.out = settings.explain ? explain(text, report, page.name, settings.color) : withFinalBreak(result.text, text)
  return item
}

/**
 * The tasks of one item each that a task is made of (to find, when a worker died on a task,
 * which item it died on).
 *
 * @param task A task.
 * @returns One task per record or page.
 */
export function splitTask(task: Task): Task[] {
  if (task.kind === 'lines') return task.lines.map((line, index) => ({...task, first: task.first + index, lines: [line]}))
  return task.pages.map((page) => ({...task, pages: [page]}))
}

/**
 * The result of a task of one item whose worker died (a cleaner that exits the thread or runs
 * out of memory): a record goes out unchanged, a page gets no output; both are reported.
 *
 * @param task A task of one item.
 * @param error Why the worker stopped.
 * @returns Its result.
 */
export function crashResult(task: Task, error: unknown): ItemResult {
  const why = `the worker cleaning it stopped (${messageOf(error)})`
  if (task.kind === 'lines') {
    const line = task.lines[0]!
    const where = `${task.source}:${task.first}`
    if (typeof line !== 'string') return {asBytes: true, problem: `${where}: ${line.notUtf8}; passed through as it is`}
    return {out: task.settings.explain ? undefined : line, problem: `${where}: ${why}; passed through unchanged`}
  }
  const page = task.pages[0]!
  const problem = `${page.name}: ${why}; nothing written for it`
  return {problem, report: task.settings.report ? JSON.stringify({file: page.name, error: problem}) : undefined}
}
