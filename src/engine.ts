/**
 * Running cleaners on a page and turning the page state into results: the cleaned tree,
 * the VFile messages, the removal list and the metadata.
 */
import type {Root, RootContent} from 'nlcst'
import type {VFile} from 'vfile'
import {VFile as File} from 'vfile'
import {mergeMetadata, PageState} from './context.js'
import {detectLanguage, sampleOf} from './detect.js'
import {CleanerError, describe} from './errors.js'
import {readsAsHeadline} from './headline.js'
import {decideKind} from './kind.js'
import {parseBlocks} from './parse.js'
import type {Settings} from './settings.js'
import type {Block, CleanerSpec, Metadata, PageKind, Removal} from './types.js'

/**
 * Passes of cleaners at most per language (a safety bound on hostile pages: a pass that
 * removes nothing ends the loop, and ordinary pages need two).
 */
export const MAX_ROUNDS = 16
/** Times at most the language is detected again on what is kept and the rules changed. */
export const MAX_LANGUAGE_CHANGES = 3

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
 * @param again Whether this is a repeat pass (a local cleaner's `test` is not run again).
 */
export function runCleaner(spec: CleanerSpec, state: PageState, again = false): void {
  const {test, run} = spec
  state.startPass()
  if (test && !(again && spec.local)) {
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
      else throw new CleanerError(spec.name, block.line, new TypeError(`\`test\` returned ${describe(verdict)}; expected a boolean, a reason string or {reason, metadata}`))
    }
  }
  if (run) {
    state.startPass()
    try {
      run(state)
    } catch (error) {
      throw new CleanerError(spec.name, undefined, error)
    }
  }
}

/**
 * Run cleaners until nothing more goes: a first pass of all, then passes that skip the
 * `test` of local cleaners, while the previous pass removed something (at most
 * {@link MAX_ROUNDS}). Cleaners judge what is kept, so when a pass removes nothing the kept
 * blocks are a page on which no cleaner removes anything: cleaning the output changes nothing.
 *
 * @param specs Cleaners, in order.
 * @param state The page.
 */
export function runCleaners(specs: readonly CleanerSpec[], state: PageState): void {
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const before = state.removals
    for (const spec of specs) runCleaner(spec, state, round > 0)
    if (state.removals === before) break
  }
}

/** Cleans of the output a page gets at most to reach a fixed point. */
export const MAX_SETTLE = 3

/**
 * Make the clean idempotent: on a whole page (kind `'page'`, or an extractor's output whose
 * kept lines read as a whole page), clean the output again as a new page, and remove from
 * this page what that clean removes, until it removes nothing. The page frame and the input
 * kind are found on the whole text, so the lines left can frame differently; an extractor's
 * output that stays one needs no second look (its rules are local or settle in the rounds).
 *
 * @param state The page, cleaned once.
 * @param settings The settings of the run.
 */
export function settle(state: PageState, settings: Settings): void {
  for (let pass = 0; pass < MAX_SETTLE; pass++) {
    if (state.removals === 0) return
    const kept = state.kept()
    if (kept.length === 0) return
    if (state.kind !== 'page' && !(settings.mode === 'auto' && decideKind(state, kept) === 'page')) return
    const text = cleanedText(state)
    const blocks = parseBlocks(text)
    if (blocks.length !== kept.length) return
    const again = newPageState(blocks, new File({value: text}), settings)
    cleanPage(settings.specs, again, settings)
    let removed = false
    for (const block of blocks) {
      const mark = again.marks[block.index]
      if (mark) removed = state.remove(kept[block.index]!, mark.rule, mark.reason) || removed
    }
    mergeMetadata(state.metadata, again.metadata)
    if (!removed) return
  }
}

/**
 * A page state for blocks: the language detected among the candidates when the settings say
 * `'auto'` (else the forced one), and that language's compiled rules.
 *
 * @param blocks The page's blocks.
 * @param file The page's file.
 * @param settings Settings of the run.
 * @returns The state, nothing removed yet.
 */
export function newPageState(blocks: readonly Block[], file: VFile, settings: Pick<Settings, 'language' | 'candidates' | 'confusers' | 'rulesFor' | 'mode'>): PageState {
  const language = settings.language === 'auto' ? detectLanguage(blocks, settings.candidates, settings.confusers) : settings.language
  return new PageState(blocks, file, language, settings.rulesFor(language), settings.mode)
}

/**
 * The whole run on a page, the same for `clean()` and the unified preset: the cleaners to a
 * fixed point ({@link cleanPage}), a whole page cleaned again until it settles
 * ({@link settle}), and the title.
 *
 * @param state The page.
 * @param settings Settings of the run.
 */
export function cleanState(state: PageState, settings: Settings): void {
  cleanPage(settings.specs, state, settings)
  settle(state, settings)
  findTitle(state)
}

/**
 * Clean a page: run the cleaners until nothing more goes; then, when the language is detected,
 * detect it again on the kept blocks (boilerplate in another language can sway the first
 * detection) and, when it changed, run the cleaners again with that language's rules. The
 * result is cleaned with the rules of the language its own text is detected as.
 *
 * @param specs Cleaners, in order.
 * @param state The page (its language and rules set from a first detection).
 * @param settings Settings (`language`, `candidates`, `rulesFor`).
 */
export function cleanPage(specs: readonly CleanerSpec[], state: PageState, settings: Pick<Settings, 'language' | 'candidates' | 'confusers' | 'rulesFor'>): void {
  runCleaners(specs, state)
  if (settings.language !== 'auto') return
  let sample = sampleOf(state.blocks)
  for (let change = 0; change < MAX_LANGUAGE_CHANGES; change++) {
    const kept = state.kept()
    // The same sample gives the same language: detect again only when removals changed it.
    const keptSample = sampleOf(kept)
    if (keptSample === sample) return
    sample = keptSample
    const language = detectLanguage(kept, settings.candidates, settings.confusers)
    if (language === state.language) return
    state.language = language
    state.rules = settings.rulesFor(language)
    runCleaners(specs, state)
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
 * Report a page's removals: a VFile message for each new one, and `file.data.newsclean`.
 *
 * @param state The page.
 * @returns What is left on `file.data.newsclean`.
 */
export function report(state: PageState): NewscleanData {
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
  const data: NewscleanData = {language: state.language, kind: state.kind, removed, metadata: state.metadata}
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
 */
export function finish(tree: Root, state: PageState): NewscleanData {
  const data = report(state)
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
