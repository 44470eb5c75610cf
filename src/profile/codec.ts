/**
 * Bytes for profiles: unsigned varints (7 bits a byte, low first) and base64, with no Node
 * built-in (the library's main entry runs anywhere `btoa` and `atob` do).
 */

/** Writes unsigned integers (below 2^53) as varints. */
export class ByteWriter {
  #bytes = new Uint8Array(1024)
  #length = 0

  /** Append a varint. */
  varint(value: number): void {
    let rest = value
    while (rest >= 0x80) {
      this.#push((rest % 0x80) | 0x80)
      rest = Math.floor(rest / 0x80)
    }
    this.#push(rest)
  }

  /** The bytes as base64. */
  base64(): string {
    let binary = ''
    const CHUNK = 0x2000
    for (let start = 0; start < this.#length; start += CHUNK) {
      binary += String.fromCharCode(...this.#bytes.subarray(start, Math.min(this.#length, start + CHUNK)))
    }
    return btoa(binary)
  }

  #push(byte: number): void {
    if (this.#length === this.#bytes.length) {
      const bigger = new Uint8Array(this.#bytes.length * 2)
      bigger.set(this.#bytes)
      this.#bytes = bigger
    }
    this.#bytes[this.#length++] = byte
  }
}

/** Reads varints from base64; `undefined` when the input is not what it should be. */
export class ByteReader {
  readonly #binary: string
  #at = 0

  private constructor(binary: string) {
    this.#binary = binary
  }

  /**
   * A reader of base64 text.
   *
   * @param text Base64.
   * @returns The reader, or `undefined` when the text is not base64.
   */
  static of(text: string): ByteReader | undefined {
    try {
      return new ByteReader(atob(text))
    } catch {
      return undefined
    }
  }

  /** Whether every byte was read. */
  get done(): boolean {
    return this.#at >= this.#binary.length
  }

  /** The next varint, or `undefined` at the end or on a varint longer than 53 bits. */
  varint(): number | undefined {
    let value = 0
    let scale = 1
    for (let shift = 0; shift < 56; shift += 7) {
      if (this.#at >= this.#binary.length) return undefined
      const byte = this.#binary.charCodeAt(this.#at++)
      value += (byte & 0x7f) * scale
      scale *= 0x80
      if (byte < 0x80) return Number.isSafeInteger(value) ? value : undefined
    }
    return undefined
  }
}
