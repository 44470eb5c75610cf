/**
 * What a built-in cleaner declares besides a custom one: its category and stage (required),
 * and the schema of the data it reads from the language packs.
 */
import type {Category, CleanerSpec, Stage} from '../core/types.js'
import type {SectionSchema} from '../language/schema.js'

/** A built-in cleaner. */
export interface BuiltinCleaner extends CleanerSpec {
  description: string
  category: Category
  stage: Stage
  /** What it removes, in a sentence or two (docs/rules.md is generated from it). */
  summary: string
  /** Lines it removes, quoted (for docs/rules.md). */
  example: string
  /** What the packs' `rules[name]` may hold for it (none: it reads no data of its own). */
  data?: SectionSchema
}
