/**
 * The configuration file: `newsclean.config.json`, found from the working directory upward
 * (or named with `--config`), holding options of `clean()` under the same keys (`cleaners`: a
 * module path, relative to the file). Its schema is `newsclean.config.schema.json`. Unknown
 * keys and bad values are errors that name the file and the key; flags override the file.
 */
import {existsSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {CATEGORY_PREFIX, makeSettings, optionNames, ruleNames} from '../api/settings.js'
import {describe} from '../core/errors.js'
import {systemMessage} from './io.js'

/** The file looked for. */
export const CONFIG_NAME = 'newsclean.config.json'

/** A configuration file that cannot be used (exit code 2). */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** What a configuration file gives. */
export interface FileConfig {
  /** Absolute path of the file. */
  file: string
  /** Options of `clean()` (without `cleaners`). */
  options: Record<string, unknown>
  /** Absolute path of the module of extra cleaners, if the file names one. */
  cleaners: string | undefined
}

/**
 * The nearest configuration file: in `cwd` or the first directory above it that has one.
 *
 * @param cwd Where to start.
 * @returns Its absolute path, or undefined.
 */
export function findConfig(cwd: string): string | undefined {
  let dir = path.resolve(cwd)
  for (;;) {
    const file = path.join(dir, CONFIG_NAME)
    if (existsSync(file) && statSync(file).isFile()) return file
    const parent = path.dirname(dir)
    if (parent === dir) return undefined
    dir = parent
  }
}

/**
 * Read and check a configuration file.
 *
 * @param file Absolute path.
 * @param shown The path as the user knows it, for messages.
 * @returns Its options.
 * @throws {ConfigError} When it cannot be read, is no JSON object, has an unknown key or a bad value.
 */
export function readConfig(file: string, shown = file): FileConfig {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new ConfigError(`${shown}: cannot read (${systemMessage(error)})`)
  }
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new ConfigError(`${shown}: not valid JSON (${(error as Error).message})`)
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new ConfigError(`${shown}: expected a JSON object, got ${describe(data)}`)
  const known = new Set(optionNames)
  const options: Record<string, unknown> = {}
  let cleaners: string | undefined
  for (const [key, value] of Object.entries(data)) {
    if (key === '$schema') continue
    if (!known.has(key)) throw new ConfigError(`${shown}: unknown key \`${key}\` (known: $schema, ${optionNames.join(', ')})`)
    if (key === 'profile') throw new ConfigError(`${shown}: \`profile\` is for clean(); the command reads each site's profile with --profiles DIR`)
    if (key === 'cleaners') {
      if (typeof value !== 'string' || value === '') throw new ConfigError(`${shown}: \`cleaners\` must be the path of a module, got ${describe(value)}`)
      cleaners = path.resolve(path.dirname(file), value)
    } else options[key] = value
  }
  try {
    // The cleaners module is loaded later (it is asynchronous): its rules' names stand in here.
    const custom = cleaners === undefined ? [] : customNames(options)
    makeSettings({...options, cleaners: custom.map((name) => ({name, test: () => false}))})
  } catch (error) {
    throw new ConfigError(`${shown}: ${(error as Error).message.replace(/^newsclean: /, '')}`)
  }
  return {file, options, cleaners}
}

/** Names in `enable` and `disable` that are no built-in rule (the cleaners module's, or typos it will judge). */
function customNames(options: Record<string, unknown>): string[] {
  const names = new Set<string>()
  for (const key of ['enable', 'disable']) {
    const value = options[key]
    if (!Array.isArray(value)) continue
    for (const item of value) {
      if (typeof item === 'string' && !item.startsWith(CATEGORY_PREFIX) && !ruleNames.includes(item) && /^[a-z][a-z\d]*(?:-[a-z\d]+)*$/.test(item))
        names.add(item)
    }
  }
  return [...names]
}
