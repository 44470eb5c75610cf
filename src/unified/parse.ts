/**
 * The unified parser: text in, an NLCST tree out (see `tree.ts`).
 */
import type {Root} from 'nlcst'
import type {Plugin, Processor} from 'unified'
import {assertLength, checkMaxLength} from '../api/settings.js'
import {describe} from '../core/errors.js'
import {parsedBlocks} from './state.js'
import {parsePage} from './tree.js'

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
