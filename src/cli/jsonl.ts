/**
 * One JSON Lines record: parse it, clean its text field, and write it back with only that
 * field changed (and the report added). The rest of the line is copied byte for byte, so
 * numbers too large for a double, key order, escapes and spacing all pass through untouched.
 */
import {recordProblem} from '../api/records.js'
import {describe} from '../core/errors.js'
import {isBlank} from '../text/lines.js'

/** Where a member of a JSON object sits in the line. */
interface Member {
  /** Its key, decoded. */
  key: string
  /** Offset of the value's first character. */
  start: number
  /** Offset just past the value. */
  end: number
}

/** The top-level members of a JSON object and the offset of its closing brace. */
interface ObjectLayout {
  members: Member[]
  close: number
}

/** JSON white space: space, tab, line feed, carriage return. */
function skipSpace(text: string, index: number): number {
  let at = index
  for (;;) {
    const code = text.charCodeAt(at)
    if (code === 32 || code === 9 || code === 10 || code === 13) at++
    else return at
  }
}

/**
 * Past a JSON string starting at `index` (its opening quote): the next quote not escaped,
 * found with `indexOf` (a quote is escaped when an odd number of backslashes precede it;
 * each backslash is counted once, so this stays linear).
 */
function skipString(text: string, index: number): number {
  let at = index + 1
  for (;;) {
    const quote = text.indexOf('"', at)
    if (quote === -1) return text.length
    let backslashes = 0
    for (let before = quote - 1; before >= at && text.charCodeAt(before) === 92; before--) backslashes++
    if (backslashes % 2 === 0) return quote + 1
    at = quote + 1
  }
}

/** Past a JSON value starting at `index`. */
function skipValue(text: string, index: number): number {
  const first = text.charCodeAt(index)
  if (first === 34) return skipString(text, index)
  if (first === 123 || first === 91) {
    let depth = 0
    let at = index
    while (at < text.length) {
      const code = text.charCodeAt(at)
      if (code === 34) {
        at = skipString(text, at)
        continue
      }
      if (code === 123 || code === 91) depth++
      else if (code === 125 || code === 93) {
        depth--
        if (depth === 0) return at + 1
      }
      at++
    }
    return at
  }
  // A number, true, false or null: up to the next delimiter.
  let at = index
  while (at < text.length) {
    const code = text.charCodeAt(at)
    if (code === 44 || code === 125 || code === 93 || code === 32 || code === 9 || code === 10 || code === 13) break
    at++
  }
  return at
}

/**
 * The layout of a line that `JSON.parse` accepted as an object. Linear in the line's length.
 *
 * @param text A valid JSON object.
 * @returns Its top-level members, in order, and where it closes.
 */
export function layoutOf(text: string): ObjectLayout {
  const members: Member[] = []
  let at = skipSpace(text, 0) + 1
  at = skipSpace(text, at)
  if (text.charCodeAt(at) === 125) return {members, close: at}
  for (;;) {
    at = skipSpace(text, at)
    const keyStart = at
    at = skipString(text, at)
    const raw = text.slice(keyStart, at)
    const key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1)
    at = skipSpace(text, at) + 1
    at = skipSpace(text, at)
    const start = at
    at = skipValue(text, at)
    members.push({key, start, end: at})
    at = skipSpace(text, at)
    if (text.charCodeAt(at) === 44) at++
    else return {members, close: at}
  }
}

/** What happens to one line. */
export type LineVerdict = {kind: 'blank'} | {kind: 'bad'; problem: string} | {kind: 'page'; text: string; record: Record<string, unknown>}

/**
 * Read one line of JSON Lines input.
 *
 * @param line The line, without its line break.
 * @param field The field holding the page text.
 * @returns A blank line, a bad one (with the problem), or the page text.
 */
export function readRecord(line: string, field: string): LineVerdict {
  if (isBlank(line)) return {kind: 'blank'}
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (error) {
    return {kind: 'bad', problem: `not valid JSON (${(error as Error).message})`}
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {kind: 'bad', problem: `not a JSON object (${describe(value)})`}
  const record = value as Record<string, unknown>
  // The library's words for it (cleanAll, cleanStream): one policy, said the same way.
  const problem = recordProblem(record, field)
  if (problem !== undefined) return {kind: 'bad', problem}
  return {kind: 'page', text: record[field] as string, record}
}

/**
 * Write a record back with its text field replaced and, when `report` is given, the report
 * set under `reportKey` (replacing a member of that key, else added last). Everything else
 * in the line is kept as it was.
 *
 * @param line The original line (a valid JSON object).
 * @param field The text field.
 * @param text The cleaned text.
 * @param reportKey Key of the report, or undefined for none.
 * @param report The report (JSON-serialisable).
 * @returns The new line.
 */
export function rewriteRecord(line: string, field: string, text: string, reportKey?: string, report?: unknown): string {
  const {members, close} = layoutOf(line)
  const edits: Array<{start: number; end: number; value: string}> = []
  const last = (key: string): Member | undefined => members.findLast((member) => member.key === key)
  const target = last(field)!
  edits.push({start: target.start, end: target.end, value: JSON.stringify(text)})
  if (reportKey !== undefined) {
    const json = JSON.stringify(report)
    const existing = last(reportKey)
    if (existing) edits.push({start: existing.start, end: existing.end, value: json})
    else edits.push({start: close, end: close, value: `,${JSON.stringify(reportKey)}:${json}`})
  }
  edits.sort((a, b) => a.start - b.start)
  let out = ''
  let at = 0
  for (const edit of edits) {
    out += line.slice(at, edit.start) + edit.value
    at = edit.end
  }
  return out + line.slice(at)
}
