/**
 * Reading date stamps (`Publié le 12 mars 2024 à 10h32, mis à jour le 13/03/2024 à 08:05`,
 * `Updated 10:32 AM EST, Tue March 12, 2024`, `vor 3 Stunden`, `5 min read`) into their parts:
 * which date is the publication and which the update, each as written (a year may be missing,
 * a date may be relative), and a reading time. Every word comes from the vocabulary's `dates`
 * (months, weekdays, units, labels, zones); nothing here knows a language. Turning the parts
 * into times is the caller's (it knows `now`).
 */
import type {CompiledRules} from '../core/types.js'

/** Units of an amount of time, in the order of the vocabulary's `units`. */
export const UNITS = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year'] as const
/** A unit of time. */
export type Unit = (typeof UNITS)[number]

/** A date as a stamp writes it: what it says, nothing filled in. */
export interface StampDate {
  year?: number
  month?: number
  day?: number
  hour?: number
  minute?: number
  second?: number
  /** The UTC offset the stamp gives (`-05:00`, `+00:00`). */
  offset?: string
  /** Days before the day of the crawl (`aujourd'hui`: 0, `hier`: 1). */
  daysAgo?: number
  /** A time ago (`il y a 3 heures`). */
  ago?: {amount: number; unit: Unit}
}

/** What the date stamps of a page say. */
export interface StampFacts {
  published?: StampDate
  modified?: StampDate
  /** Minutes. */
  readingTime?: number
}

/** Longest line read (a stamp is short; a longer line is not looked at). */
export const MAX_STAMP_LENGTH = 300

/**
 * The kinds of token of a folded line, tried in this order at each position (as the
 * alternatives of one expression would be): ISO dates and times, numeric dates, times,
 * offsets, numbers, words. Each is a bounded run or a simple repetition, sticky, and checked
 * on its own for linear time (joined, they are too large for the exact checker).
 */
const TOKENS: readonly RegExp[] = [
  /\d{4}-\d{2}-\d{2}(?:t\d{2}:\d{2}(?::\d{2})?(?:\.\d{1,9})?(?:z|[+-]\d{2}:?\d{2})?)?/uy,
  /\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/uy,
  /\d{1,2}(?:[:h]\d{2}){1,2}(?![\d/])/uy,
  /\d{1,2}\.\d{2}(?![\d.])/uy,
  /\d{1,2}h(?!\p{L})/uy,
  /[+-]\d{2}:?\d{2}(?!\d)/uy,
  /[+-]\d{1,2}(?![\d:])/uy,
  /\d+/uy,
  /\p{L}+(?:['.-]\p{L}+)*\.?/uy
]

/** The date words of a rule set, looked up by word. */
interface DateWords {
  months: Map<string, number>
  weekdays: Set<string>
  units: Map<string, Unit>
  one: Set<string>
  ordinals: Set<string>
  am: Set<string>
  pm: Set<string>
  zones: Map<string, string>
  /** Phrases (several words joined by a space), each with what it is. */
  phrases: Array<{words: string[]; kind: 'published' | 'modified' | 'reading' | 'ago' | 'today' | 'yesterday'}>
  order: 'dmy' | 'mdy'
}

const wordsOf = new WeakMap<CompiledRules, DateWords>()

/** A word without a final full stop (`mar.` → `mar`); `a.m.` stays. */
function bare(word: string): string {
  return word.endsWith('.') && !word.slice(0, -1).includes('.') ? word.slice(0, -1) : word
}

/** The date words of the rules in force (built once per rule set). */
function dateWords(rules: CompiledRules): DateWords {
  let words = wordsOf.get(rules)
  if (words) return words
  const list = (name: string): readonly string[] => rules.list('dates', name)
  const months = new Map<string, number>()
  // Each pack gives 12 entries (the schema checks it): merged, the month is the place modulo 12.
  list('monthNames').forEach((entry, index) => {
    for (const form of entry.split('|')) if (form.trim()) months.set(bare(form.trim()), (index % 12) + 1)
  })
  const units = new Map<string, Unit>()
  list('units').forEach((entry, index) => {
    for (const form of entry.split('|')) if (form.trim()) units.set(form.trim(), UNITS[index % UNITS.length]!)
  })
  const zones = new Map<string, string>()
  for (const entry of list('zones')) {
    const [offset, ...names] = entry.split('|').map((part) => part.trim())
    if (offset && /^[+-]\d{2}:\d{2}$/.test(offset)) for (const name of names) if (name) zones.set(name, offset)
  }
  const phrases: DateWords['phrases'] = []
  const kinds = [
    ['published', 'published'],
    ['modified', 'modified'],
    ['readingTime', 'reading'],
    ['ago', 'ago'],
    ['today', 'today'],
    ['yesterday', 'yesterday']
  ] as const
  for (const [name, kind] of kinds) for (const phrase of list(name)) if (phrase.trim()) phrases.push({words: tokens(phrase.trim()), kind})
  // Longest phrases first: `last updated` before `updated`, `dernière mise à jour` before `mise à jour`.
  phrases.sort((a, b) => b.words.length - a.words.length)
  const order = list('order').at(-1) === 'mdy' ? 'mdy' : 'dmy'
  words = {
    months,
    weekdays: new Set(list('weekdays').map(bare)),
    units,
    one: new Set(list('one')),
    ordinals: new Set(list('ordinals').map(bare)),
    am: new Set(list('am')),
    pm: new Set(list('pm')),
    zones,
    phrases,
    order
  }
  wordsOf.set(rules, words)
  return words
}

/** The tokens of a folded text. */
function tokens(text: string): string[] {
  const found: string[] = []
  let position = 0
  while (position < text.length) {
    let token: string | undefined
    for (const kind of TOKENS) {
      kind.lastIndex = position
      const match = kind.exec(text)
      if (match && match[0] !== '') {
        token = match[0]
        break
      }
    }
    if (token === undefined) {
      // One code point on (a surrogate pair is one character, as a global match steps).
      const code = text.charCodeAt(position)
      position += code >= 0xd800 && code <= 0xdbff ? 2 : 1
    } else {
      found.push(token)
      position += token.length
    }
  }
  return found
}

/** A number of 1 to 31, else undefined. */
function dayOf(token: string): number | undefined {
  if (!/^\d{1,2}$/.test(token)) return undefined
  const day = Number(token)
  return day >= 1 && day <= 31 ? day : undefined
}

/** A four-digit year (1900–2199), or a two-digit one after a numeric date. */
function yearOf(token: string): number | undefined {
  if (!/^\d{4}$/.test(token)) return undefined
  const year = Number(token)
  return year >= 1900 && year < 2200 ? year : undefined
}

/** A two- or four-digit year as written in a numeric date (`19` is 2019, `98` is 1998). */
function numericYear(text: string): number {
  const year = Number(text)
  if (text.length === 4) return year
  return year < 70 ? 2000 + year : 1900 + year
}

/** One part of a line: a label's kind (or none) and the tokens after it, up to the next label. */
interface Segment {
  kind: 'published' | 'modified' | 'reading' | undefined
  tokens: string[]
  /** The segment says a time ago, today or yesterday. */
  ago: boolean
  daysAgo: number | undefined
}

/** Split the tokens at labels (published, modified, reading time), noting relative words. */
function segments(all: readonly string[], words: DateWords): Segment[] {
  const out: Segment[] = [{kind: undefined, tokens: [], ago: false, daysAgo: undefined}]
  for (let index = 0; index < all.length;) {
    const phrase = words.phrases.find((candidate) => candidate.words.every((word, offset) => bare(all[index + offset] ?? '') === bare(word)))
    if (!phrase) {
      out.at(-1)!.tokens.push(all[index]!)
      index++
      continue
    }
    index += phrase.words.length
    const current = out.at(-1)!
    if (phrase.kind === 'ago') current.ago = true
    else if (phrase.kind === 'today') current.daysAgo = 0
    else if (phrase.kind === 'yesterday') current.daysAgo = 1
    else if (current.kind === undefined && current.tokens.length === 0 && !current.ago && current.daysAgo === undefined) current.kind = phrase.kind
    else out.push({kind: phrase.kind, tokens: [], ago: false, daysAgo: undefined})
  }
  return out
}

/** Read a time token (`10:32`, `10h32`, `10h`, `10.32`, `10:32:05`) into hours, minutes, seconds. */
function timeOf(token: string): [number, number, number] | undefined {
  const match = /^(\d{1,2})(?:[:h.](\d{2}))?(?:[:h](\d{2}))?h?$/.exec(token)
  if (!match || !/[:h.]/.test(token)) return undefined
  const [hour, minute, second] = [Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0)]
  return hour <= 24 && minute < 60 && second < 60 ? [hour, minute, second] : undefined
}

/** A UTC offset token (`+01:00`, `-0500`, `+1` after `gmt`) as `±HH:MM`. */
function offsetOf(token: string, afterZone: boolean): string | undefined {
  const match = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(token)
  if (!match || (match[3] === undefined && !afterZone)) return undefined
  const hours = Number(match[2])
  if (hours > 14) return undefined
  return `${match[1]}${String(hours).padStart(2, '0')}:${match[3] ?? '00'}`
}

/**
 * Read the date in a segment's tokens.
 *
 * @param segment The segment.
 * @param words The date words.
 * @returns The date as written, or undefined when the segment holds none.
 */
function readDate(segment: Segment, words: DateWords): StampDate | undefined {
  const date: StampDate = {}
  const numbers: number[] = []
  let afterZone = false
  const list = segment.tokens
  for (let index = 0; index < list.length; index++) {
    const token = list[index]!
    const word = bare(token)
    const iso = /^(\d{4})-(\d{2})-(\d{2})(?:t(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(z|[+-]\d{2}:?\d{2})?)?$/.exec(token)
    if (iso && date.month === undefined) {
      ;[date.year, date.month, date.day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      if (iso[4] !== undefined) [date.hour, date.minute, date.second] = [Number(iso[4]), Number(iso[5]), Number(iso[6] ?? 0)]
      if (iso[7] !== undefined) date.offset = iso[7] === 'z' ? '+00:00' : offsetOf(iso[7], false)
      continue
    }
    const numeric = /^(\d{1,2})([/.-])(\d{1,2})[/.-](\d{2,4})$/.exec(token)
    if (numeric && date.month === undefined) {
      const [first, second] = [Number(numeric[1]), Number(numeric[3])]
      const monthFirst = first > 12 ? false : second > 12 ? true : numeric[2] !== '.' && words.order === 'mdy'
      ;[date.month, date.day] = monthFirst ? [first, second] : [second, first]
      date.year = numericYear(numeric[4]!)
      continue
    }
    const time = timeOf(token)
    if (time && date.hour === undefined && !(segment.ago && /^\d{1,2}h$/.test(token))) {
      ;[date.hour, date.minute, date.second] = time
      continue
    }
    if (words.am.has(word) || words.pm.has(word)) {
      const previous = list[index - 1]
      if (date.hour === undefined && previous !== undefined && dayOf(previous) !== undefined && Number(previous) <= 12 && numbers.at(-1) === Number(previous)) {
        numbers.pop()
        ;[date.hour, date.minute, date.second] = [Number(previous), 0, 0]
      }
      if (date.hour !== undefined && date.hour <= 12) date.hour = (date.hour % 12) + (words.pm.has(word) ? 12 : 0)
      continue
    }
    if (words.zones.has(word)) {
      date.offset ??= words.zones.get(word)
      afterZone = true
      continue
    }
    const offset = offsetOf(token, afterZone)
    if (offset !== undefined) {
      if (afterZone || date.offset === undefined) date.offset = offset
      afterZone = false
      continue
    }
    afterZone = false
    if (words.months.has(word) && date.month === undefined && !(words.weekdays.has(word) && monthLater(list, index, words))) {
      date.month = words.months.get(word)
      continue
    }
    if (/^\d+$/.test(token)) {
      const year = yearOf(token)
      if (year !== undefined && date.year === undefined && date.month !== undefined) date.year = year
      else if (segment.ago && words.units.has(bare(list[index + 1] ?? ''))) date.ago = {amount: Number(token), unit: words.units.get(bare(list[index + 1]!))!}
      else numbers.push(Number(token))
      continue
    }
    if (segment.ago && words.one.has(word) && words.units.has(bare(list[index + 1] ?? ''))) {
      date.ago = {amount: 1, unit: words.units.get(bare(list[index + 1]!))!}
      continue
    }
    if (segment.ago && /^\d{1,2}h$/.test(token)) date.ago = {amount: Number(token.slice(0, -1)), unit: 'hour'}
  }
  // A day written out goes with its month: the number before or after the month word.
  if (date.month !== undefined && date.day === undefined) {
    const day = numbers.map((number) => dayOf(String(number))).find((value) => value !== undefined)
    if (day === undefined) delete date.month
    else date.day = day
  }
  if (segment.daysAgo !== undefined && date.month === undefined) date.daysAgo = segment.daysAgo
  if (date.month === undefined) {
    delete date.year
    delete date.day
  }
  const dated = date.month !== undefined || date.daysAgo !== undefined || date.ago !== undefined
  return dated || date.hour !== undefined ? date : undefined
}

/** Whether a month word comes after position `index` (so the word there is a weekday: Spanish `mar` for `martes`). */
function monthLater(list: readonly string[], index: number, words: DateWords): boolean {
  for (let next = index + 1; next < list.length; next++) {
    const word = bare(list[next]!)
    if (words.months.has(word) && !words.weekdays.has(word)) return true
  }
  return false
}

/** A reading time in a segment: a number and a minute or hour unit. */
function readMinutes(tokens: readonly string[], words: DateWords): number | undefined {
  let minutes = 0
  for (let index = 0; index + 1 < tokens.length; index++) {
    const amount = /^\d{1,3}$/.test(tokens[index]!) ? Number(tokens[index]) : undefined
    const unit = words.units.get(bare(tokens[index + 1]!))
    if (amount === undefined || unit === undefined) continue
    if (unit === 'minute') minutes += amount
    else if (unit === 'hour') minutes += amount * 60
  }
  return minutes > 0 ? minutes : undefined
}

/**
 * Read the date stamps of a page: each line as folded (`Block.lower`), in order. A label alone
 * on its line (`Published`, `Mis à jour le`, `Tempo de leitura:`) names what the next line's date
 * or time is.
 * The first publication date, update and reading time found are kept; an update that gives a
 * time only (`…, modifié à 11h45`) is on the day of the publication date of its line.
 *
 * @param lines Folded lines (date stamps the cleaner removed).
 * @param rules The rules of the page's language.
 * @returns What they say.
 */
export function readStamps(lines: readonly string[], rules: CompiledRules): StampFacts {
  const words = dateWords(rules)
  const facts: StampFacts = {}
  let pending: Segment['kind']
  for (const line of lines) {
    if (line.length > MAX_STAMP_LENGTH) continue
    const parts = segments(tokens(line), words)
    let lineDate: StampDate | undefined
    let found = false
    for (const segment of parts) {
      const kind = segment.kind ?? pending
      if (kind === 'reading' || (kind === undefined && segment.tokens.some((token) => words.units.get(bare(token)) === 'minute') && !segment.ago)) {
        const minutes = readMinutes(segment.tokens, words)
        if (minutes !== undefined) {
          facts.readingTime ??= minutes
          found = true
        }
        continue
      }
      let date = readDate(segment, words)
      if (!date) continue
      found = true
      const dated = date.month !== undefined || date.daysAgo !== undefined || date.ago !== undefined
      if (!dated) {
        // A time alone: on the day of the line's first date.
        if (!lineDate) continue
        const {hour, minute, second, offset} = date
        date = {...lineDate, hour, minute, second, ...(offset === undefined ? {} : {offset})}
        delete date.ago
      } else lineDate ??= date
      const field = kind === 'modified' ? 'modified' : facts.published === undefined || kind === 'published' ? 'published' : 'modified'
      facts[field] ??= date
    }
    // A label alone on its line names the value on the next.
    const last = parts.at(-1)!
    pending = !found && last.kind !== undefined && !last.tokens.some((token) => /\d/.test(token)) ? last.kind : undefined
  }
  return facts
}
