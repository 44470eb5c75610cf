import {trimEdges} from '../text.js'
import type {CleanerSpec} from '../types.js'
import {phraseVerdict} from './phrase.js'

const description = 'Image credit'
/** Longest line taken for a list of agency names. */
const MAX_WORDS = 12
/** Separators between agency names in a credit (on folded text: single spaces). */
const separators = / ?[/|,;&+] ?| via | et | and | - /

/**
 * Image credits: `Photo : AFP`, `Crédit photo :`, `© Reuters`, and lines made only of
 * photo agency and stock names (`Legion Media`, `Global Look Press / Reuters`).
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
    const segments = block.lower.split(separators).map((segment) => trimEdges(segment))
    if (segments.length > 0 && segments.every((segment) => agencies.has(segment))) return `${description}: agency names only`
    return undefined
  }
}
