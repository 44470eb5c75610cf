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
import {builtinCleaners} from '../cleaners/index.js'
import {cleanerFor} from './tasks.js'
import type {ItemResult, JobSettings, LinesTask, PageInput} from './tasks.js'
import {inFlagTerms, makeProgram, parseArgs, UsageError, workerMemoryMb} from './args.js'
import type {CliConfig} from './args.js'
import {writeAtomic} from './atomic.js'
import {decodePage, decompressed, inputLines, notUtf8} from './encoding.js'
import type {InputLine} from './encoding.js'
import {colorFor, Output, resolveInputs, systemMessage} from './io.js'
import type {Input} from './io.js'
import {runPipeline} from './pipeline.js'
import {outInsideInput, planSources, sameAsSource, stdoutIsInput} from './plan.js'
import type {Source} from './plan.js'
import {createRunner} from './pool.js'
import type {Runner} from './pool.js'
import {Progress} from './progress.js'

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
    stdout.write(builtinCleaners.map((spec) => `${spec.name.padEnd(width)}  ${spec.description ?? ''}`).join('\n') + '\n')
    return EXIT.ok
  }

  const settings: JobSettings = {
    options: config.options,
    cleaners: config.cleaners,
    field: config.field,
    report: config.report,
    reportKey: config.reportKey,
    explain: config.explain,
    color: config.explain && colorFor(stdout, context.env, config.color)
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
  private readonly stdout: Output
  private report: Output | undefined
  private failures = 0
  private stopped = false

  constructor(context: CliContext, config: CliConfig, settings: JobSettings, inputs: readonly Input[]) {
    this.context = context
    this.config = config
    this.settings = settings
    this.inputs = inputs
    const {stderr, stdout} = context
    // A bar only where a person watches stderr and standard output does not draw on the same screen.
    const bar = config.progress && stderr.isTTY === true && (config.out !== undefined || stdout.isTTY !== true)
    this.progress = new Progress(stderr, bar, config.jsonl ? 'records' : 'pages')
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
    if (config.reportFile !== undefined) {
      const clash = await sameAsSource(path.resolve(context.cwd, config.reportFile), sources)
      if (clash !== undefined) {
        context.stderr.write(`newsclean: --report-file ${config.reportFile} is ${clash}; choose another\n`)
        return EXIT.usage
      }
      try {
        this.report = await Output.file(path.resolve(context.cwd, config.reportFile))
      } catch (error) {
        context.stderr.write(`newsclean: ${config.reportFile}: cannot write (${systemMessage(error)})\n`)
        return EXIT.usage
      }
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
    }
    return this.finish()
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
    state: {failed: boolean}
  ): AsyncGenerator<NumberedLine, void, undefined> {
    let number = 0
    try {
      for await (const line of lines) yield {...line, number: ++number}
    } catch (error) {
      if (stopping()) return
      state.failed = true
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
