/**
 * A cleaned page's results: the kept text (lines verbatim, separators chosen from the input),
 * the removal list, one VFile message per removal, and the cleaned NLCST tree.
 */
import type {Root, RootContent} from 'nlcst'
import type {VFile} from 'vfile'
import type {PageState} from './page.js'
import type {Block, Metadata, PageKind, Removal} from './types.js'

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
  /** One entry per removed line, in document order. */
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
    removed.push({rule: mark.rule, category: mark.category, reason: mark.reason, text: block.text, line: block.line, start: block.start, end: block.end})
    if (done.has(block.index)) continue
    done.add(block.index)
    const message = file.message(mark.reason, {
      place: {
        start: {line: block.line, column: 1, offset: block.start},
        end: {line: block.line, column: block.end - block.start + 1, offset: block.end}
      },
      ruleId: mark.rule,
      source: 'newsclean'
    })
    message.actual = block.text
  }
  const data: NewscleanData = {
    language: state.language,
    languageConfidence: state.languageConfidence,
    languageMatch: flags.languageMatch,
    empty: flags.empty,
    kind: state.kind,
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
        position: {
          start: {line: before.line, column: before.end - before.start + 1, offset: before.end},
          end: {line: separator.line, column: 1, offset: separator.start}
        }
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
 * The cleaned text of a page: kept lines verbatim, joined by the separators of {@link keptBlocks}.
 *
 * @param state The page.
 * @returns The cleaned text.
 */
export function cleanedText(state: PageState): string {
  // Joined once (a string built with `+=` is a rope of one node per piece until flattened).
  const parts: string[] = []
  for (const {block, separator} of keptBlocks(state)) {
    if (separator) parts.push(separator.before)
    parts.push(block.text)
  }
  return parts.join('')
}
