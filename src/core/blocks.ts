/**
 * Text into blocks: one block per non-blank line, verbatim, with the separator before it and
 * its position in the input. Each block's NLCST paragraph is made, and tokenised by
 * parse-latin, only when something reads it (a cleaner, a unified plugin, `nlcst-to-string`,
 * `JSON.stringify`…): cleaning a page whose cleaners read only line text never pays for tokens.
 *
 * Each line is tokenised on its own (parsing a whole page as one root is super-linear in
 * parse-latin), and a very long line in slices cut at white space, so the cost stays linear.
 */
import type {Paragraph} from 'nlcst'
import type {Point, Position} from 'unist'
import {ParseLatin} from 'parse-latin'
import {fold} from '../text/fold.js'
import {countWords, forEachLine, isBlank} from '../text/lines.js'
import type {Line} from '../text/lines.js'
import type {Block} from './types.js'

/** Longest slice of a line handed to parse-latin at once. */
const SLICE = 4096

const latin = new ParseLatin()

/**
 * A block of a page. Its fields are frozen (a cleaner cannot change the text that is kept);
 * its NLCST paragraph is made the first time it is asked for (and tokenised the first time its
 * children are read), so that cleaning a page costs no node unless a cleaner or the tree needs it.
 */
class LineBlock implements Block {
  readonly index: number
  readonly text: string
  readonly lower: string
  readonly words: number
  readonly line: number
  readonly start: number
  readonly before: string
  #node: Paragraph | undefined

  constructor(index: number, line: Line, before: string) {
    this.index = index
    this.text = line.text
    this.lower = fold(line.text)
    this.words = countWords(line.text)
    this.line = line.line
    this.start = line.start
    // The common separators are shared, not one string per block.
    this.before = index === 0 ? '' : before === '\n' ? '\n' : before === '\n\n' ? '\n\n' : before === '\r\n' ? '\r\n' : before
    Object.freeze(this)
  }

  // Derived on access (a block is kept for every line of the page: fields cost memory).
  get end(): number {
    return this.start + this.text.length
  }

  get breaks(): number {
    return this.index === 0 ? 0 : countBreaks(this.before)
  }

  get node(): Paragraph {
    return (this.#node ??= lazyParagraph(this.text, this.start, this.line))
  }
}

/**
 * Split text into blocks: one per non-blank line, verbatim, with the separator before it.
 * Paragraph nodes are made on demand (see {@link Block.node}).
 *
 * @param value The page text.
 * @returns The blocks, in document order.
 */
export function parseBlocks(value: string): Block[] {
  const blocks: Block[] = []
  let gapStart = 0
  forEachLine(value, (line) => {
    if (isBlank(line.text)) return
    blocks.push(new LineBlock(blocks.length, line, value.slice(gapStart, line.start)))
    gapStart = line.end
  })
  return blocks
}

/** Number of line breaks (`\r\n` counting once) in a separator. */
export function countBreaks(value: string): number {
  let breaks = 0
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code === 10) breaks++
    else if (code === 13) {
      breaks++
      if (value.charCodeAt(index + 1) === 10) index++
    }
  }
  return breaks
}

/**
 * A paragraph for one line whose children are tokenised when first read.
 *
 * @param text The line.
 * @param offset Offset of the line in the page.
 * @param line 1-based line number.
 * @returns The paragraph.
 */
function lazyParagraph(text: string, offset: number, line: number): Paragraph {
  const node = {
    type: 'ParagraphNode',
    children: undefined as unknown as Paragraph['children'],
    position: {
      start: {line, column: 1, offset},
      end: {line, column: text.length + 1, offset: offset + text.length}
    }
  } satisfies Paragraph
  Object.defineProperty(node, 'children', {
    enumerable: true,
    configurable: true,
    get() {
      const children = tokenizeLine(text, offset, line).children
      Object.defineProperty(node, 'children', {value: children, enumerable: true, configurable: true, writable: true})
      return children
    },
    set(children: Paragraph['children']) {
      Object.defineProperty(node, 'children', {value: children, enumerable: true, configurable: true, writable: true})
    }
  })
  return node
}

/**
 * Tokenise one line into a paragraph, positions shifted into the page.
 *
 * @param text The line.
 * @param offset Offset of the line in the page.
 * @param line 1-based line number.
 * @returns The paragraph.
 */
function tokenizeLine(text: string, offset: number, line: number): Paragraph {
  if (text.length <= SLICE) {
    const paragraph = latin.tokenizeParagraph(text)
    shift(paragraph, offset, line, 0)
    return paragraph
  }

  const children: Paragraph['children'] = []
  let from = 0
  while (from < text.length) {
    let to = Math.min(from + SLICE, text.length)
    if (to < text.length) {
      // Cut before a run of white space so that the run starts the next slice.
      let cut = to
      while (cut > from + SLICE / 2 && !/\s/.test(text.charAt(cut))) cut--
      if (cut > from + SLICE / 2) {
        while (cut > from + 1 && /\s/.test(text.charAt(cut - 1))) cut--
        to = cut
      }
      // Never cut a surrogate pair in two.
      const code = text.charCodeAt(to - 1)
      if (code >= 0xd800 && code <= 0xdbff) to++
    }
    const part = latin.tokenizeParagraph(text.slice(from, to))
    shift(part, offset + from, line, from)
    children.push(...part.children)
    from = to
  }
  const first = children[0]
  const last = children[children.length - 1]
  return {
    type: 'ParagraphNode',
    children,
    position: first?.position && last?.position ? {start: first.position.start, end: last.position.end} : undefined
  }
}

interface Positioned {
  position?: Position
  children?: Positioned[]
}

/**
 * Move every position of a tree parsed from a slice into page coordinates. Points are
 * rebuilt, never mutated (parse-latin shares point objects between nodes).
 */
function shift(node: Positioned, offset: number, line: number, column: number): void {
  const stack: Positioned[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    const position = current.position
    if (position) {
      current.position = {start: move(position.start, offset, line, column), end: move(position.end, offset, line, column)}
    }
    const children = current.children
    if (children) for (const child of children) stack.push(child)
  }
}

function move(point: Point, offset: number, line: number, column: number): Point {
  return {line: point.line + line - 1, column: point.column + column, offset: (point.offset ?? 0) + offset}
}
