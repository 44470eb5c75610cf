/**
 * Finding or making the page state of a run. The parser leaves its blocks for the
 * cleaners; a tree from another parser gets the blocks of its text, one per line. Plugins of
 * one run share the page: what a cleaner before the preset removed stays removed.
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {newPage} from '../api/pipeline.js'
import {makeSettings, type Settings} from '../api/settings.js'
import type {Layout, PageState} from '../core/page.js'
import type {Block} from '../core/types.js'
import {blocksOfTree} from './tree.js'

/** Blocks of a tree, and how they were read: by the newsclean parser, or from the text of another parser's tree. */
export const parsedBlocks = new WeakMap<Root, {blocks: Block[]; layout: Layout}>()
const states = new WeakMap<VFile, {tree: Root; state: PageState}>()
let defaults: Settings | undefined

/**
 * The page state of a file: the one a previous newsclean plugin made for this tree, or a
 * new one (language detected among all packs when `settings` says `'auto'`).
 *
 * @param tree The tree.
 * @param file The file.
 * @param settings Settings (default: default options).
 * @param fresh Make a new state even if one exists (the preset: its own settings and
 *   language); the removals of the state before are carried over.
 * @returns The state.
 */
export function pageState(tree: Root, file: VFile, settings?: Settings, fresh = false): PageState {
  const existing = states.get(file)
  const before = existing?.tree === tree ? existing.state : undefined
  if (before && !fresh) return before
  settings ??= defaults ??= makeSettings()
  let parsed = parsedBlocks.get(tree)
  if (!parsed) {
    parsed = blocksOfTree(tree, textOf(file), settings.format)
    parsedBlocks.set(tree, parsed)
  }
  const state = newPage(parsed.blocks, file, settings, parsed.layout)
  if (before) {
    before.blocks.forEach((block, index) => {
      const mark = before.marks[index]
      const metadata = before.removedWith(block)
      if (mark) state.mark(block, metadata ? {rule: mark.rule, category: mark.category, reason: mark.reason, metadata} : mark)
    })
  }
  states.set(file, {tree, state})
  return state
}

/**
 * The page state a run left on a file, if any.
 *
 * @param file The file.
 * @returns The state.
 */
export function stateOf(file: VFile): PageState | undefined {
  return states.get(file)?.state
}

/** The text of a file, decoded as UTF-8 when it holds bytes; `undefined` when it holds nothing. */
function textOf(file: VFile): string | undefined {
  const {value} = file
  if (value === undefined || value === null) return undefined
  return typeof value === 'string' ? value : new TextDecoder().decode(value)
}
