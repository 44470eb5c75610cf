/**
 * Options, checked once and turned into settings: the rule packs, the languages detection
 * may choose, the cleaners to run. Bad options throw here, with a message naming the problem.
 */
import {builtinCleaners, packSchema} from '../cleaners/index.js'
import {describe} from '../core/errors.js'
import {orderCleaners} from '../core/order.js'
import {assertSpec} from '../core/spec.js'
import type {CleanerPlugin, CleanerSpec, InputKind} from '../core/types.js'
import {CONFUSERS, type Candidate} from '../language/detect.js'
import {languagePacks} from '../language/packs/index.js'
import {packCodeOf} from '../language/tags.js'
import {ruleSets, type RulesFor} from '../language/rule-sets.js'
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
  /** The compiled rules for a page of language `code` (`'und'` included). */
  rulesFor: RulesFor
}

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
export const optionNames: readonly string[] = ['language', 'languages', 'disable', 'cleaners', 'maxLength', 'mode']

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

  const disable = options.disable ?? []
  if (!Array.isArray(disable)) throw new TypeError(`newsclean: \`disable\` must be an array of rule names, got ${describe(disable)}`)

  const extra = options.cleaners ?? []
  if (!Array.isArray(extra)) throw new TypeError(`newsclean: \`cleaners\` must be an array of cleaners, got ${describe(extra)}`)
  const specs = cleanersOf(extra)
  const names = specs.map((spec) => spec.name)
  const off = new Set(entries(disable, 'disable', 'a rule name', isString))
  for (const name of off) {
    if (!names.includes(name)) throw new RangeError(`newsclean: unknown rule '${name}' in \`disable\` (rules: ${names.join(', ')})`)
  }

  const maxLength = checkMaxLength(options.maxLength)

  const mode = options.mode ?? 'auto'
  if (typeof mode !== 'string') throw new TypeError(`newsclean: \`mode\` must be 'auto', 'extract' or 'page', got ${describe(mode)}`)
  if (mode !== 'auto' && mode !== 'extract' && mode !== 'page') {
    throw new RangeError(`newsclean: unknown \`mode\` '${mode}' (known: 'auto', 'extract', 'page')`)
  }

  return {
    language,
    mode,
    candidates: candidates.map((code) => ({code, iso6393: languagePacks.get(code)!.iso6393 ?? code})),
    confusers: [...CONFUSERS, ...supported.filter((code) => !candidates.includes(code)).map((code) => languagePacks.get(code)!.iso6393 ?? code)],
    specs: orderCleaners(specs.filter((spec) => !off.has(spec.name))),
    maxLength,
    rulesFor
  }
}
