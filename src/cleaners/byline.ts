import {foldCased, trimEdges} from '../text.js'
import type {CleanerSpec, CompiledRules} from '../types.js'

/** Most words in the names of a byline. */
const MAX_NAME_WORDS = 8
/** Longest byline, in characters (keeps the name pattern off hostile lines of huge words). */
const MAX_LENGTH = 200

/**
 * Whether a text is a list of names: every word capitalised, or a joiner of the pack
 * (`and`, `et`, `&`) or a name particle (`de`, `van`). In languages that capitalise every
 * noun, a capital says little, so there the first name must have two capitalised words
 * (`Von Anna Müller, Berlin` is a byline, `Von Wölfen und Schafen` a sub-heading): the
 * first name ends at a comma or at one of the pack's `conjunctions` (`und`, `&`).
 *
 * @param text The text after the prefix, case kept.
 * @param rules The rules in force.
 * @returns Whether it is a list of names.
 */
function names(text: string, rules: CompiledRules): boolean {
  const words = text.split(' ').filter(Boolean)
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return false
  const joiners = rules.set('byline', 'joiners')
  const conjunctions = rules.set('byline', 'conjunctions')
  let capitals = 0
  let firstName = true
  for (const raw of words) {
    const comma = raw.endsWith(',')
    const word = comma ? raw.slice(0, -1) : raw
    // The packs' sets are trimmed of edge punctuation: Dutch `'t` is there as `t`.
    const lower = trimEdges(word.toLowerCase())
    if (conjunctions.has(lower)) firstName = false
    else if (!joiners.has(lower)) {
      if (!/^\p{Lu}[\p{L}'.-]*$/u.test(word)) return false
      if (firstName) capitals++
    }
    if (comma) firstName = false
  }
  return capitals >= (rules.capitalisedNouns ? 2 : 1)
}

/**
 * Bylines: a line of a prefix of the pack (`by`, `par`, `von`) followed by names only
 * (`by Sara`, `Par Jean Dupont et Marie Curie`). The names go to `metadata.byline`.
 */
export const byline: CleanerSpec = {
  name: 'byline',
  description: 'Byline',
  local: true,
  test(block, context) {
    if (block.words < 2 || block.words > MAX_NAME_WORDS + 3 || block.text.length > MAX_LENGTH) return undefined
    for (const prefix of context.rules.list('byline', 'prefixes')) {
      if (!block.lower.startsWith(`${prefix} `) && !block.lower.startsWith(`${prefix}:`)) continue
      const cased = foldCased(block.text).trim()
      const rest = cased.slice(prefix.length).replace(/^ ?: ?/, '').replace(/[.,;]$/, '').trim()
      if (!names(rest, context.rules)) continue
      return {reason: `Byline: “${prefix}” and names`, metadata: {byline: rest}}
    }
    return undefined
  }
}
