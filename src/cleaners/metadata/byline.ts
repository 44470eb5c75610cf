import {fold, foldCased, trimEdges} from '../../text/fold.js'
import type {Block, CleanerContext, CompiledRules, Metadata} from '../../core/types.js'
import {readsAsHeadline} from '../../analysis/headline.js'
import {trailingAgency} from '../../language/agencies.js'
import {isNameWord} from '../../text/shapes.js'
import type {BuiltinCleaner} from '../spec.js'

/** Most words in the names of a byline. */
const MAX_BYLINE_NAME_WORDS = 8
/** Longest byline, in characters (keeps the name pattern off hostile lines of huge words). */
const MAX_LENGTH = 200

/**
 * Whether a text is a list of names: every word capitalised, or one of the vocabulary's name
 * joiners (`and`, `et`, `&`, `de`, `van`). In languages that capitalise every
 * noun, a capital says little, so there the first name must have two capitalised words
 * (`Von Anna Müller, Berlin` is a byline, `Von Wölfen und Schafen` a sub-heading): the
 * first name ends at a comma or at one of the vocabulary's name `conjunctions` (`und`, `&`).
 *
 * @param text The text after the prefix, case kept.
 * @param rules The rules in force.
 * @returns Whether it is a list of names.
 */
function names(text: string, rules: CompiledRules): boolean {
  const words = text.split(' ').filter(Boolean)
  if (words.length === 0 || words.length > MAX_BYLINE_NAME_WORDS) return false
  const joiners = rules.set('names', 'joiners')
  const conjunctions = rules.set('names', 'conjunctions')
  let capitals = 0
  let firstName = true
  for (const raw of words) {
    const comma = raw.endsWith(',')
    const word = comma ? raw.slice(0, -1) : raw
    // The packs' sets are trimmed of edge punctuation: Dutch `'t` is there as `t`.
    const lower = trimEdges(word.toLowerCase())
    if (conjunctions.has(lower)) firstName = false
    else if (!joiners.has(lower)) {
      if (!isNameWord(word)) return false
      if (firstName) capitals++
    }
    if (comma) firstName = false
  }
  return capitals >= (rules.capitalisedNouns ? 2 : 1)
}

/** A pipe or a bullet left at the head of the line by a row of page furniture (`| by Catherine`). */
const leadingSeparator = /^[|•·] ?/
/** A separator between the names and a date stamp (`By Tess Bonn - 11/19/19 06:56 AM EST`). */
const tailSeparator = /^[-|·•/,]$/
/** Most words of a byline followed by a date stamp. */
const MAX_STAMPED_WORDS = 25

/**
 * Whether a text is a date stamp (the vocabulary's `date-stamp` phrases), such as the tail
 * of `By Justine Coleman - 11/18/19 11:04 PM EST` or `Von Moritz Bachmann publiziert am 30.
 * Juli 2018`.
 *
 * @param words The stamp's words, case kept.
 * @param rules The rules in force.
 * @returns Whether it is one.
 */
function stamp(words: readonly string[], rules: CompiledRules): boolean {
  const lower = fold(words.join(' '))
  return lower !== '' && rules.match('date-stamp', lower, words.length) !== undefined
}

/**
 * The names of a byline text: all of it when it is a list of names, else the names before a
 * date stamp (`Justine Coleman - 11/18/19 11:04 PM EST`, `Louis Jacobson on Monday, November
 * 18th, 2019`), the stamp after a separator or right after the names.
 *
 * @param rest The text after the prefix, case kept.
 * @param rules The rules in force.
 * @returns The names and whether a date followed them, or `undefined`.
 */
function bylineNames(rest: string, rules: CompiledRules): {names: string; dated: boolean} | undefined {
  const bare = rest.replace(/ ?[.,;-]$/, '')
  if (bare.split(' ').length <= MAX_BYLINE_NAME_WORDS && names(bare, rules)) return {names: bare, dated: false}
  const words = rest.split(' ').filter(Boolean)
  if (words.length > MAX_STAMPED_WORDS) return undefined
  for (let end = 1; end < words.length && end <= MAX_BYLINE_NAME_WORDS; end++) {
    const tail = tailSeparator.test(words[end]!) ? words.slice(end + 1) : words.slice(end)
    const head = words.slice(0, end).join(' ').replace(/[,;]$/, '')
    if (names(head, rules) && stamp(tail, rules)) return {names: head, dated: true}
  }
  return undefined
}

/** Most words of the outlet a byline's author writes for (`pour Le Figaro`, `for The Guardian`). */
const OUTLET_WORDS = 4

/**
 * The names of a byline that ends with the outlet its author writes for (`Thomas Lemaire pour Le
 * Figaro`): a word of the vocabulary's name `outlets`, then one to {@link OUTLET_WORDS}
 * capitalised words (or a number: `20 Minutes`).
 *
 * @param rest The text after the prefix, case kept.
 * @param rules The rules in force.
 * @returns The names, or `undefined`.
 */
function namesForOutlet(rest: string, rules: CompiledRules): string | undefined {
  const words = rest.split(' ').filter(Boolean)
  const outlets = rules.set('names', 'outlets')
  for (let at = words.length - 2; at >= 1 && words.length - at - 1 <= OUTLET_WORDS; at--) {
    if (!outlets.has(words[at]!.toLowerCase())) continue
    const outlet = words.slice(at + 1)
    if (!/^[\p{Lu}\d]/u.test(outlet[0]!)) return undefined
    const head = words.slice(0, at).join(' ')
    return names(head, rules) ? head : undefined
  }
  return undefined
}

/**
 * What a byline's text after its prefix holds: names (and a date), or names and the agency
 * after them (`Claire Vasseur avec AFP`, `Katrin Albers, dpa`), or names and the outlet their
 * author writes for (`Thomas Lemaire pour Le Figaro`).
 *
 * @param rest The text after the prefix, case kept.
 * @param rules The rules in force.
 * @returns The names, whether a date followed them, and the agency; or `undefined`.
 */
function bylineParts(rest: string, rules: CompiledRules): {names: string; dated: boolean; agency?: string} | undefined {
  const found = bylineNames(rest, rules)
  if (found) return found
  const tail = trailingAgency(rest, rules)
  if (tail && tail.before.split(' ').length <= MAX_BYLINE_NAME_WORDS && names(tail.before, rules))
    return {names: tail.before, dated: false, agency: tail.agency}
  const outletNames = namesForOutlet(rest, rules)
  return outletNames === undefined ? undefined : {names: outletNames, dated: false}
}

/** Name words a byline without a prefix must have at least (`Jean Dupont, AFP`: a single word is a place). */
const BARE_NAME_WORDS = 2

/**
 * A byline without a prefix: names and their agency (`Jean Dupont, AFP`); not a place and an
 * agency in brackets or in capitals, a dateline split off its paragraph. Names and an outlet
 * need a prefix (`Anhebung der Grenze für Rentner` has the shape of names and an outlet in a
 * language that capitalises its nouns).
 *
 * @param cased The line, case kept.
 * @param rules The rules in force.
 * @returns The names and the agency, or `undefined`.
 */
function bareByline(cased: string, rules: CompiledRules): {names: string; agency: string} | undefined {
  // `NEW YORK (AFP)`, `QUEENSTOWN, New Zealand (AFP)`: a dateline split off its paragraph, not a byline.
  if (cased.endsWith(')') || cased === cased.toUpperCase()) return undefined
  const tail = trailingAgency(cased, rules)
  if (!tail) return undefined
  const words = tail.before.split(' ')
  // Two name words besides the particles: `Le Monde avec AFP` is an outlet's source line.
  const joiners = rules.set('names', 'joiners')
  const nameWords = words.filter((word) => !joiners.has(trimEdges(word.toLowerCase()))).length
  return nameWords >= BARE_NAME_WORDS && words.length <= MAX_BYLINE_NAME_WORDS && names(tail.before, rules)
    ? {names: tail.before, agency: tail.agency}
    : undefined
}

/** Blocks at the head of a page where a byline's names stand alone, beside its date or source. */
const HEAD = 12
/** Most words of a line of names alone. */
const NAME_LINE_WORDS = 4
/** Categories of the article header that a line of names alone sits beside. */
const HEADER_BESIDE = new Set(['date', 'source'])

/**
 * At the head of the page, a line of names with no prefix (`Anne-Laure Giraud`), or a prefix and
 * a single name (`von Sabine`), next to the date stamp (on the line before, or one of the two
 * after), or to a line removed as a source line: the header of the article names its author
 * there. Run in the rounds, also once the source lines are taken.
 *
 * @param context The page.
 */
function headerNames(context: CleanerContext): void {
  const prefixes = context.rules.list('byline', 'prefixes')
  for (const block of context.blocks) {
    if (block.index >= HEAD) break
    if (context.isRemoved(block) || block.words > MAX_BYLINE_NAME_WORDS || block.text.length > MAX_LENGTH) continue
    // The date (or the source line) on the line before, or on one of the two lines after
    // (`Anne-Laure Giraud` / `20 Minutes avec agences` / `Publié le …`): removed as such, or
    // a date stamp of the vocabulary still to be taken.
    const beside = [context.blocks[block.index - 1], context.blocks[block.index + 1], context.blocks[block.index + 2]].find(
      (other): other is Block =>
        other !== undefined && (HEADER_BESIDE.has(context.removedAs(other) ?? '') || context.rules.match('date-stamp', other.lower, other.words) !== undefined)
    )
    if (!beside) continue
    const cased = foldCased(block.text).trim()
    const prefix = prefixes.find((each) => block.lower.startsWith(`${each} `))
    const rest = prefix === undefined ? cased : cased.slice(prefix.length).trim()
    const words = rest.split(' ').filter(Boolean)
    // Names alone need two name words; after a prefix, one (`von Sabine`).
    const enough = prefix === undefined ? words.length >= BARE_NAME_WORDS : words.length >= 1
    if (!enough || !words.every((word) => isNameWord(word) || context.rules.set('names', 'joiners').has(trimEdges(word.toLowerCase())))) continue
    // A line in capitals is a section or an outlet (`GIRLS BASKETBALL`, `USA TODAY`), not the author.
    if (!/\p{L}/u.test(rest) || !isNameWord(words[0]!) || words.length > NAME_LINE_WORDS || rest === rest.toUpperCase()) continue
    // The headline comes first: a short line of capitals above the date with none before it
    // is the headline itself (`Großer Zapfenstreich`).
    if (!context.blocks.slice(0, block.index).some((other) => !context.isRemoved(other) && readsAsHeadline(other) && other.words > words.length + 1)) continue
    context.remove(block, `Byline: names beside “${beside.text.trim().slice(0, 40)}”`, {byline: rest})
  }
}

/**
 * Bylines: a line of a prefix of the pack (`by`, `par`, `von`) followed by names only
 * (`by Sara`, `Par Jean Dupont et Marie Curie`), by names and a date stamp (`By Justine
 * Coleman - 11/18/19 11:04 PM EST`), by names and their agency (`Par Claire Vasseur avec AFP`,
 * `Von Katrin Albers, dpa`) or by names and their outlet (`Par Thomas Lemaire pour Le
 * Figaro`), and a prefix alone (`By`, `Author:`, whose names were links the extractor
 * dropped). Without a prefix, names and their agency (`Jean Dupont, AFP`), and, where only names are
 * capitalised, names and their outlet (`Thomas Lemaire pour Le Figaro`). At the
 * head of the page, names alone beside the date stamp or the source line, under the headline
 * (`Anne-Laure Giraud`).
 * The names go to `metadata.byline`, the agency to `metadata.agency`.
 */
export const byline: BuiltinCleaner = {
  name: 'byline',
  description: 'Byline',
  category: 'author',
  summary:
    'a prefix (`by`, `par`) and names only, or names and a date stamp, an agency or an outlet; names and an agency; names alone beside the date at the head → `metadata.byline` (names only), `metadata.agency`',
  example: '`by Sara`, `Par Jean Dupont et Marie Curie`, `By Jane Doe - 11/18/19 11:04 PM EST`, `Von Anna Müller, dpa`',
  stage: 'line',
  data: {description: 'Bylines.', lists: {prefixes: {description: 'Words that open a byline (`by`, `par`, `von`, `Author:`).'}}},
  local: true,
  test(block, context) {
    if (block.words > MAX_STAMPED_WORDS + 1 || block.text.length > MAX_LENGTH) return undefined
    const lower = block.lower.replace(leadingSeparator, '')
    const prefixes = context.rules.list('byline', 'prefixes')
    const alone = trimEdges(lower)
    if (prefixes.includes(alone)) return `Byline: “${alone}” without names`
    if (block.words < 2) return undefined
    for (const prefix of prefixes) {
      if (!lower.startsWith(`${prefix} `) && !lower.startsWith(`${prefix}:`)) continue
      const cased = foldCased(block.text).trim().replace(leadingSeparator, '')
      const rest = cased
        .slice(prefix.length)
        .replace(/^ ?: ?/, '')
        .trim()
      const found = bylineParts(rest, context.rules)
      if (found === undefined) continue
      const metadata: Metadata = found.agency ? {byline: found.names, agency: found.agency} : {byline: found.names}
      return {reason: `Byline: “${prefix}” and names${found.dated ? ' and a date' : ''}${found.agency ? ' and an agency' : ''}`, metadata}
    }
    const cased = foldCased(block.text).trim().replace(leadingSeparator, '')
    const bare = bareByline(cased, context.rules)
    if (bare) return {reason: 'Byline: names and an agency', metadata: {byline: bare.names, agency: bare.agency}}
    // Names and their outlet without a prefix (`Thomas Lemaire pour Le Figaro`), where only
    // names and titles are capitalised: where every noun is, `Anhebung der Grenze für Rentner`
    // has that shape.
    if (context.rules.headingCase === 'sentence' && !context.rules.capitalisedNouns) {
      const outletNames = namesForOutlet(cased, context.rules)
      const joiners = context.rules.set('names', 'joiners')
      const nameWords = outletNames?.split(' ').filter((word) => !joiners.has(trimEdges(word.toLowerCase()))).length ?? 0
      if (outletNames && nameWords >= BARE_NAME_WORDS && outletNames.split(' ').length <= MAX_BYLINE_NAME_WORDS)
        return {reason: 'Byline: names and their outlet', metadata: {byline: outletNames}}
    }
    return undefined
  },
  run: headerNames
}
