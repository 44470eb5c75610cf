/**
 * What a run exports besides the cleaned text: the facts of each record (made where it is
 * cleaned, in a worker), the removed lines as TSV (`--removed-out`) and the summary of the
 * run (`--stats`: a table on a terminal, JSON otherwise).
 */
import type {CleanResult} from '../api/types.js'

/** One removed line: line number, rule, category, reason, text. */
export type RemovedRow = [line: number, rule: string, category: string, reason: string, text: string]

/** What the main thread needs of one cleaned record or page (plain data: it crosses threads). */
export interface RecordFacts {
  /** The record's name: `file:line` for JSON Lines, the file's name for a page. */
  record: string
  language: string
  /** Non-blank lines of the page. */
  lines: number
  removed: RemovedRow[]
  /** Characters of the cleaned text. */
  chars: number
  languageMatch: boolean
  empty: boolean
  /** The page as it was given (for `--audit` only). */
  text?: string
}

/**
 * The facts of a cleaned record.
 *
 * @param record Its name.
 * @param text The page as given.
 * @param result What cleaning it gave.
 * @param withText Keep the page's text (for the audit).
 * @returns The facts.
 */
export function factsOf(record: string, text: string, result: CleanResult, withText: boolean): RecordFacts {
  const facts: RecordFacts = {
    record,
    language: result.language,
    lines: result.removed.length + countKept(result.text),
    removed: result.removed.map((removal) => [removal.line, removal.rule, removal.category, removal.reason, removal.text]),
    chars: result.text.length,
    languageMatch: result.languageMatch,
    empty: result.empty
  }
  if (withText) facts.text = text
  return facts
}

/** Non-blank lines of a cleaned text. */
function countKept(text: string): number {
  let count = 0
  for (const line of text.split(/\r\n|\r|\n/)) if (line.trim() !== '') count++
  return count
}

/** The header of the `--removed-out` file. */
export const TSV_HEADER = 'record\tline\trule\tcategory\treason\ttext\n'

/** A TSV field: backslash, tab and line breaks escaped (`\\`, `\t`, `\n`, `\r`), so a row is one line. */
function field(value: string | number): string {
  return String(value).replace(/[\\\t\n\r]/g, (char) => (char === '\\' ? '\\\\' : char === '\t' ? '\\t' : char === '\n' ? '\\n' : '\\r'))
}

/**
 * The TSV rows of a record's removed lines.
 *
 * @param facts The record.
 * @returns Its rows, each ending with a line break (`''` when nothing was removed).
 */
export function tsvRows(facts: RecordFacts): string {
  return facts.removed.map((row) => `${[facts.record, ...row].map(field).join('\t')}\n`).join('')
}

/** Counts per language. */
interface LanguageCounts {
  pages: number
  kept: number
  removed: number
}

/** The summary of a run, as `--stats` prints it in JSON. */
export interface RunStats {
  pages: number
  errors: number
  flagged: {otherLanguage: number; empty: number}
  lines: {total: number; kept: number; removed: number}
  removedByRule: Record<string, number>
  byLanguage: Record<string, LanguageCounts>
  seconds: number
  pagesPerSecond: number
}

/** Adds up the facts of a run. */
export class StatsCollector {
  #pages = 0
  #otherLanguage = 0
  #empty = 0
  #total = 0
  #removed = 0
  readonly #byRule = new Map<string, number>()
  readonly #byLanguage = new Map<string, LanguageCounts>()
  readonly #started: number

  constructor(started = performance.now()) {
    this.#started = started
  }

  /** Count a cleaned record. */
  add(facts: RecordFacts): void {
    this.#pages++
    if (!facts.languageMatch) this.#otherLanguage++
    if (facts.empty) this.#empty++
    this.#total += facts.lines
    this.#removed += facts.removed.length
    for (const [, rule] of facts.removed) this.#byRule.set(rule, (this.#byRule.get(rule) ?? 0) + 1)
    let language = this.#byLanguage.get(facts.language)
    if (!language) this.#byLanguage.set(facts.language, (language = {pages: 0, kept: 0, removed: 0}))
    language.pages++
    language.kept += facts.lines - facts.removed.length
    language.removed += facts.removed.length
  }

  /**
   * The summary.
   *
   * @param errors Inputs that failed.
   * @param now The time it is taken (for the throughput).
   */
  summary(errors: number, now = performance.now()): RunStats {
    const seconds = Math.max(0, (now - this.#started) / 1000)
    const byRule = [...this.#byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    const byLanguage = [...this.#byLanguage].sort((a, b) => b[1].pages - a[1].pages || a[0].localeCompare(b[0]))
    return {
      pages: this.#pages,
      errors,
      flagged: {otherLanguage: this.#otherLanguage, empty: this.#empty},
      lines: {total: this.#total, kept: this.#total - this.#removed, removed: this.#removed},
      removedByRule: Object.fromEntries(byRule),
      byLanguage: Object.fromEntries(byLanguage),
      seconds: Math.round(seconds * 1000) / 1000,
      pagesPerSecond: seconds > 0 ? Math.round((this.#pages / seconds) * 10) / 10 : 0
    }
  }
}

/** A number with thousands separated (`12,345`). */
const count = (value: number): string => value.toLocaleString('en-US')
/** A share in percent, one decimal. */
const share = (part: number, whole: number): string => (whole > 0 ? `${((part / whole) * 100).toFixed(1)}%` : '–')

/**
 * The summary as a table for a terminal.
 *
 * @param stats The summary.
 * @returns Lines, ending with a line break.
 */
export function statsTable(stats: RunStats): string {
  const {lines} = stats
  const out = [
    'newsclean: run summary',
    `  pages      ${count(stats.pages)}   errors ${count(stats.errors)}   flagged: other language ${count(stats.flagged.otherLanguage)}, empty ${count(stats.flagged.empty)}`,
    `  lines      ${count(lines.total)}   kept ${count(lines.kept)} (${share(lines.kept, lines.total)})   removed ${count(lines.removed)} (${share(lines.removed, lines.total)})`,
    `  time       ${stats.seconds.toFixed(1)} s   ${count(stats.pagesPerSecond)} pages/s`
  ]
  const rules = Object.entries(stats.removedByRule)
  if (rules.length > 0) {
    const width = Math.max(4, ...rules.map(([rule]) => rule.length))
    out.push('', `  ${'rule'.padEnd(width)}  ${'removed'.padStart(8)}  share`)
    for (const [rule, removed] of rules) out.push(`  ${rule.padEnd(width)}  ${count(removed).padStart(8)}  ${share(removed, lines.removed).padStart(5)}`)
  }
  const languages = Object.entries(stats.byLanguage)
  if (languages.length > 0) {
    out.push('', `  ${'language'.padEnd(8)}  ${'pages'.padStart(8)}  ${'kept'.padStart(10)}  ${'removed'.padStart(10)}`)
    for (const [language, counts] of languages)
      out.push(`  ${language.padEnd(8)}  ${count(counts.pages).padStart(8)}  ${count(counts.kept).padStart(10)}  ${count(counts.removed).padStart(10)}`)
  }
  return `${out.join('\n')}\n`
}
