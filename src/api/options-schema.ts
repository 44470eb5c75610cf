/**
 * The JSON Schema of the options as a configuration file holds them (`newsclean.config.json`),
 * for editors: completion of keys, rule names, categories and languages. Written to
 * `newsclean.config.schema.json` by `npm run docs:schema` and shipped in the package; a test
 * fails when the file is stale or when its keys are not the options `clean()` knows.
 */
import {CATEGORIES} from '../core/spec.js'
import {languagePacks} from '../language/packs/index.js'
import {CATEGORY_PREFIX, DEFAULT_MAX_LENGTH, FAVORS, optionNames, ruleNames} from './settings.js'

/** A JSON Schema (the parts used here). */
export type JsonSchema = Record<string, unknown>

/** Where the schema says it lives, once the package is installed. */
export const SCHEMA_FILE = 'newsclean.config.schema.json'

/**
 * A tag of one of the packs' languages, in any case (`FR`, `fr-FR`, `pt_BR`): the pattern of
 * the schema (no flags in JSON Schema, so each letter is a class of its two cases). Linear:
 * each part after the language starts with its separator.
 */
function tagOf(codes: readonly string[]): string {
  const either = (code: string): string => [...code].map((letter) => `[${letter}${letter.toUpperCase()}]`).join('')
  return `^(?:${codes.map(either).join('|')})(?:[-_][A-Za-z\\d]{1,8})*$`
}

/** The schema of a list of rule selectors: built-in names and categories completed, a custom rule's name allowed. */
function selectors(description: string): JsonSchema {
  return {
    description,
    type: 'array',
    uniqueItems: true,
    items: {
      anyOf: [
        {enum: [...ruleNames, ...CATEGORIES.map((category) => `${CATEGORY_PREFIX}${category}`)]},
        {type: 'string', pattern: '^[a-z][a-z\\d]*(?:-[a-z\\d]+)*$', description: 'The name of a cleaner of your own (`cleaners`).'}
      ]
    }
  }
}

/**
 * The schema of every option, by name: the keys of a configuration file besides `$schema`.
 *
 * @returns The properties.
 */
export function optionSchemas(): Record<string, JsonSchema> {
  const codes = [...languagePacks.keys()]
  const TAG = tagOf(codes)
  return {
    language: {
      description: "'auto' detects the page's language; a code forces that pack (a tag in any case names it too: 'FR', 'fr-FR', 'pt_BR').",
      anyOf: [{enum: ['auto', ...codes]}, {type: 'string', pattern: TAG, description: 'A language tag of one of the packs.'}],
      default: 'auto'
    },
    languages: {
      description: 'The codes (or tags) language detection may choose among (default: every pack).',
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: {anyOf: [{enum: codes}, {type: 'string', pattern: TAG}]}
    },
    enable: selectors("Run only these rules: names, or 'category:<category>' for every rule of a category."),
    disable: selectors("Rules to turn off: names, or 'category:<category>'."),
    cleaners: {
      description: 'An ES module whose default export is an array of extra cleaners (a path relative to this file; the command line only).',
      type: 'string'
    },
    maxLength: {
      description: 'Longest page accepted, in characters (UTF-16 code units).',
      type: 'number',
      minimum: 0,
      default: DEFAULT_MAX_LENGTH
    },
    mode: {
      description: "What the input is: an extractor's output ('extract'), a whole page's text ('page'), or decided per page ('auto').",
      enum: ['auto', 'extract', 'page'],
      default: 'auto'
    },
    favor: {
      description: "When a rule is unsure: 'precision' (a cleaner text), 'recall' (every article line) or 'balanced'.",
      enum: [...FAVORS],
      default: 'balanced'
    },
    targetLanguages: {
      description: 'Languages the pages should be in: a page in another is flagged (languageMatch: false), and skipped by the command line.',
      type: 'array',
      uniqueItems: true,
      items: {anyOf: [{enum: [...codes, 'und']}, {type: 'string', pattern: '^[a-zA-Z]{2,3}(?:[-_][A-Za-z\\d]{1,8})*$'}]}
    },
    minChars: {
      description: 'Characters the cleaned text needs not to be flagged empty (the command line drops such pages when this is set).',
      type: 'integer',
      minimum: 0,
      default: 1
    },
    now: {
      description: 'The time of the crawl (ISO 8601, its offset kept), for relative dates and dates without a year in date stamps.',
      type: 'string',
      format: 'date-time'
    },
    format: {
      description:
        "What the pages are written in: 'text' (lines, or paragraphs when hard-wrapped), 'markdown', or detected per page ('auto'; the command line reads .md files as Markdown).",
      enum: ['auto', 'text', 'markdown'],
      default: 'auto'
    },
    profile: {
      description:
        "A site profile: clean() only (a SiteProfile object). Not in a file: the command line reads each site's profile from a folder (--profiles DIR).",
      not: {}
    }
  }
}

/**
 * The JSON Schema of a configuration file.
 *
 * @returns The schema (draft-07, which editors complete from).
 */
export function configSchema(): JsonSchema {
  const properties = optionSchemas()
  // The same keys, in the same order, as the options clean() checks.
  const ordered: Record<string, JsonSchema> = {$schema: {description: 'The schema of this file (for editors).', type: 'string'}}
  for (const name of optionNames) ordered[name] = properties[name]!
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'newsclean configuration',
    description: 'Options of the newsclean command (newsclean.config.json): the options of clean(), checked before any work.',
    type: 'object',
    additionalProperties: false,
    properties: ordered
  }
}
