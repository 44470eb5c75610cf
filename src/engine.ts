/**
 * Running cleaners on a page and turning the page state into results: the cleaned tree,
 * the VFile messages, the removal list and the metadata.
 */
import type {Root, RootContent} from 'nlcst'
import type {VFile} from 'vfile'
import type {PageState} from './context.js'
import {CleanerError} from './errors.js'
import {readsAsHeadline} from './headline.js'
import type {Block, CleanerSpec, Metadata, PageKind, Removal} from './types.js'

/** Rounds of cleaners at most: each round after the first runs only non-local cleaners. */
export const MAX_ROUNDS = 4

/** What a page run leaves on `file.data.newsclean`. */
export interface NewscleanData {
  /** ISO 639-1 code of the language whose rules were used, or `'und'`. */
  language: string
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

/**
 * Run one cleaner over a page.
 *
 * @param spec The cleaner.
 * @param state The page.
 */
export function runCleaner(spec: CleanerSpec, state: PageState): void {
  const {test, run} = spec
  if (test) {
    for (const block of state.blocks) {
      if (state.marks[block.index] !== undefined) continue
      let verdict
      try {
        verdict = test(block, state)
      } catch (error) {
        throw new CleanerError(spec.name, block.line, error)
      }
      if (!verdict) continue
      if (verdict === true) state.remove(block, spec.name, spec.description ?? spec.name)
      else if (typeof verdict === 'string') state.remove(block, spec.name, verdict)
      else if (typeof verdict === 'object' && typeof verdict.reason === 'string') state.remove(block, spec.name, verdict.reason, verdict.metadata)
    }
  }
  if (run) {
    try {
      run(state)
    } catch (error) {
      throw new CleanerError(spec.name, undefined, error)
    }
  }
}

/**
 * Run cleaners until nothing more goes: a first round of all, then rounds of the
 * non-local ones while the previous round removed something (at most {@link MAX_ROUNDS}).
 *
 * @param specs Cleaners, in order.
 * @param state The page.
 */
export function runCleaners(specs: readonly CleanerSpec[], state: PageState): void {
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const before = state.removals
    for (const spec of specs) {
      if (round > 0 && spec.local) continue
      runCleaner(spec, state)
    }
    if (state.removals === before) break
  }
}

/**
 * Set `metadata.title` from the first kept block when it reads as a headline.
 *
 * @param state The page.
 */
export function findTitle(state: PageState): void {
  if (state.metadata.title !== undefined) return
  const first = state.blocks.find((block) => state.marks[block.index] === undefined)
  if (first && readsAsHeadline(first) && /\p{L}/u.test(first.text)) state.metadata.title = first.text.trim()
}

/** Removals already turned into messages, per file. */
const reported = new WeakMap<VFile, Set<number>>()

/**
 * Make the results of a page: messages for new removals, the cleaned tree (removed
 * paragraphs dropped, separators chosen as in the text), and `file.data.newsclean`.
 *
 * @param tree The page's tree.
 * @param state The page.
 */
export function finish(tree: Root, state: PageState): NewscleanData {
  const {file, blocks, marks} = state
  let done = reported.get(file)
  if (!done) reported.set(file, (done = new Set()))
  const removed: Removal[] = []
  for (const block of blocks) {
    const mark = marks[block.index]
    if (!mark) continue
    removed.push({rule: mark.rule, reason: mark.reason, text: block.text, line: block.line, start: block.start, end: block.end})
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

  const data: NewscleanData = {language: state.language, kind: state.kind, removed, metadata: state.metadata}
  file.data.newsclean = data
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
  let text = ''
  for (const {block, separator} of keptBlocks(state)) {
    if (separator) text += separator.before
    text += block.text
  }
  return text
}
