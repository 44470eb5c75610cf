import {headlineAhead} from '../../analysis/headline.js'
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
  // A link to one of the site's own pages (`Contact`, `About`) is a menu's, not a section.
  if (context.rules.set('site', 'pages').has(block.lower)) return false
  if (!context.rules.capitalisedNouns || block.words === 1) return true
  return text.split(' & ').every((part) => !part.includes(' '))
}

/** Words of a section label above the headline, at most (`Faits divers`; a title of three words is a title). */
const HEAD_LABEL_WORDS = 2
/** Words of a site's name or section label between two removed lines above the headline, at most (`Les carnets de Maëlle`). */
const MAX_MASTHEAD_WORDS = 4

/**
 * Whether a kept line is the site's section or name above the headline: label-shaped and of
 * {@link HEAD_LABEL_WORDS} words at most (or of {@link MAX_MASTHEAD_WORDS} between two removed lines), the first kept line of
 * the page or next to a removed one, and the headline still to come before the first paragraph
 * (`Société` over `Abonnés` and the headline, `WELT` over `Suche`, `Gartenglück` under `Zum
 * Inhalt springen`). Only where headings are in sentence case: in title case a short headline
 * or a kicker has a label's shape.
 */
function aboveHeadline(block: Block, context: CleanerContext): boolean {
  // Where headings are in title case (English), the headline and a kicker have the shape of a label.
  if (context.rules.headingCase !== 'sentence') return false
  const before = context.blocks[block.index - 1]
  const after = context.blocks[block.index + 1]
  const removedBefore = before !== undefined && context.isRemoved(before)
  const removedAfter = after !== undefined && context.isRemoved(after)
  const first = context.previous(block) === undefined
  if (!labelShaped(block, context) || block.words > HEAD_LABEL_WORDS) {
    const text = block.text.trim()
    const sandwiched = removedBefore && removedAfter && block.words <= MAX_MASTHEAD_WORDS && !context.rules.capitalisedNouns
    if (!sandwiched || !label.test(text)) return false
  } else if (!first && !removedBefore && !removedAfter) return false
  return headlineAhead(block, context)
}

/** Label lines in a row that make a menu, not a section and its subsection (`Actualités`, `Sport`, `Culture`). */
const MENU_RUN = 3

/**
 * Whether a label above the headline is one of {@link MENU_RUN} or more label-shaped lines in a
 * row, kept or taken as labels (a line another rule took ends the row): the site's menu
 * (`Actualités`, `Sport`, `Culture`, `Économie`), whose items go but name no category.
 */
function inMenu(block: Block, context: CleanerContext): boolean {
  const label = (other: Block | undefined): boolean =>
    other !== undefined && (!context.isRemoved(other) || context.removedBy(other) === 'category-label') && labelShaped(other, context)
  let run = 1
  for (let index = block.index - 1; label(context.blocks[index]); index--) run++
  for (let index = block.index + 1; label(context.blocks[index]); index++) run++
  return run >= MENU_RUN
}

/**
 * A lone category label (`France`, `Politique`): one to three capitalised words without
 * punctuation (one word, or words joined by `&`, where nouns are capitalised), at the head of
 * the page, on the line right before or after a removed line of the article's header (an
 * author's line, a date stamp, a trail of links); or above the headline, first on the page or
 * next to a removed line (see {@link aboveHeadline}: the site's section and name, `Société`,
 * `WELT`). A label that names one of the site's own pages (`Contact`, the vocabulary's
 * `site.pages`) is none. It goes to `metadata.category`: the label nearest the headline first.
 */
export const categoryLabel: BuiltinCleaner = {
  name: 'category-label',
  description: 'Category label',
  category: 'section',
  summary:
    "one to three capitalised words on the line next to an author's line, a date stamp or a trail of links, or above the headline next to a removed line → `metadata.category`",
  example: '`France` under `by Sara`',
  stage: 'line',
  certainty: 'low',
  after: HEADER,
  run(context) {
    const {blocks} = context
    const above: Block[] = []
    for (const block of blocks) {
      if (block.index >= LABEL_HEAD) break
      if (context.isRemoved(block)) continue
      const before = blocks[block.index - 1]
      const after = blocks[block.index + 1]
      const beside = !labelShaped(block, context)
        ? undefined
        : besideHeader(before, context, block.breaks)
          ? before
          : besideHeader(after, context, after?.breaks ?? 0)
            ? after
            : undefined
      if (beside) {
        const category = block.text.trim()
        context.remove(block, `Category label beside a ${context.removedBy(beside)} line`, {category})
      } else if (aboveHeadline(block, context)) above.push(block)
    }
    // Nearest the headline first: its section (`Meinung`), not the site's name (`WELT`), is the category.
    for (const block of above.reverse()) {
      if (inMenu(block, context)) context.remove(block, 'Category label: a menu of the site’s sections above the headline')
      else context.remove(block, 'Category label: the site’s section or name above the headline', {category: block.text.trim()})
    }
  }
}
