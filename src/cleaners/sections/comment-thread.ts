import {isStopword} from '../../language/stopwords.js'
import {trimEdges} from '../../text/fold.js'
import {endsLikeSentence} from '../../text/shapes.js'
import type {Block, CleanerContext} from '../../core/types.js'
import type {BuiltinCleaner} from '../spec.js'

const NAME = 'comment-thread'
const description = 'Reader comments without a heading'

/** Kept lines at most between two furniture lines of a thread (one comment's body). */
export const MAX_GAP = 12
/** Furniture lines that only comments carry a thread must have. */
const MIN_MARKS = 3
/** Words of a commenter's name line at most. */
const COMMENTER_WORDS = 4
/** Characters of a commenter's name line at most. */
const COMMENTER_LENGTH = 40

/**
 * Whether a kept line reads as a commenter's name: one to {@link COMMENTER_WORDS} words, a letter,
 * no sentence punctuation or colon at its end (`Nick A`, `falkon-engine`).
 *
 * @param block The line.
 * @returns Whether it does.
 */
function nameLike(block: Block | undefined): boolean {
  if (!block || block.words > COMMENTER_WORDS || block.lower.length > COMMENTER_LENGTH) return false
  if (block.lower.endsWith(':') || (endsLikeSentence(block.lower) && !initial.test(block.lower))) return false
  return /\p{L}/u.test(block.lower)
}

/** A name that ends with an initial (`Klaus M.`, `C. M.`): its full stop ends no sentence. */
const initial = /(?:^| )\p{L}\.$/u

/**
 * Whether a line opens with a stop word of the page's language or of English (`The minister
 * says:`, `Der Sprecher sagt:`, `L'assessore dice:`): a commenter signs with a name or a
 * nickname, an article introduces a quote with a phrase.
 *
 * @param block The line.
 * @param context The page.
 * @returns Whether it does.
 */
function opensWithStopWord(block: Block, context: CleanerContext): boolean {
  const space = block.lower.indexOf(' ')
  const first = space === -1 ? block.lower : block.lower.slice(0, space)
  const elided = first.includes("'") ? first.slice(0, first.indexOf("'")) : first
  return isStopword(first, context.language) || isStopword(elided, context.language)
}

/** One furniture line of a thread. */
interface Furniture {
  block: Block
  /** Whether only a comment carries it (`says:`, `Reply`, `Rating: 12 Votes`, an age after a name). */
  mark: boolean
  /** Whether it is a button, the same on every comment (`Reply`). */
  button: boolean
}

/**
 * What comment furniture a line is, if any: this rule's pack data (`<name> says:`,
 * `Rating: 12 Votes`, `Reply`) marks a comment; the vocabulary's `age` phrases (`2 days ago`, `il y a 2
 * jours`) is a comment's age, a mark only after a commenter's name line (a live blog stamps its
 * entries with ages too, after an entry's text).
 */
function furnitureOf(block: Block, context: CleanerContext): Furniture | undefined {
  if (context.rules.match(NAME, block.lower, block.words) !== undefined) {
    const button = context.rules.set(NAME, 'buttons').has(trimEdges(block.lower))
    if (!button && opensWithStopWord(block, context)) return undefined
    return {block, mark: true, button}
  }
  if (context.rules.match('age', block.lower, block.words) !== undefined) {
    // The line right above, as printed (a name another rule took still signs the comment).
    const previous = block.index > 0 ? context.blocks[block.index - 1] : undefined
    const named = previous !== undefined && nameLike(previous) && context.rules.match(NAME, previous.lower, previous.words) === undefined
    return {block, mark: named, button: false}
  }
  return undefined
}

/**
 * Reader comments with no heading before them: comment furniture (`<name> says:`, `2 days ago`,
 * `Rating: 25 Votes`, `Reply`, `Répondre`, from the packs) recurring with at most
 * {@link MAX_GAP} kept lines between two of them, down to the end of the page (at most as many
 * lines after the last one). The thread must carry three marks only comments carry, of three
 * different texts at least or a button repeated three times: an interview or a transcript
 * (`Smith says:` once, two speakers taking turns) stays, and a line that opens with a stop word
 * (`The minister says:`) introduces a quote, not a comment. From the first furniture line (and the
 * commenter's name line just before it) to the end, everything goes. Furniture removed by another
 * rule (`Reply` as a button) still counts; article text before the thread stays.
 */
export const commentThread: BuiltinCleaner = {
  name: NAME,
  description,
  category: 'comments',
  summary:
    'no heading needed: reader comments found from their furniture (`<name> says:`, `Rating: 12 Votes`, `Reply`, an age under a name) recurring down to the end of the page',
  example: 'a comment thread an extractor kept, or returned instead of the article',
  stage: 'section',
  data: {
    description: 'The furniture of reader comments (`<name> says:`, `Rating: 12 Votes`).',
    phrases: true,
    lists: {buttons: {description: 'Buttons under every comment (`Reply`, `Répondre`).', lines: true}}
  },
  run(context) {
    const {blocks} = context
    const chain: Furniture[] = []
    let gap = 0
    // Walk back from the end: furniture lines, each within MAX_GAP kept lines of the next.
    for (let index = blocks.length - 1; index >= 0; index--) {
      const block = blocks[index]!
      const furniture = furnitureOf(block, context)
      if (furniture) {
        chain.push(furniture)
        gap = 0
      } else if (!context.isRemoved(block) && ++gap > MAX_GAP) break
    }
    const marks = chain.filter((furniture) => furniture.mark)
    if (marks.length < MIN_MARKS) return
    const distinct = new Set(marks.filter((furniture) => !furniture.button).map((furniture) => furniture.block.lower)).size
    const buttons = marks.length - marks.filter((furniture) => !furniture.button).length
    if (distinct < MIN_MARKS && buttons < MIN_MARKS) return
    let first = chain[chain.length - 1]!.block
    // The commenter's name: the line right above the first furniture, kept (a kept line further
    // up, past lines another rule removed, is no name of this thread).
    const before = first.index > 0 ? blocks[first.index - 1] : undefined
    if (before && !context.isRemoved(before) && nameLike(before) && !furnitureOf(before, context)) first = before
    const reason = `${description}: ${marks.length} comment marks down to the end of the page`
    for (let block: Block | undefined = context.isRemoved(first) ? context.next(first) : first; block; block = context.next(block)) {
      context.remove(block, reason)
    }
  }
}
