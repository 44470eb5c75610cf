/**
 * The compiled rules of a page's language: the universal pack, English (sites carry English
 * theme strings whatever their language) and the language's own pack, merged and compiled once
 * per language.
 */
import type {CompiledRules} from '../core/types.js'
import {compileRules} from './compile.js'
import {languagePacks, universalPack} from './packs/index.js'
import type {PackSchema} from './schema.js'

/** Compiles the rules of a language (`'und'` included), once per code. */
export type RulesFor = (code: string) => CompiledRules

/**
 * A cache of compiled rules for a schema.
 *
 * @param schema What the packs' sections may hold.
 * @returns The compiled rules of a language, by ISO 639-1 code (`'und'`: universal and English).
 */
export function ruleSets(schema: PackSchema): RulesFor {
  const compiled = new Map<string, CompiledRules>()
  return (code) => {
    let rules = compiled.get(code)
    if (!rules) {
      const english = languagePacks.get('en')!
      const own = languagePacks.get(code)
      const packs = own && own !== english ? [universalPack, english, own] : [universalPack, english]
      const language = own ?? english
      rules = compileRules(packs, {headingCase: language.headingCase ?? 'title', capitalisedNouns: language.capitalisedNouns ?? false}, schema)
      compiled.set(code, rules)
    }
    return rules
  }
}
