/**
 * Progress on stderr, and the messages that go there while it shows. The bar (cli-progress)
 * appears only on a terminal, and only once a run has lasted a moment, so short runs and
 * piped runs print nothing but their messages.
 */
import {MultiBar, type SingleBar} from 'cli-progress'

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
  private total: number | undefined
  private done = 0
  private started = Date.now()
  private multibar: MultiBar | undefined
  private bar: SingleBar | undefined

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
   * @param total How many items there are, when known.
   */
  start(total?: number): void {
    this.total = total
    this.done = 0
    this.started = Date.now()
  }

  /**
   * Count finished items.
   *
   * @param count How many more are done.
   */
  tick(count: number): void {
    this.done += count
    if (!this.enabled) return
    const elapsed = (Date.now() - this.started) / 1000
    if (!this.bar) {
      if (elapsed * 1000 < this.delayMs) return
      this.show()
    }
    const rate = elapsed > 0 ? Math.round(this.done / elapsed) : 0
    this.bar!.update(this.done, {rate: rate.toLocaleString('en-US'), count: this.done.toLocaleString('en-US')})
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
    this.bar!.update(this.done)
    this.multibar.stop()
    this.multibar = undefined
    this.bar = undefined
  }

  private show(): void {
    const known = this.total !== undefined && this.total > 0
    const format = known
      ? `{bar} {percentage}% | {count}/{total} ${this.unit} | {rate} ${this.unit}/s | ETA {eta_formatted}`
      : `{count} ${this.unit} | {rate} ${this.unit}/s | {duration_formatted}`
    this.multibar = new MultiBar({
      stream: this.stream as NodeJS.WritableStream,
      format,
      hideCursor: true,
      clearOnComplete: false,
      stopOnComplete: false,
      barsize: 24,
      fps: 5,
      etaBuffer: 200,
      autopadding: true
    })
    this.bar = this.multibar.create(known ? this.total! : 0, this.done, {rate: '0', count: '0'})
  }
}
