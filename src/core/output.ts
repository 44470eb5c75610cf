/**
 * A cleaned page's results: the kept text (lines verbatim, separators chosen from the input),
 * the removal list, one VFile message per removal, and the cleaned NLCST tree.
 */
import type {Root, RootContent} from 'nlcst'
import type {VFile} from 'vfile'
import type {PageState} from './page.js'
import {linksOf} from './markdown.js'
import type {Block, Format, Metadata, PageKind, Removal} from './types.js'

/** What a page run leaves on `file.data.newsclean`. */
export interface NewscleanData {
  /** ISO 639-1 code of the language whose rules were used, or `'und'`. */
  language: string
  /** How sure detection is of the language, from 0 to 1. */
  languageConfidence: number
  /** Whether the language is one of the `targetLanguages` (`true` without that option). */
  languageMatch: boolean
  /** Whether the cleaned text is shorter than `minChars`. */
  empty: boolean
  /** What the input was cleaned as: an extractor's output or a whole page. */
  kind: PageKind
  /** What the input was read as: text or Markdown. */
  format: Format
  /** Whether the text was read as hard-wrapped (blocks are paragraphs of several lines). */
  wrapped: boolean
  /** One entry per removed block, in document order. */
  removed: Removal[]
  /** What removed lines told us, and the title. */
  metadata: Metadata
}

declare module 'vfile' {
  interface DataMap {
    newsclean: NewscleanData
  }
}

/** Removals already turned into messages, per file. */
const reported = new WeakMap<VFile, Set<number>>()

/** How a page's run judges the page as a whole (from the options: `targetLanguages`, `minChars`). */
export interface PageFlags {
  languageMatch: boolean
  empty: boolean
}

/**
 * Report a page's removals: a VFile message for each new one, and `file.data.newsclean`.
 *
 * @param state The page.
 * @param flags How the run judges the page.
 * @returns What is left on `file.data.newsclean`.
 */
export function report(state: PageState, flags: PageFlags): NewscleanData {
  const {file, blocks, marks} = state
  let done = reported.get(file)
  if (!done) reported.set(file, (done = new Set()))
  const removed: Removal[] = []
  for (const block of blocks) {
    const mark = marks[block.index]
    if (!mark) continue
    const removal: Removal = {
      rule: mark.rule,
      category: mark.category,
      reason: mark.reason,
      text: block.source,
      line: block.line,
      endLine: block.endLine,
      start: block.start,
      end: block.end
    }
    const links = block.markdown ? linksOf(block.markdown) : []
    if (links.length > 0) removal.links = links
    removed.push(removal)
    if (done.has(block.index)) continue
    done.add(block.index)
    const message = file.message(mark.reason, {
      place: {start: {line: block.line, column: 1, offset: block.start}, end: endOf(block)},
      ruleId: mark.rule,
      source: 'newsclean'
    })
    message.actual = block.source
  }
  const data: NewscleanData = {
    language: state.language,
    languageConfidence: state.languageConfidence,
    languageMatch: flags.languageMatch,
    empty: flags.empty,
    kind: state.kind,
    format: state.format,
    wrapped: state.wrapped,
    removed,
    metadata: state.metadata
  }
  file.data.newsclean = data
  return data
}

/**
 * Make the results of a page: messages for new removals and `file.data.newsclean` (see
 * {@link report}), and the cleaned tree (removed paragraphs dropped, separators chosen as in
 * the text).
 *
 * @param tree The page's tree.
 * @param state The page.
 * @param flags How the run judges the page.
 * @returns What is left on `file.data.newsclean`.
 */
export function finish(tree: Root, state: PageState, flags: PageFlags): NewscleanData {
  const data = report(state, flags)
  const {blocks} = state
  const children: RootContent[] = []
  for (const {block, separator} of keptBlocks(state)) {
    if (separator) {
      const before = blocks[separator.index - 1]!
      children.push({
        type: 'WhiteSpaceNode',
        value: separator.before,
        position: {start: endOf(before), end: {line: separator.line, column: 1, offset: separator.start}}
      })
    }
    children.push(block.node)
  }
  tree.children = children
  return data
}

/** A kept block and the block whose separator comes before it in the output. */
interface KeptBlock {
  block: Block
  /** Undefined for the first kept block. */
  separator: Block | undefined
}

/**
 * The kept blocks, each with the separator it gets in the output: among the separators the
 * input has between the previous kept block and this one, the one with the most line breaks
 * (the first of those on a tie). Removing a block so never glues two others.
 *
 * @param state The page.
 * @returns Kept blocks in order.
 */
export function keptBlocks(state: PageState): KeptBlock[] {
  const kept: KeptBlock[] = []
  let separator: Block | undefined
  for (const block of state.blocks) {
    if (kept.length > 0 && (!separator || block.breaks > separator.breaks)) separator = block
    if (state.marks[block.index]) continue
    kept.push({block, separator})
    separator = undefined
  }
  return kept
}

/**
 * The cleaned text of a page: kept blocks verbatim, joined by the separators of {@link keptBlocks}.
 *
 * @param state The page.
 * @returns The cleaned text.
 */
export function cleanedText(state: PageState): string {
  // Joined once (a string built with `+=` is a rope of one node per piece until flattened).
  const parts: string[] = []
  for (const {block, separator} of keptBlocks(state)) {
    if (separator) parts.push(separator.before)
    parts.push(block.source)
  }
  return parts.join('')
}

/**
 * The point just past a block's last character.
 *
 * @param block A block.
 * @returns Its end (line, column, offset).
 */
export function endOf(block: Block): {line: number; column: number; offset: number} {
  const {source} = block
  let lastBreak = -1
  for (let index = source.length - 1; index >= 0; index--) {
    const code = source.charCodeAt(index)
    if (code === 10 || code === 13) {
      lastBreak = index
      break
    }
  }
  return {line: block.endLine, column: source.length - lastBreak, offset: block.end}
}
