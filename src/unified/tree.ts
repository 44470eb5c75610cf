/**
 * NLCST trees for unified: the tree of a page (one `ParagraphNode` per block, a
 * `WhiteSpaceNode` for each separator, every position exact in the input), and the blocks of
 * a tree another parser made.
 */
import type {Root, WhiteSpace} from 'nlcst'
import type {Point} from 'unist'
import {readPage} from '../api/pipeline.js'
import {countBreaks, makeBlock} from '../core/blocks.js'
import {endOf} from '../core/output.js'
import type {Layout} from '../core/page.js'
import type {Block, InputFormat} from '../core/types.js'
import {forEachLine, isBlank} from '../text/lines.js'
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
    blocks.push(
      withNode(
        makeBlock({
          index: blocks.length,
          text,
          source: text,
          line: child.position!.start.line,
          endLine: child.position!.end.line,
          start,
          before,
          // Paragraphs of another parser are apart even without a line break between them.
          breaks: blocks.length === 0 ? 0 : Math.max(1, countBreaks(before))
        }),
        child
      )
    )
    previousEnd = end
  }
  return blocks
}

/** A block whose paragraph is a given node (another parser's). */
function withNode(block: Block, node: Block['node']): Block {
  return Object.freeze({...pick(block), node})
}

/** A block's fields as plain data. */
function pick(block: Block): Omit<Block, 'node'> {
  const {index, text, source, lower, words, line, endLine, start, end, before, breaks} = block
  return {index, text, source, lower, words, line, endLine, start, end, before, breaks}
}
