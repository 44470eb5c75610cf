/**
 * Progress on stderr, and the messages that go there while it shows. The bar (cli-progress)
 * appears only on a terminal, and only once a run has lasted a moment, so short runs and
 * piped runs print nothing but their messages.
 */
import {MultiBar, Presets, type SingleBar} from 'cli-progress'

/** Where progress and messages go. */
export interface ProgressStream {
  write(text: string): unknown
  isTTY?: boolean
}

/** Progress of a run and the messages printed meanwhile. */
export class Progress {
  private readonly stream: ProgressStream
  private readonly enabled: boolean
  private readonly delayMs: number
  private readonly unit: string
  private totalItems: number | undefined
  private totalBytes: number | undefined
  private done = 0
  private bytes = 0
  private started = Date.now()
  private multibar: MultiBar | undefined
  private bar: SingleBar | undefined
  /** What the bar counts, before it (`learning`, `cleaning`: the passes of a run with site profiles). */
  label: string | undefined

  /**
   * @param stream Standard error.
   * @param enabled Whether a bar may show (the caller checks that stderr is a terminal and
   *   that standard output does not share it).
   * @param unit What is counted (`pages`).
   * @param delayMs The bar shows only after this long.
   */
  constructor(stream: ProgressStream, enabled: boolean, unit = 'pages', delayMs = 700) {
    this.stream = stream
    this.enabled = enabled
    this.unit = unit
    this.delayMs = delayMs
  }

  /**
   * Start counting.
   *
   * @param total How much work there is, when known: in items, or in bytes of input (then
   *   {@link tick} is given the bytes done too).
   */
  start(total?: {items?: number; bytes?: number}): void {
    this.totalItems = total?.items
    this.totalBytes = total?.bytes
    this.done = 0
    this.bytes = 0
    this.started = Date.now()
  }

  /**
   * Count finished items.
   *
   * @param count How many more are done.
   * @param bytes How many more bytes of input are done.
   */
  tick(count: number, bytes = 0): void {
    this.done += count
    this.bytes += bytes
    if (!this.enabled) return
    const elapsed = (Date.now() - this.started) / 1000
    if (!this.bar) {
      if (elapsed * 1000 < this.delayMs) return
      this.show()
    }
    this.bar!.update(this.byBytes() ? Math.min(this.bytes, this.totalBytes!) : this.done, this.payload())
  }

  /**
   * Print a message line (above the bar when it shows).
   *
   * @param message The message, without line break.
   */
  log(message: string): void {
    if (this.multibar) this.multibar.log(`${message}\n`)
    else this.stream.write(`${message}\n`)
  }

  /** Remove nothing, stop redrawing: the last state of the bar stays on the terminal. */
  stop(): void {
    if (!this.multibar) return
    this.bar!.update(this.byBytes() ? Math.min(this.bytes, this.totalBytes!) : this.done, this.payload())
    // A last redraw: it prints the messages still buffered (MultiBar.stop drops them).
    this.multibar.update()
    this.multibar.stop()
    this.multibar = undefined
    this.bar = undefined
  }

  /** The figures the bar's format shows besides its own: the count, the rate, the time left. */
  private payload(): {rate: string; count: string; left: string} {
    const elapsed = (Date.now() - this.started) / 1000
    const rate = elapsed > 0 ? Math.round(this.done / elapsed) : 0
    return {rate: rate.toLocaleString('en-US'), count: this.done.toLocaleString('en-US'), left: this.eta(elapsed)}
  }

  /**
   * Time left, from the pace so far: `…` until there is a pace to go by (cli-progress's own
   * ETA reads `NF` then).
   */
  private eta(elapsed: number): string {
    const total = this.byBytes() ? this.totalBytes! : (this.totalItems ?? 0)
    const done = this.byBytes() ? Math.min(this.bytes, total) : this.done
    if (total <= 0 || done <= 0 || elapsed <= 0) return '…'
    const seconds = Math.max(0, Math.round(((total - done) * elapsed) / done))
    if (!Number.isFinite(seconds)) return '…'
    if (seconds < 60) return `${seconds}s`
    const minutes = Math.floor(seconds / 60)
    if (minutes < 60) return `${minutes}m ${String(seconds % 60).padStart(2, '0')}s`
    return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`
  }

  /** Whether the bar measures bytes of input (else items). */
  private byBytes(): boolean {
    return this.totalBytes !== undefined && this.totalBytes > 0
  }

  private show(): void {
    const total = this.byBytes() ? this.totalBytes! : (this.totalItems ?? 0)
    const counted = this.byBytes() ? `{count} ${this.unit}` : `{count}/{total} ${this.unit}`
    const label = this.label === undefined ? '' : `${this.label} `
    const format =
      total > 0
        ? `${label}{bar} {percentage}% | ${counted} | {rate} ${this.unit}/s | ETA {left}`
        : `${label}{count} ${this.unit} | {rate} ${this.unit}/s | {duration_formatted}`
    this.multibar = new MultiBar(
      {
        stream: this.stream as NodeJS.WritableStream,
        format,
        hideCursor: true,
        clearOnComplete: false,
        stopOnComplete: false,
        barsize: 24,
        fps: 5,
        etaBuffer: 200,
        autopadding: true
      },
      Presets.shades_classic
    )
    this.bar = this.multibar.create(total, this.byBytes() ? this.bytes : this.done, {rate: '0', count: '0', left: '…'})
  }
}
