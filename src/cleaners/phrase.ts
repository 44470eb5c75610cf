/**
 * The generic phrase cleaner: a rule whose pack data (`lines`, `starts`, `patterns`) says
 * everything. Most rules are one of these; the others match their phrases through the same
 * helpers.
 */
import type {Block, CleanerContext, CompiledRules, PageView} from '../core/types.js'
import type {BuiltinCleaner} from './spec.js'

/** Longest quote of the matched text in a reason. */
const QUOTE = 60
/** A match shorter than this (in characters) says little: the reason quotes the whole line. */
const SHORT_MATCH = 12

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

/**
 * Lines shorter than this (in words) report speech only on strong evidence: a speech pattern, or
 * a marker that opens with a comma or a quotation mark (`« Abonnez-vous », lance-t-il.`,
 * `"Subscribe," she said.`). A short button or label never holds one; a word such as `laut` or
 * `selon` alone says too little on a short line.
 */
const SPEECH_WORDS = 8

/** A marker that opens with a comma or a quotation mark: it ends a quotation or a clause before a reporting verb. */
const STRONG_MARKER = /^[,"'«»]/u

/** The markers of reported speech of each compiled rule set, the strong ones apart. */
const speechMarkers = new WeakMap<CompiledRules, {all: readonly string[]; strong: readonly string[]}>()

/**
 * Whether a line reports speech (`…, the message read`, `« … », a-t-il déclaré`, `…, sagte
 * er`): such a line is article prose quoting a promo or a notice, and phrase rules leave it
 * alone. The markers and patterns are the packs' vocabulary (`speech`); a line shorter than
 * {@link SPEECH_WORDS} words needs a pattern or a strong marker.
 *
 * @param block Block.
 * @param context The page.
 * @returns Whether the line reports speech.
 */
export function reportsSpeech(block: Block, context: PageView): boolean {
  let markers = speechMarkers.get(context.rules)
  if (!markers) {
    const all = context.rules.list('speech', 'markers')
    markers = {all, strong: all.filter((marker) => STRONG_MARKER.test(marker))}
    speechMarkers.set(context.rules, markers)
  }
  const candidates = block.words < SPEECH_WORDS ? markers.strong : markers.all
  if (candidates.some((marker) => block.lower.includes(marker))) return true
  return context.rules.match('speech', block.lower, block.words) !== undefined
}

/**
 * Match a block against rule `name`'s data, a line that reports speech aside.
 *
 * @param name Rule name.
 * @param block Block.
 * @param context Context.
 * @returns The matched text, or `undefined`.
 */
export function phraseMatch(name: string, block: Block, context: PageView): string | undefined {
  const match = context.rules.match(name, block.lower, block.words)
  return match === undefined || reportsSpeech(block, context) ? undefined : match
}

/**
 * The reason given for a phrase match.
 *
 * @param description What the rule removes.
 * @param match The matched text.
 * @param block Block.
 * @returns The reason.
 */
export function phraseReason(description: string, match: string, block: Block): string {
  // A short match (`>>> c`) says little: quote the line instead.
  return `${description}: matches ${quote(match.length < SHORT_MATCH ? block.text : match)}`
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
export function phraseVerdict(name: string, description: string, block: Block, context: PageView): string | undefined {
  const match = phraseMatch(name, block, context)
  return match === undefined ? undefined : phraseReason(description, match, block)
}

/**
 * A cleaner driven by its pack data, with an optional page-level `run` besides. Its `test`
 * reads the line alone, so it is local: the `test` runs once, the `run` again while other
 * blocks go. Its data schema holds phrases (and the lists `spec.data` adds).
 *
 * @param spec The rule: its name (the key of its data in the packs), description, category,
 *   stage and data schema.
 * @param run Page-level pass, run after the phrase test.
 * @returns The cleaner.
 */
export function phraseCleaner(spec: Omit<BuiltinCleaner, 'test' | 'run' | 'local'>, run?: (context: CleanerContext) => void): BuiltinCleaner {
  const {name, description} = spec
  return {
    ...spec,
    data: {...spec.data, description: spec.data?.description ?? description, phrases: true},
    local: true,
    test: (block, context) => phraseVerdict(name, description, block, context),
    ...(run ? {run} : {})
  }
}
