import {escapeRegExp, foldCased, trimEdges} from '../../text/fold.js'
import type {CompiledRules} from '../../core/types.js'
import {isStopword} from '../../language/stopwords.js'
import {isNameWord} from '../../text/shapes.js'
import {phraseVerdict} from '../phrase.js'
import type {BuiltinCleaner} from '../spec.js'

const description = 'Image credit'
/** Longest line taken for a list of agency names. */
const MAX_CREDIT_WORDS = 12
/** Separators between agency names in a credit, in every language (on folded text: single spaces). */
const SYMBOLS = ' ?[/|,;&+] ?| via | - '
/** The separators between a photographer's name and an agency: symbols only (`Alex Wong | Getty Images`). */
const symbols = new RegExp(SYMBOLS, 'u')
/** The separators of each compiled rule set: symbols and the packs' `joiners` (`and`, `und`, `y`). */
const separatorsOf = new WeakMap<CompiledRules, RegExp>()

/**
 * The separators between agency names for the rules in force.
 *
 * @param rules Compiled rules.
 * @returns A regular expression that splits a credit line into names.
 */
export function separators(rules: CompiledRules): RegExp {
  let separator = separatorsOf.get(rules)
  if (!separator) {
    const words = rules.list('image-credit', 'joiners').map((word) => ` ${escapeRegExp(word)} `)
    separator = new RegExp([SYMBOLS, ...words].join('|'), 'u')
    separatorsOf.set(rules, separator)
  }
  return separator
}

/** Most words of a photographer's name before the agency in a credit. */
const PHOTOGRAPHER_WORDS = 4

/**
 * Whether the segments of a credit line are names and then an agency
 * (`Sonu Mehta/Hindustan Times/Getty Images`, `Alex Wong | Getty Images`).
 *
 * @param lower The line's segments, folded.
 * @param cased The same segments, case kept.
 * @param agencies The agency names.
 * @param language The page's language (its stop words open no name).
 * @returns Whether they are.
 */
function namesThenAgency(lower: readonly string[], cased: readonly string[], agencies: ReadonlySet<string>, language: string): boolean {
  if (lower.length < 2 || lower.length !== cased.length || !agencies.has(lower[lower.length - 1]!)) return false
  // A photographer's name opens with no stop word: `Von Katrin Albers, dpa` credits the writer.
  if (isStopword(lower[0]!.split(' ', 1)[0]!, language)) return false
  return cased.slice(0, -1).every((segment) => {
    const words = segment.split(' ')
    return words.length <= PHOTOGRAPHER_WORDS && words.every((word) => isNameWord(word))
  })
}

/**
 * Image credits: `Photo : AFP`, `Crédit photo :`, `© Reuters`, lines made only of
 * photo agency and stock names (`Legion Media`, `Global Look Press / Reuters`,
 * `dpa und AFP`: the words joining names come from the packs' `joiners`), and names before an
 * agency (`Sonu Mehta/Hindustan Times/Getty Images`).
 */
export const imageCredit: BuiltinCleaner = {
  name: 'image-credit',
  description,
  category: 'picture',
  summary: 'credit lines and lines of agency names only',
  example: '`Photo : AFP`, `© Reuters`, `Legion Media`, `Global Look Press / Reuters`',
  stage: 'line',
  data: {
    description: 'Image credits.',
    phrases: true,
    lists: {
      agencies: {description: 'Photo agency and stock names (`AFP`, `Getty Images`).'},
      joiners: {description: 'Words that join agency names (`and`, `und`, `y`).'}
    }
  },
  local: true,
  test(block, context) {
    const verdict = phraseVerdict('image-credit', description, block, context)
    if (verdict) return verdict
    if (block.words > MAX_CREDIT_WORDS) return undefined
    const agencies = context.rules.set('image-credit', 'agencies')
    const segments = block.lower.split(separators(context.rules)).map((segment) => trimEdges(segment))
    if (segments.length > 0 && segments.every((segment) => agencies.has(segment))) return `${description}: agency names only`
    const parts = block.lower.split(symbols).map((segment) => trimEdges(segment))
    if (parts.length < 2 || !agencies.has(parts[parts.length - 1]!)) return undefined
    const cased = foldCased(block.text)
      .trim()
      .split(symbols)
      .map((segment) => trimEdges(segment))
    if (namesThenAgency(parts, cased, agencies, context.language)) return `${description}: names and an agency`
    return undefined
  }
}
