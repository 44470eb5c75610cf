import type {Block, Category, CleanerContext} from '../../core/types.js'
import type {BuiltinCleaner} from '../spec.js'

/** Category labels are looked for among the first blocks of a page only. */
const LABEL_HEAD = 12
/**
 * Longest category label, in characters. Besides meaning, this keeps the regular expression
 * below off huge lines (V8 overflows its backtracking stack on millions of combining marks).
 */
const MAX_LABEL_LENGTH = 60
/** Most words of a category label. */
const MAX_LABEL_WORDS = 3
/** Categories of the article header's lines that a category label sits next to: who wrote it, when, where in the site (a trail of links). */
const HEADER: readonly Category[] = ['author', 'date', 'navigation']

/** Whether `other` is a line of the article's header, removed, next to `block` (no blank line between). */
function besideHeader(other: Block | undefined, context: CleanerContext, breaks: number): boolean {
  if (other === undefined || breaks !== 1) return false
  const category = context.removedAs(other)
  return category !== undefined && HEADER.includes(category)
}

/** A label's shape: capitalised words without punctuation. */
const label = /^\p{Lu}[\p{L}\p{M}\d' &-]*$/u

/**
 * Whether a line has a category label's shape. In languages that capitalise every noun, a
 * short noun phrase (`Neue Regeln`) has that shape too, so there a label is one word, or words
 * joined by `&` (`Politik`, `Wissen & Technik`).
 */
function labelShaped(block: Block, context: CleanerContext): boolean {
  const text = block.text.trim()
  if (block.words > MAX_LABEL_WORDS || text.length > MAX_LABEL_LENGTH || !label.test(text)) return false
  if (!context.rules.capitalisedNouns || block.words === 1) return true
  return text.split(' & ').every((part) => !part.includes(' '))
}

/**
 * A lone category label (`France`, `Politique`): one to three capitalised words without
 * punctuation (one word, or words joined by `&`, where nouns are capitalised), at the head of
 * the page, on the line right before or after a removed line of the article's header (an
 * author's line, a date stamp, a trail of links). It goes to `metadata.category`.
 */
export const categoryLabel: BuiltinCleaner = {
  name: 'category-label',
  description: 'Category label',
  category: 'section',
  summary: "one to three capitalised words on the line next to an author's line, a date stamp or a trail of links → `metadata.category`",
  example: '`France` under `by Sara`',
  stage: 'line',
  certainty: 'low',
  after: HEADER,
  run(context) {
    const {blocks} = context
    for (const block of blocks) {
      if (block.index >= LABEL_HEAD) break
      if (context.isRemoved(block) || !labelShaped(block, context)) continue
      const before = blocks[block.index - 1]
      const after = blocks[block.index + 1]
      const beside = besideHeader(before, context, block.breaks) ? before : besideHeader(after, context, after?.breaks ?? 0) ? after : undefined
      if (beside) {
        const category = block.text.trim()
        context.remove(block, `Category label beside a ${context.removedBy(beside)} line`, {category})
      }
    }
  }
}
