/**
 * The concept catalogue: every kind of page furniture the packs give phrases for (`comments-closed`,
 * `newsletter-signup`, `reading-time`…), with the rule that removes its lines, what its lines are,
 * and the languages it does not apply to (with the reason). Data in `concepts.json`, beside the
 * registry of the sources the packs' phrases come from.
 */
import catalogue from './concepts.json' with {type: 'json'}
import type {ConceptCatalogue} from './schema.js'

/** Every concept, by id, in the catalogue's order (grouped by rule). */
export const CONCEPTS: ConceptCatalogue = catalogue.concepts as ConceptCatalogue

/** A source the packs' phrases name (`wp-core`, `consent-managers`…): what it is and where it was read. */
export interface ConceptSource {
  kind: string
  what: string
  where: string
  verified: string
}

/** The sources the packs name in their concepts' `sources` (besides `site:<domain>`). */
export const CONCEPT_SOURCES: Readonly<Record<string, ConceptSource>> = catalogue.sources as Record<string, ConceptSource>
