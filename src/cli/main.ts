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
import type {ItemResult, JobSettings, LinesTask, PageInput} from './tasks.js'
import {inFlagTerms, makeProgram, parseArgs, UsageError, workerMemoryMb} from './args.js'
import type {CliConfig} from './args.js'
import {writeAtomic} from './atomic.js'
import {AuditWriter} from './audit.js'
import {decodePage, decompressed, inputLines, notUtf8} from './encoding.js'
import type {InputLine} from './encoding.js'
import {StatsCollector, statsTable, TSV_HEADER, tsvRows, type RecordFacts} from './exports.js'
import {colorFor, Output, resolveInputs, systemMessage} from './io.js'
import type {Input} from './io.js'
import {runPipeline} from './pipeline.js'
import {outInsideInput, planSources, sameAsSource, stdoutIsInput} from './plan.js'
import type {Source} from './plan.js'
import {createRunner} from './pool.js'
import type {Runner} from './pool.js'
import {Progress} from './progress.js'
import {readRecord} from './jsonl.js'
import {profileFile, ProfileFileError, readProfile, siteOf, writeProfile} from './site.js'

/** What the command runs with: its arguments, streams and environment. */
export interface CliContext {
  argv: readonly string[]
  stdin: Readable & {isTTY?: boolean}
  stdout: Writable & {isTTY?: boolean; fd?: number}
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
    config = parseArgs(program, context.argv, context.cwd, context.env)
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage
    if (error instanceof UsageError) {
      stderr.write(`newsclean: ${error.message}\n`)
      return EXIT.usage
    }
    throw error
  }

  for (const notice of config.notices) stderr.write(`newsclean: ${notice}\n`)

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
  const problem = usageProblem(config, inputs) ?? (await outProblem(config, inputs, context.cwd))
  if (problem) {
    stderr.write(`newsclean: ${problem}\n`)
    return EXIT.usage
  }

  const run = new Run(context, config, settings, inputs)
  return run.execute()
}

/** Flags and inputs that do not go together. */
function usageProblem(config: CliConfig, inputs: readonly Input[]): string | undefined {
  const several = inputs.length > 1 || inputs.some((input) => input.kind === 'directory')
  if (!config.jsonl && several && config.out === undefined && !config.explain) {
    return 'several inputs: give --out DIR to write each one there (or --explain to read them)'
  }
  if (config.out !== undefined && inputs.some((input) => input.kind === 'stdin')) return 'standard input has no name to write under --out; name files instead'
  if (inputs.filter((input) => input.kind === 'stdin').length > 1) return 'standard input (-) given more than once'
  if (config.profiles !== undefined && config.learn && !config.learnOnly && inputs.some((input) => input.kind === 'stdin'))
    return 'learning and cleaning read the records twice, which standard input cannot give: name the files, or split the run (--learn-only, then --no-learn)'
  return undefined
}

/** An output folder inside an input directory (through links too). */
async function outProblem(config: CliConfig, inputs: readonly Input[], cwd: string): Promise<string | undefined> {
  if (config.out === undefined) return undefined
  const inside = await outInsideInput(path.resolve(cwd, config.out), inputs)
  return inside === undefined ? undefined : `--out ${config.out} is inside the input directory ${inside}; choose another`
}

/** A line of JSON Lines input, its 1-based number and its line ending. */
interface NumberedLine extends InputLine {
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
    const {config, context} = this
    const sources = await planSources(this.inputs, {
      out: config.out === undefined ? undefined : path.resolve(context.cwd, config.out),
      outName: config.out,
      extensions: config.extensions,
      fail: (problem) => this.fail(problem)
    })
    if (this.stopped) return this.finish()
    const loop = config.out === undefined ? await stdoutIsInput(context.stdout.fd, sources) : undefined
    if (loop !== undefined) {
      context.stderr.write(`newsclean: standard output is the input file ${loop}; write the output elsewhere\n`)
      return EXIT.usage
    }
    // No file the run writes besides the outputs may be one of its inputs or outputs.
    const extraFiles: Array<[string, string | undefined]> = [
      ['--report-file', config.reportFile === undefined ? undefined : path.resolve(context.cwd, config.reportFile)],
      ['--removed-out', config.removedOut],
      ['--off-target', config.offTarget],
      ['--audit', config.audit]
    ]
    for (const [flag, file] of extraFiles) {
      if (file === undefined) continue
      const clash = await sameAsSource(file, sources)
      if (clash !== undefined) {
        context.stderr.write(`newsclean: ${flag} ${path.relative(context.cwd, file) || file} is ${clash}; choose another\n`)
        return EXIT.usage
      }
    }
    if (config.reportFile !== undefined) {
      try {
        this.report = await Output.file(path.resolve(context.cwd, config.reportFile))
      } catch (error) {
        context.stderr.write(`newsclean: ${config.reportFile}: cannot write (${systemMessage(error)})\n`)
        return EXIT.usage
      }
    }
    if (config.profiles !== undefined) {
      forgetSites()
      if (config.learn) await this.learn(config.profiles, sources)
      if (config.learnOnly || this.stopped) {
        await this.report?.end()
        return this.finish()
      }
      this.settings.profiles = {dir: config.profiles, siteField: config.siteField}
      this.progress.label = 'cleaning'
    }
    try {
      await this.openExports()
    } catch (error) {
      context.stderr.write(`newsclean: ${(error as Error).message}\n`)
      await this.closeExports(false)
      await this.report?.abort()
      return EXIT.usage
    }
    const pages = config.jsonl ? 0 : sources.length
    const runner = createRunner(config.jsonl || pages !== 1 ? config.jobs : 1, new URL('./worker.js', import.meta.url), {
      isolate: config.cleaners !== undefined,
      workerMemoryMb: workerMemoryMb(context.env)
    })
    this.progress.start(config.jsonl ? {bytes: await this.jsonlBytes(sources)} : {items: pages})
    let done = false
    try {
      if (config.jsonl) await this.runJsonl(runner, sources)
      else await this.runPages(runner, sources)
      done = true
    } finally {
      this.progress.stop()
      await runner.close()
      if (done) await this.report?.end()
      else await this.report?.abort()
      await this.closeExports(done)
    }
    if (config.stats) {
      const summary = this.stats.summary(this.failures)
      context.stderr.write(context.stderr.isTTY === true ? statsTable(summary) : `${JSON.stringify(summary)}\n`)
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

  /**
   * Finish and close the export files.
   *
   * @param complete Whether the run went to its end: each file then replaces its target, else
   *   it is removed and the target left as it was.
   */
  private async closeExports(complete: boolean): Promise<void> {
    if (complete) await this.audit?.end()
    for (const output of [this.removedOut, this.offTarget, this.auditFile]) {
      if (complete) await output?.end()
      else await output?.abort()
    }
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

  /** Size of the JSON Lines input when it is files only (for the progress bar), else undefined. */
  private async jsonlBytes(sources: readonly Source[]): Promise<number | undefined> {
    let bytes = 0
    for (const source of sources) {
      if (source.path === undefined) return undefined
      bytes += (await stat(source.path)).size
    }
    return bytes
  }

  /** Write a report line: to the report file, or to stderr (above the progress bar). */
  private async writeReport(line: string): Promise<void> {
    if (this.report) await this.report.write(`${line}\n`)
    else this.progress.log(line)
  }

  // Site profiles: the learning pass ---------------------------------------------

  /**
   * The first pass of a run with site profiles: every record with a page and a site teaches
   * its site's profile (read from the folder when there, else new), then the profiles learnt
   * are written back. A profile file that cannot be read is reported and left as it is.
   * Bad records are reported here only with --learn-only (else the cleaning pass reports them).
   *
   * @param dir The profiles folder.
   * @param sources The run's sources (planned).
   */
  private async learn(dir: string, sources: readonly Source[]): Promise<void> {
    const {config} = this
    const maxLength = checkMaxLength(config.options.maxLength)
    const progress = new Progress(this.context.stderr, this.bar, 'records')
    progress.label = 'learning'
    progress.start({bytes: await this.jsonlBytes(sources)})
    const profiles = new Map<string, SiteProfile | null>()
    try {
      for (const source of sources) {
        if (this.stopped) return
        const stream = source.path === undefined ? this.context.stdin : createReadStream(source.path)
        const lines = inputLines(decompressed(stream as AsyncIterable<Buffer>))
        let count = 0
        let bytes = 0
        try {
          // Errors and bad lines are reported by the cleaning pass (or here with --learn-only).
          for await (const line of this.numberedLines(lines, source.name, () => this.stopped, {failed: false}, config.learnOnly)) {
            count++
            bytes += (line.raw ? line.raw.length : Buffer.byteLength(line.text)) + line.ending.length
            if (line.raw) {
              if (config.learnOnly) this.fail(`${source.name}:${line.number}: ${notUtf8(line.raw, true)}`)
              continue
            }
            const verdict = readRecord(line.text, config.field)
            if (verdict.kind === 'bad' && config.learnOnly) this.fail(`${source.name}:${line.number}: ${verdict.problem}`)
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

  // Text pages ------------------------------------------------------------------

  /** The pages to clean: files are read by the task, standard input here. */
  private async *pageInputs(sources: readonly Source[]): AsyncGenerator<PageInput & {out?: string}, void, undefined> {
    for (const source of sources) {
      if (this.stopped) return
      if (source.path !== undefined) {
        yield source
        continue
      }
      const chunks: Buffer[] = []
      for await (const chunk of this.context.stdin as AsyncIterable<Buffer | string>) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
      const decoded = decodePage(Buffer.concat(chunks))
      if ('problem' in decoded) {
        this.fail(`${source.name}: ${decoded.problem}; nothing written for it`)
        continue
      }
      yield {name: source.name, text: decoded.text}
    }
  }

  private async runPages(runner: Runner, sources: readonly Source[]): Promise<void> {
    const {config, settings} = this
    let first = true
    const result = await runPipeline<PageInput & {out?: string}, ItemResult>({
      source: this.pageInputs(sources),
      run: (items) => runner.run({kind: 'pages', settings, pages: items.map(({name, path: file, text}) => ({name, path: file, text}))}),
      sink: async (results, items) => {
        let text = ''
        let done = 0
        for (const [index, item] of results.entries()) {
          if (item.problem !== undefined) {
            this.fail(item.problem)
            if (this.stopped) break
          }
          const target = items[index]!.out
          if (item.out !== undefined && target !== undefined) {
            try {
              await writeAtomic(target, item.out, item.gzip === true)
            } catch (error) {
              this.fail(`${target}: cannot write (${systemMessage(error)})`)
            }
          } else if (item.out !== undefined) {
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

  private async runJsonl(runner: Runner, sources: readonly Source[]): Promise<void> {
    for (const source of sources) {
      if (this.stopped) return
      const stream = source.path === undefined ? this.context.stdin : createReadStream(source.path)
      let gzip = false
      const lines = inputLines(decompressed(stream as AsyncIterable<Buffer>, () => (gzip = true)))
      let output = this.stdout
      // A file's output is opened once its first line is read: gzip in, gzip out; a file
      // refused (not text) or unreadable gets no output at all.
      const open = async (): Promise<Output | undefined> => {
        if (source.out === undefined || output !== this.stdout) return output
        try {
          output = await Output.file(source.out, gzip)
          return output
        } catch (error) {
          this.fail(`${source.out}: cannot write (${systemMessage(error)})`)
          return undefined
        }
      }
      let complete = false
      try {
        complete = await this.runJsonlStream(runner, lines, stream, source.name, open)
      } finally {
        if (source.path !== undefined) stream.destroy()
        if (output !== this.stdout) {
          if (complete) await output.end()
          else await output.abort()
        }
      }
    }
  }

  /** The lines of a JSON Lines input, numbered; a read error (or input that is not text) is reported and ends them. */
  private async *numberedLines(
    lines: AsyncIterable<InputLine>,
    name: string,
    stopping: () => boolean,
    state: {failed: boolean},
    report = true
  ): AsyncGenerator<NumberedLine, void, undefined> {
    let number = 0
    try {
      for await (const line of lines) yield {...line, number: ++number}
    } catch (error) {
      if (stopping()) return
      state.failed = true
      if (!report) return
      const what =
        error instanceof Error && error.name === 'NotTextError'
          ? error.message
          : `cannot read${number > 0 ? ` past line ${number}` : ''} (${systemMessage(error)})`
      this.fail(`${name}: ${what}${number === 0 ? '; nothing written for it' : ''}`)
    }
  }

  /**
   * Clean one JSON Lines input into its output.
   *
   * @returns Whether the input was read to its end (its output may then replace the target).
   */
  private async runJsonlStream(
    runner: Runner,
    lines: AsyncIterable<InputLine>,
    stream: Readable,
    name: string,
    open: () => Promise<Output | undefined>
  ): Promise<boolean> {
    const {config, settings} = this
    let first = true
    let stopping = false
    const state = {failed: false}
    let cannotWrite = false
    const result = await runPipeline<NumberedLine, ItemResult>({
      source: this.numberedLines(lines, name, () => stopping, state),
      run: (items) => {
        const task: LinesTask = {
          kind: 'lines',
          settings,
          source: name,
          first: items[0]!.number,
          lines: items.map((item) => (item.raw ? {notUtf8: notUtf8(item.raw, true)} : item.text))
        }
        return runner.run(task)
      },
      sink: async (results, items) => {
        const output = await open()
        if (!output) {
          cannotWrite = true
          return false
        }
        const chunks: Array<string | Buffer> = []
        let text = ''
        for (const [index, item] of results.entries()) {
          if (item.problem !== undefined) {
            this.fail(item.problem)
            if (this.stopped) break
          }
          await this.exportItem(item.facts, item.side)
          const line = items[index]!
          if (item.asBytes && line.raw) {
            if (text) chunks.push(text)
            text = ''
            chunks.push(line.raw, Buffer.from(line.ending || '\n'))
            continue
          }
          if (item.out === undefined) continue
          if (settings.explain) {
            text += first ? item.out : `\n${item.out}`
            first = false
          } else text += item.out + (line.ending || '\n')
        }
        if (text) chunks.push(text)
        for (const chunk of chunks) await output.write(chunk)
        let bytes = 0
        for (const item of items) bytes += (item.raw ? item.raw.length : Buffer.byteLength(item.text)) + item.ending.length
        this.progress.tick(results.length, bytes)
        return !this.stopped
      },
      maxItems: config.batch,
      weight: (item) => item.text.length + (item.raw?.length ?? 0),
      maxWeight: BATCH_CHARS,
      maxInFlight: Math.max(2, config.jobs * 2),
      onStop: () => {
        stopping = true
        stream.destroy()
      }
    })
    if (result.stopped && !cannotWrite) this.stopped = true
    if (!state.failed && !result.stopped) await open()
    return !state.failed && !result.stopped
  }
}
