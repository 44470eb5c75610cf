/**
 * What the command reads: bytes that must be UTF-8 text, gzip-compressed or not. Gzip is
 * recognised by its magic bytes and decompressed (node:zlib) whatever the file's name; input
 * that is not text (a NUL byte near the start, a UTF-16 byte-order mark) is refused as a whole;
 * bytes that are not UTF-8 are never decoded with replacement characters: a page is refused,
 * a JSON Lines record is passed through as its bytes. Line endings are kept (`\r\n` stays).
 */
import {isUtf8} from 'node:buffer'
import {Readable} from 'node:stream'
import {pipeline} from 'node:stream/promises'
import {createGunzip, gunzipSync} from 'node:zlib'

/** Bytes looked at for signs of binary input. */
export const SNIFF_BYTES = 8192

/** Whether bytes start with gzip's magic number. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b
}

/**
 * Why the start of an input is not text, if it is not: a UTF-16 byte-order mark, or a NUL byte
 * (text has none; binary formats, UTF-16 and UTF-32 do).
 *
 * @param head The first bytes (after decompression).
 * @returns The problem, or `undefined` for text.
 */
export function binaryProblem(head: Uint8Array): string | undefined {
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) {
    return 'UTF-16 text, not UTF-8: convert it first (for instance `iconv -f utf-16 -t utf-8`)'
  }
  const end = Math.min(head.length, SNIFF_BYTES)
  for (let index = 0; index < end; index++) {
    if (head[index] === 0) return `binary data, not text (a NUL byte at byte ${index + 1}); not read`
  }
  return undefined
}

/**
 * Offset of the first byte that breaks UTF-8 (a stray continuation byte, an overlong or
 * surrogate form, a sequence cut short), or -1. Linear.
 *
 * @param bytes Bytes.
 * @returns The offset.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const length = bytes.length
  let index = 0
  while (index < length) {
    const first = bytes[index]!
    if (first < 0x80) {
      index++
      continue
    }
    let need: number
    let low = 0x80
    let high = 0xbf
    if (first >= 0xc2 && first <= 0xdf) need = 1
    else if (first >= 0xe0 && first <= 0xef) {
      need = 2
      if (first === 0xe0) low = 0xa0
      else if (first === 0xed) high = 0x9f
    } else if (first >= 0xf0 && first <= 0xf4) {
      need = 3
      if (first === 0xf0) low = 0x90
      else if (first === 0xf4) high = 0x8f
    } else return index
    for (let step = 1; step <= need; step++) {
      const next = bytes[index + step]
      if (next === undefined) return index
      if (step === 1 ? next < low || next > high : next < 0x80 || next > 0xbf) return index
    }
    index += need + 1
  }
  return -1
}

/**
 * The message for bytes that are not UTF-8, naming the first bad byte and where it is.
 *
 * @param bytes A page, or one line of JSON Lines.
 * @param line Whether the bytes are one line (else a page: its line is named too).
 * @returns The message.
 */
export function notUtf8(bytes: Uint8Array, line = false): string {
  const at = Math.max(0, firstInvalidUtf8(bytes))
  const value = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0')
  let where = `byte ${at + 1} of the line`
  if (!line) {
    let number = 1
    for (let index = 0; index < at; index++) if (bytes[index] === 0x0a) number++
    where = `byte ${at + 1}, line ${number}`
  }
  return `not UTF-8 (byte 0x${value} at ${where}); newsclean reads UTF-8 only: convert it first (for instance \`iconv -f latin1 -t utf-8\`)`
}

/** A page's text, or why it cannot be read as text. */
export type Decoded = {text: string; gzip: boolean} | {problem: string}

/**
 * Read a whole page's bytes as text: gunzipped when gzip, refused when binary or not UTF-8.
 *
 * @param raw The bytes.
 * @returns The text, or the problem.
 */
export function decodePage(raw: Uint8Array): Decoded {
  let bytes = raw
  const gzip = isGzip(raw)
  if (gzip) {
    try {
      bytes = gunzipSync(raw)
    } catch (error) {
      return {problem: `not valid gzip (${(error as Error).message})`}
    }
  }
  const binary = binaryProblem(bytes)
  if (binary) return {problem: binary}
  if (!isUtf8(bytes)) return {problem: notUtf8(bytes)}
  return {text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), gzip}
}

/**
 * The byte chunks of an input, gunzipped when it starts with gzip's magic number.
 *
 * @param input The input's chunks (a file or standard input).
 * @param onGzip Told, before the first chunk comes, that the input is gzip.
 * @yields Chunks of the (decompressed) bytes.
 */
export async function* decompressed(input: AsyncIterable<Uint8Array | string>, onGzip?: () => void): AsyncGenerator<Buffer, void, undefined> {
  const iterator = input[Symbol.asyncIterator]()
  const head: Buffer[] = []
  let size = 0
  let done = false
  while (size < 2) {
    const next = await iterator.next()
    if (next.done) {
      done = true
      break
    }
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength)
    head.push(chunk)
    size += chunk.length
  }
  async function* all(): AsyncGenerator<Buffer, void, undefined> {
    yield* head
    if (done) return
    for (;;) {
      const next = await iterator.next()
      if (next.done) return
      yield typeof next.value === 'string' ? Buffer.from(next.value) : Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength)
    }
  }
  if (!isGzip(Buffer.concat(head, Math.min(size, 2)))) {
    yield* all()
    return
  }
  onGzip?.()
  const gunzip = createGunzip()
  const feeding = pipeline(Readable.from(all()), gunzip).catch((error: unknown) => gunzip.destroy(error as Error))
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) yield chunk
  } finally {
    gunzip.destroy()
    await feeding
  }
}

/** One line of an input. */
export interface InputLine {
  /** The line, decoded (`''` when it is not UTF-8). */
  text: string
  /** Its line ending: `'\n'`, `'\r\n'`, or `''` for a last line without one. */
  ending: string
  /** The line's bytes, when they are not UTF-8 (then `text` is `''`). */
  raw?: Buffer
}

/**
 * The lines of an input's bytes, split at `\n` (a `\r` before it is kept as the line's
 * ending), each checked as UTF-8 on its own. A byte-order mark at the very start is skipped.
 * Before the first line is given, the first {@link SNIFF_BYTES} are checked for binary data:
 * a binary input throws {@link NotTextError} and gives no line. Linear: a long line is joined
 * once.
 *
 * @param chunks The bytes.
 * @yields The lines.
 */
export async function* inputLines(chunks: AsyncIterable<Buffer>): AsyncGenerator<InputLine, void, undefined> {
  let parts: Buffer[] = []
  let partsSize = 0
  let first = true
  let sniffed = false
  const sniffBuffer: Buffer[] = []
  let sniffSize = 0

  const finish = (last: Buffer | undefined, newline: boolean): InputLine => {
    if (last) parts.push(last)
    let bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, partsSize + (last?.length ?? 0))
    parts = []
    partsSize = 0
    if (first) {
      first = false
      if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3)
    }
    let ending = newline ? '\n' : ''
    if (newline && bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) {
      bytes = bytes.subarray(0, -1)
      ending = '\r\n'
    }
    return isUtf8(bytes) ? {text: bytes.toString('utf8'), ending} : {text: '', ending, raw: Buffer.from(bytes)}
  }

  async function* split(chunk: Buffer): AsyncGenerator<InputLine, void, undefined> {
    let start = 0
    let index = chunk.indexOf(0x0a)
    while (index !== -1) {
      yield finish(chunk.subarray(start, index), true)
      start = index + 1
      index = chunk.indexOf(0x0a, start)
    }
    if (start < chunk.length) {
      const rest = chunk.subarray(start)
      parts.push(rest)
      partsSize += rest.length
    }
  }

  for await (const chunk of chunks) {
    if (!sniffed) {
      sniffBuffer.push(chunk)
      sniffSize += chunk.length
      if (sniffSize < SNIFF_BYTES) continue
      sniffed = true
      const head = Buffer.concat(sniffBuffer, sniffSize)
      const problem = binaryProblem(head)
      if (problem) throw new NotTextError(problem)
      yield* split(head)
      continue
    }
    yield* split(chunk)
  }
  if (!sniffed) {
    const head = Buffer.concat(sniffBuffer, sniffSize)
    const problem = binaryProblem(head)
    if (problem) throw new NotTextError(problem)
    yield* split(head)
  }
  if (parts.length > 0) yield finish(undefined, false)
}

/** An input that is not text: refused as a whole, before any of it is used. */
export class NotTextError extends Error {
  override name = 'NotTextError'
}
