import {foldCased} from '../text.js'
import type {CleanerSpec} from '../types.js'

/** Most words in the names of a byline. */
const MAX_NAME_WORDS = 8
/** Longest byline, in characters (keeps the name pattern off hostile lines of huge words). */
const MAX_LENGTH = 200

/**
 * Whether a text is a list of names: every word capitalised, or a joiner of the pack
 * (`and`, `et`, `&`) or a name particle (`de`, `van`).
 */
function names(text: string, joiners: ReadonlySet<string>): boolean {
  const words = text.split(' ').filter(Boolean)
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return false
  let named = false
  for (const raw of words) {
    const word = raw.replace(/,$/, '')
    if (joiners.has(word.toLowerCase())) continue
    if (!/^\p{Lu}[\p{L}'.-]*$/u.test(word)) return false
    named = true
  }
  return named
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
      if (!names(rest, context.rules.set('byline', 'joiners'))) continue
      return {reason: `Byline: “${prefix}” and names`, metadata: {byline: rest}}
    }
    return undefined
  }
}
