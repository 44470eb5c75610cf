/**
 * Running cleaners on a page: one cleaner's pass, and rounds of all of them until nothing
 * more goes. The runner knows no cleaner: it checks what cleaners return and records
 * removals under the cleaner's name and category.
 */
import {CleanerError, describe} from './errors.js'
import {checkMetadata} from './metadata.js'
import {DEFAULT_CATEGORY, type PageState} from './page.js'
import type {Block, CleanerSpec, Metadata, Verdict} from './types.js'

/**
 * Passes of cleaners at most per language (a safety bound on hostile pages: a pass that
 * removes nothing ends the loop, and ordinary pages need two).
 */
export const MAX_ROUNDS = 16

/**
 * Turn a `test` verdict into a removal, or throw a `TypeError` naming what is wrong with it.
 *
 * @returns The reason and metadata, or `undefined` to keep the block.
 */
function readVerdict(spec: CleanerSpec, verdict: Verdict): {reason: string; metadata?: Metadata} | undefined {
  if (!verdict) return undefined
  if (verdict === true) return {reason: spec.description ?? spec.name}
  if (typeof verdict === 'string') return {reason: verdict}
  if (typeof verdict === 'object' && !Array.isArray(verdict)) {
    // Each field read once, here, inside the cleaner's try: a throwing getter is its error.
    const {reason, metadata} = verdict as {reason?: unknown; metadata?: unknown}
    if (typeof reason === 'string') {
      const checked = checkMetadata(metadata)
      return checked ? {reason, metadata: checked} : {reason}
    }
  }
  throw new TypeError(`\`test\` returned ${describe(verdict)}; expected a boolean, a reason string or {reason, metadata}`)
}

/**
 * Run one cleaner over a page: its `test` on every kept block, then its `run`. Whatever a
 * cleaner throws (or returns wrongly) becomes a {@link CleanerError} naming it and the line.
 *
 * @param spec The cleaner.
 * @param state The page.
 * @param again Whether this is a repeat pass (a local cleaner's `test` is not run again).
 */
export function runCleaner(spec: CleanerSpec, state: PageState, again = false): void {
  const {test, run} = spec
  const context = state.contextFor(spec)
  state.startPass()
  if (test && !(again && spec.local)) {
    const category = spec.category ?? DEFAULT_CATEGORY
    for (const block of state.blocks) {
      if (state.marks[block.index] !== undefined) continue
      let removal
      try {
        removal = readVerdict(spec, test(block, context))
      } catch (error) {
        throw new CleanerError(spec.name, block.line, error)
      }
      if (removal) mark(state, block, spec, category, removal)
    }
  }
  if (run) {
    state.startPass()
    try {
      run(context)
    } catch (error) {
      throw new CleanerError(spec.name, undefined, error)
    }
  }
}

/** Record a `test` removal. */
function mark(
  state: PageState,
  block: Block,
  spec: CleanerSpec,
  category: CleanerSpec['category'] & string,
  removal: {reason: string; metadata?: Metadata}
): void {
  const rule = spec.name
  state.mark(block, removal.metadata ? {rule, category, reason: removal.reason, metadata: removal.metadata} : {rule, category, reason: removal.reason}, spec)
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
export function runRounds(specs: readonly CleanerSpec[], state: PageState): void {
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const before = state.removals
    for (const spec of specs) runCleaner(spec, state, round > 0)
    if (state.removals === before) break
  }
}
