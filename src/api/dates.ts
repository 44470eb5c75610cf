/**
 * The dates of a page's metadata: the date stamps the cleaner removed, read by the language
 * layer ({@link readStamps}), made into ISO 8601 strings with Luxon. A stamp's time zone is
 * kept; a stamp without one gives a local time (no offset). Relative dates (`il y a 3 heures`,
 * `yesterday`) and dates without a year need the `now` option; without it they are left out.
 */
import {DateTime, FixedOffsetZone} from 'luxon'
import type {PageState} from '../core/page.js'
import type {Metadata} from '../core/types.js'
import {readStamps, type StampDate, type StampFacts} from '../language/stamps.js'

/** Categories of removed lines whose dates are read: date stamps, and bylines that carry one. */
const DATED = new Set(['date', 'author'])

/** A date written without a year is taken in the year that puts it at most this many days after `now`. */
const AHEAD_DAYS = 1

/** `±HH:MM` as Luxon's zone. */
function zoneOf(offset: string): FixedOffsetZone {
  const sign = offset.startsWith('-') ? -1 : 1
  const [hours, minutes] = offset.slice(1).split(':').map(Number) as [number, number]
  return FixedOffsetZone.instance(sign * (hours * 60 + minutes))
}

/** ISO 8601 of a time: `Z` for UTC, else the offset. */
function isoWithOffset(time: DateTime): string {
  const offset = time.offset === 0 ? 'Z' : time.toFormat('ZZ')
  return `${time.toFormat("yyyy-MM-dd'T'HH:mm:ss")}${offset}`
}

/**
 * A stamp's date as an ISO 8601 string.
 *
 * @param date The date as written.
 * @param now The time of the crawl, if given.
 * @returns `2024-03-12`, `2024-03-12T10:32:00`, `2024-03-12T10:32:00-05:00`, or undefined when
 *   the date is relative or has no year and `now` is not given, or is no date (`31 février`).
 */
export function resolveStamp(date: StampDate, now: DateTime | undefined): string | undefined {
  if (date.ago) {
    if (!now) return undefined
    const time = now.minus({[`${date.ago.unit}s`]: date.ago.amount})
    return date.ago.unit === 'second' || date.ago.unit === 'minute' || date.ago.unit === 'hour' ? isoWithOffset(time.startOf('second')) : time.toISODate()!
  }
  let {year, month, day} = date
  if (date.daysAgo !== undefined) {
    if (!now) return undefined
    const then = now.minus({days: date.daysAgo})
    ;({year, month, day} = then)
  } else if (year === undefined) {
    if (!now || month === undefined || day === undefined) return undefined
    year = now.year
    const candidate = DateTime.fromObject({year, month, day}, {zone: now.zone})
    if (candidate.isValid && candidate > now.plus({days: AHEAD_DAYS})) year--
  }
  if (month === undefined || day === undefined) return undefined
  const zone = date.offset === undefined ? FixedOffsetZone.utcInstance : zoneOf(date.offset)
  const time = DateTime.fromObject({year, month, day, hour: date.hour ?? 0, minute: date.minute ?? 0, second: date.second ?? 0}, {zone})
  if (!time.isValid) return undefined
  if (date.hour === undefined) return time.toISODate()!
  return date.offset === undefined ? time.toFormat("yyyy-MM-dd'T'HH:mm:ss") : isoWithOffset(time)
}

/**
 * The metadata of what stamps say.
 *
 * @param facts What the stamps say.
 * @param now The time of the crawl, if given.
 * @returns `published`, `modified` and `readingTime`, each when known.
 */
export function stampMetadata(facts: StampFacts, now: DateTime | undefined): Metadata {
  const metadata: Metadata = {}
  const published = facts.published && resolveStamp(facts.published, now)
  const modified = facts.modified && resolveStamp(facts.modified, now)
  if (published) metadata.published = published
  if (modified) metadata.modified = modified
  if (facts.readingTime !== undefined) metadata.readingTime = facts.readingTime
  return metadata
}

/**
 * Read the dates and the reading time of a cleaned page from the lines it removed as date
 * stamps (and bylines), in the page's language, into its metadata (first value wins).
 *
 * @param page The page, cleaned.
 * @param now The time of the crawl, if given.
 * @param atEdge Whether a block is at the article's edges (only their stamps count).
 * @returns The metadata found.
 */
export function pageDates(page: PageState, now: DateTime | undefined, atEdge: (index: number) => boolean = () => true): Metadata {
  const lines: string[] = []
  for (const block of page.blocks) {
    const category = page.removedAs(block)
    if (category !== undefined && DATED.has(category) && atEdge(block.index)) lines.push(block.lower)
  }
  return lines.length === 0 ? {} : stampMetadata(readStamps(lines, page.rules), now)
}
