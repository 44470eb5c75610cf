/**
 * `clean` and `createCleaner`: the library's front door.
 */
import {VFile} from 'vfile'
import {describe} from '../core/errors.js'
import {addMessages, cleanedText, removalsOf} from '../core/output.js'
import type {NewscleanData} from '../core/output.js'
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
      const page = cleanText(text, settings, () => new VFile({value: text}))
      const cleaned = cleanedText(page)
      const flags = pageFlags(page, cleaned, settings)
      const removed = removalsOf(page)
      const data: NewscleanData = {
        language: page.language,
        languageConfidence: page.languageConfidence,
        languageMatch: flags.languageMatch,
        empty: flags.empty,
        kind: page.kind,
        format: page.format,
        wrapped: page.wrapped,
        removed,
        metadata: page.metadata
      }
      const blocks = page.blocks.length
      // The VFile and its messages (one per removal) are made when first read: most callers
      // read the text and `removed` only, and a million messages cost hundreds of MB.
      let file = page.fileIfMade
      let made = false
      const result = {
        text: cleaned,
        language: data.language,
        languageConfidence: data.languageConfidence,
        languageMatch: data.languageMatch,
        empty: data.empty,
        kind: data.kind,
        format: data.format,
        wrapped: data.wrapped,
        removed,
        metadata: data.metadata
      } as CleanResult
      Object.defineProperty(result, 'file', {
        enumerable: true,
        configurable: true,
        get(): VFile {
          const value = (file ??= new VFile({value: text}))
          if (!made) {
            made = true
            addMessages(value, removed, blocks)
            value.data.newsclean = data
          }
          return value
        }
      })
      return result
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
