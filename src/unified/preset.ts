/**
 * The unified preset: the whole run on a page's tree (see `api/pipeline.ts`).
 */
import type {Root} from 'nlcst'
import type {Plugin, Transformer} from 'unified'
import {cleanBlocks, pageFlags} from '../api/pipeline.js'
import {assertLength, makeSettings} from '../api/settings.js'
import type {Options} from '../api/types.js'
import {cleanedText, finish} from '../core/output.js'
import {pageState} from './state.js'

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
    const value = file.value
    if (value !== undefined && value !== null) assertLength(typeof value === 'string' ? value : {length: value.length}, settings.maxLength)
    const state = pageState(tree, file, settings, true)
    cleanBlocks(state, settings)
    finish(tree, state, pageFlags(state, cleanedText(state), settings))
  }
}
