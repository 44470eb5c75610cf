/**
 * Where tasks run: on the main thread (`--jobs 1`) or on a piscina pool of worker threads,
 * each loading `worker.js` (built beside the CLI) and compiling the cleaner once.
 */
import {Piscina} from 'piscina'
import type {ItemResult, Task} from './tasks.js'
import {runTask} from './tasks.js'

/** Runs tasks. */
export interface Runner {
  /** Run one task. */
  run(task: Task): Promise<ItemResult[]>
  /** Stop the threads (pending tasks are dropped). */
  close(): Promise<void>
}

/**
 * A runner for `jobs` threads: the main thread for 1; otherwise the main thread for the first
 * task and a pool of `jobs` workers from the second on.
 *
 * @param jobs Number of worker threads.
 * @param workerUrl URL of the worker module (`dist/worker.js`).
 * @returns The runner.
 */
export function createRunner(jobs: number, workerUrl: URL): Runner {
  if (jobs <= 1) {
    return {
      run: (task) => runTask(task),
      close: async () => {}
    }
  }
  // The first task runs on the main thread (its cleaner is compiled there already) and the
  // pool starts with the second: an input of one batch starts no thread at all.
  let pool: Piscina<Task, ItemResult[]> | undefined
  let first = true
  return {
    run: (task) => {
      if (first) {
        first = false
        return runTask(task)
      }
      pool ??= new Piscina<Task, ItemResult[]>({filename: workerUrl.href, minThreads: jobs, maxThreads: jobs, idleTimeout: 60_000})
      return pool.run(task)
    },
    close: async () => {
      await pool?.destroy()
    }
  }
}
