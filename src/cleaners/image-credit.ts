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
