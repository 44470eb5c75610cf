import {TITLE_WORDS} from '../../analysis/defaults.js'
import {readsAsHeadline} from '../../analysis/headline.js'
import type {Block} from '../../core/types.js'
import type {BuiltinCleaner} from '../spec.js'

const description = 'List of truncated excerpts'

/** Truncated lines in a row that make a list of excerpts. */
const MIN_RUN = 3
/** Words of an excerpt at least: a cut sentence, not a fragment of verse or dialogue. */
const MIN_WORDS = 4

/**
 * An ellipsis glued to the word it cuts (`may soon...`, `Rekhi, 41,...`, `sobre…`): the sentence
 * was cut off by a teaser. An ellipsis after a space (`and then …`) is the writer's own pause.
 */
const truncated = /[\p{L}\p{N},;'")](?:\.{3,4}|…)$/u

/**
 * Whether a line ends in a truncation ellipsis.
 *
 * @param block The line.
 * @returns Whether it does.
 */
export function endsTruncated(block: Block): boolean {
  const last = block.lower.charAt(block.lower.length - 1)
  // The last character first: most lines end otherwise, and the expression is not run on them.
  return (last === '.' || last === '…') && block.words >= MIN_WORDS && truncated.test(block.lower)
}

/**
 * Whether an excerpt is the page's own teaser: it opens with a headline the page has elsewhere
 * (`With shattered dreams, deportees return home from US NEW DELHI: Their…` on the page of that
 * article). Its first sentence is the article's: it stays.
 *
 * @param block The excerpt.
 * @param headlines Headline-like lines kept elsewhere on the page (folded).
 * @returns Whether it is.
 */
function ownTeaser(block: Block, headlines: ReadonlySet<string>): boolean {
  // Each prefix ending before a space, up to a headline's length: linear in the line.
  let space = block.lower.indexOf(' ')
  for (let words = 1; space !== -1 && words <= TITLE_WORDS; words++) {
    if (headlines.has(block.lower.slice(0, space))) return true
    space = block.lower.indexOf(' ', space + 1)
  }
  return false
}

/**
 * Lists of truncated excerpts: {@link MIN_RUN} or more kept lines in a row that each end in an
 * ellipsis glued to the last word, the sentence cut off (`Headline NEW DELHI: An Indian-origin
 * man has… may soon...`): teasers of other articles, each cut at the same length. An article
 * line ending in `...` stands alone among whole sentences, and stays; so does the excerpt of the
 * page's own article (one that opens with a headline the page has on another line).
 */
export const excerptList: BuiltinCleaner = {
  name: 'excerpt-list',
  description,
  category: 'related',
  summary: "three or more lines in a row cut off by an ellipsis (`…`, `...` stuck to the last word); the page's own teaser stays",
  example: '`Headline NEW DELHI: The government said on Wednesday that it may soon...`',
  stage: 'section',
  run(context) {
    const kept = context.kept()
    let headlines: Set<string> | undefined
    let from = 0
    for (let position = 0; position <= kept.length; position++) {
      if (position < kept.length && endsTruncated(kept[position]!)) continue
      if (position - from >= MIN_RUN) {
        headlines ??= new Set(kept.filter((block) => block.words >= MIN_WORDS && !endsTruncated(block) && readsAsHeadline(block)).map((block) => block.lower))
        for (let index = from; index < position; index++) {
          if (ownTeaser(kept[index]!, headlines)) continue
          context.remove(kept[index]!, `${description}: ${position - from} lines in a row cut off by an ellipsis`)
        }
      }
      from = position + 1
    }
  }
}
