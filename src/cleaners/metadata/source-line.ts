import {MAX_MATCH_LENGTH} from '../../language/compile.js'
import type {BuiltinCleaner} from '../spec.js'
import {phraseVerdict} from '../phrase.js'

const description = 'Source line'
/** Most words of a `source:` line that names a source without a URL. */
const SOURCE_NAME_WORDS = 6
/** Most words of a `source:` line with a URL. */
const MAX_SOURCE_LINE_WORDS = 20
const url = /(?:https?:\/\/|www\.)\S+/

/**
 * `source:` lines (labels from the pack: `source`, `quelle`, `fuente`): a label, a colon, and a
 * URL or a short name. The URL (or the name) goes to `metadata.source`. Lines that credit the
 * article's source in the words of a language (`Mit Material von dpa`, `Com Lusa`) are the
 * pack's `lines`, `starts` and `patterns` of this rule.
 */
export const sourceLine: BuiltinCleaner = {
  name: 'source-line',
  description,
  category: 'source',
  summary: '`source:` with a URL or a short name → `metadata.source`',
  example: '`source:https://www.rtl.nl/…`, `Source : AFP`',
  stage: 'line',
  data: {description: 'Source lines.', phrases: true, lists: {labels: {description: 'Labels of a source line before a colon (`source`, `quelle`).'}}},
  local: true,
  test(block, context) {
    if (block.words > MAX_SOURCE_LINE_WORDS || block.lower.length > MAX_MATCH_LENGTH) return undefined
    for (const label of context.rules.list('source-line', 'labels')) {
      if (!block.lower.startsWith(label) || !/^ ?:/.test(block.lower.slice(label.length))) continue
      const text = block.text.trim()
      const rest = text.slice(text.indexOf(':') + 1).trim()
      const link = url.exec(rest)
      if (!link && rest.split(/\s+/).length > SOURCE_NAME_WORDS) return undefined
      // A label alone (`Source:`, the source a link the extractor dropped) is the pack's `lines`.
      if (!rest) break
      return {reason: `${description}: “${label}:”`, metadata: {source: link ? link[0] : rest}}
    }
    return phraseVerdict('source-line', description, block, context)
  }
}
