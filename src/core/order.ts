/**
 * The running order of cleaners, from what they declare: stages run in {@link STAGES} order
 * (a cleaner without a stage after all of them), and within a stage a cleaner runs after the
 * cleaners of the categories it names in `after`. Otherwise the order given stands.
 */
import type {CleanerSpec, Stage} from './types.js'

/** The stages, in running order, with what runs in each (for people and the docs). */
export const STAGE_INFO: Readonly<Record<Stage, string>> = {
  line: 'lines judged by their own text and their neighbours (phrases, shapes)',
  section: 'runs of lines that make a section: related lists, comments, listings, bios',
  frame: "the article's extent on a whole page, found once",
  page: "what needs the article's extent first: copies, press feet, menus",
  leftover: 'short lines left among removed ones'
}

/** The stages, in running order. */
export const STAGES = Object.keys(STAGE_INFO) as readonly Stage[]

/** Where a cleaner's stage runs (a cleaner without a stage runs last). */
function stageIndex(spec: CleanerSpec): number {
  return spec.stage === undefined ? STAGES.length : STAGES.indexOf(spec.stage)
}

/**
 * Whether `before` must run before `spec` by `spec`'s `after` (same stage, a category it names).
 *
 * @param spec A cleaner.
 * @param before Another cleaner.
 * @returns Whether it must.
 */
export function mustFollow(spec: CleanerSpec, before: CleanerSpec): boolean {
  return spec !== before && stageIndex(spec) === stageIndex(before) && before.category !== undefined && (spec.after ?? []).includes(before.category)
}

/**
 * Put cleaners in running order: by stage, then each after the categories it names, the
 * given order kept wherever nothing says otherwise (a stable topological sort).
 *
 * @param specs Cleaners, in the order given.
 * @returns The same cleaners in running order.
 * @throws {TypeError} When `after` constraints go round in a circle.
 */
export function orderCleaners(specs: readonly CleanerSpec[]): CleanerSpec[] {
  const byStage = [...specs].map((spec, position) => ({spec, position})).sort((a, b) => stageIndex(a.spec) - stageIndex(b.spec) || a.position - b.position)
  const ordered: CleanerSpec[] = []
  let start = 0
  while (start < byStage.length) {
    let end = start
    while (end < byStage.length && stageIndex(byStage[end]!.spec) === stageIndex(byStage[start]!.spec)) end++
    const group = byStage.slice(start, end).map((entry) => entry.spec)
    const placed = new Set<CleanerSpec>()
    while (placed.size < group.length) {
      // The first cleaner, in the given order, whose predecessors are all placed.
      const next = group.find((spec) => !placed.has(spec) && group.every((other) => placed.has(other) || !mustFollow(spec, other)))
      if (!next) {
        const stuck = group.filter((spec) => !placed.has(spec)).map((spec) => spec.name)
        throw new TypeError(`newsclean: the \`after\` constraints of cleaners ${stuck.map((name) => `'${name}'`).join(', ')} go round in a circle`)
      }
      placed.add(next)
      ordered.push(next)
    }
    start = end
  }
  return ordered
}

/** A constraint a running order breaks. */
export interface Breach {
  /** The cleaner that must run later. */
  cleaner: string
  /** The cleaner that must run before it, but does not. */
  before: string
  /** Why: the stage or the category. */
  why: string
}

/**
 * The constraints a running order breaks (none when it is the order of {@link orderCleaners}).
 *
 * @param specs Cleaners in running order.
 * @returns The breaches.
 */
export function orderBreaches(specs: readonly CleanerSpec[]): Breach[] {
  const breaches: Breach[] = []
  specs.forEach((spec, position) => {
    for (const later of specs.slice(position + 1)) {
      if (stageIndex(later) < stageIndex(spec))
        breaches.push({cleaner: spec.name, before: later.name, why: `stage '${later.stage}' runs before stage '${spec.stage ?? '(none)'}'`})
      else if (mustFollow(spec, later)) breaches.push({cleaner: spec.name, before: later.name, why: `it runs after category '${later.category}'`})
    }
  })
  return breaches
}
