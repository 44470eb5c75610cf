/**
 * The whole run on a page, the same for `clean()`, the unified preset and the CLI:
 *
 * 1. text → blocks (one per non-blank line, verbatim);
 * 2. the language, detected on a sample of the page's prose, picks the rules;
 * 3. page facts (block statistics, the input's kind…) are computed when first asked for, once
 *    per language;
 * 4. rounds of cleaners run until a round removes nothing;
 * 5. the language is detected again on what is kept; when it changed, the rounds run again
 *    with the new language's rules (and facts);
 * 6. a whole page is cleaned again as its own output until it settles (idempotence);
 * 7. the title is the first kept line when it reads as a headline;
 * 8. the dates and reading time are read from the date stamps removed (`api/dates.ts`), the
 *    agency from the signature at the article's foot or the dateline that opens it when no
 *    byline or source line gave one.
 *
 * The output (kept text, removals, messages, metadata) is made by `core/output.ts`.
 */
import type {VFile} from 'vfile'
import {VFile as File} from 'vfile'
import {decideKind} from '../analysis/kind.js'
import {readsAsHeadline} from '../analysis/headline.js'
import {parseBlocks} from '../core/blocks.js'
import {mergeMetadata} from '../core/metadata.js'
import {cleanedText, type PageFlags} from '../core/output.js'
import {PageState, type KindOf} from '../core/page.js'
import {runRounds} from '../core/run.js'
import type {Block} from '../core/types.js'
import {PARAGRAPH_WORDS} from '../text/shapes.js'
import {datelineAgency, signatureAgency} from '../language/agencies.js'
import {detectWithConfidence, sampleOf} from '../language/detect.js'
import {pageDates} from './dates.js'
import type {Settings} from './settings.js'

/** Times at most the language is detected again on what is kept and the rules changed. */
export const MAX_LANGUAGE_CHANGES = 3
/** Cleans of the output a page gets at most to reach a fixed point. */
export const MAX_SETTLE = 3

/**
 * Clean a page's text: the whole run (see the module's description).
 *
 * @param text The page text.
 * @param settings Settings of the run.
 * @param file The page's file (default: a new one holding the text).
 * @returns The page state, cleaned.
 */
export function cleanText(text: string, settings: Settings, file: VFile = new File({value: text})): PageState {
  const page = newPage(parseBlocks(text), file, settings) // blocks, language, facts on demand
  runLanguages(page, settings) // rounds of cleaners; again while the kept text changes language
  settle(page, settings) // a whole page cleaned again as its own output until nothing goes
  findTitle(page)
  findAgency(page)
  mergeMetadata(page.metadata, pageDates(page, settings.now)) // dates and reading time from the stamps removed
  return page
}

/**
 * Clean a page whose state is made (the unified preset's entry: its parser made the blocks):
 * the rest of {@link cleanText}.
 *
 * @param page The page, nothing removed yet.
 * @param settings Settings of the run.
 */
export function cleanBlocks(page: PageState, settings: Settings): void {
  runLanguages(page, settings)
  settle(page, settings)
  findTitle(page)
  findAgency(page)
  mergeMetadata(page.metadata, pageDates(page, settings.now))
}

/**
 * A page state for blocks: the language detected among the candidates when the settings say
 * `'auto'` (else the forced one), its compiled rules, and the input's kind (forced, or decided
 * from the text when first asked for).
 *
 * @param blocks The page's blocks.
 * @param file The page's file.
 * @param settings Settings of the run.
 * @returns The state, nothing removed yet.
 */
export function newPage(blocks: readonly Block[], file: VFile, settings: Settings): PageState {
  const detection =
    settings.language === 'auto' ? detectWithConfidence(blocks, settings.candidates, settings.confusers) : {code: settings.language, confidence: 1}
  const mode = settings.mode
  const kindOf: KindOf = mode === 'auto' ? (page) => decideKind(page) : () => mode
  const page = new PageState(blocks, file, detection.code, settings.rulesFor(detection.code), kindOf, settings.favor)
  page.languageConfidence = detection.confidence
  return page
}

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
 * Make the clean idempotent: on a whole page (kind `'page'`, or an extractor's output whose
 * kept lines read as a whole page), clean the output again as a new page, and remove from
 * this page what that clean removes, until it removes nothing. The page frame and the input
 * kind are found on the whole text, so the lines left can frame differently; an extractor's
 * output that stays one needs no second look (its rules are local or settle in the rounds).
 *
 * @param page The page, cleaned once.
 * @param settings The settings of the run.
 */
function settle(page: PageState, settings: Settings): void {
  for (let pass = 0; pass < MAX_SETTLE; pass++) {
    if (page.removals === 0) return
    const kept = page.kept()
    if (kept.length === 0) return
    if (page.kind !== 'page' && !(settings.mode === 'auto' && decideKind(page, kept) === 'page')) return
    const text = cleanedText(page)
    const blocks = parseBlocks(text)
    if (blocks.length !== kept.length) return
    const again = newPage(blocks, new File({value: text}), settings)
    runLanguages(again, settings)
    let removed = false
    for (const block of blocks) {
      const mark = again.marks[block.index]
      // The metadata comes merged below, in the order the second clean found it.
      if (mark) removed = page.mark(kept[block.index]!, {rule: mark.rule, category: mark.category, reason: mark.reason}) || removed
    }
    mergeMetadata(page.metadata, again.metadata)
    if (!removed) return
  }
}

/**
 * Set `metadata.title` from the first kept block when it reads as a headline.
 *
 * @param page The page.
 */
function findTitle(page: PageState): void {
  if (page.metadata.title !== undefined) return
  const first = page.blocks.find((block) => !page.isRemoved(block))
  if (first && readsAsHeadline(first) && /\p{L}/u.test(first.text)) page.metadata.title = first.text.trim()
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
