/**
 * Input and output of the CLI: lines of a stream, the files of the inputs given, outputs
 * written with backpressure, and whether a stream gets colour.
 */
import {once} from 'node:events'
import {readdir, stat} from 'node:fs/promises'
import path from 'node:path'
import type {Readable, Writable} from 'node:stream'
import {openAtomic, type AtomicStream} from './atomic.js'

/**
 * The lines of a stream, decoded as UTF-8, split on `\n` (a `\r` before it is dropped). A
 * final line without a line break is a line; the empty piece after a final break is not.
 * Reading waits while the consumer works, and a long line is joined once (linear time).
 *
 * @param stream The input.
 * @yields Each line, without its line break.
 */
export async function* readLines(stream: Readable): AsyncGenerator<string, void, undefined> {
  stream.setEncoding('utf8')
  let parts: string[] = []
  const finish = (last: string): string => {
    parts.push(last)
    let line = parts.length === 1 ? parts[0]! : parts.join('')
    parts = []
    if (line.endsWith('\r')) line = line.slice(0, -1)
    return line
  }
  for await (const chunk of stream as AsyncIterable<string>) {
    let start = 0
    let index = chunk.indexOf('\n')
    while (index !== -1) {
      yield finish(chunk.slice(start, index))
      start = index + 1
      index = chunk.indexOf('\n', start)
    }
    if (start < chunk.length) parts.push(chunk.slice(start))
  }
  if (parts.length > 0) yield finish('')
}

/**
 * The whole of a stream as text.
 *
 * @param stream The input.
 * @returns Its text (UTF-8).
 */
export async function readAll(stream: Readable): Promise<string> {
  stream.setEncoding('utf8')
  const parts: string[] = []
  for await (const chunk of stream as AsyncIterable<string>) parts.push(chunk)
  return parts.join('')
}

/** An input of the command line. */
export type Input =
  | {kind: 'stdin'; name: string}
  | {kind: 'file'; name: string; path: string; base: string}
  | {kind: 'directory'; name: string; path: string}
  | {kind: 'missing'; name: string; problem: string}

/**
 * Look at the inputs named on the command line.
 *
 * @param names Paths, or `-` for standard input.
 * @param cwd Directory they are relative to.
 * @returns One input per name, in order (`missing` with the reason when it cannot be read).
 */
export async function resolveInputs(names: readonly string[], cwd: string): Promise<Input[]> {
  const inputs: Input[] = []
  for (const name of names) {
    if (name === '-') {
      inputs.push({kind: 'stdin', name: '<stdin>'})
      continue
    }
    const full = path.resolve(cwd, name)
    try {
      const info = await stat(full)
      if (info.isDirectory()) inputs.push({kind: 'directory', name, path: full})
      else inputs.push({kind: 'file', name, path: full, base: path.basename(full)})
    } catch (error) {
      inputs.push({kind: 'missing', name, problem: `${name}: cannot read (${systemMessage(error)})`})
    }
  }
  return inputs
}

/** A file found below a directory. */
export interface FoundFile {
  /** Path for messages: the directory as given joined with the relative path. */
  name: string
  /** Absolute path. */
  path: string
  /** Path relative to the directory (the output keeps it). */
  relative: string
}

/**
 * The files below a directory whose extension is one of `extensions` (gzip files too:
 * `a.txt.gz` for `.txt`), depth first, each
 * directory's entries in name order (so runs are repeatable). Links to files are followed,
 * links to directories are not (no cycles).
 *
 * @param input The directory.
 * @param extensions Lower-case extensions with the dot.
 * @param onError Told about a directory or link that cannot be read.
 * @yields The files.
 */
export async function* walk(
  input: {name: string; path: string},
  extensions: readonly string[],
  onError: (problem: string) => void
): AsyncGenerator<FoundFile, void, undefined> {
  const pending: string[] = ['']
  while (pending.length > 0) {
    const relativeDir = pending.pop()!
    let entries
    try {
      entries = await readdir(path.join(input.path, relativeDir), {withFileTypes: true})
    } catch (error) {
      onError(`${path.join(input.name, relativeDir)}: cannot read (${systemMessage(error)})`)
      continue
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    const subdirectories: string[] = []
    for (const entry of entries) {
      const relative = path.join(relativeDir, entry.name)
      let isFile = entry.isFile()
      if (entry.isDirectory()) {
        subdirectories.push(relative)
        continue
      }
      if (entry.isSymbolicLink()) {
        try {
          isFile = (await stat(path.join(input.path, relative))).isFile()
        } catch (error) {
          onError(`${path.join(input.name, relative)}: cannot read (${systemMessage(error)})`)
          continue
        }
      }
      if (isFile && hasExtension(entry.name, extensions)) {
        yield {name: path.join(input.name, relative), path: path.join(input.path, relative), relative}
      }
    }
    // Depth first, in name order: push in reverse so the first comes off first.
    for (let index = subdirectories.length - 1; index >= 0; index--) pending.push(subdirectories[index]!)
  }
}

/**
 * Whether a file name has one of the extensions, a `.gz` after it allowed (`crawl.jsonl.gz` has
 * `.jsonl`).
 *
 * @param name The name.
 * @param extensions Lower-case extensions with the dot.
 * @returns Whether it has.
 */
export function hasExtension(name: string, extensions: readonly string[]): boolean {
  const lower = name.toLowerCase()
  if (extensions.includes(path.extname(lower))) return true
  return lower.endsWith('.gz') && extensions.includes(path.extname(lower.slice(0, -3)))
}

/** A system error's message without the path it repeats (`ENOENT: no such file or directory`). */
export function systemMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const code = (error as NodeJS.ErrnoException).code
  return code && error.message.startsWith(`${code}:`) ? error.message.split(', ')[0]! : error.message
}

/** Somewhere to write text, with backpressure and the first error kept. */
export class Output {
  private readonly stream: Writable
  private readonly atomic: AtomicStream | undefined
  private failure: Error | undefined

  /**
   * @param stream The stream (standard output, a file).
   * @param ownsErrors Listen for its errors (not for standard output, whose errors the CLI handles).
   * @param atomic The temporary file behind the stream, renamed over its target on {@link end}.
   */
  constructor(stream: Writable, ownsErrors = true, atomic?: AtomicStream) {
    this.stream = stream
    this.atomic = atomic
    if (ownsErrors) stream.on('error', (error) => (this.failure ??= error))
  }

  /**
   * Open a file for writing whole (see `atomic.ts`): it appears under its name, complete, when
   * the output ends; until then the old file (or none) stays.
   *
   * @param file Path.
   * @param gzip Compress what is written.
   * @returns The output, once the temporary file is open.
   */
  static async file(file: string, gzip = false): Promise<Output> {
    const atomic = await openAtomic(file, gzip)
    return new Output(atomic.stream, true, atomic)
  }

  /**
   * Write; wait when the stream's buffer is full.
   *
   * @param data What to write (text as UTF-8, or bytes as they are).
   */
  async write(data: string | Uint8Array): Promise<void> {
    if (this.failure) throw this.failure
    if (data.length === 0) return
    if (!this.stream.write(data)) await once(this.stream, 'drain')
    if (this.failure) throw this.failure
  }

  /** End the stream and wait until it is flushed (a file: renamed over its target). */
  async end(): Promise<void> {
    if (this.failure) {
      await this.atomic?.abort()
      throw this.failure
    }
    if (this.atomic) {
      await this.atomic.commit()
      return
    }
    this.stream.end()
    await once(this.stream, 'finish')
  }

  /** Give up: a file being written is removed and its target left as it was. */
  async abort(): Promise<void> {
    if (this.atomic) await this.atomic.abort()
    else this.stream.end()
  }
}

/**
 * Whether a stream gets colour: `--color`/`--no-color` first, then `NO_COLOR`, then
 * `FORCE_COLOR`, then whether it is a terminal (and `TERM` is not `dumb`).
 *
 * @param stream The stream.
 * @param env The environment.
 * @param forced What the flags say.
 * @returns Whether to colour.
 */
export function colorFor(stream: {isTTY?: boolean}, env: NodeJS.ProcessEnv, forced: boolean | undefined): boolean {
  if (forced !== undefined) return forced
  if (env.NO_COLOR) return false
  if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return true
  return stream.isTTY === true && env.TERM !== 'dumb'
}
