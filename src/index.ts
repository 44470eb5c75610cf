/**
 * newsclean: strip boilerplate from the text of scraped news pages.
 *
 * @packageDocumentation
 */
export {clean, createCleaner} from './clean.js'
export {defineCleaner} from './define.js'
export {newscleanParse, retextNewsclean} from './plugin.js'
export {CleanerError} from './errors.js'
export {detectLanguage} from './detect.js'
export {parsePage} from './parse.js'
export {fold} from './text.js'
export {ruleNames} from './settings.js'
export {cleanAll} from './records.js'
export {reportOf} from './report.js'
export {languagePacks, universalPack} from './languages/index.js'
export * as cleaners from './plugins.js'
export type {NewscleanData} from './engine.js'
export type {ParseOptions} from './plugin.js'
export type {Cleaned, StreamOptions} from './records.js'
export type {PageReport} from './report.js'
export type {
  Block,
  CleanResult,
  Cleaner,
  CleanerContext,
  CleanerPlugin,
  CleanerSpec,
  CompiledRules,
  InputKind,
  LanguagePack,
  Metadata,
  Options,
  PageKind,
  Removal,
  RuleData,
  Verdict
} from './types.js'
