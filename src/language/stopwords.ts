/**
 * Stop words per language, from the maintained `stopword` package (its lists are keyed by
 * ISO 639-3 codes, which every language pack gives as `iso6393`). A language gets its list
 * as soon as it has a pack: nothing here names a language.
 */
import * as stopword from 'stopword'
import {languagePacks} from './packs/index.js'
import {fold} from '../text/fold.js'

const lists = stopword as unknown as Record<string, unknown>
const sets = new Map<string, ReadonlySet<string> | undefined>()

/**
 * The stop words of a language, folded like {@link Block.lower}, as a set built once.
 *
 * @param iso6393 ISO 639-3 code (a pack's `iso6393`), or `undefined`.
 * @returns The set, or `undefined` when the package has no list for the language.
 */
export function stopwordsOf(iso6393: string | undefined): ReadonlySet<string> | undefined {
  if (!iso6393) return undefined
  if (sets.has(iso6393)) return sets.get(iso6393)
  const list = Object.hasOwn(lists, iso6393) ? lists[iso6393] : undefined
  const set = Array.isArray(list) && list.length > 0 ? new Set(list.map((word) => fold(String(word)))) : undefined
  sets.set(iso6393, set)
  return set
}

/**
 * Whether a folded word is a stop word of a page's language or of English (whose rules every
 * page gets): `The minister says:` opens with one, `About The Author` names nobody.
 *
 * @param word Folded word (as in {@link Block.lower}).
 * @param language The page's language (a pack's code, or `'und'`).
 * @returns Whether it is.
 */
export function isStopword(word: string, language: string): boolean {
  if (stopwordsOf(languagePacks.get('en')?.iso6393)?.has(word)) return true
  return language !== 'en' && stopwordsOf(languagePacks.get(language)?.iso6393)?.has(word) === true
}
