/**
 * The types of the library's front door: options, results, a prepared cleaner.
 */
import type {VFile} from 'vfile'
import type {CleanerPlugin, CleanerSpec, InputKind, Metadata, PageKind, Removal} from '../core/types.js'
import type {SiteProfile} from '../profile/profile.js'

/** What {@link clean} returns. */
export interface CleanResult {
  /** The cleaned text: kept lines, verbatim, in order, with the input's separators. */
  text: string
  /**
   * ISO 639-1 code of the language whose rules cleaned the page last: the forced one, or the one
   * detected on the cleaned text (`'und'` when undetermined, or when too little text is left to tell).
   */
  language: string
  /** What the input was cleaned as: an extractor's output or a whole page (see the `mode` option). */
  kind: PageKind
  /** One entry per removed line, in document order. */
  removed: Removal[]
  /** What removed lines told us (byline, category, tags, source) and the title. */
  metadata: Metadata
  /** The VFile of the run: one message per removal (`source: 'newsclean'`, `ruleId`: the rule). */
  file: VFile
}

/** Options of `clean`, `createCleaner` and `retextNewsclean`. */
export interface Options {
  /**
   * `'auto'` (default) detects the page's language among `languages`; an ISO 639-1 code
   * forces that language's rule pack.
   */
  language?: string
  /** Codes language detection may choose among (default: every built-in pack). */
  languages?: readonly string[]
  /** Rule names to turn off. */
  disable?: readonly string[]
  /**
   * Extra cleaners (specs or plugins from `defineCleaner`): each runs in its `stage` (after
   * the built-in cleaners of that stage), or after every built-in cleaner when it has none.
   */
  cleaners?: ReadonlyArray<CleanerSpec | CleanerPlugin>
  /**
   * Largest input accepted, in UTF-16 code units (default 10,000,000); longer input throws a
   * `RangeError` before any work. `Infinity` accepts any length.
   */
  maxLength?: number
  /**
   * What the input is: `'extract'`, an article extractor's output (most lines are article,
   * cleaners are careful); `'page'`, the text of a whole page (a browser's `innerText`, an
   * HTML-to-text dump: most lines are not article, the page frame around the article goes);
   * `'auto'` (default) decides per page from the text itself (see `CleanResult.kind`).
   */
  mode?: InputKind
  /**
   * A site profile learnt from other pages of the page's site (`createProfile`,
   * `loadProfile`): lines the site prints on most of its pages go, outside the page's own
   * article (rule `site-profile`). Without one, or with one of too few pages, nothing changes.
   */
  profile?: SiteProfile | null
}

/** A compiled cleaner: the rules are prepared once, `clean` runs them on a page. */
export interface Cleaner {
  /** Clean one page. */
  clean(text: string): CleanResult
}
