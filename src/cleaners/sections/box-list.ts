import {endsLikeSentence} from '../../text/shapes.js'
import type {Block} from '../../core/types.js'
import type {BuiltinCleaner} from '../spec.js'

const description = 'Boxes of links headed by a pointer at the foot of the page'

/** Boxes the run must have. */
const MIN_BOXES = 3
/** Boxes with a line under their heading the run must have (a bullet list has none). */
const MIN_FILLED = 2
/** Kept lines under one box heading at most (a promo, a last-issue line). */
const BOX_LINES = 2
/** Words of a box heading at most. */
const BOX_HEADING_WORDS = 12

/**
 * A box heading: a pointer (`»`, `›`, `▶`, `►`, `→`) and a space before a few words
 * (`» Coluna de Adauto Silva`). German quotation marks (`»Das ist gut«`) have no space after
 * the pointer; `>` marks quoted mail, and is no pointer here.
 */
const pointer = /^[»›▶►→] \S/u
/** Characters that end a line that is not a heading (a sentence, a clause, an announcement). */
const notHeadingEnd = new Set([',', ';', ':'])

/**
 * Whether a line heads a box.
 *
 * @param block The line.
 * @returns Whether it does.
 */
function boxHeading(block: Block): boolean {
  if (block.words > BOX_HEADING_WORDS + 1 || !pointer.test(block.lower)) return false
  return !endsLikeSentence(block.lower) && !notHeadingEnd.has(block.lower.charAt(block.lower.length - 1))
}

/**
 * Boxes of links at the foot of the page (a sidebar the extractor took): {@link MIN_BOXES} or
 * more headings marked with a pointer (`» Autoracing Power Ranking`), each with at most
 * {@link BOX_LINES} kept lines under it, down to the end of the page; {@link MIN_FILLED} boxes
 * at least have a line under their heading (a list of pointers alone is a bullet list, and
 * stays). Headings removed by another rule (`» Publicidade`) still count. From the first
 * heading to the end, everything goes.
 */
export const boxList: BuiltinCleaner = {
  name: 'box-list',
  description,
  category: 'related',
  summary: 'three or more sidebar boxes headed by a pointer (`» `, `› `, `▶ `), at most two lines under each, down to the end of the page',
  example: '`» Coluna de Adauto Silva` + `Clique na foto…`',
  stage: 'section',
  run(context) {
    const {blocks} = context
    let boxes = 0
    let filled = 0
    let lines = 0
    let first: Block | undefined
    for (let index = blocks.length - 1; index >= 0; index--) {
      const block = blocks[index]!
      if (boxHeading(block)) {
        boxes++
        if (lines > 0) filled++
        lines = 0
        first = block
      } else if (!context.isRemoved(block) && ++lines > BOX_LINES) break
    }
    if (!first || boxes < MIN_BOXES || filled < MIN_FILLED) return
    const reason = `${description}: ${boxes} boxes down to the end of the page`
    for (let block: Block | undefined = context.isRemoved(first) ? context.next(first) : first; block; block = context.next(block)) {
      context.remove(block, reason)
    }
  }
}
