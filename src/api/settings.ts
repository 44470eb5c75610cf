/**
 * Options, checked once and turned into settings: the rule packs, the languages detection
 * may choose, the cleaners to run. Bad options throw here, with a message naming the problem.
 */
import {DateTime} from 'luxon'
import {builtinCleaners, packSchema} from '../cleaners/index.js'
import {describe} from '../core/errors.js'
import {orderCleaners} from '../core/order.js'
import {assertSpec, CATEGORIES} from '../core/spec.js'
import type {Category, CleanerPlugin, CleanerSpec, Favor, InputFormat, InputKind, SiteView} from '../core/types.js'
import {CONFUSERS, type Candidate} from '../language/detect.js'
import {languagePacks} from '../language/packs/index.js'
import {languageOf, packCodeOf} from '../language/tags.js'
import {ruleSets, type RulesFor} from '../language/rule-sets.js'
import {isProfile, type SiteProfile} from '../profile/profile.js'
import type {Options} from './types.js'

/**
 * Default of `maxLength`: 10 million UTF-16 code units (10 to 20 MB of UTF-8), about a hundred
 * times the text of a long article. Memory grows with the number of lines: an ordinary 10 MB
 * page peaks under 200 MB, the worst case (five million one-character lines) near 2.2 GB, within
 * Node's default heap (about 4 GB); 50 million exhausted it.
 */
export const DEFAULT_MAX_LENGTH = 10_000_000

/** Options made ready to run. */
export interface Settings {
  /** `'auto'` or a forced code. */
  language: string
  /** What detection may choose. */
  candidates: Candidate[]
  /** ISO 639-3 codes detection compares besides, whose pages are `'und'`: the confusers and the packs left out of `languages`. */
  confusers: string[]
  /** Cleaners to run, in order. */
  specs: CleanerSpec[]
  /** Largest input. */
  maxLength: number
  /** Kind of input: `'auto'` (decided per page), `'extract'` or `'page'`. */
  mode: InputKind
  /** Format of input: `'auto'` (detected per page), `'text'` or `'markdown'`. */
  format: InputFormat
  /** The compiled rules for a page of language `code` (`'und'` included). */
  rulesFor: RulesFor
  /** The site the pages come from, read from the `profile` option. */
  site: SiteView | undefined
  /** What the run favours when a rule is unsure. */
  favor: Favor
  /** The time relative dates are resolved against (`now`), with its offset; none: they are left out. */
  now: DateTime | undefined
  /** Languages a page should be in (`targetLanguages`); none: every page matches. */
  targetLanguages: ReadonlySet<string> | undefined
  /** Characters the cleaned text needs not to be `empty`. */
  minChars: number
}

/** The values of `favor`. */
export const FAVORS: readonly Favor[] = ['precision', 'balanced', 'recall']

/**
 * The compiled rules for a language: universal, English, and the language's own pack
 * (compiled once per code, for the whole process).
 */
export const rulesFor: RulesFor = ruleSets(packSchema)

/**
 * Check the `maxLength` option.
 *
 * @param value The option (`undefined`: the default).
 * @returns The largest input accepted.
 */
export function checkMaxLength(value: unknown): number {
  if (value === undefined) return DEFAULT_MAX_LENGTH
  if (typeof value !== 'number') throw new TypeError(`newsclean: \`maxLength\` must be a number of characters, got ${describe(value)}`)
  if (Number.isNaN(value) || value < 0) throw new RangeError(`newsclean: \`maxLength\` must be zero or more (\`Infinity\` for no limit), got ${value}`)
  return value
}

/**
 * Throw the `RangeError` of an input longer than `maxLength`.
 *
 * @param text The input.
 * @param maxLength The largest input accepted.
 */
export function assertLength(text: {readonly length: number}, maxLength: number): void {
  if (text.length > maxLength) {
    throw new RangeError(`newsclean: input of ${text.length} characters is longer than \`maxLength\` (${maxLength}); raise \`maxLength\` to accept it`)
  }
}

/** Names of the built-in rules, in the order they run. */
export const ruleNames: readonly string[] = builtinCleaners.map((spec) => spec.name)

/** Names of the options `clean()` knows. */
export const optionNames: readonly string[] = [
  'language',
  'languages',
  'enable',
  'disable',
  'cleaners',
  'maxLength',
  'mode',
  'favor',
  'targetLanguages',
  'minChars',
  'now',
  'format',
  'profile'
]

/** Prefix of a category in `enable` and `disable` (`category:comments`). */
export const CATEGORY_PREFIX = 'category:'

/**
 * Check a list of rule selectors (`enable`, `disable`): rule names, or `category:<category>`.
 *
 * @param key The option.
 * @param value Its value.
 * @param names Every rule name (built-in and extra).
 * @returns The names and the categories it selects.
 */
function selectors(key: string, value: unknown, names: ReadonlySet<string>): {names: Set<string>; categories: Set<Category>} {
  if (!Array.isArray(value)) throw new TypeError(`newsclean: \`${key}\` must be an array of rule names or 'category:<name>', got ${describe(value)}`)
  const selected = {names: new Set<string>(), categories: new Set<Category>()}
  entries(value, key, "a rule name or 'category:<name>'", isString).forEach((item) => {
    if (item.startsWith(CATEGORY_PREFIX)) {
      const category = item.slice(CATEGORY_PREFIX.length) as Category
      if (!CATEGORIES.includes(category)) throw new RangeError(`newsclean: unknown category '${category}' in \`${key}\` (categories: ${CATEGORIES.join(', ')})`)
      selected.categories.add(category)
    } else if (names.has(item)) selected.names.add(item)
    else throw new RangeError(`newsclean: unknown rule '${item}' in \`${key}\` (rules: ${[...names].join(', ')}; or 'category:<name>')`)
  })
  return selected
}

/**
 * Check the `now` option: a `Date`, or an ISO 8601 string (its offset is kept).
 *
 * @param value The option.
 * @returns The time, or `undefined`.
 */
export function checkNow(value: unknown): DateTime | undefined {
  if (value === undefined) return undefined
  let time: DateTime | undefined
  if (value instanceof Date) time = DateTime.fromJSDate(value, {zone: 'utc'})
  else if (typeof value === 'string') time = DateTime.fromISO(value, {setZone: true, zone: 'utc'})
  else throw new TypeError(`newsclean: \`now\` must be a Date or an ISO 8601 string, got ${describe(value)}`)
  if (!time.isValid) throw new RangeError(`newsclean: \`now\` is not a valid time: ${describe(value)}`)
  return time
}

/**
 * What cleaners read of a site profile: its name, its pages, and the pages a line is on
 * (read live: a profile that learns more pages is read as it is at each page).
 *
 * @param profile The profile.
 * @returns The view.
 */
export function siteView(profile: SiteProfile): SiteView {
  return {
    get name() {
      return profile.site
    },
    get pages() {
      return profile.pages
    },
    pagesWith: (block) => profile.pagesWithFolded(block.lower)
  }
}

/**
 * The entries of an array option, every index checked: a hole (`[, 'byline']`) is a `TypeError`
 * naming it, as an entry of the wrong type is.
 *
 * @param array The option's value (an array).
 * @param name The option's name.
 * @param what What an entry must be (`'a rule name'`).
 * @param valid Whether an entry has the right type.
 * @returns The entries.
 */
function entries<T>(array: readonly unknown[], name: string, what: string, valid: (value: unknown) => value is T): T[] {
  const out: T[] = []
  for (let index = 0; index < array.length; index++) {
    const value = array[index]
    if (!(index in array)) throw new TypeError(`newsclean: \`${name}[${index}]\` must be ${what}, got nothing (the array has a hole there)`)
    if (!valid(value)) throw new TypeError(`newsclean: \`${name}[${index}]\` must be ${what}, got ${describe(value)}`)
    out.push(value)
  }
  return out
}

const isString = (value: unknown): value is string => typeof value === 'string'
const isAnything = (_value: unknown): _value is unknown => true

/**
 * The pack code a `language` or `languages` entry names (BCP 47 in any case, `_` for `-`,
 * ISO 639-2/3), or a `RangeError` listing the supported codes.
 */
function packCode(tag: string, where: string): string {
  const code = packCodeOf(tag)
  if (code === undefined) {
    const auto = where === '' ? ", or 'auto'" : ''
    throw new RangeError(
      `newsclean: unsupported language '${tag}'${where} (supported: ${[...languagePacks.keys()].join(', ')}${auto}; tags such as 'FR', 'fr-FR' or 'pt_BR' name the same packs)`
    )
  }
  return code
}

/**
 * The cleaners to run: the built-in ones and the extra ones in the order given, a replacement
 * (`replace: true`) in the place of the built-in of its name, with its stage, category and
 * `after` unless it gives its own.
 */
function cleanersOf(extra: readonly unknown[]): CleanerSpec[] {
  const extraSpecs = entries(extra, 'cleaners', 'a cleaner', isAnything).map((item: unknown, index) => {
    try {
      return assertSpec(typeof item === 'function' && 'cleaner' in item ? (item as CleanerPlugin).cleaner : item)
    } catch (error) {
      const message = `newsclean: \`cleaners[${index}]\`: ${(error as Error).message.replace(/^newsclean: /, '')}`
      throw error instanceof RangeError ? new RangeError(message, {cause: error}) : new TypeError(message, {cause: error})
    }
  })
  const specs: CleanerSpec[] = [...builtinCleaners]
  const names = new Set(ruleNames)
  const replaced = new Set<string>()
  for (const spec of extraSpecs) {
    const builtin = builtinCleaners.findIndex((each) => each.name === spec.name)
    if (spec.replace === true) {
      if (builtin < 0)
        throw new RangeError(`newsclean: cleaner '${spec.name}' has \`replace: true\` but no built-in rule has that name (rules: ${ruleNames.join(', ')})`)
      if (replaced.has(spec.name)) throw new RangeError(`newsclean: two cleaners replace '${spec.name}'; keep one`)
      replaced.add(spec.name)
      const original = builtinCleaners[builtin]!
      specs[builtin] = Object.freeze({
        ...spec,
        stage: spec.stage ?? original.stage,
        category: spec.category ?? original.category,
        after: spec.after ?? original.after
      })
      continue
    }
    if (names.has(spec.name)) {
      throw new RangeError(
        `newsclean: a cleaner named '${spec.name}' already exists; give yours another name${builtin >= 0 ? ', or set `replace: true` on it to replace the built-in rule' : ''}`
      )
    }
    names.add(spec.name)
    specs.push(spec)
  }
  return specs
}

/**
 * Check options and make settings.
 *
 * Errors follow one policy: a `TypeError` when a value has the wrong type or shape (not a
 * string, not an array, a hole in an array, an unknown key), a `RangeError` when it has the
 * right type but is not one of the values accepted (an unknown language, rule or mode, an empty
 * `languages`, a negative `maxLength`, a name already taken).
 *
 * @param options User options.
 * @returns Settings.
 */
export function makeSettings(options: Options | null | undefined = {}): Settings {
  if (options === null || options === undefined) options = {}
  if (typeof options !== 'object' || Array.isArray(options)) throw new TypeError(`newsclean: expected options to be an object, got ${describe(options)}`)
  const known = new Set(optionNames)
  for (const key of Object.keys(options)) {
    if (!known.has(key)) throw new TypeError(`newsclean: unknown option \`${key}\` (known: ${[...known].join(', ')})`)
  }

  const supported = [...languagePacks.keys()]
  const given = options.language ?? 'auto'
  if (typeof given !== 'string') throw new TypeError(`newsclean: \`language\` must be 'auto' or a language code, got ${describe(given)}`)
  const language = given === 'auto' ? 'auto' : packCode(given, '')

  let candidates = supported
  if (options.languages !== undefined) {
    if (!Array.isArray(options.languages))
      throw new TypeError(`newsclean: \`languages\` must be an array of language codes, got ${describe(options.languages)}`)
    const codes = entries(options.languages, 'languages', 'a language code', isString).map((tag) => packCode(tag, ' in `languages`'))
    if (codes.length === 0) throw new RangeError(`newsclean: \`languages\` is empty: name at least one language (supported: ${supported.join(', ')})`)
    candidates = [...new Set(codes)]
  }

  const extra = options.cleaners ?? []
  if (!Array.isArray(extra)) throw new TypeError(`newsclean: \`cleaners\` must be an array of cleaners, got ${describe(extra)}`)
  const specs = cleanersOf(extra)
  const names = new Set(specs.map((spec) => spec.name))
  const enable = options.enable === undefined ? undefined : selectors('enable', options.enable, names)
  const disable = selectors('disable', options.disable ?? [], names)

  const favor = options.favor ?? 'balanced'
  if (typeof favor !== 'string') throw new TypeError(`newsclean: \`favor\` must be 'precision', 'balanced' or 'recall', got ${describe(favor)}`)
  if (!FAVORS.includes(favor)) throw new RangeError(`newsclean: unknown \`favor\` '${favor}' (known: 'precision', 'balanced', 'recall')`)

  let targetLanguages: Set<string> | undefined
  if (options.targetLanguages !== undefined) {
    if (!Array.isArray(options.targetLanguages))
      throw new TypeError(`newsclean: \`targetLanguages\` must be an array of language codes, got ${describe(options.targetLanguages)}`)
    const codes = entries(options.targetLanguages, 'targetLanguages', "a language code (or 'und')", isString).map((tag, index) => {
      if (tag === 'und') return tag
      const code = packCodeOf(tag) ?? languageOf(tag)
      // ISO 639 codes have 2 or 3 letters (`Intl.Locale` also reads `french` as a subtag).
      if (code === undefined || code.length > 3)
        throw new RangeError(`newsclean: \`targetLanguages[${index}]\` must be an ISO 639-1 code or a language tag (or 'und'), got ${describe(tag)}`)
      return code
    })
    targetLanguages = new Set(codes)
  }

  const minChars = options.minChars ?? 1
  if (typeof minChars !== 'number') throw new TypeError(`newsclean: \`minChars\` must be a whole number of 0 or more, got ${describe(minChars)}`)
  if (!Number.isInteger(minChars) || minChars < 0) throw new RangeError(`newsclean: \`minChars\` must be a whole number of 0 or more, got ${minChars}`)

  const now = checkNow(options.now)

  const maxLength = checkMaxLength(options.maxLength)

  const mode = options.mode ?? 'auto'
  if (typeof mode !== 'string') throw new TypeError(`newsclean: \`mode\` must be 'auto', 'extract' or 'page', got ${describe(mode)}`)
  if (mode !== 'auto' && mode !== 'extract' && mode !== 'page') {
    throw new RangeError(`newsclean: unknown \`mode\` '${mode}' (known: 'auto', 'extract', 'page')`)
  }

  const format = options.format ?? 'auto'
  if (format !== 'auto' && format !== 'text' && format !== 'markdown') {
    throw new TypeError(`newsclean: \`format\` must be 'auto', 'text' or 'markdown', got ${describe(format)}`)
  }
  if (options.profile !== undefined && options.profile !== null && !isProfile(options.profile)) {
    throw new TypeError(`newsclean: \`profile\` must be a site profile (from createProfile or loadProfile), got ${describe(options.profile)}`)
  }

  return {
    language,
    mode,
    format,
    candidates: candidates.map((code) => ({code, iso6393: languagePacks.get(code)!.iso6393 ?? code})),
    confusers: [...CONFUSERS, ...supported.filter((code) => !candidates.includes(code)).map((code) => languagePacks.get(code)!.iso6393 ?? code)],
    specs: orderCleaners(specs.filter((spec) => runs(spec, enable, disable, favor))),
    maxLength,
    rulesFor,
    favor,
    now,
    targetLanguages,
    minChars,
    site: options.profile ? siteView(options.profile) : undefined
  }
}

/**
 * Whether a cleaner runs: named or of a category named in `enable` (when given), neither named
 * nor of a category named in `disable`, and, under `favor: 'recall'`, not a rule of low
 * certainty unless `enable` names it.
 */
function runs(spec: CleanerSpec, enable: ReturnType<typeof selectors> | undefined, disable: ReturnType<typeof selectors>, favor: Favor): boolean {
  const category = spec.category ?? 'furniture'
  if (enable && !enable.names.has(spec.name) && !enable.categories.has(category)) return false
  if (disable.names.has(spec.name) || disable.categories.has(category)) return false
  if (favor === 'recall' && spec.certainty === 'low' && !enable?.names.has(spec.name)) return false
  return true
}
