/**
 * `newsclean/stream`: `cleanStream` (a Node object-mode `Transform`), with `cleanAll` and the
 * report beside it. A separate entry so that the main one needs no Node built-in.
 */
export {cleanStream} from './api/stream.js'
export {cleanAll, DEFAULT_FIELD, DEFAULT_REPORT_KEY} from './api/records.js'
export type {Cleaned, StreamOptions} from './api/records.js'
export {reportOf} from './api/report.js'
export type {PageReport} from './api/report.js'
