/**
 * `clean` and `createCleaner`: the library's front door.
 */
import {VFile} from 'vfile'
import {describe} from '../core/errors.js'
import {cleanedText, report} from '../core/output.js'
import {cleanText, pageFlags} from './pipeline.js'
import {assertLength, makeSettings} from './settings.js'
import type {CleanResult, Cleaner, Options} from './types.js'

/**
 * Prepare a cleaner: options are checked and rules compiled once; `clean` then runs on page
 * after page. Use it in loops.
 *
 * It runs what the unified preset runs (`newscleanParse` then `retextNewsclean`) without
 * building the NLCST tree it does not return: paragraphs are tokenised only when a cleaner
 * asks for {@link Block.node}, which keeps time and memory low on large pages.
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

  return {
    clean(text: string): CleanResult {
      if (typeof text !== 'string') throw new TypeError(`newsclean: expected the page text as a string, got ${describe(text)}`)
      assertLength(text, settings.maxLength)
      const file = new VFile({value: text})
      const page = cleanText(text, settings, file)
      const cleaned = cleanedText(page)
      const data = report(page, pageFlags(page, cleaned, settings))
      return {
        text: cleaned,
        language: data.language,
        languageConfidence: data.languageConfidence,
        languageMatch: data.languageMatch,
        empty: data.empty,
        kind: data.kind,
        format: data.format,
        wrapped: data.wrapped,
        removed: data.removed,
        metadata: data.metadata,
        file
      }
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
