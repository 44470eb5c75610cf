/**
 * The built-in rule packs. Each language is one JSON data file beside this module, listed
 * in `list.ts`; the universal pack applies to every page. Packs are checked against the
 * schema of the rules that read them when the cleaners are loaded (`cleaners/index.ts`).
 */
import type {LanguagePack} from '../schema.js'
import universal from './universal.json' with {type: 'json'}
import * as packs from './list.js'

/** The pack that applies to every page, whatever its language. */
export const universalPack = universal as LanguagePack

/**
 * Language packs by ISO 639-1 code, in code order (the same in every loader: a namespace's
 * key order is not). English applies to every page too (sites carry English theme strings).
 */
export const languagePacks: ReadonlyMap<string, LanguagePack> = new Map(
  (Object.values(packs) as LanguagePack[]).map((pack): [string, LanguagePack] => [pack.code, pack]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
)
