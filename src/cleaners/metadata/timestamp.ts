import {foldCased} from '../../text/fold.js'
import {endsLikeSentence} from '../../text/shapes.js'
import type {Block, CleanerContext, PageView} from '../../core/types.js'
import {phraseReason, reportsSpeech} from '../phrase.js'
import type {BuiltinCleaner} from '../spec.js'

const NAME = 'timestamp'
const description = 'Reading time or date stamp'
/** The vocabulary's phrases of a date stamp. */
const STAMPS = 'date-stamp'

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
function goesOnAsProse(block: Block, match: string, context: PageView): boolean {
  const at = block.lower.indexOf(match)
  // The line folded as `lower` is (spaces, quotes, dashes), case kept: offsets line up with it.
  const cased = foldCased(block.text).trim()
  // Lower-casing changed the length (rare letters): offsets differ, judge nothing.
  if (at < 0 || block.lower.length !== cased.length) return false
  let from = at + match.length
  for (let stamps = 0; stamps < MAX_STAMPS; stamps++) {
    const clause = clauseAt(cased, from)
    if (clause < 0) return false
    // A second stamp may open with a capital before the lower-case run (`— Mis à jour le …`).
    const before = cased.lastIndexOf(' ', clause - 2) + 1
    const next = [clause, before].filter((start) => start >= from).map((start) => stampAt(block, start, context))
    const found = next.find((end) => end !== undefined)
    if (found === undefined) return true
    from = found
  }
  return false
}

/**
 * Where a stamp that starts at `start` of the line ends, if one does.
 *
 * @param block The line.
 * @param start Offset in the line's lower-case form.
 * @param context Context.
 * @returns The offset just past the stamp, or `undefined`.
 */
function stampAt(block: Block, start: number, context: PageView): number | undefined {
  const lower = block.lower.slice(start)
  const next = context.rules.match(STAMPS, lower, lower.split(/\s+/u).length)
  return next !== undefined && lower.startsWith(next) ? start + next.length : undefined
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
function splitStamp(label: Block, value: Block, context: PageView): boolean {
  if (label.words > LABEL_WORDS || /\d/.test(label.lower) || value.words > VALUE_WORDS || endsLikeSentence(value.lower)) return false
  return context.rules.match(STAMPS, `${label.lower} ${value.lower}`, label.words + value.words) !== undefined
}

/**
 * A stamp whose label and value are on two lines (`Tempo de leitura:` / `1 minuto`) goes as a
 * whole: the label (kept, or removed as a lone label) and the next line, kept or already taken
 * for a stamp, when the two joined match the date-stamp phrases. The next line is the one the
 * output prints after the label: lines other rules removed between them are skipped (else
 * cleaning the output, where the two are neighbours, would remove them).
 *
 * @param context The page.
 */
function splitStamps(context: CleanerContext): void {
  let label: Block | undefined
  for (const value of context.blocks) {
    const valueTaken = context.removedBy(value)
    if (valueTaken !== undefined && valueTaken !== NAME) continue
    const previous = label
    label = value
    if (previous === undefined) continue
    if (context.removedBy(previous) !== undefined && valueTaken !== undefined) continue
    if (!splitStamp(previous, value, context)) continue
    const reason = `${description}: “${previous.text.trim()}” and its value on the next line`
    context.remove(previous, reason)
    context.remove(value, reason)
  }
}

/**
 * Reading-time and date stamps: `Temps de lecture : 3 min`, `Publié le … Mis à jour le …`,
 * `5 min read`, `| UPDATED: 11:05, Tue, Nov 19, 2019` (the vocabulary's `date-stamp` phrases),
 * and stamps split over two lines (see {@link splitStamps}). A line that goes on as prose after
 * its stamp (`Published March 12, 2024, the report found …`) is article text and stays, and so
 * does a line that reports speech.
 */
export const timestamp: BuiltinCleaner = {
  name: NAME,
  description,
  category: 'date',
  summary: 'reading-time and date stamps, also with the label and its value on two lines; a line that goes on as a sentence after its stamp stays',
  example: '`Temps de lecture : 3 min`, `Publié le 12 mars 2024…`, `5 min read`, `Tempo de leitura:` + `1 minuto`',
  stage: 'line',
  local: true,
  test(block, context) {
    const match = context.rules.match(STAMPS, block.lower, block.words)
    if (match === undefined || reportsSpeech(block, context) || (match !== block.lower && goesOnAsProse(block, match, context))) return undefined
    return phraseReason(description, match, block)
  },
  run: splitStamps
}
