/**
 * The built-in rule packs. Each language is one JSON data file beside this module; adding a
 * language is adding its file here and its fixtures (see the README, "Adding a language").
 */
import type {LanguagePack} from '../types.js'
import universal from './universal.json' with {type: 'json'}
import en from './en.json' with {type: 'json'}
import fr from './fr.json' with {type: 'json'}

/** The pack that applies to every page, whatever its language. */
export const universalPack = universal as LanguagePack

/** Language packs by ISO 639-1 code. English applies to every page too (sites carry English theme strings). */
export const languagePacks: ReadonlyMap<string, LanguagePack> = new Map(
  ([en, fr] as LanguagePack[]).map((pack) => [pack.code, pack])
)
