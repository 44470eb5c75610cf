import {endsLikeSentence} from '../text.js'
import type {Block, CleanerContext, CleanerSpec} from '../types.js'
import {phraseCleaner} from './phrase.js'

const description = 'Reading time or date stamp'

/** Most words of a label whose value is on the next line (`Published`, `Tempo de leitura:`). */
const LABEL_WORDS = 4
/** Most words of the value line under such a label (`4:00 am CST, Wednesday, November 20, 2019`, `1 minuto`). */
const VALUE_WORDS = 8

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
 * Reading-time and date stamps: `Temps de lecture : 3 min`, `Publié le … Mis à jour le …`,
 * `5 min read`, `| UPDATED: 11:05, Tue, Nov 19, 2019`. A stamp whose label and value are on
 * two lines (`Tempo de leitura:` / `1 minuto`) goes as a whole: the label (kept, or removed as
 * a lone label) and the very next line, kept or already taken for a stamp, when the two joined
 * match the pack's phrases.
 */
export const timestamp: CleanerSpec = phraseCleaner('timestamp', description, (context) => {
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
