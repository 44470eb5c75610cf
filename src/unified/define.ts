/**
 * `defineCleaner`: turn a `{name, test}` description into a unified plugin.
 */
import type {Root} from 'nlcst'
import type {Transformer} from 'unified'
import {cleanedText, finish} from '../core/output.js'
import {runCleaner} from '../core/run.js'
import {assertSpec} from '../core/spec.js'
import type {CleanerPlugin, CleanerSpec} from '../core/types.js'
import {pageState} from './state.js'

/**
 * Turn a small description into a cleaner: a unified plugin that removes the blocks `test`
 * says go, reports each as a VFile message, and drops them from the tree. Pass the result
 * (or the description itself) in the `cleaners` option, or `.use()` it in a retext pipeline.
 *
 * @example
 * ```ts
 * const noWeather = defineCleaner({
 *   name: 'weather-widget',
 *   test: (block) => block.lower.startsWith('météo :') && 'weather widget'
 * })
 * ```
 *
 * @param spec The cleaner's name and its `test` (per block) and/or `run` (whole page).
 * @returns A unified plugin carrying the spec as `.cleaner`.
 */
export function defineCleaner(spec: CleanerSpec): CleanerPlugin {
  const checked = assertSpec(spec)
  function plugin(): Transformer<Root, Root> {
    return (tree, file) => {
      const state = pageState(tree, file)
      runCleaner(checked, state)
      // One cleaner alone knows no options: every language matches, empty is nothing left.
      finish(tree, state, {languageMatch: true, empty: cleanedText(state) === ''})
    }
  }
  Object.defineProperty(plugin, 'name', {value: checked.name.replace(/-([a-z\d])/g, (_, c: string) => c.toUpperCase())})
  Object.defineProperty(plugin, 'cleaner', {value: checked, enumerable: true})
  return plugin as unknown as CleanerPlugin
}
