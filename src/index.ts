/**
 * newsclean: strip boilerplate from the text of scraped news pages.
 *
 * @packageDocumentation
 */
export {clean, createCleaner} from './api/clean.js'
export {cleanAll} from './api/records.js'
export {reportOf} from './api/report.js'
export {ruleNames} from './api/settings.js'
export {CleanerError} from './core/errors.js'
export {defineCleaner} from './unified/define.js'
export {newscleanParse} from './unified/parse.js'
export {retextNewsclean} from './unified/preset.js'
export {parsePage} from './unified/tree.js'
export {detectLanguage} from './language/detect.js'
export {languagePacks, universalPack} from './language/packs/index.js'
export {fold} from './text/fold.js'
export {markdownFacts} from './analysis/markdown.js'
export type {MarkdownBlockFacts, MarkdownFacts} from './analysis/markdown.js'
export {createProfile, loadProfile, mergeProfiles, ProfileError} from './profile/profile.js'
export * as cleaners from './unified/plugins.js'
export type {NewscleanData} from './core/output.js'
export type {ParseOptions} from './unified/parse.js'
export type {Cleaned, StreamOptions} from './api/records.js'
export type {PageReport} from './api/report.js'
export type {CleanResult, Cleaner, Options} from './api/types.js'
export type {Concept, ConceptCatalogue, ConceptData, LanguagePack, PhraseData, SectionData} from './language/schema.js'
export type {ProfileJSON, ProfileOptions, SiteProfile} from './profile/profile.js'
export type {
  Block,
  Category,
  CleanerContext,
  CleanerPlugin,
  CleanerSpec,
  CompiledRules,
  Format,
  InputFormat,
  Favor,
  InputKind,
  MarkdownBlock,
  MarkdownBlockType,
  Metadata,
  PageKind,
  PageView,
  Removal,
  SiteView,
  Stage,
  Verdict
} from './core/types.js'
