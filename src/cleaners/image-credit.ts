import {escapeRegExp, trimEdges} from '../text.js'
import type {CleanerSpec, CompiledRules} from '../types.js'
import {phraseVerdict} from './phrase.js'

const description = 'Image credit'
/** Longest line taken for a list of agency names. */
const MAX_WORDS = 12
/** Separators between agency names in a credit, in every language (on folded text: single spaces). */
const SYMBOLS = ' ?[/|,;&+] ?| via | - '
/** The separators of each compiled rule set: symbols and the packs' `joiners` (`and`, `und`, `y`). */
const separatorsOf = new WeakMap<CompiledRules, RegExp>()

/**
 * The expression that splits a credit line into names: the symbols and the given joiners.
 *
 * @param joiners Folded words that join names (`and`, `und`, `y`).
 * @returns The expression.
 */
export function creditSeparators(joiners: readonly string[]): RegExp {
  return new RegExp([SYMBOLS, ...joiners.map((word) => ` ${escapeRegExp(word)} `)].join('|'), 'u')
}

/**
 * The separators between agency names for the rules in force.
 *
 * @param rules Compiled rules.
 * @returns A regular expression that splits a credit line into names.
 */
function separators(rules: CompiledRules): RegExp {
  let separator = separatorsOf.get(rules)
  if (!separator) {
    separator = creditSeparators(rules.list('image-credit', 'joiners'))
    separatorsOf.set(rules, separator)
  }
  return separator
}

/**
 * Image credits: `Photo : AFP`, `Crédit photo :`, `© Reuters`, and lines made only of
 * photo agency and stock names (`Legion Media`, `Global Look Press / Reuters`,
 * `dpa und AFP`: the words joining names come from the packs' `joiners`).
 */
export const imageCredit: CleanerSpec = {
  name: 'image-credit',
  description,
  local: true,
  test(block, context) {
    const verdict = phraseVerdict('image-credit', description, block, context)
    if (verdict) return verdict
    if (block.words > MAX_WORDS) return undefined
    const agencies = context.rules.set('image-credit', 'agencies')
    const segments = block.lower.split(separators(context.rules)).map((segment) => trimEdges(segment))
    if (segments.length > 0 && segments.every((segment) => agencies.has(segment))) return `${description}: agency names only`
    return undefined
  }
}
