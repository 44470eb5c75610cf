/**
 * The key of a line in a site profile: the line folded so that what changes from page to page
 * of a site without changing the line's part (a year, a count, a date, a plural after a
 * count) folds together, then hashed.
 *
 * - The line is folded as blocks are (`text/fold.ts`: NFC, quotes, dashes, spaces, lower case)
 *   and cut into runs of letters and digits (`[\p{L}\p{N}]+`); punctuation and symbols drop
 *   out (`© 2019 Example` and `(c) 2021 Example` differ only by the `c`).
 * - Each run of digits becomes `0`: `2019`, `12`, `3:45` fold together.
 * - A month name (any pack's `dates.months`, as a prefix) next to a number becomes `0`:
 *   `3 March 2019` and `12 avril 2021` give `0 0 0`.
 * - The word right after a number keeps its first {@link COUNTED_PREFIX} letters, so that a
 *   count's noun folds with its plural: `1 comment` and `12 comments` give `0 comm`,
 *   `Updated 1 hour ago` and `Updated 3 hours ago` give `updated 0 hour ago`.
 * - A line without a letter has no key (a lone number, a rule of dashes): profiles never
 *   count it, so they never remove it.
 *
 * The key is hashed to 53 bits ({@link hashKey}); only hashes are kept in a profile.
 */
import {languagePacks} from '../language/packs/index.js'
import {fold} from '../text/fold.js'

/** Letters kept of the word after a number (`comments` → `comm`, `hours` → `hour`). */
export const COUNTED_PREFIX = 4

/** Runs of letters and digits (a single class with one quantifier: linear). */
const run = /[\p{L}\p{N}]+/gu
/** Digits (one class, one quantifier). */
const digits = /\p{N}+/gu
const letter = /\p{L}/u
const digit = /\p{N}/u

/** Month names and abbreviations of every pack (folded), by length. */
const months: ReadonlySet<string> = new Set(
  [...languagePacks.values()].flatMap((pack) => {
    const list = pack.vocabulary?.dates?.months
    return Array.isArray(list) ? list.map((month) => fold(String(month))) : []
  })
)
const monthLengths = [...new Set([...months].map((month) => month.length))]

/** Whether a run of letters starts with a month name. */
function monthLike(token: string): boolean {
  for (const length of monthLengths) if (token.length >= length && months.has(token.slice(0, length))) return true
  return false
}

/**
 * The key of a folded line (as {@link Block.lower} holds it), or `undefined` for a line
 * without a letter.
 *
 * @param lower The line, folded.
 * @returns The key: normalised runs joined by one space.
 */
export function keyOfFolded(lower: string): string | undefined {
  const tokens = lower.match(run)
  if (!tokens) return undefined
  const hasLetter = tokens.map((token) => letter.test(token))
  if (!hasLetter.includes(true)) return undefined
  // A number: a run of digits only.
  const numeric = tokens.map((token, index) => !hasLetter[index])
  const out: string[] = []
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (numeric[index]) out.push('0')
    else if (digit.test(token)) out.push(token.replace(digits, '0'))
    else if ((numeric[index - 1] === true || numeric[index + 1] === true) && monthLike(token)) out.push('0')
    else if (numeric[index - 1] === true) out.push(token.slice(0, COUNTED_PREFIX))
    else out.push(token)
  }
  return out.join(' ')
}

/**
 * The key of a raw line.
 *
 * @param line A line of a page, as it is.
 * @returns Its key, or `undefined` for a line without a letter.
 */
export function keyOf(line: string): string | undefined {
  return keyOfFolded(fold(line))
}

/** 2^32, to put two 32-bit halves together. */
const TWO_32 = 2 ** 32

/**
 * A 53-bit hash of a key: two 32-bit lanes of multiply-xorshift mixing over the UTF-16 code
 * units (the public-domain `cyrb53` of bryc), put together as `high21 · 2^32 + low32`. Keys
 * of a site number in the thousands: two of them share a hash with a probability of about
 * n² / 2^54 (1 in 10^8 for 10,000 keys).
 *
 * @param key A key.
 * @returns An integer in [0, 2^53).
 */
export function hashKey(key: string): number {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let index = 0; index < key.length; index++) {
    const code = key.charCodeAt(index)
    h1 = Math.imul(h1 ^ code, 2654435761)
    h2 = Math.imul(h2 ^ code, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507)
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507)
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (h2 & 0x1fffff) * TWO_32 + (h1 >>> 0)
}
