import {isProse} from '../../analysis/classify.js'
import {pageStats, type PageStats} from '../../analysis/stats.js'
import {endsLikeSentence} from '../../text/shapes.js'
import type {Block, CleanerContext} from '../../core/types.js'
import {headlineCopies} from '../../analysis/headline.js'
import {PARAGRAPH_WORDS} from '../../text/shapes.js'
import type {BuiltinCleaner} from '../spec.js'

const description = 'Later copy of a line printed earlier on the page'

/** Words a line needs to be taken for a copy when it follows its twin directly. */
export const ADJACENT_WORDS = 5
/** Words a line needs to be taken for a copy of a twin a few lines up (a list repeats shorter items). */
export const NEAR_WORDS = 14
/** Kept lines at most from a copy back to its twin, for a copy with no prose between them. */
export const NEAR_LINES = 8
/** Prose paragraphs a stretch printed again must hold. */
export const STRETCH_PROSE = 2
/** Earlier occurrences of a line looked at as the start of a copied stretch. */
const CANDIDATES = 8

/** Whether a line has a letter (a line of figures or rules is no copy of anything). */
const letter = /\p{L}/u
/** Whether a line has a letter or a digit (else it is a separator). */
const content = /[\p{L}\p{N}]/u

/** Why a copy goes. */
type Why = 'adjacent' | 'near' | 'stretch' | 'headline'

const reasons: Record<Why, string> = {
  adjacent: `${description}: the same line just before it`,
  near: `${description}: the same line a few lines up, with no paragraph between`,
  stretch: `${description}: a stretch of lines printed twice`,
  headline: `${description}: the headline again, far from the top`
}

/**
 * Whether a line can be judged a copy at all: words enough, a letter, not a table row.
 *
 * @param block The line.
 * @returns Whether it can.
 */
function candidate(block: Block): boolean {
  return block.words >= ADJACENT_WORDS && !block.lower.includes('|') && letter.test(block.lower)
}

/**
 * Copied stretches: runs of kept lines equal, line for line, to an earlier run that ends before
 * they start (a line repeated in a row is no stretch). Lines without a letter or a digit
 * (`-`, `***`) are left out of the comparison, as extractors print separators in one copy and
 * not in the other; inside a stretch that goes, they go too. A run goes when it holds
 * {@link STRETCH_PROSE} prose paragraphs at least. Each line is compared with its last
 * {@link CANDIDATES} earlier prints only, so the work stays linear in the number of lines.
 *
 * @param kept Kept blocks.
 * @param prose Whether the kept block at a position reads as prose.
 * @param marks Set to `'stretch'` for the positions of the runs that go.
 */
function markStretches(kept: readonly Block[], prose: (position: number) => boolean, marks: Array<Why | undefined>): void {
  // Positions of the lines compared (with a letter or a digit).
  const lines: number[] = []
  for (let position = 0; position < kept.length; position++) if (content.test(kept[position]!.lower)) lines.push(position)
  const seen = new Map<string, number[]>()
  // Run lengths ending at the previous line, by the twin of that line (indices into `lines`).
  let previous = new Map<number, number>()
  const flush = (runs: Map<number, number>, end: number): void => {
    for (const [twin, length] of runs) {
      const first = end - length + 1
      if (length < 2 || twin >= first) continue
      let proseLines = 0
      for (let index = first; index <= end && proseLines < STRETCH_PROSE; index++) if (prose(lines[index]!)) proseLines++
      if (proseLines < STRETCH_PROSE) continue
      for (let position = lines[first]!; position <= lines[end]!; position++) marks[position] ??= 'stretch'
    }
  }
  for (let index = 0; index < lines.length; index++) {
    const lower = kept[lines[index]!]!.lower
    const current = new Map<number, number>()
    const twins = seen.get(lower)
    if (twins) for (const twin of twins) current.set(twin, (previous.get(twin - 1) ?? 0) + 1)
    // Runs that this line does not continue end at the line before.
    const ended = new Map<number, number>()
    for (const [twin, length] of previous) if (!current.has(twin + 1)) ended.set(twin, length)
    flush(ended, index - 1)
    previous = current
    if (twins) {
      twins.push(index)
      if (twins.length > CANDIDATES) twins.shift()
    } else seen.set(lower, [index])
  }
  flush(previous, lines.length - 1)
}

/**
 * Find the copies among the kept lines.
 *
 * @param kept Kept blocks.
 * @param page The page's statistics (asked for only when a line is printed twice).
 * @returns For each position, why the line goes (`undefined`: it stays).
 */
export function copies(kept: readonly Block[], page: () => PageStats): Array<Why | undefined> {
  const marks = new Array<Why | undefined>(kept.length)
  // Most pages print no line of five words or more twice: then there is nothing to look at
  // (and no statistics to compute).
  const seen = new Set<string>()
  let repeated = false
  // Later prints of lines that may be prose: a copied stretch needs STRETCH_PROSE of them.
  let proseRepeats = 0
  for (const block of kept) {
    if (!candidate(block)) continue
    if (seen.has(block.lower)) {
      repeated = true
      if (block.words >= PARAGRAPH_WORDS && endsLikeSentence(block.lower)) proseRepeats++
    } else seen.add(block.lower)
  }
  if (!repeated) return marks
  if (proseRepeats >= STRETCH_PROSE) {
    const proseCache = new Array<boolean | undefined>(kept.length)
    const prose = (position: number): boolean => {
      const block = kept[position]!
      return (proseCache[position] ??= block.words >= PARAGRAPH_WORDS && endsLikeSentence(block.lower) && isProse(block, page()))
    }
    markStretches(kept, prose, marks)
  }
  const last = new Map<string, number>()
  for (let position = 0; position < kept.length; position++) {
    const block = kept[position]!
    // Twins are the same line, so a line too short to be a copy has no twin that is one.
    if (!candidate(block)) continue
    const twin = last.get(block.lower)
    last.set(block.lower, position)
    if (twin === undefined || marks[position]) continue
    if (twin === position - 1) {
      marks[position] = 'adjacent'
      continue
    }
    if (block.words < NEAR_WORDS || position - twin > NEAR_LINES) continue
    // A repeated structure (item, note, item, note) is a list, not a caption printed again.
    if (kept[position + 1]?.lower === kept[twin + 1]!.lower || (twin > 0 && kept[position - 1]!.lower === kept[twin - 1]!.lower)) continue
    let between = false
    for (let each = twin + 1; each < position && !between; each++) between = kept[each]!.words >= PARAGRAPH_WORDS && kept[each]!.lower !== block.lower
    if (!between) marks[position] = 'near'
  }
  return marks
}

/**
 * Copies: an article does not print the same paragraph twice, a page prints captions and
 * notices again and again (a gallery repeats its caption, an extractor prints a block twice).
 * A kept line goes when an earlier kept line is the same (compared folded) and it is one of:
 * the very next line after its twin ({@link ADJACENT_WORDS} words or more); a line of
 * {@link NEAR_WORDS} words or more at most {@link NEAR_LINES} lines after its twin, with no
 * line of {@link PARAGRAPH_WORDS} words or more between them and other neighbours than its twin's
 * (a caption around the lines of a gallery, not an item of a list that repeats its items); a line of a stretch of lines printed twice, line for line, that holds two paragraphs of
 * prose (long lines that end like sentences) at least. The first print always
 * stays where it is. A pull-quote that repeats a sentence of the article stands among
 * paragraphs, away from its twin: both stay. Lists, recipes, tables and interviews that repeat
 * an item, a heading or a question, even in stretches, stay: their lines are not prose.
 */
export const duplicateLine: BuiltinCleaner = {
  name: 'duplicate-line',
  description,
  category: 'copy',
  summary:
    'later prints of a line printed earlier: the next line repeating it, a long caption printed again around gallery lines, a stretch printed twice, the headline again far from the top; the first print stays, and lists, recipes, interviews and pull-quotes keep their repeats',
  example: 'a photo caption printed four times, an article an extractor printed twice',
  stage: 'page',
  run(context: CleanerContext) {
    const kept = context.kept()
    if (kept.length < 2) return
    const marks = copies(kept, () => pageStats(context))
    // On a whole page the first kept line may be the page's title, which the headline repeats.
    if (context.kind === 'extract') for (const position of headlineCopies(kept)) marks[position] ??= 'headline'
    for (let position = 0; position < kept.length; position++) {
      const why = marks[position]
      if (why) context.remove(kept[position]!, reasons[why])
    }
  }
}
