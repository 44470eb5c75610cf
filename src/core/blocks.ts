/**
 * Text into blocks: one block per non-blank line (per paragraph when the text is hard-wrapped),
 * verbatim, with the separator before it and its position in the input. Each block's NLCST paragraph is made, and tokenised by
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
import {joinOf, readWrapping, type Join, type Wrapping} from '../text/wrap.js'
import type {Block, MarkdownBlock} from './types.js'

/** Longest slice of a line handed to parse-latin at once. */
const SLICE = 4096

const latin = new ParseLatin()

/**
 * A block of a page: one line, or the lines of a wrapped paragraph. Its fields are frozen (a
 * cleaner cannot change the text that is kept); its NLCST paragraph is made the first time it is
 * asked for (and tokenised the first time its children are read), so that cleaning a page costs
 * no node unless a cleaner or the tree needs it.
 */
class SpanBlock implements Block {
  readonly index: number
  readonly text: string
  readonly source: string
  readonly lower: string
  readonly words: number
  readonly line: number
  readonly endLine: number
  readonly start: number
  readonly end: number
  readonly before: string
  readonly breaks: number
  readonly markdown?: MarkdownBlock
  #node: Paragraph | undefined

  constructor(fields: BlockFields) {
    this.index = fields.index
    this.source = fields.source
    this.text = fields.text
    this.lower = fold(this.text)
    this.words = countWords(this.text)
    this.line = fields.line
    this.endLine = fields.endLine
    this.start = fields.start
    this.end = fields.start + fields.source.length
    // The common separators are shared, not one string per block.
    const before = fields.before
    this.before = fields.index === 0 ? '' : before === '\n' ? '\n' : before === '\n\n' ? '\n\n' : before === '\r\n' ? '\r\n' : before
    this.breaks = fields.index === 0 ? 0 : (fields.breaks ?? countBreaks(fields.before))
    if (fields.markdown) this.markdown = fields.markdown
    Object.freeze(this)
  }

  get node(): Paragraph {
    return (this.#node ??= lazyParagraph(this.source, this.start, this.line))
  }
}

/** What makes a block: the rest ({@link Block.lower}, {@link Block.words}, …) follows. */
export interface BlockFields {
  index: number
  /** The block as it reads. */
  text: string
  /** The block verbatim. */
  source: string
  line: number
  endLine: number
  start: number
  /** The separator before the block. */
  before: string
  /** Line breaks the separator counts as (default: those it has). */
  breaks?: number
  markdown?: MarkdownBlock
}

/**
 * Make a block (frozen, its NLCST paragraph made when first read).
 *
 * @param fields What the block is.
 * @returns The block.
 */
export function makeBlock(fields: BlockFields): Block {
  return new SpanBlock(fields)
}

/** A block of lines of the text `value`, joined by `joins`. */
function lineBlock(index: number, value: string, lines: readonly Line[], joins: readonly Join[], before: string): Block {
  const first = lines[0]!
  const last = lines[lines.length - 1]!
  return new SpanBlock({
    index,
    source: lines.length === 1 ? first.text : value.slice(first.start, last.end),
    text: lines.length === 1 ? first.text : joinLines(lines, joins),
    line: first.line,
    endLine: last.line,
    start: first.start,
    before
  })
}

/**
 * The text of a wrapped paragraph: its lines joined by one space, a word hyphenated at a break
 * joined whole; the first line's leading and the last line's trailing white space kept.
 */
function joinLines(lines: readonly Line[], joins: readonly Join[]): string {
  const parts: string[] = []
  for (let index = 0; index < lines.length; index++) {
    let text = lines[index]!.text
    if (index > 0) text = text.trimStart()
    if (index < lines.length - 1) {
      text = text.trimEnd()
      parts.push(text, joins[index] === 2 ? '' : ' ')
    } else parts.push(text)
  }
  return parts.join('')
}

/**
 * Split text into blocks: one per non-blank line, verbatim, with the separator before it; when
 * the text is wrapped (see `text/wrap.ts`), the lines of a paragraph make one block. Paragraph
 * nodes are made on demand (see {@link Block.node}).
 *
 * @param value The page text.
 * @param wrapping The text's line profile (default: not wrapped, one block per line).
 * @returns The blocks, in document order.
 */
export function parseBlocks(value: string, wrapping?: Wrapping): Block[] {
  const blocks: Block[] = []
  let gapStart = 0
  if (!wrapping?.wrapped) {
    forEachLine(value, (line) => {
      if (isBlank(line.text)) return
      blocks.push(lineBlock(blocks.length, value, [line], [], value.slice(gapStart, line.start)))
      gapStart = line.end
    })
    return blocks
  }
  let group: Line[] = []
  let joins: Join[] = []
  const flush = (): void => {
    if (group.length === 0) return
    blocks.push(lineBlock(blocks.length, value, group, joins, value.slice(gapStart, group[0]!.start)))
    gapStart = group[group.length - 1]!.end
    group = []
    joins = []
  }
  let previous: Line | undefined
  let blanks = 0
  forEachLine(value, (line) => {
    if (isBlank(line.text)) {
      // Two blank lines end a paragraph; over one, a line that goes on in lower case joins (a double-spaced source).
      if (++blanks >= 2) {
        flush()
        previous = undefined
      }
      return
    }
    const join = previous ? joinOf(previous.text, line.text, wrapping.width, blanks > 0) : 0
    blanks = 0
    if (join === 0) flush()
    else joins.push(join)
    group.push(line)
    previous = line
  })
  flush()
  return blocks
}

/**
 * Read text into blocks as it arrives: its line profile first (hard-wrapped or not), then the
 * blocks (see {@link parseBlocks}).
 *
 * @param value The page text.
 * @param wrap `'auto'` (default) reads the profile; `true` or `false` forces it.
 * @returns The blocks and the line profile.
 */
export function readText(value: string, wrap: boolean | 'auto' = 'auto'): {blocks: Block[]; wrapping: Wrapping} {
  const wrapping: Wrapping = wrap === 'auto' ? readWrapping(value) : {wrapped: wrap, width: 0}
  return {blocks: parseBlocks(value, wrapping), wrapping}
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
      end: endPoint(text, offset, line)
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

/** The point past the end of a source that starts at `offset` on `line` (it may span lines). */
function endPoint(text: string, offset: number, line: number): Point {
  const breaks = countBreaks(text)
  if (breaks === 0) return {line, column: text.length + 1, offset: offset + text.length}
  const last = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'))
  return {line: line + breaks, column: text.length - last, offset: offset + text.length}
}

/**
 * Tokenise a block's source into a paragraph, positions shifted into the page.
 *
 * @param text The source (a line, or the lines of a paragraph).
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
  // Line and column of the slice's start (a wrapped paragraph's source has line breaks).
  let sliceLine = line
  let sliceColumn = 0
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
    const slice = text.slice(from, to)
    const part = latin.tokenizeParagraph(slice)
    shift(part, offset + from, sliceLine, sliceColumn)
    children.push(...part.children)
    const breaks = countBreaks(slice)
    if (breaks > 0) {
      sliceLine += breaks
      sliceColumn = slice.length - Math.max(slice.lastIndexOf('\n'), slice.lastIndexOf('\r')) - 1
    } else sliceColumn += slice.length
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
  // The column moves on the slice's first line only (a wrapped paragraph's later lines start at 1).
  return {line: point.line + line - 1, column: point.line === 1 ? point.column + column : point.column, offset: (point.offset ?? 0) + offset}
}
