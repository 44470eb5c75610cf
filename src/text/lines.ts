/**
 * Lines of a text: splitting at line breaks, blank lines, word counts. Linear in the input.
 */

/** One line of the input. */
export interface Line {
  /** The line, without its line ending. */
  text: string
  /** Offset of its first character. */
  start: number
  /** Offset past its last character. */
  end: number
  /** 1-based line number. */
  line: number
}

/**
 * Call `each` for every line of a text, split at `\r\n`, `\r` and `\n` (only those: U+2028
 * and U+2029 stay inside a line), without keeping the lines.
 *
 * @param value Text.
 * @param each Called with each line, in order.
 */
export function forEachLine(value: string, each: (line: Line) => void): void {
  let start = 0
  let line = 1
  const length = value.length
  for (let index = 0; index < length; index++) {
    const code = value.charCodeAt(index)
    if (code === 10 || code === 13) {
      each({text: value.slice(start, index), start, end: index, line})
      if (code === 13 && value.charCodeAt(index + 1) === 10) index++
      start = index + 1
      line++
    }
  }
  each({text: value.slice(start), start, end: length, line})
}

/**
 * Split text into lines at `\r\n`, `\r` and `\n` (only those: U+2028 and U+2029 stay
 * inside a line).
 *
 * @param value Text.
 * @returns Lines, with their offsets.
 */
export function splitLines(value: string): Line[] {
  const lines: Line[] = []
  forEachLine(value, (line) => lines.push(line))
  return lines
}

/** Whether a line is blank: empty or made of white space only (JavaScript's `\s`). */
export function isBlank(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (!(
      code === 32 ||
      (code >= 9 && code <= 13) ||
      code === 0xa0 ||
      code === 0x1680 ||
      (code >= 0x2000 && code <= 0x200a) ||
      code === 0x2028 ||
      code === 0x2029 ||
      code === 0x202f ||
      code === 0x205f ||
      code === 0x3000 ||
      code === 0xfeff
    )) {
      return false
    }
  }
  return true
}

/**
 * Count white-space separated tokens.
 *
 * @param value Text.
 * @returns Number of tokens.
 */
export function countWords(value: string): number {
  let count = 0
  let inWord = false
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    const space = code === 32 || code === 9 || code === 0xa0 || code === 0x202f || code === 0x2009 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a)
    if (space) inWord = false
    else if (!inWord) {
      inWord = true
      count++
    }
  }
  return count
}
