/**
 * The work of the CLI in batches: a task is a batch of JSON Lines records or of pages, run
 * by a worker thread (see worker.ts) or on the main thread with `--jobs 1`. Tasks and their
 * results are plain data (they cross threads by structured clone).
 */
import {mkdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {createCleaner} from '../api/clean.js'
import {reportOf} from '../api/report.js'
import type {Cleaner, Options} from '../api/types.js'
import {explain} from './explain.js'
import {factsOf, type RecordFacts} from './exports.js'
import {systemMessage} from './io.js'
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

/** A batch of consecutive JSON Lines lines. */
export interface LinesTask {
  kind: 'lines'
  settings: JobSettings
  /** Name of the input, for messages (`<stdin>`, a path). */
  source: string
  /** Line number of the first line. */
  first: number
  lines: string[]
}

/** One page: its text, or the file to read it from; and the file to write it to, if any. */
export interface PageInput {
  /** Name in messages and reports. */
  name: string
  path?: string
  text?: string
  /** Output file (else the result goes to standard output). */
  out?: string
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
  /** What goes to standard output (a record line without its line break, a page, an explanation). */
  out?: string
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

/**
 * Load extra cleaners from a module: its default export (or its `cleaners` export), an
 * array of cleaners or a single one. `createCleaner` checks them.
 *
 * @param file Absolute path.
 * @returns What the module exports.
 */
export async function loadCleaners(file: string): Promise<NonNullable<Options['cleaners']>> {
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

/** Whether a file name is a Markdown file's. */
export function isMarkdownFile(name: string): boolean {
  return MARKDOWN_EXTENSIONS.includes(path.extname(name).toLowerCase())
}

function markdownSettings(settings: JobSettings): JobSettings {
  return {...settings, options: {...settings.options, format: 'markdown'}}
}

/** The message of an error, for one line of stderr (the place is said already). */
function messageOf(error: unknown): string {
  return systemMessage(error).replace(/^newsclean: /, '')
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
    const verdict = readRecord(line, task.settings.field)
    if (verdict.kind === 'page') chosen = await siteCleaner(task.settings, verdict.record)
    const result = cleanLine(task, line, index, () => chosen!.cleaner, verdict)
    if (chosen?.problem !== undefined) {
      const where = `${task.source}:${task.first + index}`
      result.problem = result.problem === undefined ? `${where}: ${chosen.problem}` : `${result.problem}; ${chosen.problem}`
    }
    results.push(result)
  }
  return results
}

function cleanLine(task: LinesTask, line: string, index: number, cleanerOf: () => Cleaner, read?: ReturnType<typeof readRecord>): ItemResult {
  const {field, report, reportKey, explain: explaining, color} = task.settings
  const where = `${task.source}:${task.first + index}`
  const verdict = read ?? readRecord(line, field)
  if (verdict.kind === 'blank') return explaining ? {} : {out: line}
  if (verdict.kind === 'bad') return {out: explaining ? undefined : line, problem: `${where}: ${verdict.problem}`}
  let result
  try {
    result = cleanerOf().clean(verdict.text)
  } catch (error) {
    return {out: explaining ? undefined : line, problem: `${where}: ${messageOf(error)}`}
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

async function cleanPage(page: PageInput, cleaner: Cleaner, settings: JobSettings): Promise<ItemResult> {
  const fail = (problem: string): ItemResult => ({problem, report: settings.report ? JSON.stringify({file: page.name, error: problem}) : undefined})
  let text = page.text
  if (text === undefined) {
    try {
      text = await readFile(page.path!, 'utf8')
    } catch (error) {
      return fail(`${page.name}: cannot read (${messageOf(error)})`)
    }
  }
  let result
  try {
    result = cleaner.clean(text)
  } catch (error) {
    return fail(`${page.name}: ${messageOf(error)}`)
  }
  const report = reportOf(result)
  const item: ItemResult = settings.collect ? {facts: factsOf(page.name, text, result, settings.keepText === true)} : {}
  if (settings.report) item.report = JSON.stringify({file: page.name, ...report})
  if (!settings.explain && !result.languageMatch) return {...item, side: page.name}
  if (!settings.explain && result.empty && settings.dropEmpty) return item
  if (settings.explain) item.out = explain(text, report, page.name, settings.color)
  else if (page.out === undefined) item.out = withFinalBreak(result.text, text)
  else {
    try {
      await mkdir(path.dirname(page.out), {recursive: true})
      await writeFile(page.out, withFinalBreak(result.text, text))
    } catch (error) {
      return fail(`${page.out}: cannot write (${messageOf(error)})`)
    }
  }
  return item
}
