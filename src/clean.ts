/**
 * `clean` and `createCleaner`: the library's front door.
 */
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe} from './errors.js'
import {cleanedText} from './engine.js'
import {newscleanParse, retextNewsclean} from './plugin.js'
import {makeSettings} from './settings.js'
import {stateOf} from './state.js'
import type {CleanResult, Cleaner, Options} from './types.js'

/**
 * Prepare a cleaner: options are checked and rules compiled once; `clean` then runs on page
 * after page. Use it in loops.
 *
 * @example
 * ```ts
 * const cleaner = createCleaner({disable: ['byline']})
 * for (const page of pages) console.log(cleaner.clean(page).text)
 * ```
 *
 * @param options Options (see the README).
 * @returns The cleaner.
 * @throws {TypeError | RangeError} On bad options.
 */
export function createCleaner(options?: Options | null): Cleaner {
  const settings = makeSettings(options)
  // The same pipeline unified users build, frozen once.
  const processor = unified().use(newscleanParse).use(retextNewsclean, options).freeze()

  return {
    clean(text: string): CleanResult {
      if (typeof text !== 'string') throw new TypeError(`newsclean: expected the page text as a string, got ${describe(text)}`)
      if (text.length > settings.maxLength) {
        throw new RangeError(`newsclean: input of ${text.length} characters is longer than maxLength (${settings.maxLength}); raise the \`maxLength\` option to accept it`)
      }
      const file = new VFile({value: text})
      processor.runSync(processor.parse(file), file)
      const data = file.data.newsclean!
      return {text: cleanedText(stateOf(file)!), language: data.language, kind: data.kind, removed: data.removed, metadata: data.metadata, file}
    }
  }
}

/**
 * Clean the text of one scraped news page: remove boilerplate lines, keep every other line
 * verbatim and in order. Synchronous, pure and deterministic.
 *
 * @example
 * ```ts
 * const {text, removed, metadata} = clean(scrapedText)
 * ```
 *
 * @param text The page text.
 * @param options Options (see the README).
 * @returns The cleaned text, the language, the removals, the metadata and the VFile.
 * @throws {TypeError} When `text` is not a string or options are malformed.
 * @throws {RangeError} When `text` is longer than `maxLength`, or an option names an unknown language or rule.
 */
export function clean(text: string, options?: Options | null): CleanResult {
  return createCleaner(options).clean(text)
}
