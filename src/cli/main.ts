/**
 * The `newsclean` command: parse the flags, check the options once, then clean text pages
 * (standard input, files, directories) or JSON Lines, on a worker pool when there is more
 * than one page, writing results in input order.
 */
import {createReadStream, readFileSync} from 'node:fs'
import {stat} from 'node:fs/promises'
import path from 'node:path'
import type {Readable, Writable} from 'node:stream'
import {CommanderError} from 'commander'
import {checkMaxLength} from '../api/settings.js'
import {builtinCleaners} from '../cleaners/index.js'
import {createProfile, type SiteProfile} from '../profile/profile.js'
import {cleanerFor, forgetSites} from './tasks.js'
import type {ItemResult, JobSettings, PageInput} from './tasks.js'
import {inFlagTerms, makeProgram, parseArgs, UsageError} from './args.js'
import type {CliConfig} from './args.js'
import {AuditWriter} from './audit.js'
import {StatsCollector, statsTable, TSV_HEADER, tsvRows, type RecordFacts} from './exports.js'
import {colorFor, Output, readAll, readLines, resolveInputs, systemMessage, walk} from './io.js'
import type {Input} from './io.js'
import {runPipeline} from './pipeline.js'
import {createRunner} from './pool.js'
import type {Runner} from './pool.js'
import {Progress} from './progress.js'
import {readRecord} from './jsonl.js'
import {profileFile, ProfileFileError, readProfile, siteOf, writeProfile} from './site.js'

/** What the command runs with: its arguments, streams and environment. */
export interface CliContext {
  argv: readonly string[]
  stdin: Readable & {isTTY?: boolean}
  stdout: Writable & {isTTY?: boolean}
  stderr: Writable & {isTTY?: boolean}
  env: NodeJS.ProcessEnv
  cwd: string
}

/** Exit codes. */
export const EXIT = {ok: 0, failed: 1, usage: 2} as const

/** Characters of JSON Lines per worker task at most (a task also stops at `--batch` records). */
const BATCH_CHARS = 1_000_000

/** The package version, read from package.json beside `dist/`. */
function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}).version
  } catch {
    return 'unknown'
  }
}

/**
 * Run the command.
 *
 * @param context Arguments, streams, environment.
 * @returns The exit code.
 */
export async function main(context: CliContext): Promise<number> {
  const {stdout, stderr} = context
  const program = makeProgram(packageVersion(), {out: (text) => stdout.write(text), err: (text) => stderr.write(text)})
  let config: CliConfig
  try {
    config = parseArgs(program, context.argv, context.cwd)
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage
    if (error instanceof UsageError) {
      stderr.write(`newsclean: ${error.message}\n`)
      return EXIT.usage
    }
    throw error
  }

  if (config.listRules) {
    const width = Math.max(...builtinCleaners.map((spec) => spec.name.length))
    const categoryWidth = Math.max(...builtinCleaners.map((spec) => spec.category.length)) + 'category:'.length
    stdout.write(
      builtinCleaners.map((spec) => `${spec.name.padEnd(width)}  ${`category:${spec.category}`.padEnd(categoryWidth)}  ${spec.description}`).join('\n') + '\n'
    )
    return EXIT.ok
  }

  const settings: JobSettings = {
    options: config.options,
    cleaners: config.cleaners,
    field: config.field,
    report: config.report,
    reportKey: config.reportKey,
    explain: config.explain,
    color: config.explain && colorFor(stdout, context.env, config.color),
    collect: config.stats || config.removedOut !== undefined || config.audit !== undefined,
    keepText: config.audit !== undefined,
    dropEmpty: config.dropEmpty
  }
  // Check the options (and load the extra cleaners) once, here, before any work.
  try {
    await cleanerFor(settings)
  } catch (error) {
    stderr.write(`newsclean: ${inFlagTerms((error as Error).message.replace(/^newsclean: /, ''))}\n`)
    return EXIT.usage
  }

  if (config.inputs.length === 0 && context.stdin.isTTY) {
    stderr.write('newsclean: no input: name files or directories, or pipe text in (newsclean --help)\n')
    return EXIT.usage
  }
  const inputs = await resolveInputs(config.inputs.length > 0 ? config.inputs : ['-'], context.cwd)
  const problem = usageProblem(config, inputs, context.cwd)
  if (problem) {
    stderr.write(`newsclean: ${problem}\n`)
    return EXIT.usage
  }

  const run = new Run(context, config, settings, inputs)
  return run.execute()
}

/** Flags and inputs that do not go together. */
function usageProblem(config: CliConfig, inputs: readonly Input[], cwd: string): string | undefined {
  const several = inputs.length > 1 || inputs.some((input) => input.kind === 'directory')
  if (!config.jsonl && several && config.out === undefined && !config.explain) {
    return 'several inputs: give --out DIR to write each one there (or --explain to read them)'
  }
  if (config.out !== undefined) {
    if (inputs.some((input) => input.kind === 'stdin')) return 'standard input has no name to write under --out; name files instead'
    const out = path.resolve(cwd, config.out)
    for (const input of inputs) {
      if (input.kind !== 'directory') continue
      const relative = path.relative(input.path, out)
      if (relative === '' || (relative.split(path.sep)[0] !== '..' && !path.isAbsolute(relative)))
        return `--out ${config.out} is inside the input directory ${input.name}; choose another`
    }
  }
  if (inputs.filter((input) => input.kind === 'stdin').length > 1) return 'standard input (-) given more than once'
  if (config.profiles !== undefined && config.learn && !config.learnOnly && inputs.some((input) => input.kind === 'stdin'))
    return 'learning and cleaning read the records twice, which standard input cannot give: name the files, or split the run (--learn-only, then --no-learn)'
  return undefined
}

/** Something to clean: standard input (no path) or a file, and the file to write to. */
interface Source {
  name: string
  path?: string
  out?: string
}

/** A line of JSON Lines input and its 1-based number. */
interface NumberedLine {
  line: string
  number: number
}

/** One run of the command. */
class Run {
  private readonly context: CliContext
  private readonly config: CliConfig
  private readonly settings: JobSettings
  private readonly inputs: readonly Input[]
  private readonly progress: Progress
  /** Whether a progress bar may show. */
  private readonly bar: boolean
  private readonly stdout: Output
  private report: Output | undefined
  /** The --removed-out file. */
  private removedOut: Output | undefined
  /** The --off-target file. */
  private offTarget: Output | undefined
  /** The --audit file and its writer. */
  private auditFile: Output | undefined
  private audit: AuditWriter | undefined
  private readonly stats = new StatsCollector()
  private failures = 0
  private stopped = false

  constructor(context: CliContext, config: CliConfig, settings: JobSettings, inputs: readonly Input[]) {
    this.context = context
    this.config = config
    this.settings = settings
    this.inputs = inputs
    const {stderr, stdout} = context
    // A bar only where a person watches stderr and standard output does not draw on the same screen.
    this.bar = config.progress && stderr.isTTY === true && (config.out !== undefined || stdout.isTTY !== true)
    this.progress = new Progress(stderr, this.bar, config.jsonl ? 'records' : 'pages')
    this.stdout = new Output(stdout, false)
  }

  /** Run and give the exit code. */
  async execute(): Promise<number> {
    for (const input of this.inputs) if (input.kind === 'missing') this.fail(input.problem)
    if (this.stopped) return this.finish()
    if (this.config.reportFile !== undefined) {
      try {
        this.report = await Output.file(path.resolve(this.context.cwd, this.config.reportFile))
      } catch (error) {
        this.context.stderr.write(`newsclean: ${this.config.reportFile}: cannot write (${systemMessage(error)})\n`)
        return EXIT.usage
      }
    }
    if (this.config.profiles !== undefined) {
      forgetSites()
      if (this.config.learn) await this.learn(this.config.profiles)
      if (this.config.learnOnly || this.stopped) return this.finish()
      this.settings.profiles = {dir: this.config.profiles, siteField: this.config.siteField}
      this.progress.label = 'cleaning'
    }
    try {
      await this.openExports()
    } catch (error) {
      this.context.stderr.write(`newsclean: ${(error as Error).message}\n`)
      await this.closeExports()
      return EXIT.usage
    }
    const pages = this.config.jsonl ? 0 : this.countPages()
    const runner = createRunner(this.config.jsonl || pages !== 1 ? this.config.jobs : 1, new URL('./worker.js', import.meta.url))
    this.progress.start(this.config.jsonl ? {bytes: await this.jsonlBytes()} : {items: pages})
    try {
      if (this.config.jsonl) await this.runJsonl(runner)
      else await this.runPages(runner)
    } finally {
      this.progress.stop()
      await runner.close()
      await this.report?.end()
      await this.closeExports()
    }
    if (this.config.stats) {
      const summary = this.stats.summary(this.failures)
      this.context.stderr.write(this.context.stderr.isTTY === true ? statsTable(summary) : `${JSON.stringify(summary)}\n`)
    }
    return this.finish()
  }

  /** Open the files of --removed-out, --off-target and --audit. */
  private async openExports(): Promise<void> {
    const open = async (file: string): Promise<Output> => {
      try {
        return await Output.file(file)
      } catch (error) {
        throw new Error(`${path.relative(this.context.cwd, file) || file}: cannot write (${systemMessage(error)})`)
      }
    }
    const {removedOut, offTarget, audit} = this.config
    if (removedOut !== undefined) {
      this.removedOut = await open(removedOut)
      await this.removedOut.write(TSV_HEADER)
    }
    if (offTarget !== undefined) this.offTarget = await open(offTarget)
    if (audit !== undefined) {
      const file = (this.auditFile = await open(audit))
      this.audit = new AuditWriter((text) => file.write(text))
      await this.audit.start()
    }
  }

  /** Finish and close the export files. */
  private async closeExports(): Promise<void> {
    await this.audit?.end()
    for (const output of [this.removedOut, this.offTarget, this.auditFile]) await output?.end()
    this.audit = undefined
    this.removedOut = this.offTarget = this.auditFile = undefined
  }

  /** Hand a record's facts and side output to the exports. */
  private async exportItem(facts: RecordFacts | undefined, side: string | undefined): Promise<void> {
    if (side !== undefined) await this.offTarget?.write(`${side}\n`)
    if (!facts) return
    this.stats.add(facts)
    if (this.removedOut && facts.removed.length > 0) await this.removedOut.write(tsvRows(facts))
    await this.audit?.record(facts)
  }

  /** The exit code, said on stderr when --strict stopped the run. */
  private finish(): number {
    if (this.stopped) {
      this.context.stderr.write('newsclean: stopped at the first bad input (--strict)\n')
      return EXIT.usage
    }
    return this.failures > 0 ? EXIT.failed : EXIT.ok
  }

  /** Print a problem with an input and count it; with --strict, stop the run. */
  private fail(problem: string): void {
    this.failures++
    this.progress.log(`newsclean: ${problem}`)
    if (this.config.strict) this.stopped = true
  }

  /** Number of text pages when known in advance (no directory), else 0. */
  private countPages(): number {
    if (this.inputs.some((input) => input.kind === 'directory')) return 0
    return this.inputs.filter((input) => input.kind !== 'missing').length
  }

  /** Size of the JSON Lines input when it is files only (for the progress bar), else undefined. */
  private async jsonlBytes(): Promise<number | undefined> {
    let bytes = 0
    for (const input of this.inputs) {
      if (input.kind === 'file') bytes += (await stat(input.path)).size
      else if (input.kind !== 'missing') return undefined
    }
    return bytes
  }

  /** Write a report line: to the report file, or to stderr (above the progress bar). */
  private async writeReport(line: string): Promise<void> {
    if (this.report) await this.report.write(`${line}\n`)
    else this.progress.log(line)
  }

  /**
   * The sources of the run in order: standard input, or each file (directories walked),
   * with the file to write it to under --out. A file whose output would overwrite an input
   * or another output is reported and skipped.
   */
  private async *sources(): AsyncGenerator<Source, void, undefined> {
    const {config} = this
    const out = config.out === undefined ? undefined : path.resolve(this.context.cwd, config.out)
    const seen = new Set<string>()
    for (const input of this.inputs) {
      if (this.stopped) return
      if (input.kind === 'missing') continue
      if (input.kind === 'stdin') {
        yield {name: input.name}
        continue
      }
      const files =
        input.kind === 'file' ? [{name: input.name, path: input.path, relative: input.base}] : walk(input, config.extensions, (problem) => this.fail(problem))
      for await (const file of files) {
        if (this.stopped) return
        if (out === undefined) {
          yield {name: file.name, path: file.path}
          continue
        }
        const target = path.join(out, file.relative)
        if (target === file.path) this.fail(`${file.name}: the output would overwrite the input; choose another --out`)
        else if (seen.has(target)) this.fail(`${file.name}: another input was written to ${path.join(config.out!, file.relative)} already; not overwritten`)
        else {
          seen.add(target)
          yield {name: file.name, path: file.path, out: target}
        }
      }
    }
  }

  // Site profiles: the learning pass ---------------------------------------------

  /**
   * The first pass of a run with site profiles: every record with a page and a site teaches
   * its site's profile (read from the folder when there, else new), then the profiles learnt
   * are written back. A profile file that cannot be read is reported and left as it is.
   * Bad records are reported here only with --learn-only (else the cleaning pass reports them).
   *
   * @param dir The profiles folder.
   */
  private async learn(dir: string): Promise<void> {
    const {config} = this
    const maxLength = checkMaxLength(config.options.maxLength)
    const progress = new Progress(this.context.stderr, this.bar, 'records')
    progress.label = 'learning'
    progress.start({bytes: await this.jsonlBytes()})
    const profiles = new Map<string, SiteProfile | null>()
    try {
      for await (const source of this.learnSources()) {
        const stream = source.path === undefined ? this.context.stdin : createReadStream(source.path)
        let count = 0
        let bytes = 0
        try {
          for await (const {line, number} of this.numberedLines(stream, source.name, () => this.stopped)) {
            count++
            bytes += Buffer.byteLength(line) + 1
            const verdict = readRecord(line, config.field)
            if (verdict.kind === 'bad' && config.learnOnly) this.fail(`${source.name}:${number}: ${verdict.problem}`)
            if (this.stopped) return
            if (verdict.kind === 'page' && verdict.text.length <= maxLength) {
              const site = siteOf(verdict.record[config.siteField])
              if (site !== undefined) (await this.profileOf(dir, site, profiles))?.learn(verdict.text)
            }
            if (count === 256) {
              progress.tick(count, bytes)
              count = bytes = 0
            }
          }
          progress.tick(count, bytes)
        } finally {
          if (source.path !== undefined) stream.destroy()
        }
      }
    } finally {
      progress.stop()
    }
    for (const [site, profile] of profiles) {
      if (!profile) continue
      try {
        await writeProfile(dir, site, profile)
      } catch (error) {
        this.fail(`${profileFile(dir, site)}: cannot write (${systemMessage(error)})`)
      }
    }
  }

  /** A site's profile for learning: kept from earlier records, read from the folder, or new; null when its file is bad. */
  private async profileOf(dir: string, site: string, profiles: Map<string, SiteProfile | null>): Promise<SiteProfile | null> {
    let profile = profiles.get(site)
    if (profile !== undefined) return profile
    try {
      profile = (await readProfile(dir, site)) ?? createProfile({site})
    } catch (error) {
      this.fail(`${error instanceof ProfileFileError ? error.message : systemMessage(error)}; not updated`)
      profile = null
    }
    profiles.set(site, profile)
    return profile
  }

  /** The JSON Lines inputs of the learning pass, in order (files; directories walked; standard input). */
  private async *learnSources(): AsyncGenerator<{name: string; path?: string}, void, undefined> {
    for (const input of this.inputs) {
      if (this.stopped) return
      if (input.kind === 'stdin') yield {name: input.name}
      else if (input.kind === 'file') yield {name: input.name, path: input.path}
      else if (input.kind === 'directory') {
        for await (const file of walk(input, this.config.extensions, () => {})) yield {name: file.name, path: file.path}
      }
    }
  }

  // Text pages ------------------------------------------------------------------

  /** The pages to clean: files are read by the task, standard input here. */
  private async *pageInputs(): AsyncGenerator<PageInput, void, undefined> {
    for await (const source of this.sources()) {
      if (source.path === undefined) yield {name: source.name, text: await readAll(this.context.stdin)}
      else yield source
    }
  }

  private async runPages(runner: Runner): Promise<void> {
    const {config, settings} = this
    let first = true
    const result = await runPipeline<PageInput, ItemResult>({
      source: this.pageInputs(),
      run: (items) => runner.run({kind: 'pages', settings, pages: items}),
      sink: async (results) => {
        let text = ''
        let done = 0
        for (const item of results) {
          if (item.problem !== undefined) {
            this.fail(item.problem)
            if (this.stopped) break
          }
          if (item.out !== undefined) {
            text += settings.explain && !first ? `\n${item.out}` : item.out
            first = false
          }
          if (item.report !== undefined) await this.writeReport(item.report)
          await this.exportItem(item.facts, item.side)
          done++
        }
        await this.stdout.write(text)
        this.progress.tick(done)
        return !this.stopped
      },
      maxItems: config.batch,
      maxInFlight: Math.max(2, config.jobs * 2)
    })
    if (result.stopped) this.stopped = true
  }

  // JSON Lines ------------------------------------------------------------------

  private async runJsonl(runner: Runner): Promise<void> {
    for await (const source of this.sources()) {
      if (source.path === undefined) {
        await this.runJsonlStream(runner, this.context.stdin, source.name, this.stdout)
        continue
      }
      let output = this.stdout
      if (source.out !== undefined) {
        try {
          output = await Output.file(source.out)
        } catch (error) {
          this.fail(`${source.out}: cannot write (${systemMessage(error)})`)
          continue
        }
      }
      const stream = createReadStream(source.path)
      try {
        await this.runJsonlStream(runner, stream, source.name, output)
      } finally {
        stream.destroy()
        if (output !== this.stdout) await output.end()
      }
    }
  }

  /** The lines of a JSON Lines input, numbered; a read error is reported and ends them. */
  private async *numberedLines(stream: Readable, name: string, stopping: () => boolean): AsyncGenerator<NumberedLine, void, undefined> {
    let number = 0
    try {
      for await (const line of readLines(stream)) yield {line, number: ++number}
    } catch (error) {
      if (!stopping()) this.fail(`${name}: cannot read${number > 0 ? ` past line ${number}` : ''} (${systemMessage(error)})`)
    }
  }

  private async runJsonlStream(runner: Runner, stream: Readable, name: string, output: Output): Promise<void> {
    const {config, settings} = this
    let first = true
    let stopping = false
    const result = await runPipeline<NumberedLine, ItemResult>({
      source: this.numberedLines(stream, name, () => stopping),
      run: (items) => runner.run({kind: 'lines', settings, source: name, first: items[0]!.number, lines: items.map((item) => item.line)}),
      sink: async (results, items) => {
        let text = ''
        for (const item of results) {
          if (item.problem !== undefined) {
            this.fail(item.problem)
            if (this.stopped) break
          }
          await this.exportItem(item.facts, item.side)
          if (item.out === undefined) continue
          if (settings.explain) {
            text += first ? item.out : `\n${item.out}`
            first = false
          } else text += `${item.out}\n`
        }
        await output.write(text)
        let bytes = 0
        for (const item of items) bytes += Buffer.byteLength(item.line) + 1
        this.progress.tick(results.length, bytes)
        return !this.stopped
      },
      maxItems: config.batch,
      weight: (item) => item.line.length,
      maxWeight: BATCH_CHARS,
      maxInFlight: Math.max(2, config.jobs * 2),
      onStop: () => {
        stopping = true
        stream.destroy()
      }
    })
    if (result.stopped) this.stopped = true
  }
}
