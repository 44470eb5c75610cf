/**
 * Site profiles: what the pages of one site print again and again. A profile learns pages
 * (`learn(text)`), counts on how many of them each line occurs (after folding numbers, dates
 * and counts: `key.ts`), in bounded space (`counts.ts`), and serialises to JSON. Profiles
 * learnt on shards of a site's pages merge into the profile of all of them.
 */
import {forEachLine, isBlank} from '../text/lines.js'
import {ByteReader, ByteWriter} from './codec.js'
import {EXACT_LIMIT, LineCounts, MAX_COUNT, SKETCH_ROWS, SKETCH_WIDTH} from './counts.js'
import {hashKey, keyOf, keyOfFolded} from './key.js'

/** The `format` of a profile's JSON. */
export const PROFILE_FORMAT = 'newsclean-site-profile'
/** The version of the JSON and of the line keys; a profile of another version is refused. */
export const PROFILE_VERSION = 1

/** A profile as JSON (`profile.toJSON()`; `loadProfile` reads it back). */
export interface ProfileJSON {
  format: typeof PROFILE_FORMAT
  version: typeof PROFILE_VERSION
  /** The site, when the profile was given one (`example.com`). */
  site?: string
  /** Pages learnt. */
  pages: number
  /**
   * The counts: `exact` entries (base64 of varints: for each key, by rising hash, the gap from
   * the previous hash and its pages), or a `sketch` (base64 of varints: every counter, row
   * after row).
   */
  counts: {kind: 'exact'; entries: string} | {kind: 'sketch'; rows: number; width: number; cells: string}
}

/** Options of {@link createProfile}. */
export interface ProfileOptions {
  /** The site the pages come from (named in the reasons of removals: `on 87 % of 412 pages of example.com`). */
  site?: string
}

/** A site profile (see the module's description). */
export interface SiteProfile {
  /** The site's name, if it was given one. */
  readonly site: string | undefined
  /** Pages learnt. */
  readonly pages: number
  /**
   * Learn one page of the site: each of its lines counts once for this page, however often
   * the page prints it.
   *
   * @param text The page's text (the text you will clean).
   * @returns The profile.
   */
  learn(text: string): SiteProfile
  /**
   * On how many of the pages learnt a line occurs (after folding numbers, dates and counts):
   * exact for a small site, an estimate that errs low for a large one.
   *
   * @param line A line.
   * @returns Pages (0 for a line without a letter).
   */
  pagesWith(line: string): number
  /** The same, for a line folded as `Block.lower` holds it. */
  pagesWithFolded(lower: string): number
  /** The profile as JSON data (`JSON.stringify(profile)` calls it). */
  toJSON(): ProfileJSON
}

/** A profile that cannot be read, or two profiles that cannot be merged. */
export class ProfileError extends Error {
  override name = 'ProfileError'
}

class Profile implements SiteProfile {
  readonly site: string | undefined
  #pages: number
  #counts: LineCounts

  constructor(site: string | undefined, pages = 0, counts = new LineCounts()) {
    this.site = site
    this.#pages = pages
    this.#counts = counts
  }

  get pages(): number {
    return this.#pages
  }

  learn(text: string): SiteProfile {
    if (typeof text !== 'string') throw new TypeError(`newsclean: profile.learn() expects the page text as a string, got ${typeof text}`)
    const hashes = new Set<number>()
    forEachLine(text, (line) => {
      if (isBlank(line.text)) return
      const key = keyOf(line.text)
      if (key !== undefined) hashes.add(hashKey(key))
    })
    this.#counts.addPage(hashes)
    this.#pages = Math.min(MAX_COUNT, this.#pages + 1)
    return this
  }

  pagesWith(line: string): number {
    const key = keyOf(line)
    return key === undefined ? 0 : this.#counts.estimate(hashKey(key))
  }

  pagesWithFolded(lower: string): number {
    const key = keyOfFolded(lower)
    return key === undefined ? 0 : this.#counts.estimate(hashKey(key))
  }

  /** The counts (for merging). */
  get counts(): LineCounts {
    return this.#counts
  }

  toJSON(): ProfileJSON {
    const json: ProfileJSON = {
      format: PROFILE_FORMAT,
      version: PROFILE_VERSION,
      ...(this.site === undefined ? {} : {site: this.site}),
      pages: this.#pages,
      counts: {kind: 'exact', entries: ''}
    }
    const held = this.#counts.entries()
    const writer = new ByteWriter()
    if (held.kind === 'exact') {
      let previous = 0
      for (const [hash, count] of held.entries) {
        writer.varint(hash - previous)
        writer.varint(count)
        previous = hash
      }
      json.counts = {kind: 'exact', entries: writer.base64()}
    } else {
      for (const cell of held.cells) writer.varint(cell)
      json.counts = {kind: 'sketch', rows: SKETCH_ROWS, width: SKETCH_WIDTH, cells: writer.base64()}
    }
    return json
  }
}

/**
 * A new, empty profile.
 *
 * @example
 * ```ts
 * const profile = createProfile({site: 'example.com'})
 * for (const page of pagesOfTheSite) profile.learn(page)
 * clean(page, {profile})
 * ```
 *
 * @param options The site's name.
 * @returns The profile.
 */
export function createProfile(options: ProfileOptions = {}): SiteProfile {
  if (options === null || typeof options !== 'object') throw new TypeError('newsclean: createProfile() expects options as an object')
  if (options.site !== undefined && typeof options.site !== 'string') throw new TypeError('newsclean: `site` must be a string')
  return new Profile(options.site)
}

/** Whether a value is a profile made by this module. */
export function isProfile(value: unknown): value is SiteProfile {
  return value instanceof Profile
}

/**
 * The profile of the pages of both (neither changes): what learning all their pages in one
 * profile gives. Associative and commutative.
 *
 * @param a A profile.
 * @param b Another profile of the same site.
 * @returns The merged profile.
 * @throws {ProfileError} When they name different sites.
 */
export function mergeProfiles(a: SiteProfile, b: SiteProfile): SiteProfile {
  if (!(a instanceof Profile) || !(b instanceof Profile))
    throw new TypeError('newsclean: mergeProfiles() expects two profiles (from createProfile or loadProfile)')
  if (a.site !== undefined && b.site !== undefined && a.site !== b.site)
    throw new ProfileError(`cannot merge the profiles of two sites (${a.site} and ${b.site})`)
  return new Profile(a.site ?? b.site, Math.min(MAX_COUNT, a.pages + b.pages), a.counts.plus(b.counts))
}

/**
 * Read a profile back from its JSON (a string, or the parsed object), checking everything.
 *
 * @param json What `profile.toJSON()` gave, or `JSON.stringify(profile)`.
 * @returns The profile.
 * @throws {ProfileError} Saying what is wrong.
 */
export function loadProfile(json: string | ProfileJSON | unknown): SiteProfile {
  let data: unknown = json
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json)
    } catch (error) {
      throw new ProfileError(`a profile must be JSON (${(error as Error).message})`)
    }
  }
  const bad = (what: string): ProfileError => new ProfileError(`not a site profile: ${what}`)
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw bad('expected an object')
  const record = data as Record<string, unknown>
  if (record.format !== PROFILE_FORMAT) throw bad(`\`format\` must be '${PROFILE_FORMAT}'`)
  if (record.version !== PROFILE_VERSION)
    throw new ProfileError(`a site profile of version ${String(record.version)} cannot be read by this newsclean (version ${PROFILE_VERSION}); learn it again`)
  if (record.site !== undefined && typeof record.site !== 'string') throw bad('`site` must be a string')
  const pages = record.pages
  if (typeof pages !== 'number' || !Number.isInteger(pages) || pages < 0 || pages > MAX_COUNT) throw bad('`pages` must be a whole number of 0 or more')
  const counts = record.counts as Record<string, unknown> | null
  if (counts === null || typeof counts !== 'object') throw bad('`counts` must be an object')
  let lineCounts: LineCounts
  if (counts.kind === 'exact') {
    if (typeof counts.entries !== 'string') throw bad('`counts.entries` must be base64 text')
    const reader = ByteReader.of(counts.entries)
    if (!reader) throw bad('`counts.entries` is not base64')
    const map = new Map<number, number>()
    let hash = 0
    while (!reader.done) {
      const gap = reader.varint()
      const count = reader.varint()
      if (gap === undefined || count === undefined) throw bad('`counts.entries` is cut short')
      if (gap === 0 && map.size > 0) throw bad('`counts.entries` repeats a key')
      hash += gap
      if (hash >= 2 ** 53) throw bad('`counts.entries` holds a key out of range')
      if (count < 1 || count > pages) throw bad(`\`counts.entries\` holds a line on ${count} of ${pages} pages`)
      map.set(hash, count)
      if (map.size > EXACT_LIMIT) throw bad(`\`counts.entries\` holds more than ${EXACT_LIMIT} keys`)
    }
    lineCounts = new LineCounts(map)
  } else if (counts.kind === 'sketch') {
    if (counts.rows !== SKETCH_ROWS || counts.width !== SKETCH_WIDTH) throw bad(`a sketch must have ${SKETCH_ROWS} rows of ${SKETCH_WIDTH} counters`)
    if (typeof counts.cells !== 'string') throw bad('`counts.cells` must be base64 text')
    const reader = ByteReader.of(counts.cells)
    if (!reader) throw bad('`counts.cells` is not base64')
    const cells = new Uint32Array(SKETCH_ROWS * SKETCH_WIDTH)
    for (let index = 0; index < cells.length; index++) {
      const cell = reader.varint()
      if (cell === undefined) throw bad(`\`counts.cells\` holds fewer than ${cells.length} counters`)
      if (cell > MAX_COUNT) throw bad('`counts.cells` holds a counter out of range')
      cells[index] = cell
    }
    if (!reader.done) throw bad(`\`counts.cells\` holds more than ${cells.length} counters`)
    lineCounts = new LineCounts(undefined, cells)
  } else throw bad("`counts.kind` must be 'exact' or 'sketch'")
  return new Profile(record.site as string | undefined, pages, lineCounts)
}
