/**
 * Dates written alone on a line (`Tuesday November 19, 2019`, `19/11/2019 10:32`), for the
 * rules in force: the words come from the vocabulary (`dates`), numeric dates need none.
 */
import type {CompiledRules} from '../core/types.js'
import {escapeRegExp} from '../text/fold.js'

const weekday = '(?:\\p{L}{3,9},? )?'
/** The expression of each compiled rule set. */
const datesOf = new WeakMap<CompiledRules, RegExp>()

/** An alternation of a pack list's phrases, escaped (`''` when the list is empty). */
function alternation(list: readonly string[]): string {
  return list
    .map((phrase) => escapeRegExp(phrase.trim()))
    .filter(Boolean)
    .join('|')
}

/**
 * A date (with its time) alone on a line, for the rules in force: month name stems
 * (`months`: `jan`, `févr`, `märz`), ordinal suffixes (`ordinals`: `st`, `er`) and the words
 * before a time (`timeWords`: `at`, `à`, `um`) come from the vocabulary's `dates`; numeric
 * dates (`2019-11-19`, `19/11/2019`) need no words.
 *
 * @param rules Compiled rules.
 * @returns The expression (built once per rule set).
 */
export function dateOnly(rules: CompiledRules): RegExp {
  let regex = datesOf.get(rules)
  if (regex) return regex
  const months = alternation(rules.list('dates', 'months'))
  const ordinals = alternation(rules.list('dates', 'ordinals'))
  const at = alternation(rules.list('dates', 'timeWords'))
  const month = `(?:${months})\\p{L}{0,7}\\.?`
  const ordinal = ordinals ? `(?:${ordinals})?` : ''
  const time = `(?:,? (?:${at ? `(?:${at}) |` : ''}-|\\|)? ?\\d{1,2}[:h.]\\d{2}(?: ?[ap]\\.?m\\.?)?(?: [a-z]{2,4})?)?`
  const named = months ? `\\d{1,2}${ordinal} ${month},? \\d{4}|${month} \\d{1,2}${ordinal},? \\d{4}|` : ''
  regex = new RegExp(`^${weekday}(?:${named}\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})${time}$`, 'iu')
  datesOf.set(rules, regex)
  return regex
}
