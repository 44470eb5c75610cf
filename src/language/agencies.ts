/**
 * News agencies in a line: the vocabulary's agency names (`AFP`, `dpa`, `Agence France-Presse`),
 * found whole, alone or chained (`dpa/AFP`, `AFP et Reuters`), for `metadata.agency`. Every
 * function here scans the line with `indexOf` and character tests: no expression is built.
 */
import type {CompiledRules} from '../core/types.js'
import {foldCased} from '../text/fold.js'

/** Longest text looked through for an agency (a byline, a source line, a dateline's opening). */
const MAX_LENGTH = 300
/** Most agencies in one chain (`dpa/AFP/Reuters`). */
const MAX_CHAIN = 4
/** Characters that chain two agencies (`dpa/AFP`, `AFP, Reuters`), spaces around allowed. */
const CHAIN_MARKS = new Set(['/', ',', '&', '+'])

/** Whether a character is a letter or a digit (a name goes on through it). */
const wordChar = (char: string): boolean => char !== '' && /[\p{L}\p{N}]/u.test(char)

/** An agency chain found in a line: where it is, and as written. */
export interface AgencyFound {
  /** The agencies as written in the line (`dpa/AFP`, `AFP`). */
  agency: string
  /** Offset of its first character in the text searched. */
  start: number
  /** Offset just past its last character. */
  end: number
}

/** The agency names (lower case, longest first) and the words that chain two of them. */
interface AgencyWords {
  names: readonly string[]
  conjunctions: readonly string[]
}

const wordsOf = new WeakMap<CompiledRules, AgencyWords>()

function agencyWords(rules: CompiledRules): AgencyWords {
  let words = wordsOf.get(rules)
  if (!words) {
    const names = [...new Set(rules.list('agencies', 'names').map((name) => name.trim()))].filter(Boolean).sort((a, b) => b.length - a.length)
    const conjunctions = rules.list('names', 'conjunctions').map((word) => word.trim())
    words = {names, conjunctions}
    wordsOf.set(rules, words)
  }
  return words
}

/** The agency name that starts at `at` of `lower`, whole (longest first). */
function nameAt(lower: string, at: number, names: readonly string[]): string | undefined {
  if (at > 0 && wordChar(lower.charAt(at - 1))) return undefined
  return names.find((name) => lower.startsWith(name, at) && !wordChar(lower.charAt(at + name.length)))
}

/** Offset after a chaining mark or conjunction at `at` (spaces around it included), or -1. */
function chainAt(lower: string, at: number, conjunctions: readonly string[]): number {
  let index = at
  while (lower.charAt(index) === ' ') index++
  if (CHAIN_MARKS.has(lower.charAt(index))) {
    index++
    while (lower.charAt(index) === ' ') index++
    return index
  }
  if (index === at) return -1
  for (const word of conjunctions) {
    if (lower.startsWith(`${word} `, index)) return index + word.length + 1
  }
  return -1
}

/**
 * The first agency of the vocabulary in a text, with the agencies chained to it (`dpa/AFP`,
 * `AFP et Reuters`).
 *
 * @param text The text, case kept.
 * @param rules The rules in force.
 * @param from Where to start looking.
 * @returns The chain found, or `undefined`.
 */
export function findAgency(text: string, rules: CompiledRules, from = 0): AgencyFound | undefined {
  if (text.length > MAX_LENGTH) return undefined
  const cased = foldCased(text)
  const lower = cased.toLowerCase()
  // Lower-casing changed the length (rare letters): offsets would not line up.
  if (lower.length !== cased.length) return undefined
  const {names, conjunctions} = agencyWords(rules)
  if (names.length === 0) return undefined
  for (let start = from; start < lower.length; start++) {
    const first = nameAt(lower, start, names)
    if (!first) continue
    let end = start + first.length
    for (let links = 1; links < MAX_CHAIN; links++) {
      const next = chainAt(lower, end, conjunctions)
      const name = next < 0 ? undefined : nameAt(lower, next, names)
      if (!name) break
      end = next + name.length
    }
    return {agency: cased.slice(start, end), start, end}
  }
  return undefined
}

/**
 * The agency a text ends with, and the text before it: `Claire Vasseur avec AFP` gives `Claire
 * Vasseur` and `AFP`; `Katrin Albers, dpa` gives `Katrin Albers` and `dpa`. Between the two,
 * a comma, a dash, a bar, a bracket or a word of the vocabulary's agency `joiners`.
 *
 * @param text A byline's text after its prefix, case kept.
 * @param rules The rules in force.
 * @returns The text before the agency and the agency, or `undefined`.
 */
export function trailingAgency(text: string, rules: CompiledRules): {before: string; agency: string} | undefined {
  const trimmed = foldCased(text).trim().replace(/[).]$/u, '')
  const found = findAgencyAtEnd(trimmed, rules)
  if (!found) return undefined
  let before = trimmed.slice(0, found.start).trimEnd()
  const lower = before.toLowerCase()
  const joiner = rules.list('agencies', 'joiners').find((word) => lower.endsWith(` ${word.trim()}`))
  if (joiner) before = before.slice(0, before.length - joiner.trim().length - 1)
  else if (/[,|(-]$/u.test(before)) before = before.slice(0, -1)
  else return undefined
  before = before.trimEnd()
  return before ? {before, agency: found.agency} : undefined
}

/** The agency chain that ends a text, if one does. */
function findAgencyAtEnd(text: string, rules: CompiledRules): AgencyFound | undefined {
  for (let from = 0; from < text.length;) {
    const found = findAgency(text, rules, from)
    if (!found) return undefined
    if (found.end === text.length) return found
    from = found.start + 1
  }
  return undefined
}

/**
 * The agency of a dateline that opens a line (`Ankara (AFP) - …`, `(Reuters) - …`): the
 * vocabulary's `dateline` phrases match its opening, and the agency is read in the brackets.
 *
 * @param block The line: its text, lower-case form and words.
 * @param rules The rules in force.
 * @returns The agency as written, or `undefined`.
 */
export function datelineAgency(block: {text: string; lower: string; words: number}, rules: CompiledRules): string | undefined {
  const match = rules.match('dateline', block.lower, block.words)
  if (match === undefined || !block.lower.startsWith(match)) return undefined
  const cased = foldCased(block.text).trim()
  const open = match.indexOf('(')
  const close = match.indexOf(')', open + 1)
  if (open < 0 || close < 0) return undefined
  return findAgency(cased.slice(open + 1, close), rules)?.agency
}

/** A desk's code after an agency's name in a signature (`dpa/lno`, `AFP/ber`). */
const deskCode = /^(?:\/[a-z]{2,5}){0,3}$/iu

/**
 * The agency of a line that is only an agency's signature (`dpa/AFP`, `(dpa)`, `dpa/lno`), as an
 * article's foot prints it.
 *
 * @param text The line.
 * @param rules The rules in force.
 * @returns The agency as written, or `undefined`.
 */
export function signatureAgency(text: string, rules: CompiledRules): string | undefined {
  const bare = foldCased(text)
    .trim()
    .replace(/^\(|\)$/gu, '')
  const found = findAgency(bare, rules)
  if (!found || found.start !== 0 || !deskCode.test(bare.slice(found.end))) return undefined
  return found.agency
}
