import {trimEdges} from '../../text/fold.js'
import type {Block} from '../../core/types.js'
import type {BuiltinCleaner} from '../spec.js'

const description = 'Reader comments after the article'

/** Share of the page's text (in characters of kept lines) that must come before the heading. */
const TAIL_FROM = 0.25
/** Paragraphs (lines of {@link BODY_WORDS} words or more) that must come before the heading. */
const PARAGRAPHS = 3
const BODY_WORDS = 20
/** Most words of a comments heading. */
const HEADING_WORDS = 6

/**
 * The reader comment section at the foot of a page: a comments heading from the pack's
 * `headings` list of this rule (`Top Rated Comments`, `Reader comments`), after three
 * paragraphs and a quarter of the page's text at least (comments often outweigh a short
 * article), and every line after it, provided one line after it is comment furniture (the
 * pack's `patterns` of this rule: `[ Read All Comments ]`, `Rating: 12 Votes`, `2 days ago at
 * 07:52`), kept or already taken by a phrase rule. Sidebar widgets (`Recent Comments`) are no such heading. A bare `Comments` is no such heading (it is
 * often a button with the article going on after it); a phrase rule takes it alone.
 */
export const commentSection: BuiltinCleaner = {
  name: 'comment-section',
  description,
  category: 'comments',
  summary:
    'a comments heading (`Reader comments`, `Commentaires`) well into the page, when comment furniture follows (`Rating: 4 Votes`, `2 days ago at 07:52`), and everything after it',
  example: 'reader comments under an article',
  stage: 'section',
  data: {
    description: 'Comment sections: their headings, and the furniture of comments (phrases) that must follow one.',
    phrases: true,
    lists: {headings: {description: 'Headings of a comment section (`Comments`, `Commentaires`).'}}
  },
  run(context) {
    const headings = context.rules.set('comment-section', 'headings')
    if (headings.size === 0) return
    const kept = context.kept()
    let total = 0
    for (const block of kept) total += block.text.length
    let before = 0
    let paragraphs = 0
    let start = -1
    for (let position = 0; position < kept.length; position++) {
      const block = kept[position]!
      if (paragraphs >= PARAGRAPHS && before >= total * TAIL_FROM && block.words <= HEADING_WORDS && headings.has(trimEdges(block.lower))) {
        start = position
        break
      }
      before += block.text.length
      if (block.words >= BODY_WORDS) paragraphs++
    }
    if (start < 0) return
    // Comments come with their furniture (`[ Read All Comments ]`, `Rating: 12 Votes`, `2 days
    // ago at 07:52`): without one, what follows the heading may be the article going on. A
    // furniture line a phrase rule already took (`Read all comments`) still counts.
    const heading: Block = kept[start]!
    let furnished = false
    for (let index = heading.index + 1; index < context.blocks.length && !furnished; index++) {
      const block = context.blocks[index]!
      furnished = context.rules.match('comment-section', block.lower, block.words) !== undefined
    }
    if (!furnished) return
    context.remove(heading, `${description}: heading “${heading.text.trim()}”`)
    for (let position = start + 1; position < kept.length; position++) {
      context.remove(kept[position]!, `${description}: after “${heading.text.trim()}”`)
    }
  }
}
