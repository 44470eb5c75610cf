import type {Block} from '../../core/types.js'
import type {BuiltinCleaner} from '../spec.js'

const description = 'Teasers of other articles at the foot of the page'

/** Groups (teasers) the run must have. */
const MIN_GROUPS = 3
/** Lines of one teaser at most (headline, standfirst, a date). */
const GROUP_LINES = 3
/** Words of one teaser line at most. */
const LINE_WORDS = 25
/** Words of a teaser's headline (its first line) at most: a paragraph is longer. */
const TEASER_HEADLINE_WORDS = 14

/** A line with no letter and no digit: a separator printed between teasers (`-`, `•`, `* * *`). */
const separatorLine = /^[^\p{L}\p{N}]{1,5}$/u

/** A full stop at the end of a line, closing quotes and brackets aside (a headline may ask or exclaim). */
const sentenceEnd = /[.…。]["'”’»)\]]{0,3}$/u

/**
 * Whether a line may belong to a teaser: short, not announcing a list (no final colon).
 *
 * @param block The line.
 * @returns Whether it may.
 */
function teaserLine(block: Block): boolean {
  return block.words <= LINE_WORDS && !block.lower.endsWith(':')
}

/**
 * Teasers of other articles at the foot of the page: the lines after the last separator-only
 * line (`-`, `•`) back to the first of a run of groups separated by such lines, when the run
 * reaches the end of the page and has {@link MIN_GROUPS} groups or more of 1 to
 * {@link GROUP_LINES} short lines each, the first of {@link TEASER_HEADLINE_WORDS} words at most, without a full stop (a headline
 * and its standfirst). An article's own
 * bullet list has its text on the bullet's line, not between lone separators, and a
 * paragraph (a line of more than {@link LINE_WORDS} words) stops the run.
 */
export const teaserList: BuiltinCleaner = {
  name: 'teaser-list',
  description,
  category: 'related',
  summary: 'three or more teasers (a headline, then one or two short lines) between lone `-` or `•` lines, to the end of the page',
  example: 'the "more stories" block an extractor kept',
  stage: 'section',
  run(context) {
    const kept = context.kept()
    let position = kept.length - 1
    let groups = 0
    let lines = 0
    let start = -1
    let headline = true
    // Walk back from the end: groups of teaser lines, each preceded by a separator line.
    while (position >= 0) {
      const block = kept[position]!
      if (separatorLine.test(block.lower)) {
        // A teaser opens with its headline; short paragraphs between separators end like sentences.
        if (lines === 0 || lines > GROUP_LINES || !headline) break
        groups++
        lines = 0
        start = position
      } else if (teaserLine(block)) {
        lines++
        headline = block.words <= TEASER_HEADLINE_WORDS && !sentenceEnd.test(block.lower)
        if (lines > GROUP_LINES) break
      } else break
      position--
    }
    if (groups < MIN_GROUPS || start < 0) return
    for (let index = start; index < kept.length; index++) {
      context.remove(kept[index]!, `${description}: ${groups} teasers between separators`)
    }
  }
}
