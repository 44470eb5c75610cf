/**
 * `defineCleaner`: turn a `{name, test}` description into a unified plugin.
 */
import type {Root} from 'nlcst'
import type {Transformer} from 'unified'
import {describe} from './errors.js'
import {finish, runCleaner} from './engine.js'
import {pageState} from './state.js'
import type {CleanerPlugin, CleanerSpec} from './types.js'

/** Rule names: lower-case words joined by `-`. */
const ruleName = /^[a-z][a-z\d]*(?:-[a-z\d]+)*$/

/**
 * Check a cleaner description; throw a `TypeError` naming what is wrong.
 *
 * @param spec Candidate.
 * @returns The spec.
 */
export function assertSpec(spec: unknown): CleanerSpec {
  if (!spec || typeof spec !== 'object') throw new TypeError(`newsclean: expected a cleaner ({name, test} or {name, run}), got ${describe(spec)}`)
  const candidate = spec as Partial<CleanerSpec>
  if (typeof candidate.name !== 'string' || !ruleName.test(candidate.name)) {
    throw new TypeError(`newsclean: a cleaner's \`name\` must be lower-case words joined by '-' (like 'my-site-footer'), got ${describe(candidate.name)}`)
  }
  if (candidate.test !== undefined && typeof candidate.test !== 'function') throw new TypeError(`newsclean: cleaner '${candidate.name}': \`test\` must be a function, got ${describe(candidate.test)}`)
  if (candidate.run !== undefined && typeof candidate.run !== 'function') throw new TypeError(`newsclean: cleaner '${candidate.name}': \`run\` must be a function, got ${describe(candidate.run)}`)
  if (!candidate.test && !candidate.run) throw new TypeError(`newsclean: cleaner '${candidate.name}' needs a \`test\` or a \`run\` function`)
  return candidate as CleanerSpec
}

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
      finish(tree, state)
    }
  }
  Object.defineProperty(plugin, 'name', {value: checked.name.replace(/-([a-z\d])/g, (_, c: string) => c.toUpperCase())})
  Object.defineProperty(plugin, 'cleaner', {value: checked, enumerable: true})
  return plugin as unknown as CleanerPlugin
}
