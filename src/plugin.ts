/**
 * The unified plugins: the parser and the preset.
 */
import type {Root} from 'nlcst'
import type {Plugin, Processor, Transformer} from 'unified'
import {cleanState, finish} from './engine.js'
import {parsePage} from './parse.js'
import {describe} from './errors.js'
import {assertLength, checkMaxLength, makeSettings} from './settings.js'
import {parsedBlocks, pageState} from './state.js'
import type {Options} from './types.js'

/** Options of {@link newscleanParse}. */
export interface ParseOptions {
  /** Largest input accepted, in UTF-16 code units (default 10,000,000); longer input throws a `RangeError`. */
  maxLength?: number
}

/**
 * Parser plugin: read text into an NLCST tree with one `ParagraphNode` per block (non-blank
 * line) and `WhiteSpaceNode`s for the separators, every position exact.
 *
 * @example
 * ```ts
 * const tree = unified().use(newscleanParse).parse('Title\n\nBody.')
 * ```
 *
 * @param options `maxLength`.
 */
export const newscleanParse: Plugin<[(ParseOptions | null | undefined)?], string, Root> = function (this: Processor, options) {
  if (options !== undefined && options !== null && (typeof options !== 'object' || Array.isArray(options))) {
    throw new TypeError(`newsclean: expected parser options to be an object, got ${describe(options)}`)
  }
  const maxLength = checkMaxLength(options?.maxLength)
  const self = this as unknown as Processor<Root>
  self.parser = (document: string) => {
    assertLength(document, maxLength)
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
    const value = file.value
    if (value !== undefined && value !== null) assertLength(typeof value === 'string' ? value : {length: value.length}, settings.maxLength)
    const state = pageState(tree, file, settings, true)
    cleanState(state, settings)
    finish(tree, state)
  }
}
