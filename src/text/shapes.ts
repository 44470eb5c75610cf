/**
 * Shapes of a line that several modules read the same way: a sentence's end, a table's row,
 * a capitalised name word. One copy of each.
 */

/** Closing quotes and brackets that may follow a sentence's final punctuation (`»`, `«` in German `»…«`, `›`, `‹`). */
const closers = new Set(['"', "'", ')', ']', '»', '«', '›', '‹', '’', '”', ' '])

/**
 * Whether a folded line ends like a sentence (`.`, `!`, `?`, `…`, optionally followed by
 * closing quotes or brackets, in French, German or Spanish style).
 *
 * @param lower Folded line.
 * @returns Whether the line ends with sentence punctuation.
 */
export function endsLikeSentence(lower: string): boolean {
  let end = lower.length
  while (end > 0 && closers.has(lower.charAt(end - 1))) end--
  const last = lower.charAt(end - 1)
  return last === '.' || last === '!' || last === '?' || last === '…'
}

/**
 * Whether a line is a row or a cell of a table printed as text (`| 1 | Kyle Busch | 5040 |`,
 * `Player |`): it starts or ends with a `|`.
 *
 * @param line The line, trimmed (`Block.lower`).
 * @returns Whether it does.
 */
export function tableRow(line: string): boolean {
  return line.startsWith('|') || line.endsWith('|')
}

/**
 * A word of a person's or a company's name: a capital letter, then letters, marks,
 * apostrophes, full stops and hyphens (`Jean-Luc`, `O'Brien`, `J.`). Bounded by the callers'
 * word lengths; linear (one class, one quantifier).
 */
export const nameWord = /^\p{Lu}[\p{L}\p{M}'.-]*$/u

/**
 * Whether a word is a name word ({@link nameWord}).
 *
 * @param word One word, case kept.
 * @returns Whether it is.
 */
export function isNameWord(word: string): boolean {
  return nameWord.test(word)
}

/**
 * Words a line needs to count as a paragraph of prose (a line of this many words or more):
 * shorter lines are headings, labels, list items and captions.
 */
export const PARAGRAPH_WORDS = 12
