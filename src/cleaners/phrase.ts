/**
 * The generic phrase cleaner: a rule whose pack data (`lines`, `starts`, `patterns`) says
 * everything. Most rules are one of these.
 */
import type {Block, CleanerContext, CleanerSpec} from '../types.js'

/** Longest quote of the matched text in a reason. */
const QUOTE = 60

/**
 * Quote a match for a reason.
 *
 * @param value Matched text.
 * @returns Short quote.
 */
export function quote(value: string): string {
  const trimmed = value.trim()
  return `“${trimmed.length > QUOTE ? `${trimmed.slice(0, QUOTE - 1)}…` : trimmed}”`
}

/** Lines shorter than this are never taken for reported speech (buttons, labels). */
const SPEECH_WORDS = 8

/**
 * Whether a line reports speech (`…, the message read`, `…, a-t-il déclaré`): such a line is
 * article prose quoting a promo or a notice, and phrase rules leave it alone. The markers are
 * the packs' `article-guard.speech` lists.
 *
 * @param block Block.
 * @param context Context.
 * @returns Whether the line reports speech.
 */
export function reportsSpeech(block: Block, context: CleanerContext): boolean {
  if (block.words < SPEECH_WORDS) return false
  return context.rules.list('article-guard', 'speech').some((marker) => block.lower.includes(marker))
}

/**
 * Match a block against rule `name`'s data; give the reason when it matches.
 *
 * @param name Rule name.
 * @param description What the rule removes.
 * @param block Block.
 * @param context Context.
 * @returns The reason, or `undefined`.
 */
export function phraseVerdict(name: string, description: string, block: Block, context: CleanerContext): string | undefined {
  const match = context.rules.match(name, block)
  if (match === undefined || reportsSpeech(block, context)) return undefined
  // A short match (`>>> c`) says little: quote the line instead.
  return `${description}: matches ${quote(match.length < 12 ? block.text : match)}`
}

/**
 * A cleaner driven by its pack data, with an optional page-level `run` besides (a cleaner
 * with a `run` is not local: it runs again when other blocks go).
 *
 * @param name Rule name (the key of its data in the packs).
 * @param description What it removes.
 * @param run Page-level pass, run after the phrase test.
 * @returns The cleaner.
 */
export function phraseCleaner(name: string, description: string, run?: CleanerSpec['run']): CleanerSpec {
  return {
    name,
    description,
    local: run === undefined,
    test: (block, context) => phraseVerdict(name, description, block, context),
    ...(run ? {run} : {})
  }
}
