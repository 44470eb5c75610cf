/**
 * Cleaning many pages or records in order: `cleanAll` (sync or async iterables in, an async
 * iterable out) and the item handling it shares with `cleanStream` (newsclean/stream). No
 * Node built-in is needed here, so the main entry stays usable outside Node.
 */
import {VFile} from 'vfile'
import {CleanerError, describe} from '../core/errors.js'
import {createCleaner} from './clean.js'
import {reportOf} from './report.js'
import type {CleanResult, Options} from './types.js'

/** Default record field holding the page text. */
export const DEFAULT_FIELD = 'text'
/** Default key of the report added to records (`report: true`). */
export const DEFAULT_REPORT_KEY = 'newsclean'

/** Options of {@link cleanStream} and {@link cleanAll}: the options of `clean` and how to handle records. */
export interface StreamOptions extends Options {
  /** Field of a record holding the page text (default `'text'`). */
  field?: string
  /**
   * Add the page's {@link PageReport} (`{language, removed, metadata}`) to each record, under
   * the key `'newsclean'` (`true`) or the key given. Default: no report.
   */
  report?: boolean | string
  /**
   * Called when an item cannot be cleaned (a record without the field or whose field is not a
   * string, an item that is neither a string nor a record, a page longer than `maxLength`, a
   * cleaner that throws), with the error, the item and its number (1-based: the first item is
   * 1, as the first line of a JSON Lines file is). What it returns is emitted in the item's
   * place; `undefined` emits nothing. Without it the item passes through (see {@link passThrough}).
   */
  onError?: (error: Error, item: unknown, number: number) => unknown
  /**
   * Stop at the first item that cannot be cleaned: `cleanAll` throws its error, `cleanStream`
   * emits it (as the command's `--strict`). Default `false`: the run goes on.
   */
  strict?: boolean
}

/**
 * What an item becomes: a page (string) gives a {@link CleanResult}; a record gives a
 * shallow copy with its text field cleaned (and the report added when asked).
 */
export type Cleaned<T> = T extends string ? CleanResult : T

/** Cleans one item; `undefined` when nothing is to be emitted. */
export type ItemCleaner = (item: unknown, index: number) => {value: unknown} | undefined

/**
 * Check stream options and compile the cleaner once.
 *
 * @param options Stream options.
 * @returns The item cleaner.
 */
export function itemCleaner(options: StreamOptions | null | undefined): ItemCleaner {
  if (options !== undefined && options !== null && (typeof options !== 'object' || Array.isArray(options))) {
    throw new TypeError(`newsclean: expected options to be an object, got ${describe(options)}`)
  }
  const {field = DEFAULT_FIELD, report = false, onError, strict = false, ...cleanOptions} = options ?? {}
  if (typeof field !== 'string') throw new TypeError(`newsclean: \`field\` must be a non-empty string, got ${describe(field)}`)
  if (field === '') throw new RangeError('newsclean: `field` must be a non-empty string, got an empty one')
  if (typeof report !== 'boolean' && typeof report !== 'string') {
    throw new TypeError(`newsclean: \`report\` must be a boolean or a non-empty key, got ${describe(report)}`)
  }
  if (report === '') throw new RangeError('newsclean: `report` must be a boolean or a non-empty key, got an empty string')
  if (onError !== undefined && typeof onError !== 'function') throw new TypeError(`newsclean: \`onError\` must be a function, got ${describe(onError)}`)
  if (typeof strict !== 'boolean') throw new TypeError(`newsclean: \`strict\` must be a boolean, got ${describe(strict)}`)
  const reportKey = report === true ? DEFAULT_REPORT_KEY : report || undefined
  const cleaner = createCleaner(cleanOptions)

  function cleanItem(item: unknown, number: number): unknown {
    if (typeof item === 'string') {
      try {
        return cleaner.clean(item)
      } catch (error) {
        throw numbered(error, `page ${number}`)
      }
    }
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      throw new TypeError(`newsclean: item ${number}: expected a page (string) or a record (object), got ${describe(item)}`)
    }
    const record = item as Record<string, unknown>
    const problem = recordProblem(record, field)
    if (problem !== undefined) throw new TypeError(`newsclean: record ${number}: ${problem}`)
    let result
    try {
      result = cleaner.clean(record[field] as string)
    } catch (error) {
      throw numbered(error, `record ${number}`)
    }
    const out: Record<string, unknown> = {...record, [field]: result.text}
    if (reportKey !== undefined) out[reportKey] = reportOf(result)
    return out
  }

  return (item, index) => {
    const number = index + 1
    try {
      return {value: cleanItem(item, number)}
    } catch (caught) {
      const error = caught instanceof Error ? caught : new Error(String(caught))
      if (strict) throw error
      if (onError) {
        const replacement = onError(error, item, number)
        return replacement === undefined ? undefined : {value: replacement}
      }
      return {value: passThrough(item, error)}
    }
  }
}

/**
 * Why a record cannot be cleaned, in the words the command uses after a line's number
 * (`no field "text"`, `field "text" is not a string (null)`), or `undefined` when it can.
 *
 * @param record A record (an object).
 * @param field The field holding the page text.
 * @returns The problem.
 */
export function recordProblem(record: Record<string, unknown>, field: string): string | undefined {
  if (!Object.hasOwn(record, field)) return `no field "${field}"`
  const text = record[field]
  return typeof text === 'string' ? undefined : `field "${field}" is not a string (${describe(text)})`
}

/** An error of a page or record, its message saying which (the class and `cause` kept). */
function numbered(error: unknown, which: string): Error {
  if (!(error instanceof Error)) return new Error(`newsclean: ${which}: ${String(error)}`, {cause: error})
  const message = `newsclean: ${which}: ${error.message.replace(/^newsclean: /, '')}`
  if (error instanceof CleanerError) {
    Object.defineProperty(error, 'message', {value: message, configurable: true, writable: true})
    return error
  }
  const Kind = error instanceof RangeError ? RangeError : error instanceof TypeError ? TypeError : Error
  return new Kind(message, {cause: error})
}

/**
 * What an item that cannot be cleaned becomes when no `onError` says otherwise, so that nothing
 * is lost: a record (or anything that is not a page) passes through as it came; a page gives a
 * {@link CleanResult} whose text is the page unchanged, with nothing removed and the error in
 * `error`.
 *
 * @param item The item.
 * @param error Why it could not be cleaned.
 * @returns What is emitted in its place.
 */
export function passThrough(item: unknown, error: Error): unknown {
  if (typeof item !== 'string') return item
  const result: CleanResult = {
    text: item,
    language: 'und',
    languageConfidence: 0,
    languageMatch: true,
    empty: item.length === 0,
    kind: 'extract',
    format: 'text',
    wrapped: false,
    removed: [],
    metadata: {},
    file: new VFile({value: item}),
    error
  }
  return result
}

/**
 * Clean every item of a sync or async iterable, in order: pages (strings) give their
 * {@link CleanResult}, records a copy with their `field` cleaned. Options are checked and
 * the cleaner compiled once, when `cleanAll` is called.
 *
 * @example
 * ```ts
 * for await (const record of cleanAll(readRecords(), {field: 'body'})) save(record)
 * ```
 *
 * @param source Pages or records (an array, a generator, a stream in object mode…).
 * @param options Options of `clean`, plus `field`, `report` and `onError`.
 * @returns The results, in the order of the items.
 * @throws {TypeError | RangeError} On bad options or a source that is not iterable.
 */
export function cleanAll<T>(source: Iterable<T> | AsyncIterable<T>, options?: StreamOptions | null): AsyncGenerator<Cleaned<T>, void, undefined> {
  const iterable = source as Partial<Iterable<T> & AsyncIterable<T>> | null | undefined
  if (
    iterable === null ||
    iterable === undefined ||
    (typeof iterable[Symbol.iterator] !== 'function' && typeof iterable[Symbol.asyncIterator] !== 'function')
  ) {
    throw new TypeError(`newsclean: expected an iterable or async iterable of pages or records, got ${describe(source)}`)
  }
  const cleanItem = itemCleaner(options)
  return (async function* () {
    let index = 0
    for await (const item of source) {
      const out = cleanItem(item, index++)
      if (out) yield out.value as Cleaned<T>
    }
  })()
}
