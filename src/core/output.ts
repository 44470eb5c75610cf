/**
 * A cleaned page's results: the kept text (lines verbatim, separators chosen from the input),
 * the removal list, one VFile message per removal, and the cleaned NLCST tree.
 */
import type {Root, RootContent} from 'nlcst'
import type {VFile} from 'vfile'
import type {PageState} from './page.js'
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

/** Removals already turned into messages, per file: one flag per block. */
const reported = new WeakMap<VFile, Uint8Array>()

/**
 * The removals of a page, in document order (the objects the page recorded).
 *
 * @param state The page.
 * @returns One entry per removed line.
 */
export function removalsOf(state: PageState): Removal[] {
  const removed: Removal[] = []
  for (const mark of state.marks) if (mark) removed.push(mark)
  return removed
}

/**
 * Add a VFile message for each removal the file has none for yet.
 *
 * @param file The file.
 * @param removed The removals.
 * @param blocks Number of blocks of the page (removals are told apart by line).
 */
export function addMessages(file: VFile, removed: readonly Removal[], blocks: number): void {
  let done = reported.get(file)
  if (!done) reported.set(file, (done = new Uint8Array(0)))
  // A VFile message is an Error: V8 would capture a stack trace (newsclean's own frames, of no
  // use to anyone) with each, hundreds of bytes a removal on pages of a million lines.
  const stackTraceLimit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    const lines = removed.length === 0 ? 0 : Math.max(blocks, removed[removed.length - 1]!.line) + 1
    if (done.length < lines) {
      const grown = new Uint8Array(lines)
      grown.set(done)
      reported.set(file, (done = grown))
    }
    for (const removal of removed) {
      if (done[removal.line] === 1) continue
      done[removal.line] = 1
      const message = file.message(removal.reason, {
        place: {start: {line: removal.line, column: 1, offset: removal.start}, end: endPoint(removal.text, removal.endLine, removal.end)},
        ruleId: removal.rule,
        source: 'newsclean'
      })
      message.actual = removal.text
    }
  } finally {
    Error.stackTraceLimit = stackTraceLimit
  }
}

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
  const removed = removalsOf(state)
  addMessages(state.file, removed, state.blocks.length)
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
  state.file.data.newsclean = data
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
 * The point just past a span of the input: its last line, and the column after its last
 * character on that line.
 *
 * @param source The span, verbatim.
 * @param endLine The 1-based number of its last line.
 * @param end The offset just past it.
 * @returns The point.
 */
function endPoint(source: string, endLine: number, end: number): {line: number; column: number; offset: number} {
  let lastBreak = -1
  for (let index = source.length - 1; index >= 0; index--) {
    const code = source.charCodeAt(index)
    if (code === 10 || code === 13) {
      lastBreak = index
      break
    }
  }
  return {line: endLine, column: source.length - lastBreak, offset: end}
}

/**
 * The point just past a block's last character.
 *
 * @param block A block.
 * @returns Its end (line, column, offset).
 */
export function endOf(block: Block): {line: number; column: number; offset: number} {
  return endPoint(block.source, block.endLine, block.end)
}
