/**
 * Finding or making the page state of a run. The parser leaves its blocks for the
 * cleaners; a tree from another parser gets blocks from its paragraphs.
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {newPage} from '../api/pipeline.js'
import {makeSettings, type Settings} from '../api/settings.js'
import type {Layout, PageState} from '../core/page.js'
import type {Block} from '../core/types.js'
import {blocksFromTree} from './tree.js'

/** Blocks the newsclean parser made, and how it read them, by tree. */
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
 * @param fresh Make a new state even if one exists.
 * @returns The state.
 */
export function pageState(tree: Root, file: VFile, settings?: Settings, fresh = false): PageState {
  const existing = states.get(file)
  if (existing && existing.tree === tree && !fresh) return existing.state
  settings ??= defaults ??= makeSettings()
  const parsed = parsedBlocks.get(tree)
  const blocks = parsed?.blocks ?? blocksFromTree(tree, String(file.value ?? '')) ?? []
  const state = newPage(blocks, file, settings, parsed?.layout)
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
