/**
 * An ordered, bounded pipeline: items from a source are grouped into batches, batches run
 * concurrently (on a worker pool), and their results are handed to a sink strictly in input
 * order. At most `maxInFlight` batches are pending, so reading waits while the workers or
 * the output are behind (memory stays flat on inputs of any length). A batch that is not
 * full is sent anyway when the source goes quiet for `idleMs`, so that a slow producer
 * (a scraper writing records as it goes) sees its results without waiting for more input.
 */

/** How to run a pipeline. */
export interface PipelineOptions<I, R> {
  /** The items, in order. */
  source: AsyncIterable<I>
  /** Run a batch; resolves with one result per item. */
  run: (items: I[]) => Promise<R[]>
  /**
   * Take the results of a batch, in order. Resolves `false` to stop the run (what it wrote
   * stays written; later batches are dropped).
   */
  sink: (results: R[], items: I[]) => Promise<boolean | void>
  /** Largest batch, in items. */
  maxItems: number
  /** Weight of an item (for instance its length); a batch is sent once it reaches `maxWeight`. */
  weight?: (item: I) => number
  /** Largest weight of a batch. */
  maxWeight?: number
  /** Batches pending at most. */
  maxInFlight: number
  /** Send a partial batch after this many milliseconds without a new item (default 50). */
  idleMs?: number
  /**
   * Called once when the sink stops the run or throws, so the caller can end a source that
   * may be waiting for input (an error the source then throws is ignored).
   */
  onStop?: () => void
}

/** A batch on its way. */
interface Pending<I, R> {
  items: I[]
  results: Promise<R[]>
}

/**
 * Run a pipeline to its end.
 *
 * @param options The source, the runner, the sink and the bounds.
 * @returns `stopped: true` when the sink stopped the run.
 * @throws What the source, a batch or the sink threw (the run stops there).
 */
export async function runPipeline<I, R>(options: PipelineOptions<I, R>): Promise<{stopped: boolean}> {
  const {source, run, sink, maxItems, maxInFlight} = options
  const weight = options.weight ?? (() => 1)
  const maxWeight = options.maxWeight ?? Number.POSITIVE_INFINITY
  const idleMs = options.idleMs ?? 50

  const queue: Array<Pending<I, R>> = []
  let ended = false
  let stopped = false
  let failure: {error: unknown} | undefined
  // One waiter at a time on each side: the writer waits for work, the reader for room.
  let wakeWriter: (() => void) | undefined
  let wakeReader: (() => void) | undefined
  const signalWriter = (): void => {
    wakeWriter?.()
    wakeWriter = undefined
  }
  const signalReader = (): void => {
    wakeReader?.()
    wakeReader = undefined
  }

  let batch: I[] = []
  let batchWeight = 0
  let timer: NodeJS.Timeout | undefined
  const dispatch = (): void => {
    if (timer) clearTimeout(timer)
    timer = undefined
    if (batch.length === 0 || stopped || failure) return
    const items = batch
    batch = []
    batchWeight = 0
    const results = run(items)
    // Handled by the writer; this keeps a batch dropped after a stop from being "unhandled".
    results.catch(() => {})
    queue.push({items, results})
    signalWriter()
  }

  const writer = (async () => {
    try {
      for (;;) {
        const head = queue[0]
        if (!head) {
          if (ended) return
          await new Promise<void>((resolve) => (wakeWriter = resolve))
          continue
        }
        const results = await head.results
        const go = await sink(results, head.items)
        queue.shift()
        signalReader()
        if (go === false) {
          stopped = true
          return
        }
      }
    } catch (error) {
      failure = {error}
    } finally {
      signalReader()
      if ((stopped || failure) && !ended) options.onStop?.()
    }
  })()

  try {
    for await (const item of source) {
      if (stopped || failure) break
      batch.push(item)
      batchWeight += weight(item)
      if (batch.length >= maxItems || batchWeight >= maxWeight) dispatch()
      else {
        if (timer) clearTimeout(timer)
        timer = setTimeout(dispatch, idleMs)
      }
      while (queue.length >= maxInFlight && !stopped && !failure) await new Promise<void>((resolve) => (wakeReader = resolve))
    }
    dispatch()
  } catch (error) {
    if (!stopped) failure ??= {error}
  } finally {
    if (timer) clearTimeout(timer)
    ended = true
    signalWriter()
  }
  await writer
  if (failure) throw failure.error
  return {stopped}
}
