/**
 * The worker thread of the CLI's pool (built to `dist/worker.js`): runs one task, a batch of
 * records or pages, with a cleaner compiled once per thread.
 */
import {runTask} from './tasks.js'

export default runTask
