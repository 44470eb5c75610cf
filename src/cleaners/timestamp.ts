import {endsLikeSentence, foldCased} from '../text.js'
import type {Block, CleanerContext, CleanerSpec} from '../types.js'
import {phraseCleaner, phraseMatch, phraseReason} from './phrase.js'

const description = 'Reading time or date stamp'

/** Most words of a label whose value is on the next line (`Published`, `Tempo de leitura:`). */
const LABEL_WORDS = 4
/** Most words of the value line under such a label (`4:00 am CST, Wednesday, November 20, 2019`, `1 minuto`). */
const VALUE_WORDS = 8

/** Lower-case words in a row after a stamp that make the line go on as prose. */
const CLAUSE_WORDS = 3
/** Most stamps chained on one line that are looked through. */
const MAX_STAMPS = 4

/**
 * Offset (in `text`) of the first run of {@link CLAUSE_WORDS} words in a row written in lower
 * case, from `from` on; -1 without one.
 */
function clauseAt(text: string, from: number): number {
  const word = /\S+/gu
  word.lastIndex = from
  let run = 0
  let start = -1
  for (let found = word.exec(text); found; found = word.exec(text)) {
    if (/^\p{Ll}+[,;:]?$/u.test(found[0])) {
      if (run++ === 0) start = found.index
      if (run >= CLAUSE_WORDS) return start
    } else run = 0
  }
  return -1
}

/**
 * Whether a line goes on as a sentence after the stamp its phrase matched (`Published March
 * 12, 2024, the report found that …`): {@link CLAUSE_WORDS} words in a row written in lower
 * case (in the line as printed) after the match that do not open a second stamp (`…, mis à
 * jour le 13 mars 2024`). What follows a stamp is otherwise a time, a zone or a name
 * (`at 10:32 am EST`, `by John Smith`): never such a run.
 *
 * @param block The line.
 * @param match The text the phrase matched, in the line's lower-case form.
 * @param context Context.
 * @returns Whether the line goes on as prose.
 */
function goesOnAsProse(block: Block, match: string, context: CleanerContext): boolean {
  const at = block.lower.indexOf(match)
  // The line folded as `lower` is (spaces, quotes, dashes), case kept: offsets line up with it.
  const cased = foldCased(block.text).trim()
  // Lower-casing changed the length (rare letters): offsets differ, judge nothing.
  if (at < 0 || block.lower.length !== cased.length) return false
  let from = at + match.length
  for (let stamps = 0; stamps < MAX_STAMPS; stamps++) {
    const clause = clauseAt(cased, from)
    if (clause < 0) return false
    const lower = block.lower.slice(clause)
    const next = context.rules.match('timestamp', {...block, lower, words: lower.split(/\s+/u).length})
    if (next === undefined || !lower.startsWith(next)) return true
    from = clause + next.length
  }
  return false
}

/**
 * Whether a short label and the line after it read as one stamp: the two joined match the rule
 * (`Tempo de leitura:` and `2 minutos`, `Published` and `4:00 am CST, Wednesday, November 20,
 * 2019`). The label has no digit, the value is short and is no sentence: an article line after
 * a lone label is never taken.
 *
 * @param label The label line.
 * @param value The next line of the page.
 * @param context Context.
 * @returns Whether the two are a stamp split over two lines.
 */
function splitStamp(label: Block, value: Block, context: CleanerContext): boolean {
  if (label.words > LABEL_WORDS || /\d/.test(label.lower) || value.words > VALUE_WORDS || endsLikeSentence(value.lower)) return false
  const joined: Block = {...value, lower: `${label.lower} ${value.lower}`, words: label.words + value.words}
  return context.rules.match('timestamp', joined) !== undefined
}

/**
 * The phrase part and the two-line stamps: reading-time and date stamps: `Temps de lecture : 3 min`, `Publié le … Mis à jour le …`,
 * `5 min read`, `| UPDATED: 11:05, Tue, Nov 19, 2019`. A stamp whose label and value are on
 * two lines (`Tempo de leitura:` / `1 minuto`) goes as a whole: the label (kept, or removed as
 * a lone label) and the very next line, kept or already taken for a stamp, when the two joined
 * match the pack's phrases.
 */
const stampCleaner: CleanerSpec = phraseCleaner('timestamp', description, (context) => {
  const {blocks} = context
  for (let index = 0; index + 1 < blocks.length; index++) {
    const label = blocks[index]!
    const value = blocks[index + 1]!
    const labelRule = context.removedBy(label)
    const valueRule = context.removedBy(value)
    if ((labelRule !== undefined && labelRule !== 'timestamp') || (valueRule !== undefined && valueRule !== 'timestamp')) continue
    if (labelRule !== undefined && valueRule !== undefined) continue
    if (!splitStamp(label, value, context)) continue
    const reason = `${description}: “${label.text.trim()}” and its value on the next line`
    context.remove(label, 'timestamp', reason)
    context.remove(value, 'timestamp', reason)
  }
})

/**
 * Reading-time and date stamps (see {@link stampCleaner}); a line that goes on as prose after
 * its stamp (`Published March 12, 2024, the report found …`) is article text and stays.
 */
export const timestamp: CleanerSpec = {
  ...stampCleaner,
  test(block, context) {
    const match = phraseMatch('timestamp', block, context)
    if (match === undefined || (match !== block.lower && goesOnAsProse(block, match, context))) return undefined
    return phraseReason(description, match, block)
  }
}
