/**
 * NLCST trees for unified: the tree of a page (one `ParagraphNode` per block, a
 * `WhiteSpaceNode` for each separator, every position exact in the input), and the blocks of
 * a tree another parser made.
 */
import type {Root, WhiteSpace} from 'nlcst'
import type {Point} from 'unist'
import {toString} from 'nlcst-to-string'
import {readPage} from '../api/pipeline.js'
import {endOf} from '../core/output.js'
import type {Layout} from '../core/page.js'
import type {Block, InputFormat} from '../core/types.js'
import {forEachLine} from '../text/lines.js'
import type {Line} from '../text/lines.js'

/** The parse of a page: the tree, its blocks, and how they were read. */
export interface ParsedPage {
  tree: Root
  blocks: Block[]
  layout: Layout
}

/**
 * Parse text into blocks and an NLCST tree: one `ParagraphNode` per block (a line, a wrapped
 * paragraph or a Markdown block), a `WhiteSpaceNode` per separator.
 *
 * @param value The page text.
 * @param format `'auto'` (default), `'text'` or `'markdown'` (see the `format` option).
 * @returns The tree, its blocks and how they were read.
 */
export function parsePage(value: string, format: InputFormat = 'auto'): ParsedPage {
  const {blocks, layout} = readPage(value, {format})
  const children: Root['children'] = []
  let gapStart = 0
  let gapLine = 1
  let gapColumn = 1

  for (const block of blocks) {
    const before = value.slice(gapStart, block.start)
    if (before) children.push(whiteSpace(before, {line: gapLine, column: gapColumn, offset: gapStart}, {line: block.line, column: 1, offset: block.start}))
    children.push(block.node)
    const end = endOf(block)
    gapStart = block.end
    gapLine = end.line
    gapColumn = end.column
  }

  if (gapStart < value.length) {
    const end = endPoint(value)
    children.push(whiteSpace(value.slice(gapStart), {line: gapLine, column: gapColumn, offset: gapStart}, end))
  }

  const tree: Root = {type: 'RootNode', children}
  if (value.length > 0) tree.position = {start: {line: 1, column: 1, offset: 0}, end: endPoint(value)}
  return {tree, blocks, layout}
}

/** The point just past the end of a text. */
function endPoint(value: string): Point {
  let last: Line | undefined
  forEachLine(value, (line) => (last = line))
  return {line: last!.line, column: value.length - last!.start + 1, offset: value.length}
}

/** A white-space node for a separator. */
function whiteSpace(value: string, start: Point, end: Point): WhiteSpace {
  return {type: 'WhiteSpaceNode', value, position: {start, end}}
}

/**
 * Blocks of a tree that was not made by {@link parsePage} (for instance by `retext-latin`,
 * which joins the lines of a paragraph into one `ParagraphNode`): the blocks of the tree's text,
 * read as {@link parsePage} reads it (lines, wrapped paragraphs or Markdown blocks), so that a
 * cleaner removes only its block whatever the parser. When newsclean finishes, the tree is
 * rebuilt from these blocks (one paragraph per kept block).
 *
 * @param tree NLCST root.
 * @param value The file's text, when it has one.
 * @param format How to read the text (the `format` option).
 * @returns The blocks and how they were read.
 * @throws {TypeError} When the tree does not hold the file's text (a plugin before changed it).
 */
export function blocksOfTree(tree: Root, value: string | undefined, format: InputFormat = 'auto'): {blocks: Block[]; layout: Layout} {
  const text = toString(tree)
  if (value !== undefined && text !== value) {
    throw new TypeError(
      "newsclean: the tree's text is not the file's text (a plugin before newsclean changed the tree); parse with newscleanParse, or run newsclean's plugins first"
    )
  }
  return readPage(text, {format})
}
