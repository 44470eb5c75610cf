/**
 * Files written whole or not at all: the text goes to a temporary file beside the target
 * (same folder, so the same file system), renamed over the target once complete. A run that
 * is killed leaves the old file (or none) under the target's name, never a part of the new
 * one; the temporary files of a run stopped by a signal are removed (see `removeTemporaryFiles`).
 * Gzip output is compressed on the way (node:zlib).
 */
import {once} from 'node:events'
import {createWriteStream, unlinkSync} from 'node:fs'
import {chmod, mkdir, rename, stat, unlink} from 'node:fs/promises'
import path from 'node:path'
import type {Writable} from 'node:stream'
import {finished} from 'node:stream/promises'
import {createGzip, gzipSync} from 'node:zlib'

/** Temporary files being written, removed when the process is stopped by a signal. */
const pending = new Set<string>()
let counter = 0

/** A temporary name beside `target`, hidden, naming the process (`.page.txt.newsclean-123-4.tmp`). */
function temporaryPath(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.newsclean-${process.pid}-${++counter}.tmp`)
}

/**
 * Make a folder and the folders above it that are missing, one at a time from the nearest
 * that exists. (Node's `mkdir(…, {recursive: true})` never returns for a path under `/proc`.)
 *
 * @param folder The folder.
 */
export async function makeDirectory(folder: string): Promise<void> {
  const missing: string[] = []
  let current = path.resolve(folder)
  for (;;) {
    try {
      const info = await stat(current)
      if (!info.isDirectory()) throw Object.assign(new Error(`ENOTDIR: not a directory, ${current}`), {code: 'ENOTDIR'})
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      missing.unshift(current)
      const parent = path.dirname(current)
      if (parent === current) break
      current = parent
    }
  }
  for (const each of missing) {
    try {
      await mkdir(each)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
  }
}

/** The mode of an existing target, to give the new file the same permissions. */
async function modeOf(target: string): Promise<number | undefined> {
  try {
    return (await stat(target)).mode & 0o7777
  } catch {
    return undefined
  }
}

/**
 * Remove the temporary files of writes not finished (synchronously: for signal handlers and
 * exit).
 */
export function removeTemporaryFiles(): void {
  for (const file of pending) {
    try {
      unlinkSync(file)
    } catch {
      // Gone already.
    }
  }
  pending.clear()
}

/** A file being written to a temporary name. */
export interface AtomicStream {
  /** Where to write (a gzip stream in front of the file when compressing). */
  stream: Writable
  /** Wait until everything is written, then rename over the target. */
  commit(): Promise<void>
  /** Stop writing and remove the temporary file: the target is left as it was. */
  abort(): Promise<void>
}

/**
 * Open a target for writing whole: its folder is made, a temporary file beside it opened.
 *
 * @param target The file to write.
 * @param gzip Compress what is written.
 * @returns The stream and how to end it.
 */
export async function openAtomic(target: string, gzip = false): Promise<AtomicStream> {
  await makeDirectory(path.dirname(target))
  const temporary = temporaryPath(target)
  const mode = await modeOf(target)
  const file = createWriteStream(temporary, {flags: 'wx'})
  pending.add(temporary)
  try {
    await Promise.race([once(file, 'open'), once(file, 'error').then(([error]) => Promise.reject(error as Error))])
  } catch (error) {
    pending.delete(temporary)
    throw error
  }
  const zip = gzip ? createGzip() : undefined
  if (zip) zip.pipe(file)
  const stream: Writable = zip ?? file
  let ended = false
  return {
    stream,
    async commit() {
      ended = true
      stream.end()
      await finished(file)
      if (mode !== undefined) await chmod(temporary, mode)
      await rename(temporary, target)
      pending.delete(temporary)
    },
    async abort() {
      if (!ended) {
        ended = true
        zip?.destroy()
        file.destroy()
      }
      pending.delete(temporary)
      await unlink(temporary).catch(() => {})
    }
  }
}

/**
 * Write a whole file at once: to a temporary file beside it, then renamed over it.
 *
 * @param target The file.
 * @param text What it holds.
 * @param gzip Compress it.
 */
export async function writeAtomic(target: string, text: string, gzip = false): Promise<void> {
  const file = await openAtomic(target, false)
  try {
    const data = gzip ? gzipSync(text) : text
    if (!file.stream.write(data)) await once(file.stream, 'drain')
    await file.commit()
  } catch (error) {
    await file.abort()
    throw error
  }
}
