import type {Block, CleanerContext, CleanerSpec} from '../types.js'

/** Category labels are looked for among the first blocks of a page only. */
const HEAD = 12
/**
 * Longest category label, in characters. Besides meaning, this keeps the regular expression
 * below off huge lines (V8 overflows its backtracking stack on millions of combining marks).
 */
const MAX_LABEL_LENGTH = 60
/** Rules whose lines a category label sits next to. */
const furniture = new Set(['byline', 'timestamp', 'breadcrumb'])

/** Whether `other` is page furniture on the line next to `block` (no blank line between). */
function besideFurniture(block: Block, other: Block | undefined, context: CleanerContext, breaks: number): boolean {
  return other !== undefined && breaks === 1 && furniture.has(context.removedBy(other) ?? '')
}

/**
 * A lone category label (`France`, `Politique`): one to three capitalised words without
 * punctuation, at the head of the page, on the line right before or after a byline, a date
 * stamp or a breadcrumb. It goes to `metadata.category`.
 */
export const categoryLabel: CleanerSpec = {
  name: 'category-label',
  description: 'Category label',
  run(context) {
    const {blocks} = context
    for (const block of blocks) {
      if (block.index >= HEAD) break
      if (context.isRemoved(block) || block.words > 3 || block.text.length > MAX_LABEL_LENGTH || !/^\p{Lu}[\p{L}\p{M}\d' &-]*$/u.test(block.text.trim())) continue
      const before = blocks[block.index - 1]
      const after = blocks[block.index + 1]
      const beside = besideFurniture(block, before, context, block.breaks) ? before : besideFurniture(block, after, context, after?.breaks ?? 0) ? after : undefined
      if (beside) {
        const category = block.text.trim()
        context.remove(block, 'category-label', `Category label beside a ${context.removedBy(beside)} line`, {category})
      }
    }
  }
}
