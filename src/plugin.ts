/**
 * The unified plugins: the parser and the preset.
 */
import type {Root} from 'nlcst'
import type {Plugin, Processor, Transformer} from 'unified'
import {findTitle, finish, runCleaners, settle} from './engine.js'
import {parsePage} from './parse.js'
import {makeSettings} from './settings.js'
import {parsedBlocks, pageState} from './state.js'
import type {Options} from './types.js'

/**
 * Parser plugin: read text into an NLCST tree with one `ParagraphNode` per block (non-blank
 * line) and `WhiteSpaceNode`s for the separators, every position exact.
 *
 * @example
 * ```ts
 * const tree = unified().use(newscleanParse).parse('Title\n\nBody.')
 * ```
 */
export const newscleanParse: Plugin<[], string, Root> = function (this: Processor) {
  const self = this as unknown as Processor<Root>
  self.parser = (document: string) => {
    const {tree, blocks} = parsePage(document)
    parsedBlocks.set(tree, blocks)
    return tree
  }
}

/**
 * Preset plugin: detect the page's language, run every cleaner in force until nothing more
 * goes, drop removed paragraphs from the tree, report each removal as a VFile message and
 * put `{language, removed, metadata}` on `file.data.newsclean`.
 *
 * @example
 * ```ts
 * const file = await unified().use(newscleanParse).use(retextNewsclean, {disable: ['byline']})
 *   .use(retextStringify).process(text)
 * ```
 *
 * @param options Same options as {@link clean}.
 * @returns Transformer.
 */
export const retextNewsclean: Plugin<[(Options | null | undefined)?], Root> = function (options): Transformer<Root, Root> {
  const settings = makeSettings(options)
  return (tree, file) => {
    const state = pageState(tree, file, settings, true)
    runCleaners(settings.specs, state)
    settle(state, settings)
    findTitle(state)
    finish(tree, state)
  }
}
