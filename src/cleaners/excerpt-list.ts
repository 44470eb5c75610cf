import type {Block, CleanerSpec} from '../types.js'

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
  return block.words >= MIN_WORDS && truncated.test(block.lower)
}

/**
 * Lists of truncated excerpts: {@link MIN_RUN} or more kept lines in a row that each end in an
 * ellipsis glued to the last word, the sentence cut off (`Headline NEW DELHI: An Indian-origin
 * man has… may soon...`): teasers of other articles, each cut at the same length. An article
 * line ending in `...` stands alone among whole sentences, and stays.
 */
export const excerptList: CleanerSpec = {
  name: 'excerpt-list',
  description,
  run(context) {
    const kept = context.kept()
    let from = 0
    for (let position = 0; position <= kept.length; position++) {
      if (position < kept.length && endsTruncated(kept[position]!)) continue
      if (position - from >= MIN_RUN) {
        for (let index = from; index < position; index++) {
          context.remove(kept[index]!, 'excerpt-list', `${description}: ${position - from} lines in a row cut off by an ellipsis`)
        }
      }
      from = position + 1
    }
  }
}
