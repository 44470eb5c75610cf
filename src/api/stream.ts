/**
 * `cleanStream`: a Node object-mode `Transform` (pages or records in, results out, in order).
 * In a module of its own, so that the main entry needs no Node built-in (nor its types).
 */
import {Transform} from 'node:stream'
import {itemCleaner} from './records.js'
import type {StreamOptions} from './records.js'

/**
 * A Node `Transform` in object mode: pages (strings) or records in, results out, in order.
 * A page gives its `CleanResult`; a record gives a copy with its `field` cleaned (and,
 * with `report`, the page's report added). Options are checked and the cleaner compiled
 * once, here: bad options throw at once.
 *
 * @example
 * ```ts
 * await pipeline(records, cleanStream({field: 'body', report: true}), sink)
 * ```
 *
 * @param options Options of `clean`, plus `field`, `report` and `onError`.
 * @returns The transform.
 * @throws {TypeError | RangeError} On bad options.
 */
export function cleanStream(options?: StreamOptions | null): Transform {
  const cleanItem = itemCleaner(options)
  let index = 0
  return new Transform({
    objectMode: true,
    transform(chunk: unknown, _encoding, callback) {
      let out
      try {
        out = cleanItem(chunk, index++)
      } catch (error) {
        callback(error as Error)
        return
      }
      if (out) callback(null, out.value)
      else callback()
    }
  })
}
