/**
 * The whole run on a page, the same for `clean()`, the unified preset and the CLI:
 *
 * 1. text → blocks: the format (text or Markdown, forced or detected), then for text its line
 *    profile (hard-wrapped or not): one block per non-blank line, per wrapped paragraph, or per
 *    Markdown block, verbatim;
 * 2. the language, detected on a sample of the page's prose, picks the rules;
 * 3. page facts (block statistics, the input's kind…) are computed when first asked for, once
 *    per language;
 * 4. rounds of cleaners run until a round removes nothing;
 * 5. the language is detected again on what is kept; when it changed, the rounds run again
 *    with the new language's rules (and facts);
 * 6. a whole page, a wrapped text or a Markdown page is cleaned again as its own output until it
 *    settles (idempotence); Markdown keeps its structure whole (a table's header while a row of
 *    it is kept, a reference's definition while a link uses it);
 * 7. the metadata comes from the article's edges only (`analysis/edges.ts`): the title is the
 *    first kept `#` heading of Markdown, else the article's headline; the dates and reading time
 *    are read from the date stamps removed there (`api/dates.ts`);
 * 8. the agency, when no byline or source line gave one, from the signature at the article's
 *    foot or the dateline that opens it.
 *
 * The output (kept text, removals, messages, metadata) is made by `core/output.ts`.
 */
import type {VFile} from 'vfile'
import {VFile as File} from 'vfile'
import {decideKind} from '../analysis/kind.js'
import {articleEdges} from '../analysis/edges.js'
import {pageStats, shapedLikeProse} from '../analysis/stats.js'
import {readText} from '../core/blocks.js'
import {markdownTree, tryMarkdownBlocks, tryParseMarkdown} from '../core/markdown.js'
import {mergeMetadata} from '../core/metadata.js'
import {cleanedText, keptBlocks, type PageFlags} from '../core/output.js'
import {PageState, type Guard, type KindOf, type Layout, type Mark} from '../core/page.js'
import {runRounds} from '../core/run.js'
import {keepStructure} from '../core/structure.js'
import type {Block, Format} from '../core/types.js'
import {datelineAgency, signatureAgency} from '../language/agencies.js'
import {detectWithConfidence, sampleOf} from '../language/detect.js'
import {PARAGRAPH_WORDS} from '../text/shapes.js'
import {readWrapping} from '../text/wrap.js'
import {pageDates} from './dates.js'
import type {Settings} from './settings.js'

/**
 * Times at most the language is detected again on what is kept and the rules changed. The loop
 * ends by itself (each change that does not end it removes a line); this bounds its cost, and
 * `settle` aligns a page that reaches the bound.
 */
export const MAX_LANGUAGE_CHANGES = 8
/** Cleans of the output a page gets at most to reach a fixed point. */
export const MAX_SETTLE = 3

/**
 * Clean a page's text: the whole run (see the module's description).
 *
 * When a clean of the output would cut into a kept block because the output reads another way
 * than the input (a wrapped text whose output no longer reads as wrapped, Markdown whose output
 * reads as plain text), the page is cleaned once more, read the way its output reads, so that
 * cleaning the output changes nothing.
 *
 * @param text The page text.
 * @param settings Settings of the run.
 * @param file The page's file, or how to make it when first asked for (default: a new one holding the text).
 * @returns The page state, cleaned.
 */
export function cleanText(text: string, settings: Settings, file: VFile | (() => VFile) = () => new File({value: text})): PageState {
  const {blocks, layout} = readPage(text, settings) // format, line profile, blocks
  const page = newPage(blocks, file, settings, layout) // language, facts on demand
  // A page that settled may still have an output whose line profile reads otherwise (a line
  // removed was all that broke the wrapped look): it is checked on the lines alone, no parse.
  if (cleanBlocks(page, settings) && (page.removals === 0 || layout.format !== 'text' || readWrapping(cleanedText(page)).wrapped === layout.wrapped))
    return page
  const output = readPage(cleanedText(page), settings).layout
  if (output.format === layout.format && output.wrapped === layout.wrapped) return page
  const again = readPage(text, settings, output)
  const second = newPage(again.blocks, file, settings, again.layout)
  cleanBlocks(second, settings)
  return second
}

/**
 * Read a page into blocks: its format (forced by the settings, or Markdown when the text
 * {@link looksLikeMarkdown}), then Markdown blocks, or lines grouped into paragraphs when the
 * text is hard-wrapped (`text/wrap.ts`).
 *
 * @param text The page text.
 * @param settings Settings of the run.
 * @param force A reading to use instead (format and line profile).
 * @returns The blocks and how they were read.
 */
export function readPage(text: string, settings: Pick<Settings, 'format'>, force?: Layout): {blocks: Block[]; layout: Layout} {
  let format: Format = force ? force.format : settings.format === 'auto' ? 'text' : settings.format
  let tree = !force && settings.format === 'auto' ? markdownTree(text) : undefined
  if (tree) format = 'markdown'
  // Markdown the parser cannot take (nested thousands deep) is read as text.
  if (format === 'markdown') tree ??= tryParseMarkdown(text)
  if (format === 'markdown' && tree) {
    const blocks = tryMarkdownBlocks(text, tree)
    if (blocks) return {blocks, layout: {format, wrapped: false}}
  }
  format = 'text'
  const {blocks, wrapping} = readText(text, force ? force.wrapped : 'auto')
  return {blocks, layout: {format, wrapped: wrapping.wrapped}}
}

/**
 * Clean a page whose state is made (the unified preset's entry: its parser made the blocks):
 * the rest of {@link cleanText}.
 *
 * @param page The page, nothing removed yet.
 * @param settings Settings of the run.
 * @returns Whether the page settled: a clean of its output would remove nothing, or only whole
 *   kept blocks (which this clean then removed).
 */
export function cleanBlocks(page: PageState, settings: Settings): boolean {
  runLanguages(page, settings) // rounds of cleaners; again while the kept text changes language
  keepStructure(page) // Markdown stays whole
  const settled = settle(page, settings) // cleaned again as its own output until nothing goes
  articleMetadata(page, settings) // title, and metadata from the article's edges only (dates and reading time included)
  findAgency(page) // the agency from a signature or a dateline, when no byline gave one
  return settled
}

/**
 * A page state for blocks: the language detected among the candidates when the settings say
 * `'auto'` (else the forced one), its compiled rules, and the input's kind (forced, or decided
 * from the text when first asked for).
 *
 * @param blocks The page's blocks.
 * @param file The page's file, or how to make it when first asked for.
 * @param settings Settings of the run.
 * @param layout How the blocks were read (default: lines of text).
 * @returns The state, nothing removed yet.
 */
export function newPage(blocks: readonly Block[], file: VFile | (() => VFile), settings: Settings, layout?: Layout): PageState {
  const detection =
    settings.language === 'auto' ? detectWithConfidence(blocks, settings.candidates, settings.confusers) : {code: settings.language, confidence: 1}
  const mode = settings.mode
  const kindOf: KindOf = mode === 'auto' ? (page) => decideKind(page) : () => mode
  const page = new PageState(blocks, file, detection.code, settings.rulesFor(detection.code), kindOf, settings.favor, settings.site, layout, undProse)
  page.languageConfidence = detection.confidence
  return page
}

/**
 * The article's prose on a page in a language without a pack (`'und'`): no rule that judges the
 * page's structure (a stage after `line`: sections, the frame, the page, leftovers) removes a
 * block shaped like prose there. Without the language's stop words and phrases, structure alone
 * cannot tell the article's paragraphs from comments or teasers, so it keeps them all; phrase
 * rules (stage `line`) and cleaners without a stage still judge every line.
 */
const undProse: Guard = (page, spec, block) =>
  page.language === 'und' && spec.stage !== undefined && spec.stage !== 'line' && shapedLikeProse(pageStats(page).of(block))

/**
 * Run the cleaners until nothing more goes; then, when the language is detected, detect it
 * again on the kept blocks (boilerplate in another language can sway the first detection)
 * and, when it changed, run them again with that language's rules. The result is cleaned with
 * the rules of the language its own text is detected as.
 *
 * @param page The page (its language and rules set from a first detection).
 * @param settings Settings of the run.
 */
function runLanguages(page: PageState, settings: Settings): void {
  runRounds(settings.specs, page)
  if (settings.language !== 'auto') return
  let sample = sampleOf(page.blocks)
  for (let change = 0; change < MAX_LANGUAGE_CHANGES; change++) {
    const kept = page.kept()
    // The same sample gives the same language: detect again only when removals changed it.
    const keptSample = sampleOf(kept)
    if (keptSample === sample) return
    sample = keptSample
    const {code: language, confidence} = detectWithConfidence(kept, settings.candidates, settings.confusers)
    page.languageConfidence = confidence
    if (language === page.language) return
    page.setLanguage(language, settings.rulesFor(language))
    runRounds(settings.specs, page)
  }
}

/**
 * Make the clean idempotent: clean the output again as a new page, read as the settings read
 * any input, and remove from this page what that clean removes, until it removes nothing.
 * Needed where the first clean's decisions rest on the whole text: a whole page (kind `'page'`,
 * or an extractor's output whose kept lines read as a whole page: the page frame and the input
 * kind are found on the whole text), a wrapped text (its line profile and paragraphs are read
 * on the whole text) and Markdown (its format is detected on the whole text); and any page whose
 * kept lines are detected as another language than the rules that cleaned it (the language
 * loop stopped at its bound, or too little text is left to tell). An extractor's output that
 * stays one, in its language, needs no second look (its rules are local or settle in the
 * rounds). The page then takes the language that clean ended with, so that the language
 * reported is the one its output is detected as.
 *
 * The second clean's blocks are mapped back by their place in the output: a kept block goes when
 * removed blocks of the second clean cover all of it (a block the second clean only cut into is
 * kept: the doubt keeps).
 *
 * @param page The page, cleaned once.
 * @param settings The settings of the run.
 * @returns Whether it settled (`false`: a clean of the output cut into a kept block).
 */
function settle(page: PageState, settings: Settings): boolean {
  let settled = true
  for (let pass = 0; pass < MAX_SETTLE; pass++) {
    if (page.removals === 0) return true
    const kept = page.kept()
    const drifted = settings.language === 'auto' && detectWithConfidence(kept, settings.candidates, settings.confusers).code !== page.language
    if (kept.length === 0) {
      // Nothing left: cleaning the empty output finds no language.
      if (drifted) page.setLanguage('und', settings.rulesFor('und'), true)
      if (drifted) page.languageConfidence = 0
      return true
    }
    const whole = page.kind === 'page' || (settings.mode === 'auto' && decideKind(page, kept) === 'page')
    if (!whole && !drifted && !page.wrapped && page.format === 'text') return true
    const text = cleanedText(page)
    const {blocks, layout} = readPage(text, settings)
    const again = newPage(blocks, () => new File({value: text}), settings, layout)
    runLanguages(again, settings)
    keepStructure(again)
    // The output is cleaned as `again` was: its language is the page's now (the input's kind stays).
    page.setLanguage(again.language, again.rules, true)
    page.languageConfidence = again.languageConfidence
    if (again.removals === 0) return true
    // Where each kept block is in the output.
    const places: Array<{block: Block; start: number; end: number}> = []
    let offset = 0
    for (const {block, separator} of keptBlocks(page)) {
      if (separator) offset += separator.before.length
      places.push({block, start: offset, end: offset + block.source.length})
      offset += block.source.length
    }
    let removed = false
    let at = 0
    for (const place of places) {
      // The blocks of the second clean over this place: all removed, the place goes.
      while (at < blocks.length && blocks[at]!.end <= place.start) at++
      let cover = at
      let mark: Mark | undefined
      let covered = true
      while (cover < blocks.length && blocks[cover]!.start < place.end) {
        const other = again.marks[blocks[cover]!.index]
        const metadata = again.removedWith(blocks[cover]!)
        if (!other) covered = false
        else mark ??= {rule: other.rule, category: other.category, reason: other.reason, ...(metadata ? {metadata} : {})}
        cover++
      }
      if (covered && mark) removed = page.mark(place.block, mark) || removed
      else if (mark) settled = false
    }
    keepStructure(page)
    if (!removed) return settled
  }
  return settled
}

/**
 * The metadata of the article: its title is, in Markdown, the first kept `#` heading, else the
 * headline at the article's top (the first kept block when it reads as one and no furniture of
 * the page comes before the first paragraph, else the nearest headline above the first paragraph,
 * kept or removed as the page's frame); the byline, agency, category, tags, source, dates and reading time
 * come only from removed blocks at the article's edges or inside it — never from a menu, a related
 * list, comments or the footer (see `analysis/edges.ts`).
 *
 * @param page The page, cleaned.
 * @param settings Settings of the run (the time of the crawl, for relative dates).
 */
function articleMetadata(page: PageState, settings: Settings): void {
  const edges = articleEdges(page)
  const atEdge = edges === undefined ? () => true : (index: number) => edges.edges.has(index)
  let title = edges?.headline?.text.trim()
  if (page.format === 'markdown') {
    const heading = page.blocks.find((block) => !page.isRemoved(block) && block.markdown?.type === 'heading' && block.markdown.depth === 1)
    if (heading && /\p{L}/u.test(heading.text)) title = heading.text.trim()
  }
  if (edges !== undefined || title !== undefined) page.keepMetadata(atEdge, title)
  mergeMetadata(page.metadata, pageDates(page, settings.now, atEdge))
}

/** Kept blocks at the head of a page looked through for a dateline. */
const DATELINE_HEAD = 8

/**
 * Set `metadata.agency`, when no byline or source line gave one, from the agency's signature
 * removed at the article's foot (`dpa/AFP`, `(dpa)`: after the last paragraph), or else from the
 * dateline that opens the article (`Ankara (AFP) - …`), among the first kept blocks. The
 * dateline stays: it is article text.
 *
 * @param page The page.
 */
function findAgency(page: PageState): void {
  if (page.metadata.agency !== undefined) return
  for (let index = page.blocks.length - 1; index >= 0; index--) {
    const block = page.blocks[index]!
    if (!page.isRemoved(block)) {
      if (block.words >= PARAGRAPH_WORDS) break
      continue
    }
    const agency = signatureAgency(block.text, page.rules)
    if (agency) {
      page.metadata.agency = agency
      return
    }
  }
  let seen = 0
  for (const block of page.blocks) {
    if (page.isRemoved(block)) continue
    const agency = datelineAgency(block, page.rules)
    if (agency) {
      page.metadata.agency = agency
      return
    }
    if (++seen >= DATELINE_HEAD) return
  }
}

/**
 * How the run judges a cleaned page as a whole: whether its language is one of the
 * `targetLanguages` (every language is without them), and whether its cleaned text is shorter
 * than `minChars`.
 *
 * @param page The page, cleaned.
 * @param text Its cleaned text.
 * @param settings Settings of the run.
 * @returns The flags.
 */
export function pageFlags(page: PageState, text: string, settings: Settings): PageFlags {
  return {languageMatch: settings.targetLanguages?.has(page.language) ?? true, empty: text.length < settings.minChars}
}
