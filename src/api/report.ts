/**
 * The report of a cleaned page: what JSON output (the CLI's `--report`, the `report` option
 * of the streams) carries about it. Plain data, safe to `JSON.stringify`.
 */
import type {Metadata, Removal} from '../core/types.js'
import type {CleanResult} from './types.js'

/** What was removed from a page and what the removed lines told: a {@link CleanResult} without its text and VFile. */
export interface PageReport {
  /** ISO 639-1 code of the language whose rules were used (`'und'` when undetermined). */
  language: string
  /** How sure detection is of the language, from 0 to 1. */
  languageConfidence: number
  /** Whether the language is one of the `targetLanguages` (`true` without that option). */
  languageMatch: boolean
  /** Whether the cleaned text is shorter than `minChars` (default 1: nothing left). */
  empty: boolean
  /** What the page was cleaned as: an extractor's output (`'extract'`) or a whole page (`'page'`). */
  kind: CleanResult['kind']
  /** What the input was read as: `'text'` or `'markdown'`. */
  format: CleanResult['format']
  /** Whether the text was read as hard-wrapped (paragraphs kept or removed whole). */
  wrapped: boolean
  /** One entry per removed block, in document order: `{rule, category, reason, text, line, endLine, start, end, links?}`. */
  removed: Removal[]
  /** What removed lines told (byline, category, tags, source) and the title. */
  metadata: Metadata
}

/**
 * The report of a cleaned page.
 *
 * @example
 * ```ts
 * const result = clean(page)
 * console.error(JSON.stringify(reportOf(result)))
 * ```
 *
 * @param result What `clean` returned.
 * @returns Its language, kind, removals and metadata, as plain data.
 */
export function reportOf(result: CleanResult): PageReport {
  return {
    language: result.language,
    languageConfidence: result.languageConfidence,
    languageMatch: result.languageMatch,
    empty: result.empty,
    kind: result.kind,
    format: result.format,
    wrapped: result.wrapped,
    removed: result.removed,
    metadata: result.metadata
  }
}
