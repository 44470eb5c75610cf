/**
 * The unified parser: text in, an NLCST tree out (see `tree.ts`).
 */
import type {Root} from 'nlcst'
import type {Plugin, Processor} from 'unified'
import {assertLength, checkMaxLength} from '../api/settings.js'
import {describe} from '../core/errors.js'
import type {InputFormat} from '../core/types.js'
import {parsedBlocks} from './state.js'
import {parsePage} from './tree.js'

/** Options of {@link newscleanParse}. */
export interface ParseOptions {
  /** Largest input accepted, in UTF-16 code units (default 10,000,000); longer input throws a `RangeError`. */
  maxLength?: number
  /** `'auto'` (default), `'text'` or `'markdown'`: what the input is written in (see the `format` option of `clean`). */
  format?: InputFormat
}

/**
 * Parser plugin: read text into an NLCST tree with one `ParagraphNode` per block (a non-blank
 * line, a wrapped paragraph, a Markdown block) and `WhiteSpaceNode`s for the separators, every
 * position exact.
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
  const format = options?.format ?? 'auto'
  if (format !== 'auto' && format !== 'text' && format !== 'markdown') {
    throw new TypeError(`newsclean: \`format\` must be 'auto', 'text' or 'markdown', got ${describe(format)}`)
  }
  const self = this as unknown as Processor<Root>
  self.parser = (document: string) => {
    assertLength(document, maxLength)
    const {tree, blocks, layout} = parsePage(document, format)
    parsedBlocks.set(tree, {blocks, layout})
    return tree
  }
}
