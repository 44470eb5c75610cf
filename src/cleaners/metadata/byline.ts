import {fold, foldCased, trimEdges} from '../../text/fold.js'
import type {CompiledRules} from '../../core/types.js'
import {isNameWord} from '../../text/shapes.js'
import type {BuiltinCleaner} from '../spec.js'

/** Most words in the names of a byline. */
const MAX_BYLINE_NAME_WORDS = 8
/** Longest byline, in characters (keeps the name pattern off hostile lines of huge words). */
const MAX_LENGTH = 200

/**
 * Whether a text is a list of names: every word capitalised, or one of the vocabulary's name
 * joiners (`and`, `et`, `&`, `de`, `van`). In languages that capitalise every
 * noun, a capital says little, so there the first name must have two capitalised words
 * (`Von Anna Müller, Berlin` is a byline, `Von Wölfen und Schafen` a sub-heading): the
 * first name ends at a comma or at one of the vocabulary's name `conjunctions` (`und`, `&`).
 *
 * @param text The text after the prefix, case kept.
 * @param rules The rules in force.
 * @returns Whether it is a list of names.
 */
function names(text: string, rules: CompiledRules): boolean {
  const words = text.split(' ').filter(Boolean)
  if (words.length === 0 || words.length > MAX_BYLINE_NAME_WORDS) return false
  const joiners = rules.set('names', 'joiners')
  const conjunctions = rules.set('names', 'conjunctions')
  let capitals = 0
  let firstName = true
  for (const raw of words) {
    const comma = raw.endsWith(',')
    const word = comma ? raw.slice(0, -1) : raw
    // The packs' sets are trimmed of edge punctuation: Dutch `'t` is there as `t`.
    const lower = trimEdges(word.toLowerCase())
    if (conjunctions.has(lower)) firstName = false
    else if (!joiners.has(lower)) {
      if (!isNameWord(word)) return false
      if (firstName) capitals++
    }
    if (comma) firstName = false
  }
  return capitals >= (rules.capitalisedNouns ? 2 : 1)
}

/** A pipe or a bullet left at the head of the line by a row of page furniture (`| by Catherine`). */
const leadingSeparator = /^[|•·] ?/
/** A separator between the names and a date stamp (`By Tess Bonn - 11/19/19 06:56 AM EST`). */
const tailSeparator = /^[-|·•/,]$/
/** Most words of a byline followed by a date stamp. */
const MAX_STAMPED_WORDS = 25

/**
 * Whether a text is a date stamp (the vocabulary's `date-stamp` phrases), such as the tail
 * of `By Justine Coleman - 11/18/19 11:04 PM EST` or `Von Moritz Bachmann publiziert am 30.
 * Juli 2018`.
 *
 * @param words The stamp's words, case kept.
 * @param rules The rules in force.
 * @returns Whether it is one.
 */
function stamp(words: readonly string[], rules: CompiledRules): boolean {
  const lower = fold(words.join(' '))
  return lower !== '' && rules.match('date-stamp', lower, words.length) !== undefined
}

/**
 * The names of a byline text: all of it when it is a list of names, else the names before a
 * date stamp (`Justine Coleman - 11/18/19 11:04 PM EST`, `Louis Jacobson on Monday, November
 * 18th, 2019`), the stamp after a separator or right after the names.
 *
 * @param rest The text after the prefix, case kept.
 * @param rules The rules in force.
 * @returns The names and whether a date followed them, or `undefined`.
 */
function bylineNames(rest: string, rules: CompiledRules): {names: string; dated: boolean} | undefined {
  const bare = rest.replace(/ ?[.,;-]$/, '')
  if (bare.split(' ').length <= MAX_BYLINE_NAME_WORDS && names(bare, rules)) return {names: bare, dated: false}
  const words = rest.split(' ').filter(Boolean)
  if (words.length > MAX_STAMPED_WORDS) return undefined
  for (let end = 1; end < words.length && end <= MAX_BYLINE_NAME_WORDS; end++) {
    const tail = tailSeparator.test(words[end]!) ? words.slice(end + 1) : words.slice(end)
    const head = words.slice(0, end).join(' ').replace(/[,;]$/, '')
    if (names(head, rules) && stamp(tail, rules)) return {names: head, dated: true}
  }
  return undefined
}

/**
 * Bylines: a line of a prefix of the pack (`by`, `par`, `von`) followed by names only
 * (`by Sara`, `Par Jean Dupont et Marie Curie`), or by names and a date stamp (`By Justine
 * Coleman - 11/18/19 11:04 PM EST`), and a prefix alone (`By`, `Author:`, whose names were
 * links the extractor dropped). The names go to `metadata.byline`.
 */
export const byline: BuiltinCleaner = {
  name: 'byline',
  description: 'Byline',
  category: 'author',
  summary: 'a prefix (`by`, `par`) and names only, or names and a date stamp → `metadata.byline` (names only)',
  example: '`by Sara`, `Par Jean Dupont et Marie Curie`, `By Jane Doe - 11/18/19 11:04 PM EST`',
  stage: 'line',
  data: {description: 'Bylines.', lists: {prefixes: {description: 'Words that open a byline (`by`, `par`, `von`, `Author:`).'}}},
  local: true,
  test(block, context) {
    if (block.words > MAX_STAMPED_WORDS + 1 || block.text.length > MAX_LENGTH) return undefined
    const lower = block.lower.replace(leadingSeparator, '')
    const prefixes = context.rules.list('byline', 'prefixes')
    const alone = trimEdges(lower)
    if (prefixes.includes(alone)) return `Byline: “${alone}” without names`
    if (block.words < 2) return undefined
    for (const prefix of prefixes) {
      if (!lower.startsWith(`${prefix} `) && !lower.startsWith(`${prefix}:`)) continue
      const cased = foldCased(block.text).trim().replace(leadingSeparator, '')
      const rest = cased
        .slice(prefix.length)
        .replace(/^ ?: ?/, '')
        .trim()
      const found = bylineNames(rest, context.rules)
      if (found === undefined) continue
      return {reason: `Byline: “${prefix}” and names${found.dated ? ' and a date' : ''}`, metadata: {byline: found.names}}
    }
    return undefined
  }
}
