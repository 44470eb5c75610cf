/**
 * The built-in rule packs. Each language is one JSON data file beside this module, listed
 * in `packs.ts`; the universal pack applies to every page.
 */
import type {LanguagePack} from '../types.js'
import universal from './universal.json' with {type: 'json'}
import * as packs from './packs.js'

/** The pack that applies to every page, whatever its language. */
export const universalPack = universal as LanguagePack

/** Language packs by ISO 639-1 code. English applies to every page too (sites carry English theme strings). */
export const languagePacks: ReadonlyMap<string, LanguagePack> = new Map(
  (Object.values(packs) as LanguagePack[]).map((pack) => [pack.code, pack])
)
