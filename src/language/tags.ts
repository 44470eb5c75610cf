/**
 * Language codes as pages and crawlers give them — BCP 47 tags in any case (`FR`, `fr-FR`,
 * `pt-BR`, `zh-Hant-TW`), with `_` for `-` (`pt_BR`, as POSIX locales write them), or ISO 639-2/3
 * codes (`fra`, `fre`, `deu`) — mapped to the code of a pack. The tag is read by the platform's
 * own BCP 47 parser (`Intl.Locale`, which also canonicalises legacy and three-letter codes):
 * only its language subtag counts, so a region or script never picks another pack.
 */
import {languagePacks} from './packs/index.js'

/**
 * The language subtag of a tag, canonical and lower case (`'pt'` for `'PT_br'`), or
 * `undefined` when the tag is not well-formed BCP 47.
 *
 * @param tag A language tag.
 * @returns Its language.
 */
export function languageOf(tag: string): string | undefined {
  const text = tag.trim().replaceAll('_', '-')
  if (text === '') return undefined
  try {
    return new Intl.Locale(text).language?.toLowerCase()
  } catch {
    return undefined
  }
}

/**
 * The pack a language tag names: `'fr'` for `'FR'`, `'fr-FR'`, `'fr_FR'`, `'fra'` or `'fre'`;
 * `undefined` when no pack is in that language.
 *
 * @param tag A language tag.
 * @returns The pack's code.
 */
export function packCodeOf(tag: string): string | undefined {
  const language = languageOf(tag)
  if (language === undefined) return undefined
  if (languagePacks.has(language)) return language
  for (const [code, pack] of languagePacks) if (pack.iso6393 === language) return code
  return undefined
}
