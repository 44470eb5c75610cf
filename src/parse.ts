/**
 * The parser: text in, an NLCST root out, with one `ParagraphNode` per block (a non-blank
 * line) and `WhiteSpaceNode`s holding the separators between them, verbatim. Every node's
 * position is exact in the input.
 *
 * Each line is tokenised on its own by parse-latin (parsing a whole page as one root is
 * super-linear in parse-latin), and a very long line is tokenised in slices cut at white
 * space, so the cost stays linear in the size of the page.
 *
 * Paragraphs are tokenised on demand: a paragraph's `children` are built the first time they
 * are read (by a cleaner, a unified plugin, `nlcst-to-string`, `JSON.stringify`…), and are
 * then an ordinary property. Cleaning a page whose cleaners only read line text never pays
 * for the tokens.
 */
import type {Paragraph, Root, WhiteSpace} from 'nlcst'
import type {Point, Position} from 'unist'
import {ParseLatin} from 'parse-latin'
import {countWords, fold, isBlank, splitLines} from './text.js'
import type {Block} from './types.js'

/** Longest slice of a line handed to parse-latin at once. */
const SLICE = 4096

/** The parse of a page: the tree and its blocks. */
export interface ParsedPage {
  tree: Root
  blocks: Block[]
}

const latin = new ParseLatin()

/**
 * Parse text into blocks and an NLCST tree.
 *
 * @param value The page text.
 * @returns The tree and its blocks.
 */
export function parsePage(value: string): ParsedPage {
  const lines = splitLines(value)
  const children: Root['children'] = []
  const blocks: Block[] = []
  let gapStart = 0
  let gapLine = 1
  let gapColumn = 1

  for (const line of lines) {
    if (isBlank(line.text)) continue
    const before = value.slice(gapStart, line.start)
    if (before) children.push(whiteSpace(before, {line: gapLine, column: gapColumn, offset: gapStart}, {line: line.line, column: 1, offset: line.start}))
    const node = lazyParagraph(line.text, line.start, line.line)
    children.push(node)
    blocks.push({
      index: blocks.length,
      text: line.text,
      lower: fold(line.text),
      words: countWords(line.text),
      line: line.line,
      start: line.start,
      end: line.end,
      before: blocks.length === 0 ? '' : before,
      breaks: blocks.length === 0 ? 0 : countBreaks(before),
      node
    })
    gapStart = line.end
    gapLine = line.line
    gapColumn = line.end - line.start + 1
  }

  if (gapStart < value.length) {
    const last = lines[lines.length - 1]!
    const end = {line: last.line, column: value.length - last.start + 1, offset: value.length}
    children.push(whiteSpace(value.slice(gapStart), {line: gapLine, column: gapColumn, offset: gapStart}, end))
  }

  const tree: Root = {type: 'RootNode', children}
  if (value.length > 0) {
    const last = lines[lines.length - 1]!
    tree.position = {
      start: {line: 1, column: 1, offset: 0},
      end: {line: last.line, column: value.length - last.start + 1, offset: value.length}
    }
  }
  return {tree, blocks}
}

/** Number of line breaks (`\r\n` counting once) in a separator. */
function countBreaks(value: string): number {
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

/** A white-space node for a separator. */
function whiteSpace(value: string, start: Point, end: Point): WhiteSpace {
  return {type: 'WhiteSpaceNode', value, position: {start, end}}
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

/**
 * Blocks of a tree that was not made by {@link parsePage} (for instance by `retext-latin`):
 * one block per paragraph, with positions taken from the tree.
 *
 * @param tree NLCST root.
 * @param value The text the tree was parsed from.
 * @returns Blocks, or `undefined` when the tree lacks positions.
 */
export function blocksFromTree(tree: Root, value: string): Block[] | undefined {
  const blocks: Block[] = []
  let previousEnd = 0
  for (const child of tree.children) {
    if (child.type !== 'ParagraphNode') continue
    const start = child.position?.start.offset
    const end = child.position?.end.offset
    if (start === undefined || end === undefined) return undefined
    const text = value.slice(start, end)
    if (isBlank(text)) continue
    const before = blocks.length === 0 ? '' : value.slice(previousEnd, start)
    blocks.push({
      index: blocks.length,
      text,
      lower: fold(text),
      words: countWords(text),
      line: child.position!.start.line,
      start,
      end,
      before,
      breaks: blocks.length === 0 ? 0 : Math.max(1, countBreaks(before)),
      node: child
    })
    previousEnd = end
  }
  return blocks
}
