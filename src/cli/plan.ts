/**
 * Planning a run's outputs before anything is written: every input file is found (directories
 * walked to the end), every output path is decided, and an output that would be an input —
 * the same file, compared by device and inode, so that symbolic links, hard links and folders
 * reached through links are seen through — or the output of another input is refused, with the
 * input it belongs to. Only then does cleaning start.
 */
import {fstatSync} from 'node:fs'
import {realpath, stat} from 'node:fs/promises'
import path from 'node:path'
import type {Input} from './io.js'
import {walk} from './io.js'

/** Something to clean: standard input (no path) or a file, and the file to write it to. */
export interface Source {
  /** Name in messages. */
  name: string
  /** The file (none: standard input). */
  path?: string
  /** Output file (none: standard output). */
  out?: string
}

/** The identity of an existing file: device and inode (links followed), or `undefined`. */
export async function fileId(file: string): Promise<string | undefined> {
  try {
    const info = await stat(file, {bigint: true})
    return `${info.dev}:${info.ino}`
  } catch {
    return undefined
  }
}

/**
 * The identity of a file to be written: its device and inode when it exists; else its path
 * through the real path of its nearest existing folder (two paths to one place agree).
 */
async function targetId(target: string): Promise<string> {
  const id = await fileId(target)
  if (id !== undefined) return id
  const names: string[] = []
  let folder = target
  for (;;) {
    names.unshift(path.basename(folder))
    const parent = path.dirname(folder)
    if (parent === folder) return `path:${target}`
    folder = parent
    try {
      return `path:${path.join(await realpath(folder), ...names)}`
    } catch {
      // Not there yet either: go up.
    }
  }
}

/** How a run writes. */
export interface PlanOptions {
  /** Output folder, absolute (none: standard output). */
  out: string | undefined
  /** The output folder as given, for messages. */
  outName: string | undefined
  /** Extensions of files taken from directories. */
  extensions: readonly string[]
  /** Told about an input that is refused or unreadable. */
  fail: (problem: string) => void
}

/**
 * The sources of a run, in order, each with its output file under `--out`. A directory in
 * which no file has one of the extensions is reported. An input whose output would overwrite
 * an input (itself or another, by device and inode) or another input's output is reported and
 * left out; nothing is written before the whole plan is made.
 *
 * @param inputs The inputs of the command line (missing ones are reported by the caller).
 * @param options Where and what.
 * @returns The sources to clean.
 */
export async function planSources(inputs: readonly Input[], options: PlanOptions): Promise<Source[]> {
  const {out, extensions, fail} = options
  const found: Array<Source & {relative?: string}> = []
  for (const input of inputs) {
    if (input.kind === 'missing') continue
    if (input.kind === 'stdin') {
      found.push({name: input.name})
      continue
    }
    if (input.kind === 'file') {
      found.push({name: input.name, path: input.path, relative: input.base})
      continue
    }
    let count = 0
    for await (const file of walk(input, extensions, fail)) {
      found.push({name: file.name, path: file.path, relative: file.relative})
      count++
    }
    if (count === 0) fail(`${input.name}: no file with the extension ${extensions.join(', ')} in this directory (see --ext, --jsonl)`)
  }
  if (out === undefined) return found.map(({name, path: file}) => (file === undefined ? {name} : {name, path: file}))

  const inputIds = new Map<string, string>()
  for (const source of found) {
    if (source.path === undefined) continue
    const id = await fileId(source.path)
    if (id !== undefined && !inputIds.has(id)) inputIds.set(id, source.name)
  }
  const taken = new Map<string, string>()
  const sources: Source[] = []
  for (const source of found) {
    const target = path.join(out, source.relative!)
    const shown = path.join(options.outName ?? out, source.relative!)
    const id = await targetId(target)
    const input = inputIds.get(id)
    if (input !== undefined) {
      fail(
        input === source.name
          ? `${source.name}: its output ${shown} is this input file (through a link or the same folder); not overwritten: choose another --out`
          : `${source.name}: its output ${shown} is the input ${input}; not overwritten: choose another --out`
      )
      continue
    }
    const other = taken.get(id)
    if (other !== undefined) {
      fail(`${source.name}: its output ${shown} is the output of ${other} already; not overwritten`)
      continue
    }
    taken.set(id, source.name)
    sources.push({name: source.name, path: source.path, out: target})
  }
  return sources
}

/**
 * Whether `--out` is an input directory or inside one, through links too.
 *
 * @param out The output folder, absolute.
 * @param inputs The inputs.
 * @returns The input directory it is in, if any.
 */
export async function outInsideInput(out: string, inputs: readonly Input[]): Promise<string | undefined> {
  const real = await realPathOf(out)
  for (const input of inputs) {
    if (input.kind !== 'directory') continue
    const folder = await realPathOf(input.path)
    const relative = path.relative(folder, real)
    if (relative === '' || (relative.split(path.sep)[0] !== '..' && !path.isAbsolute(relative))) return input.name
  }
  return undefined
}

/** The real path of a path whose end may not exist yet. */
async function realPathOf(file: string): Promise<string> {
  const id = await targetId(file)
  if (id.startsWith('path:')) return id.slice('path:'.length)
  return realpath(file)
}

/**
 * The input file standard output is, if it is one: `newsclean --jsonl crawl.jsonl >> crawl.jsonl`
 * would read what it writes.
 *
 * @param fd Standard output's descriptor.
 * @param sources The planned sources.
 * @returns The input's name, if any.
 */
export async function stdoutIsInput(fd: number | undefined, sources: readonly Source[]): Promise<string | undefined> {
  if (fd === undefined) return undefined
  let id: string
  try {
    const info = fstatSync(fd, {bigint: true})
    if (!info.isFile()) return undefined
    id = `${info.dev}:${info.ino}`
  } catch {
    return undefined
  }
  for (const source of sources) if (source.path !== undefined && (await fileId(source.path)) === id) return source.name
  return undefined
}

/**
 * The input or output a file is (by device and inode, or where it would be), if any: the
 * report file must be neither.
 *
 * @param file The file.
 * @param sources The planned sources.
 * @returns What it is, for a message.
 */
export async function sameAsSource(file: string, sources: readonly Source[]): Promise<string | undefined> {
  const id = await targetId(file)
  for (const source of sources) {
    if (source.path !== undefined && (await fileId(source.path)) === id) return `the input ${source.name}`
    if (source.out !== undefined && (await targetId(source.out)) === id) return `the output of ${source.name}`
  }
  return undefined
}
