/**
 * Command-line flags: the parser (commander) and the table of flags that map onto the
 * options of `clean()`. Adding a `clean()` option to the CLI is one entry in {@link cleanFlags}.
 */
import {availableParallelism, totalmem} from 'node:os'
import path from 'node:path'
import process from 'node:process'
import {Command, InvalidArgumentError, Option} from 'commander'
import {DEFAULT_FIELD, DEFAULT_REPORT_KEY} from '../api/records.js'
import {CONFIG_NAME, ConfigError, findConfig, readConfig} from './config.js'
import {hasExtension} from './io.js'

/** A flag that sets one option of `clean()`. */
export interface CleanFlag {
  /** Commander flags, e.g. `'-l, --language <code>'`. */
  flags: string
  /** One line for `--help`. */
  description: string
  /** The `clean()` option it sets. */
  key: string
  /** Turn the text of the flag (and the value so far, for repeatable flags) into the option's value. */
  parse?: (value: string, previous: unknown) => unknown
}

/** Split a comma-separated list, adding to what earlier occurrences of the flag gave. */
function list(value: string, previous: unknown): string[] {
  const earlier = Array.isArray(previous) ? (previous as string[]) : []
  return [
    ...earlier,
    ...value
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== '')
  ]
}

/** A whole number of 0 or more. */
function count(value: string): number {
  if (!/^\d{1,16}$/.test(value.trim())) throw new InvalidArgumentError('expected a whole number')
  return Number(value.trim())
}

/** Extensions of JSON Lines files: such inputs are read as JSON Lines without `--jsonl`. */
export const JSONL_EXTENSIONS: readonly string[] = ['.jsonl', '.ndjson']

/**
 * Heap each worker thread may use, in MB: a worker past it stops (its record is reported,
 * the run goes on), and `--jobs` is capped so that the workers' heaps fit in the machine's
 * memory. `NEWSCLEAN_WORKER_MEMORY_MB` in the environment sets it (at least 64).
 */
export const WORKER_MEMORY_MB = 2048

/**
 * The heap of each worker, in MB: {@link WORKER_MEMORY_MB}, or `NEWSCLEAN_WORKER_MEMORY_MB`.
 *
 * @param env The environment.
 * @returns MB.
 */
export function workerMemoryMb(env: NodeJS.ProcessEnv = process.env): number {
  const wanted = Number(env.NEWSCLEAN_WORKER_MEMORY_MB)
  return Number.isInteger(wanted) && wanted >= 64 ? wanted : WORKER_MEMORY_MB
}

/** Memory the process may use, in bytes: its cgroup's limit when it has one, else the machine's. */
function memoryLimit(): number {
  const constrained = (process as {constrainedMemory?: () => number | undefined}).constrainedMemory?.()
  const total = totalmem()
  return constrained !== undefined && constrained > 0 && constrained < total ? constrained : total
}

/**
 * The most worker threads a run starts, and why: one per core (cleaning is CPU-bound: more
 * threads than cores only share them), and no more than the memory holds at
 * {@link WORKER_MEMORY_MB} each.
 *
 * @returns The cap and what sets it.
 */
export function maxJobs(env: NodeJS.ProcessEnv = process.env): {jobs: number; reason: string} {
  const cores = availableParallelism()
  const perWorker = workerMemoryMb(env)
  const byMemory = Math.max(1, Math.floor(memoryLimit() / (perWorker * 1024 * 1024)))
  return byMemory < cores
    ? {jobs: byMemory, reason: `${perWorker} MB of memory per worker, ${Math.round(memoryLimit() / 2 ** 20)} MB in all`}
    : {jobs: cores, reason: `${cores} cores`}
}

/**
 * The default of `--jobs`: one thread per core but one, which reading, writing and ordering
 * records take on the main thread (on two cores, two workers beside it were slower than the
 * main thread alone); 1 on one or two cores, where everything runs on the main thread.
 *
 * @returns The default.
 */
export function defaultJobs(env: NodeJS.ProcessEnv = process.env): number {
  return Math.max(1, Math.min(maxJobs(env).jobs, availableParallelism() - 1))
}

/** A whole number of 1 or more. */
function positive(value: string): number {
  const number = count(value)
  if (number < 1) throw new InvalidArgumentError('expected a whole number of 1 or more')
  return number
}

/**
 * The flags that set `clean()` options, in `--help` order. The library checks the values
 * (bad ones end the run with exit code 2 and its message).
 */
export const cleanFlags: readonly CleanFlag[] = [
  {flags: '-l, --language <code>', key: 'language', description: "language of the pages: 'auto' (detected, the default) or a code (fr, en…)"},
  {
    flags: '--languages <codes>',
    key: 'languages',
    parse: list,
    description: 'codes detection may choose among, comma-separated (default: every built-in pack)'
  },
  {
    flags: '-e, --enable <rules>',
    key: 'enable',
    parse: list,
    description: 'run only these rules (names or category:NAME), comma-separated, repeatable'
  },
  {
    flags: '-d, --disable <rules>',
    key: 'disable',
    parse: list,
    description: 'rules to turn off (names or category:NAME), comma-separated, repeatable (see --list-rules)'
  },
  {flags: '--favor <what>', key: 'favor', description: "when a rule is unsure: 'precision', 'balanced' (the default) or 'recall'"},
  {
    flags: '--target-languages <codes>',
    key: 'targetLanguages',
    parse: list,
    description: 'languages the pages should be in; a page in another is skipped (or written to --off-target)'
  },
  {
    flags: '--min-chars <n>',
    key: 'minChars',
    parse: count,
    description: 'a page whose cleaned text is shorter is dropped (or flagged with --keep-empty)'
  },
  {flags: '--now <time>', key: 'now', description: 'the time of the crawl (ISO 8601), for relative dates and dates without a year'},
  {
    flags: '--mode <kind>',
    key: 'mode',
    description: "what the input is: 'auto' (decided per page, the default), 'extract' (an extractor's output) or 'page' (a whole page's text)"
  },
  {
    flags: '--format <format>',
    key: 'format',
    description: "what the pages are written in: 'auto' (detected per page, the default; .md files are Markdown), 'text' or 'markdown'"
  },
  {flags: '--max-length <chars>', key: 'maxLength', parse: count, description: 'longest page accepted, in characters (default 10,000,000)'}
]

/** What the command line asks for. */
export interface CliConfig {
  /** Files, directories, or `-` for standard input (empty: standard input). */
  inputs: string[]
  /** Read and write JSON Lines. */
  jsonl: boolean
  /** Record field holding the page text. */
  field: string
  /** Output directory. */
  out: string | undefined
  /** Extensions of the files taken from a directory (lower case, with the dot). */
  extensions: string[]
  /** Produce reports. */
  report: boolean
  /** Where reports go (default: standard error). */
  reportFile: string | undefined
  /** Key of the report in JSON Lines records. */
  reportKey: string
  /** Print pages with removed lines marked instead of the cleaned text. */
  explain: boolean
  /** The options of `clean()` given as flags. */
  options: Record<string, unknown>
  /** Absolute path of a module exporting extra cleaners. */
  cleaners: string | undefined
  /** Worker threads. */
  jobs: number
  /** Records or files per worker task. */
  batch: number
  /** Stop at the first bad input. */
  strict: boolean
  /** Progress bar allowed (it still needs a terminal). */
  progress: boolean
  /** Colour forced on or off; undefined: decided by the terminal and the environment. */
  color: boolean | undefined
  /** Print the rules and stop. */
  listRules: boolean
  /** Folder of site profiles (absolute), or undefined without `--profiles`. */
  profiles: string | undefined
  /** Record field holding the page's URL or host (`--site-field`). */
  siteField: string
  /** First pass: learn the profiles from the records (false with `--no-learn`). */
  learn: boolean
  /** Learn only: no second pass, no records written (`--learn-only`). */
  learnOnly: boolean
  /** The configuration file read, if any (absolute path). */
  configFile: string | undefined
  /** Where to write the removed lines as TSV. */
  removedOut: string | undefined
  /** Print a summary of the run at the end. */
  stats: boolean
  /** Where to write the HTML audit report. */
  audit: string | undefined
  /** Where pages in a language not among `targetLanguages` go (else they are skipped). */
  offTarget: string | undefined
  /** Drop the pages whose cleaned text is shorter than `minChars` (set when `minChars` is, unless `--keep-empty`). */
  dropEmpty: boolean
  /** Things the command says on stderr before it starts (a capped `--jobs`). */
  notices: string[]
}

/** How the parser writes: help and version to `out`, errors to `err`. */
export interface ParserOutput {
  out: (text: string) => void
  err: (text: string) => void
}

/**
 * Make the command-line parser.
 *
 * @param version The package version, for `--version`.
 * @param output Where help, version and errors are written.
 * @returns The commander program (it throws a `CommanderError` instead of exiting).
 */
export function makeProgram(version: string, output: ParserOutput): Command {
  const program = new Command('newsclean')
    .description('Remove boilerplate lines (promos, cookie banners, related links, bylines, tags…) from the text of scraped news pages.')
    .usage('[options] [files or directories…]')
    .argument('[inputs...]', 'text files, directories (with --out), or - for standard input (the default)')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'print this help')
    .exitOverride()
    .configureOutput({writeOut: output.out, writeErr: output.err})
    .showHelpAfterError('(run newsclean --help for the list of options)')
    .addHelpText(
      'after',
      `
Examples:
  newsclean page.txt                           print the cleaned page
  cat page.txt | newsclean --report            cleaned page on stdout, JSON report on stderr
  newsclean --explain page.txt                 show what goes, line by line, and why
  newsclean pages/ --out cleaned/              clean every .txt file of a directory
  newsclean --jsonl --field body < crawl.jsonl > clean.jsonl
  newsclean --jsonl --site-field url --profiles profiles/ crawl.jsonl > clean.jsonl

Exit codes: 0 done, 1 some inputs failed (reported on stderr), 2 usage error or --strict stop.`
    )

  program.optionsGroup('Input and output:')
  program
    .option('--jsonl', 'read and write JSON Lines: one object per line, the page text in --field (the default for .jsonl and .ndjson files)')
    .option('--no-jsonl', 'read .jsonl and .ndjson files as text pages')
    .option('--field <name>', 'record field holding the page text (JSON Lines)', DEFAULT_FIELD)
    .option('-o, --out <dir>', 'write each input into DIR under the same name (needed for several text inputs)')
    .option('--ext <list>', 'extensions of the files taken from directories (default: .txt; .jsonl,.ndjson with --jsonl); .gz files too')

  program.optionsGroup('Reports:')
  program
    .option('--report', 'add a JSON report of the removals and metadata (stderr for text, a key of each record for JSON Lines)')
    .option('--report-file <path>', 'write the text report to PATH instead of stderr (implies --report)')
    .option('--report-key <key>', 'key of the report in JSON Lines records', DEFAULT_REPORT_KEY)
    .option('--explain', 'print each page with every removed line marked, its rule and reason, and a summary')
    .option('--removed-out <path>', 'write every removed line to PATH as TSV: record, line, rule, category, reason, text')
    .option('--stats', 'print a summary at the end on stderr: pages, lines kept and removed by rule and language, flagged, errors, speed')
    .option('--audit <path>', 'write an HTML page showing each page with its removed lines struck through, by rule, and the counts')

  program.optionsGroup('Cleaning:')
  for (const flag of cleanFlags) {
    const option = new Option(flag.flags, flag.description)
    if (flag.parse) option.argParser(flag.parse)
    program.addOption(option)
  }
  program
    .option('--cleaners <module>', 'an ES module whose default export is an array of extra cleaners')
    .option('--config <path>', `options from a JSON file (default: ${CONFIG_NAME} in the working directory or above)`)
    .option('--no-config', `do not look for ${CONFIG_NAME}`)
    .option('--off-target <path>', 'with --target-languages: write pages in other languages to PATH (JSON Lines: the input line; text: the name)')
    .option('--keep-empty', 'with --min-chars: keep the pages left shorter (their report says "empty": true)')
    .option('--list-rules', 'print the built-in rules and what they remove, then stop')

  program.optionsGroup('Site profiles (JSON Lines):')
  program
    .option(
      '--profiles <dir>',
      "learn each site's profile from the records (DIR/<domain>.json, updated if there), then clean each record with its site's profile"
    )
    .option('--site-field <name>', "record field holding the page's URL or host; records are grouped by its registrable domain", 'url')
    .option('--learn-only', 'only learn: update the profiles, write no records')
    .option('--no-learn', 'only clean, with the profiles as they are')

  program.optionsGroup('Running:')
  program
    .addOption(new Option('-j, --jobs <n>', 'worker threads (default: the number of cores but one; at most one per core)').argParser(positive))
    .addOption(new Option('--batch <n>', 'records or files per worker task').argParser(positive).default(32))
    .option('--strict', 'stop at the first bad input with exit code 2 (what came before is written)')
    .option('--no-progress', 'never show the progress bar (shown only on a terminal, for long runs)')
    .option('--color', 'colour --explain even when not on a terminal')
    .option('--no-color', 'never colour (NO_COLOR in the environment does the same)')
  return program
}

/** Raw values commander gives. */
interface RawOptions {
  jsonl?: boolean
  field: string
  out?: string
  ext?: string
  report?: boolean
  reportFile?: string
  reportKey: string
  explain?: boolean
  cleaners?: string
  listRules?: boolean
  jobs?: number
  batch: number
  strict?: boolean
  progress: boolean
  color?: boolean
  profiles?: string
  siteField: string
  learn: boolean
  learnOnly?: boolean
  config?: string | false
  removedOut?: string
  stats?: boolean
  audit?: string
  offTarget?: string
  keepEmpty?: boolean
  [key: string]: unknown
}

/** A usage problem found after parsing (exit code 2). */
export class UsageError extends Error {
  override name = 'UsageError'
}

/**
 * Parse the arguments into a {@link CliConfig}.
 *
 * @param program From {@link makeProgram}.
 * @param argv Arguments (without `node` and the script).
 * @param cwd Directory relative paths are resolved from.
 * @param env The environment (`NEWSCLEAN_WORKER_MEMORY_MB`).
 * @returns The configuration.
 * @throws {CommanderError} On help, version (exit code 0) and parse errors.
 * @throws {UsageError} On flags that do not go together.
 */
export function parseArgs(program: Command, argv: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): CliConfig {
  program.parse([...argv], {from: 'user'})
  const raw = program.opts<RawOptions>()
  let configFile: string | undefined
  let options: Record<string, unknown> = {}
  let cleaners: string | undefined
  if (raw.config !== false) {
    const file = raw.config === undefined ? findConfig(cwd) : path.resolve(cwd, raw.config)
    if (file !== undefined) {
      try {
        const read = readConfig(file, raw.config ?? path.relative(cwd, file) ?? file)
        configFile = file
        options = {...read.options}
        cleaners = read.cleaners
      } catch (error) {
        if (error instanceof ConfigError) throw new UsageError(error.message)
        throw error
      }
    }
  }
  for (const flag of cleanFlags) {
    const name = program.options.find((option) => option.flags === flag.flags)!.attributeName()
    if (raw[name] !== undefined) options[flag.key] = raw[name]
  }
  const given = program.getOptionValueSource('jsonl') === 'cli' ? raw.jsonl === true : undefined
  const jsonl = given ?? jsonlByName(program.args)
  const extensions = (raw.ext ?? (jsonl ? JSONL_EXTENSIONS.join(',') : '.txt'))
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter((item) => item !== '')
    .map((item) => (item.startsWith('.') ? item : `.${item}`))
  if (extensions.length === 0) throw new UsageError(`--ext names no extension (got ${JSON.stringify(raw.ext)}); give one or more, such as --ext .txt,.md`)
  if (program.getOptionValueSource('field') === 'cli' && !jsonl) throw new UsageError('--field is for JSON Lines: give --jsonl (or name .jsonl files)')
  const notices: string[] = []
  const cap = maxJobs(env)
  let jobs = raw.jobs ?? defaultJobs(env)
  if (jobs > cap.jobs) {
    notices.push(`--jobs ${jobs} capped at ${cap.jobs} (${cap.reason})`)
    jobs = cap.jobs
  }
  const config: CliConfig = {
    inputs: program.args,
    jsonl,
    field: raw.field,
    out: raw.out,
    extensions,
    report: raw.report === true || raw.reportFile !== undefined,
    reportFile: raw.reportFile,
    reportKey: raw.reportKey,
    explain: raw.explain === true,
    options,
    cleaners: raw.cleaners === undefined ? cleaners : path.resolve(cwd, raw.cleaners),
    jobs,
    batch: raw.batch,
    strict: raw.strict === true,
    progress: raw.progress,
    color: raw.color,
    listRules: raw.listRules === true,
    profiles: raw.profiles === undefined ? undefined : path.resolve(cwd, raw.profiles),
    siteField: raw.siteField,
    learn: raw.learn,
    learnOnly: raw.learnOnly === true,
    configFile,
    removedOut: raw.removedOut === undefined ? undefined : path.resolve(cwd, raw.removedOut),
    stats: raw.stats === true,
    audit: raw.audit === undefined ? undefined : path.resolve(cwd, raw.audit),
    offTarget: raw.offTarget === undefined ? undefined : path.resolve(cwd, raw.offTarget),
    dropEmpty: options.minChars !== undefined && raw.keepEmpty !== true,
    notices
  }
  if (config.field === '') throw new UsageError('--field must not be empty')
  if (config.reportKey === '') throw new UsageError('--report-key must not be empty')
  if (config.jsonl && config.report && config.reportKey === config.field)
    throw new UsageError(`--report-key and --field are both "${config.field}"; the report would replace the text`)
  if (config.jsonl && config.reportFile !== undefined)
    throw new UsageError('with --jsonl the report goes into each record (--report); --report-file is for text input')
  if (config.explain && config.out !== undefined) throw new UsageError('--explain prints to standard output; it does not go with --out')
  if (config.profiles === undefined) {
    const stray = [
      ['--learn-only', config.learnOnly],
      ['--no-learn', !config.learn],
      ['--site-field', program.getOptionValueSource('siteField') === 'cli']
    ].find(([, given]) => given)
    if (stray) throw new UsageError(`${stray[0] as string} goes with --profiles DIR`)
  } else {
    if (!config.jsonl) throw new UsageError('--profiles reads the site of each record: it needs --jsonl')
    if (raw.profiles === '') throw new UsageError('--profiles must not be empty')
    if (config.siteField === '') throw new UsageError('--site-field must not be empty')
    if (config.learnOnly && !config.learn) throw new UsageError('--learn-only and --no-learn together leave nothing to do')
    if (config.learnOnly && (config.out !== undefined || config.explain || config.report))
      throw new UsageError('--learn-only writes no records: --out, --explain and --report do not go with it')
  }
  if (config.offTarget !== undefined && options.targetLanguages === undefined) throw new UsageError('--off-target goes with --target-languages')
  if (raw.keepEmpty === true && options.minChars === undefined) throw new UsageError('--keep-empty goes with --min-chars')
  if (config.explain && config.jsonl && config.report)
    throw new UsageError('with --jsonl, --report adds to the records, which --explain does not print; use one or the other')
  return config
}

/**
 * Whether the inputs are JSON Lines by their names: every one a `.jsonl` or `.ndjson` file (a
 * `.gz` after it allowed). Named inputs of both kinds are a usage error: the flag decides.
 *
 * @param inputs The inputs as named.
 * @returns Whether to read JSON Lines.
 */
function jsonlByName(inputs: readonly string[]): boolean {
  const named = inputs.filter((name) => name !== '-')
  const lines = named.filter((name) => hasExtension(name, JSONL_EXTENSIONS))
  if (lines.length === 0) return false
  if (lines.length < inputs.length) {
    throw new UsageError(
      `${lines[0]} is JSON Lines and ${inputs.find((name) => !lines.includes(name))} is not: give --jsonl (or --no-jsonl) to say how to read them all`
    )
  }
  return true
}

/**
 * Say a library error about an option in terms of the flag that set it
 * (`` `maxLength` `` becomes `--max-length`).
 *
 * @param message The library's message.
 * @returns The message for the command line.
 */
export function inFlagTerms(message: string): string {
  let text = message
  for (const flag of cleanFlags) {
    const long = /--[a-z][a-z-]*/.exec(flag.flags)?.[0]
    if (long) text = text.split(`\`${flag.key}\``).join(long)
  }
  return text
}
