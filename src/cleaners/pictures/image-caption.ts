import type {Block, CleanerContext} from '../../core/types.js'
import {phraseVerdict} from '../phrase.js'
import type {BuiltinCleaner} from '../spec.js'

/** The key of the page's phrase verdicts (by block index) among its facts. */
const VERDICTS = {}
/** A block not judged yet (`undefined` is a verdict: no caption). */
const UNJUDGED = 0

/**
 * Whether the pack's phrases take a line for a caption: judged once per block and language
 * (the test runs every pass; the verdicts are a page fact, in an array by block index).
 *
 * @param block Block.
 * @param context Context.
 * @returns The reason, or `undefined`.
 */
function phraseCaption(block: Block, context: CleanerContext): string | undefined {
  const verdicts = context.fact(VERDICTS, (page) => new Array<string | undefined | typeof UNJUDGED>(page.blocks.length).fill(UNJUDGED))
  const known = verdicts[block.index]
  if (known !== UNJUDGED) return known
  const verdict = phraseVerdict('image-caption', 'Image caption', block, context)
  verdicts[block.index] = verdict
  return verdict
}

/** Shortest neighbour taken as an article paragraph. */
const SURROUNDING_WORDS = 15
/** Words of a caption of capitalised words only: at least, at most. */
const CAPTION_WORDS = [2, 6] as const
/** Characters that end a heading-like line only when it is not one. */
const finals = new Set(['.', ':', ';', ',', '!', '?', '…'])

/**
 * Image captions. In every language, a caption the pack's phrases of this rule recognise: a
 * caption with its credit glued or appended (`… (Image: GETTY)`, `…treatmentCredit: EPA`,
 * `… 2019. © Reuters / David Mercado`), a caption label (`Image caption …`), a gallery
 * caption numbered `1of4…`. And captions in languages whose headings are in sentence case (the pack's `headingCase`):
 * there, a short line of capitalised words only (`Viktor Leonov`), alone between two
 * article paragraphs, is a caption or a credit, not a sub-heading (`Réunion à Wiesbaden`
 * has a lower-case word and stays). Not in languages that capitalise every noun (German
 * `Neue Regeln` is a sub-heading): there capitals say nothing.
 */
export const imageCaption: BuiltinCleaner = {
  name: 'image-caption',
  description: 'Image caption',
  category: 'picture',
  summary:
    'a caption carrying its credit (`… (Image: Getty)`, `…Credit: EPA`, `Image caption …`); in languages whose headings are in sentence case (French), a short line of capitalised words only, alone between two paragraphs',
  example: '`Viktor Leonov` (but `Réunion à Wiesbaden` stays)',
  stage: 'line',
  certainty: 'low',
  data: {description: 'Image captions.', phrases: true},
  test(block, context) {
    const verdict = phraseCaption(block, context)
    if (verdict) return verdict
    const {headingCase, capitalisedNouns} = context.rules
    if (headingCase !== 'sentence' || capitalisedNouns || block.words < CAPTION_WORDS[0] || block.words > CAPTION_WORDS[1]) return undefined
    if (finals.has(block.lower.charAt(block.lower.length - 1))) return undefined
    const words = block.text.trim().split(/\s+/)
    if (!words.every((word) => /^\p{Lu}/u.test(word))) return undefined
    const previous = context.previous(block)
    const next = context.next(block)
    // Blank lines as the cleaned text will have them (a removed line between keeps its spacing).
    if (!previous || !next || context.breaksBefore(block) < 2 || context.breaksBefore(next) < 2) return undefined
    if (previous.words < SURROUNDING_WORDS || next.words < SURROUNDING_WORDS) return undefined
    return 'Image caption: capitalised words only, alone between paragraphs (headings here are in sentence case)'
  }
}
