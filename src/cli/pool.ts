/**
 * Where tasks run: on the main thread (`--jobs 1`) or on a piscina pool of worker threads,
 * each loading `worker.js` (built beside the CLI) and compiling the cleaner once. Cleaners of
 * `--cleaners` (code newsclean does not know) always run in workers, even with `--jobs 1`,
 * so that one that exits its thread or runs out of memory costs only its record: the batch
 * it died on is run again one item at a time, the item it dies on again is reported and
 * passed through, and piscina starts a new worker in the dead one's place.
 */
import {Piscina} from 'piscina'
import type {ItemResult, Task} from './tasks.js'
import {crashResult, runTask, splitTask} from './tasks.js'

/** Runs tasks. */
export interface Runner {
  /** Run one task. */
  run(task: Task): Promise<ItemResult[]>
  /** Stop the threads (pending tasks are dropped). */
  close(): Promise<void>
}

/** How a runner runs. */
export interface RunnerOptions {
  /** Run every task in a worker (the cleaners include code of the user's). */
  isolate?: boolean
  /** Heap of each worker, in MB (its old generation): a worker past it stops, and only its item is lost. */
  workerMemoryMb?: number
}

/**
 * A runner for `jobs` threads: the main thread for 1; otherwise the main thread for the first
 * task and a pool of `jobs` workers from the second on. With `isolate`, a pool of `jobs`
 * workers for every task.
 *
 * @param jobs Number of worker threads.
 * @param workerUrl URL of the worker module (`dist/worker.js`).
 * @param options Isolation and memory.
 * @returns The runner.
 */
export function createRunner(jobs: number, workerUrl: URL, options: RunnerOptions = {}): Runner {
  const isolate = options.isolate === true
  if (jobs <= 1 && !isolate) {
    return {
      run: (task) => runTask(task),
      close: async () => {}
    }
  }
  // Without isolation the first task runs on the main thread (its cleaner is compiled there
  // already) and the pool starts with the second: an input of one batch starts no thread at all.
  let pool: Piscina<Task, ItemResult[]> | undefined
  let first = !isolate
  const threads = Math.max(1, jobs)
  const inWorker = (task: Task): Promise<ItemResult[]> => {
    pool ??= new Piscina<Task, ItemResult[]>({
      filename: workerUrl.href,
      minThreads: threads,
      maxThreads: threads,
      idleTimeout: 60_000,
      ...(options.workerMemoryMb === undefined ? {} : {resourceLimits: {maxOldGenerationSizeMb: options.workerMemoryMb}})
    })
    return pool.run(task)
  }
  const guarded = async (task: Task): Promise<ItemResult[]> => {
    try {
      return await inWorker(task)
    } catch (error) {
      // runTask reports what goes wrong with an item itself: a rejected task is a dead worker.
      const parts = splitTask(task)
      if (parts.length === 1) return [crashResult(task, error)]
      const results = await Promise.all(parts.map((part) => guarded(part)))
      return results.flat()
    }
  }
  return {
    run: (task) => {
      if (first) {
        first = false
        return runTask(task)
      }
      return guarded(task)
    },
    close: async () => {
      await pool?.destroy()
    }
  }
}
