/**
 * Markdown into blocks, with the unified ecosystem's parser (micromark through
 * `mdast-util-from-markdown`, GFM for tables, strikethrough, autolinks and footnotes): never
 * regular expressions.
 *
 * Blocks are the document's top-level blocks — paragraphs, headings, block quotes, code, HTML,
 * thematic breaks, link reference definitions, footnote definitions — except that a list item
 * gives a block for its first line (its first paragraph) and one for each later block and nested
 * item, which depend on it (`MarkdownBlock.parent`), and a table one block per row (the header row
 * with the delimiter row under it). Each block is a span of whole lines of the input,
 * verbatim, so that removing blocks leaves valid Markdown whose blocks are the input's (see
 * `api/markdown-structure.ts` for what keeps tables and references whole).
 *
 * A block's text ({@link Block.text}) is what a reader sees: links reduced to their text,
 * images dropped, emphasis and markers gone, HTML reduced to its text (through hast).
 */
import {fromHtml} from 'hast-util-from-html'
import {toText} from 'hast-util-to-text'
import type {List, Nodes, Root, RootContent} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {gfmFromMarkdown} from 'mdast-util-gfm'
import {gfm} from 'micromark-extension-gfm'
import {forEachLine, isBlank} from '../text/lines.js'
import {makeBlock} from './blocks.js'
import type {Block, MarkdownBlock, MarkdownBlockType} from './types.js'

/** Score of Markdown syntax a text needs to be read as Markdown by `format: 'auto'` (see {@link looksLikeMarkdown}). */
export const MARKDOWN_SCORE = 2

/**
 * Parse Markdown into an mdast tree (CommonMark and GFM).
 *
 * @param value The page.
 * @returns The tree, every node positioned.
 */
export function parseMarkdown(value: string): Root {
  return fromMarkdown(value, {extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()]})
}

/**
 * Whether a text reads as Markdown (`format: 'auto'`). Without any of `[`, `#`, `|`, `` ` ``,
 * `~`, `<`, `*` or `_`, it is text at once; else it is parsed, and it is Markdown when the syntax
 * only Markdown writes scores {@link MARKDOWN_SCORE} or more: a link or image with its target
 * (`[text](url)`, `![alt](src)`), a reference resolved by a definition, an autolink (`<https://…>`)
 * or strong emphasis (`**bold**`) 1 each; an ATX heading (`# Title`), a table or fenced code 1
 * (extractors print tables with pipes in plain text too).
 * What plain text writes too counts nothing: `- ` and `* ` lists, `> ` quotes, a `#hashtag`, a URL,
 * a line of `---`, numbers in brackets.
 *
 * @param value The text.
 * @returns Whether to read it as Markdown.
 */
export function looksLikeMarkdown(value: string): boolean {
  return markdownTree(value) !== undefined
}

/**
 * The mdast tree of a text when it reads as Markdown (see {@link looksLikeMarkdown}), parsed once
 * for detection and blocks.
 *
 * @param value The text.
 * @returns The tree, or `undefined` for text.
 */
export function markdownTree(value: string): Root | undefined {
  if (markdownBound(value) < MARKDOWN_SCORE) return undefined
  const tree = tryParseMarkdown(value)
  return tree && markdownScore(tree, value) >= MARKDOWN_SCORE ? tree : undefined
}

/**
 * Parse Markdown, or `undefined` when the parser cannot: containers nested thousands deep
 * (`> > > …`) overflow the call stack of the mdast utilities, and micromark's brackets and
 * emphasis take time that grows with the square of their number ({@link MARKDOWN_LIMITS}). Such a
 * page is read as text (a documented pass-through: nothing is lost, the lines are judged as
 * lines).
 *
 * @param value The page.
 * @returns The tree, or `undefined`.
 */
export function tryParseMarkdown(value: string): Root | undefined {
  if (hazardous(value)) return undefined
  try {
    return parseMarkdown(value)
  } catch (error) {
    if (error instanceof RangeError) return undefined
    throw error
  }
}

/**
 * Bounds on what micromark parses: its resolution of brackets and emphasis grows with the
 * square of their number (16,000 nested brackets: seconds), so a page with more is read as text.
 * Real pages stay far below (a long Markdown page has a few thousand links).
 */
export const MARKDOWN_LIMITS = {
  /** Brackets open at once at most. */
  depth: 64,
  /** `[` at most. */
  brackets: 20_000,
  /** `*` and `_` at most. */
  emphasis: 20_000
} as const

/** Whether a text is beyond {@link MARKDOWN_LIMITS} (one linear scan). */
function hazardous(value: string): boolean {
  let depth = 0
  let brackets = 0
  let emphasis = 0
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code === 0x5b) {
      brackets++
      if (++depth > MARKDOWN_LIMITS.depth) return true
    } else if (code === 0x5d) {
      if (depth > 0) depth--
    } else if (code === 0x2a || code === 0x5f) emphasis++
    else if (code === 10 && depth > 0 && value.charCodeAt(index + 1) === 10) depth = 0
  }
  return brackets > MARKDOWN_LIMITS.brackets || emphasis > MARKDOWN_LIMITS.emphasis
}

/**
 * An upper bound on {@link markdownScore}, read from the characters alone in one linear scan
 * (no parse): most plain text stays below {@link MARKDOWN_SCORE} and is never parsed. Each
 * node the score counts needs characters no parse can do without:
 *
 * - a link or image with its target: `](` (the link text is followed at once by `(`);
 *   an autolink: `<`;
 * - a reference resolved by a definition: a definition, `]:` (then the bound is unbounded);
 * - strong emphasis: two characters of a run of `*` or `_` where it opens and two where it
 *   closes;
 * - an ATX heading: a run of `#` followed by white space or the end; a setext heading whose
 *   text starts with `#` (its source starts with `#` too): a run of `#` first on its line
 *   after white space and container markers;
 * - a table: a delimiter row, a line of `-` with only `|`, `:`, `>` and white space beside;
 * - fenced code: a run of three `` ` `` or `~`.
 *
 * The score reads a node the parser leaves without a position (an autolink literal after a `[`
 * that opens no link) as starting the text, so a text that starts with `[`, `!`, `<`, `#` or a
 * fence is unbounded.
 *
 * @param value The text.
 * @returns At least the score any parse of the text could give (`Infinity` with a definition).
 */
export function markdownBound(value: string): number {
  // A node the parser leaves without a position (an autolink literal after a `[` that opens no
  // link) is scored as if it started the text: there, any number of them may count.
  const first = value.charCodeAt(0)
  if (first === 0x5b || first === 0x21 || first === 0x3c || first === 0x23 || isFenced(value, 0)) return Infinity
  let bound = 0
  /** Pairs of `*` or `_` in runs (each strong node takes two pairs). */
  let pairs = 0
  /** Whether only white space and container markers come before on the line. */
  let lineStart = true
  /** Whether the line is a delimiter row so far, and whether it has a `-`. */
  let delimiter = true
  let dash = false
  const length = value.length
  for (let index = 0; index < length; index++) {
    const code = value.charCodeAt(index)
    if (code === 10 || code === 13) {
      if (delimiter && dash) bound++
      lineStart = true
      delimiter = true
      dash = false
      continue
    }
    if (code === 0x2d) dash = true
    else if (!(code === 0x7c || code === 0x3a || code === 0x3e || code === 32 || code === 9)) delimiter = false
    switch (code) {
      case 0x5d: // ]
        {
          const next = value.charCodeAt(index + 1)
          if (next === 0x28) bound++
          else if (next === 0x3a) return Infinity
        }
        break
      case 0x3c: // <
        bound++
        break
      case 0x2a: // *
      case 0x5f: // _
      case 0x23: // #
      case 0x60: // `
      case 0x7e: {
        // ~
        let end = index + 1
        while (end < length && value.charCodeAt(end) === code) end++
        const run = end - index
        if (code === 0x2a || code === 0x5f) pairs += run >> 1
        else if (code === 0x23) {
          const after = end < length ? value.charCodeAt(end) : 32
          if (lineStart || after === 32 || after === 9 || after === 10 || after === 13) bound++
        } else if (run >= 3) bound++
        index = end - 1
        break
      }
      default:
    }
    if (lineStart && !isContainerCode(code)) lineStart = false
  }
  if (delimiter && dash) bound++
  return bound + (pairs >> 1)
}

/** White space and the characters of container markers: `>`, list bullets, ordered list numbers. */
function isContainerCode(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 0x3e ||
    code === 0x2d ||
    code === 0x2b ||
    code === 0x2a ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x2e ||
    code === 0x29
  )
}

/**
 * The score of Markdown-only syntax in a tree (see {@link looksLikeMarkdown}).
 *
 * @param tree The tree of the text.
 * @param value The text.
 * @returns The score.
 */
export function markdownScore(tree: Root, value: string): number {
  const definitions = new Set<string>()
  walk(tree, (node) => {
    if (node.type === 'definition') definitions.add(node.identifier)
  })
  let score = 0
  walk(tree, (node) => {
    switch (node.type) {
      case 'link':
      case 'image': {
        // An autolink literal (a bare URL, `www.…`) is what plain text writes: its source is its text.
        const start = node.position?.start.offset ?? 0
        const char = value.charAt(start)
        if (char === '[' || char === '!' || char === '<') score++
        break
      }
      case 'linkReference':
      case 'imageReference':
        if (definitions.has(node.identifier)) score++
        break
      case 'strong':
        score++
        break
      case 'heading':
        if (value.charAt(node.position?.start.offset ?? 0) === '#') score++
        break
      case 'table':
        score++
        break
      case 'code':
        if (isFenced(value, node.position?.start.offset ?? 0)) score++
        break
      default:
    }
  })
  return score
}

function isFenced(value: string, start: number): boolean {
  let index = start
  while (value.charAt(index) === ' ') index++
  const char = value.charAt(index)
  return (char === '`' || char === '~') && value.charAt(index + 1) === char && value.charAt(index + 2) === char
}

/** Visit every node of a tree, parents first (iteratively: deep nesting cannot overflow the stack). */
function walk(tree: Nodes, visit: (node: Nodes) => void): void {
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    visit(node)
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!)
  }
}

/**
 * {@link markdownBlocks}, or `undefined` when the tree is nested too deep to walk (see
 * {@link tryParseMarkdown}).
 *
 * @param value The page.
 * @param tree Its tree.
 * @returns The blocks, or `undefined`.
 */
export function tryMarkdownBlocks(value: string, tree: Root): Block[] | undefined {
  try {
    return markdownBlocks(value, tree)
  } catch (error) {
    if (error instanceof RangeError) return undefined
    throw error
  }
}

/** A block found in the tree, before it is made. */
interface Span {
  start: number
  end: number
  markdown: MarkdownBlock
  /** The span of the list item this one belongs to. */
  parent?: Span
}

/**
 * Read Markdown into blocks (see the module's description).
 *
 * @param value The page.
 * @param tree Its mdast tree, when parsed already.
 * @returns The blocks, in document order, and the tree.
 */
export function markdownBlocks(value: string, tree: Root = parseMarkdown(value)): Block[] {
  const spans: Span[] = []
  let lists = 0
  let tables = 0
  /** A list's items: each its own line (its first block), then its later blocks and nested items, each depending on it. */
  const list = (node: List, parent: Span | undefined): void => {
    const id = lists++
    node.children.forEach((item, position) => {
      const [first, ...rest] = item.children
      const head = spanOf(value, item, {
        type: 'listItem',
        list: {id, ordered: node.ordered === true, item: position},
        nodes: first ? [first] : [],
        references: first ? referencesOf(first) : []
      })
      if (first && rest.length > 0) head.end = first.position?.end.offset ?? head.end
      if (parent) head.parent = parent
      spans.push(head)
      for (const child of rest) {
        if (child.type === 'list') list(child, head)
        else {
          const span = spanOf(value, child, describeNode(child as RootContent))
          span.parent = head
          spans.push(span)
        }
      }
    })
  }
  for (const node of tree.children) {
    if (node.type === 'list') {
      list(node, undefined)
    } else if (node.type === 'table') {
      const id = tables++
      node.children.forEach((row, position) => {
        const span = spanOf(value, row, {type: 'tableRow', table: {id, row: position}, nodes: [row], references: referencesOf(row)})
        // The header row takes the delimiter row under it.
        if (position === 0) span.end = lineEnd(value, nextLineStart(value, span.end))
        spans.push(span)
      })
    } else {
      spans.push(spanOf(value, node, describeNode(node)))
    }
  }
  return blocksOf(value, spans)
}

/** What a top-level node is as a block. */
function describeNode(node: RootContent): MarkdownBlock {
  const references = referencesOf(node)
  const type = blockType(node)
  if (node.type === 'heading') return {type, depth: node.depth, nodes: [node], references}
  if (node.type === 'definition') return {type, nodes: [node], references, label: node.identifier}
  return {type, nodes: [node], references}
}

function blockType(node: RootContent): MarkdownBlockType {
  switch (node.type) {
    case 'heading':
    case 'paragraph':
    case 'blockquote':
    case 'code':
    case 'html':
    case 'thematicBreak':
    case 'definition':
      return node.type
    case 'footnoteDefinition':
      return 'footnote'
    default:
      return 'paragraph'
  }
}

/** Labels of the references a node uses. */
function referencesOf(node: Nodes): string[] {
  const labels: string[] = []
  walk(node, (child) => {
    if (child.type === 'linkReference' || child.type === 'imageReference') labels.push(child.identifier)
  })
  return labels
}

/** The span of a node: from the start of its first line (its indentation) to its end. */
function spanOf(value: string, node: Nodes, markdown: MarkdownBlock): Span {
  const start = node.position?.start.offset ?? 0
  const end = node.position?.end.offset ?? start
  return {start: lineStart(value, start), end, markdown}
}

function lineStart(value: string, offset: number): number {
  let index = offset
  while (index > 0) {
    const code = value.charCodeAt(index - 1)
    if (code === 10 || code === 13) break
    index--
  }
  return index
}

function lineEnd(value: string, offset: number): number {
  let index = offset
  while (index < value.length) {
    const code = value.charCodeAt(index)
    if (code === 10 || code === 13) break
    index++
  }
  return index
}

function nextLineStart(value: string, offset: number): number {
  const end = lineEnd(value, offset)
  if (value.charCodeAt(end) === 13 && value.charCodeAt(end + 1) === 10) return end + 2
  return Math.min(value.length, end + 1)
}

/**
 * Blocks of spans: spans made disjoint and covering every non-blank character (text between two
 * spans goes to the next one), trailing white space of each line trimmed off the end.
 */
function blocksOf(value: string, spans: Span[]): Block[] {
  const blocks: Block[] = []
  const made = new Map<Span, number>()
  const lines = lineStarts(value)
  let previousEnd = 0
  for (let position = 0; position < spans.length; position++) {
    const span = spans[position]!
    let start = Math.max(span.start, previousEnd)
    let end = Math.max(start, span.end)
    // Text the parser put in no span (there should be none) goes with this block.
    if (!isBlank(value.slice(previousEnd, start))) start = firstNonBlankLine(value, previousEnd, start)
    const next = spans[position + 1]
    if (!next && !isBlank(value.slice(end))) end = value.length
    // Whole lines: the block ends where its last line ends (trailing white space kept).
    while (end > start && isSpaceCode(value.charCodeAt(end - 1))) end--
    if (end <= start) continue
    end = Math.min(lineEnd(value, end), next ? Math.max(end, next.start) : value.length)
    const source = value.slice(start, end)
    // A nested block depends on the nearest block made of its list item's (or of theirs).
    let parent = span.parent
    while (parent && !made.has(parent)) parent = parent.parent
    const markdown: MarkdownBlock = parent ? {...span.markdown, parent: made.get(parent)!} : span.markdown
    made.set(span, blocks.length)
    blocks.push(
      makeBlock({
        index: blocks.length,
        source,
        text: visibleText(markdown),
        line: lineOf(lines, start),
        endLine: lineOf(lines, end - 1),
        start,
        before: value.slice(previousEnd, start),
        markdown
      })
    )
    previousEnd = end
  }
  return blocks
}

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13
}

/** Start of the first non-blank line between two offsets. */
function firstNonBlankLine(value: string, from: number, to: number): number {
  let found = to
  forEachLine(value.slice(from, to), (line) => {
    if (found === to && !isBlank(line.text)) found = from + line.start
  })
  return found
}

/** Offsets where lines start. */
function lineStarts(value: string): number[] {
  const starts: number[] = []
  forEachLine(value, (line) => starts.push(line.start))
  return starts
}

/** 1-based line of an offset (binary search). */
function lineOf(starts: readonly number[], offset: number): number {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (starts[middle]! <= offset) low = middle
    else high = middle - 1
  }
  return low + 1
}

/**
 * The text a reader sees of a block: text and code as written, links reduced to their text,
 * images and definitions dropped, HTML reduced to its text, table cells joined by ` | ` between
 * a leading and a trailing `|`, blocks inside the block joined by a space; white space runs one
 * space.
 *
 * @param block The block.
 * @returns Its visible text.
 */
export function visibleText(block: MarkdownBlock): string {
  const parts: string[] = []
  const visit = (node: Nodes): void => {
    switch (node.type) {
      case 'image':
      case 'imageReference':
      case 'definition':
        return
      case 'text':
      case 'inlineCode':
      case 'code':
        parts.push(node.value)
        return
      case 'html':
        // Inline HTML is a tag (its text comes as text nodes); block HTML holds text.
        parts.push(' ', htmlText(node.value), ' ')
        return
      case 'break':
        parts.push(' ')
        return
      case 'tableRow':
        parts.push('| ')
        node.children.forEach((cell, index) => {
          if (index > 0) parts.push(' | ')
          visitAll(cell.children)
        })
        parts.push(' |')
        return
      default:
        if ('children' in node) {
          const block = node.type !== 'link' && node.type !== 'linkReference' && node.type !== 'emphasis' && node.type !== 'strong' && node.type !== 'delete'
          visitAll(node.children)
          if (block) parts.push(' ')
        }
    }
  }
  const visitAll = (nodes: readonly Nodes[]): void => {
    // Deep nesting is bounded by micromark's own limits on containers; inline nodes nest shallowly.
    for (const node of nodes) visit(node)
  }
  visitAll(block.nodes)
  return collapse(parts.join(''))
}

/** The text of an HTML fragment (hast: tags dropped, entities decoded, blocks on their own lines). */
function htmlText(html: string): string {
  if (html.indexOf('<') < 0 && html.indexOf('&') < 0) return html
  return toText(fromHtml(html, {fragment: true}))
}

/** Runs of white space one space, trimmed. */
function collapse(value: string): string {
  const parts: string[] = []
  let word = -1
  for (let index = 0; index <= value.length; index++) {
    const code = index < value.length ? value.charCodeAt(index) : 32
    const space = code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 12 || code === 11
    if (space) {
      if (word >= 0) {
        parts.push(value.slice(word, index))
        word = -1
      }
    } else if (word < 0) word = index
  }
  return parts.join(' ')
}

/**
 * Targets of the links of a Markdown block, in order (references resolved by the definitions
 * of the block's own tree only: `[text][label]` gives its label).
 *
 * @param block The block.
 * @returns Link URLs.
 */
export function linksOf(block: MarkdownBlock): string[] {
  const links: string[] = []
  for (const node of block.nodes) {
    walk(node, (child) => {
      if (child.type === 'link') links.push(child.url)
      else if (child.type === 'linkReference') links.push(`[${child.identifier}]`)
    })
  }
  return links
}
