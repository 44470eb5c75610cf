/**
 * NLCST trees for unified: the tree of a page (one `ParagraphNode` per block, a
 * `WhiteSpaceNode` for each separator, every position exact in the input), and the blocks of
 * a tree another parser made.
 */
import type {Root, WhiteSpace} from 'nlcst'
import type {Point} from 'unist'
import {countBreaks, parseBlocks} from '../core/blocks.js'
import type {Block} from '../core/types.js'
import {fold} from '../text/fold.js'
import {countWords, forEachLine, isBlank} from '../text/lines.js'
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
      Object.freeze({
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
    )
    previousEnd = end
  }
  return blocks
}
