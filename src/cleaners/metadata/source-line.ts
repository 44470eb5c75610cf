import {MAX_MATCH_LENGTH} from '../../language/compile.js'
import type {BuiltinCleaner} from '../spec.js'
import {findAgency} from '../../language/agencies.js'
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
 * article's source in the words of a language (`Mit Material von dpa`, `Com Lusa`, `Le Monde
 * avec AFP`) are the pack's phrases of this rule; the agency such a line names (the
 * vocabulary's `agencies`) goes to `metadata.agency`.
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
      const agency = link ? undefined : findAgency(rest, context.rules)?.agency
      return {reason: `${description}: “${label}:”`, metadata: agency ? {source: rest, agency} : {source: link ? link[0] : rest}}
    }
    const verdict = phraseVerdict('source-line', description, block, context)
    if (verdict === undefined) return undefined
    // `Le Monde avec AFP`, `Mit Material von dpa`, `dpa/AFP`: the agency goes to the metadata.
    const agency = findAgency(block.text.trim(), context.rules)?.agency
    return agency ? {reason: verdict, metadata: {agency}} : verdict
  }
}
