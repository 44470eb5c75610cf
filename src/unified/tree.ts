/**
 * NLCST trees for unified: the tree of a page (one `ParagraphNode` per block, a
 * `WhiteSpaceNode` for each separator, every position exact in the input), and the blocks of
 * a tree another parser made.
 */
import type {Root, WhiteSpace} from 'nlcst'
import type {Point} from 'unist'
import {toString} from 'nlcst-to-string'
import {parseBlocks} from '../core/blocks.js'
import type {Block} from '../core/types.js'
import {forEachLine} from '../text/lines.js'
import type {Line} from '../text/lines.js'

/** The parse of a page: the tree and its blocks. */
export interface ParsedPage {
  tree: Root
  blocks: Block[]
}

/**
 * Parse text into blocks and an NLCST tree.
 *
 * @param value The page text.
 * @returns The tree and its blocks.
 */
export function parsePage(value: string): ParsedPage {
  const blocks = parseBlocks(value)
  const children: Root['children'] = []
  let gapStart = 0
  let gapLine = 1
  let gapColumn = 1

  for (const block of blocks) {
    const before = value.slice(gapStart, block.start)
    if (before) children.push(whiteSpace(before, {line: gapLine, column: gapColumn, offset: gapStart}, {line: block.line, column: 1, offset: block.start}))
    children.push(block.node)
    gapStart = block.end
    gapLine = block.line
    gapColumn = block.end - block.start + 1
  }

  if (gapStart < value.length) {
    const end = endPoint(value)
    children.push(whiteSpace(value.slice(gapStart), {line: gapLine, column: gapColumn, offset: gapStart}, end))
  }

  const tree: Root = {type: 'RootNode', children}
  if (value.length > 0) tree.position = {start: {line: 1, column: 1, offset: 0}, end: endPoint(value)}
  return {tree, blocks}
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
 * one per non-blank line, as {@link parsePage} makes them, so that a cleaner removes only its
 * line whatever the parser. When newsclean finishes, the tree is rebuilt from these blocks (one
 * paragraph per kept line).
 *
 * @param tree NLCST root.
 * @param value The file's text, when it has one.
 * @returns The blocks.
 * @throws {TypeError} When the tree does not hold the file's text (a plugin before changed it).
 */
export function blocksOfTree(tree: Root, value: string | undefined): Block[] {
  const text = toString(tree)
  if (value !== undefined && text !== value) {
    throw new TypeError(
      "newsclean: the tree's text is not the file's text (a plugin before newsclean changed the tree); parse with newscleanParse, or run newsclean's plugins first"
    )
  }
  return parseBlocks(text)
}
