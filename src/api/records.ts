/**
 * Cleaning many pages or records in order: `cleanAll` (sync or async iterables in, an async
 * iterable out) and the item handling it shares with `cleanStream` (newsclean/stream). No
 * Node built-in is needed here, so the main entry stays usable outside Node.
 */
import {describe} from '../core/errors.js'
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
   * Called when an item cannot be cleaned (a record whose field is not a string, an item
   * that is neither a string nor a record, a page longer than `maxLength`, a cleaner that
   * throws). What it returns is emitted in the item's place (`(error, item) => item` passes
   * the item through unchanged); `undefined` emits nothing. Without it the error is thrown
   * (`cleanAll`) or emitted (`cleanStream`), which ends the run.
   */
  onError?: (error: Error, item: unknown, index: number) => unknown
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
  const {field = DEFAULT_FIELD, report = false, onError, ...cleanOptions} = options ?? {}
  if (typeof field !== 'string' || field === '') throw new TypeError(`newsclean: \`field\` must be a non-empty string, got ${describe(field)}`)
  if (typeof report !== 'boolean' && (typeof report !== 'string' || report === '')) {
    throw new TypeError(`newsclean: \`report\` must be a boolean or a non-empty key, got ${describe(report)}`)
  }
  if (onError !== undefined && typeof onError !== 'function') throw new TypeError(`newsclean: \`onError\` must be a function, got ${describe(onError)}`)
  const reportKey = report === true ? DEFAULT_REPORT_KEY : report || undefined
  const cleaner = createCleaner(cleanOptions)

  function cleanItem(item: unknown, index: number): unknown {
    if (typeof item === 'string') return cleaner.clean(item)
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      throw new TypeError(`newsclean: item ${index}: expected a page (string) or a record (object), got ${describe(item)}`)
    }
    const record = item as Record<string, unknown>
    const text = record[field]
    if (typeof text !== 'string') throw new TypeError(`newsclean: record ${index}: field \`${field}\` is not a string (got ${describe(text)})`)
    const result = cleaner.clean(text)
    const out: Record<string, unknown> = {...record, [field]: result.text}
    if (reportKey !== undefined) out[reportKey] = reportOf(result)
    return out
  }

  return (item, index) => {
    try {
      return {value: cleanItem(item, index)}
    } catch (error) {
      if (!onError) throw error
      const replacement = onError(error instanceof Error ? error : new Error(String(error)), item, index)
      return replacement === undefined ? undefined : {value: replacement}
    }
  }
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
