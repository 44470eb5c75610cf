/**
 * The types of the library's front door: options, results, a prepared cleaner.
 */
import type {VFile} from 'vfile'
import type {CleanerPlugin, CleanerSpec, Favor, Format, InputFormat, InputKind, Metadata, PageKind, Removal} from '../core/types.js'
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
  /**
   * How sure detection is of `language`, from 0 to 1 (franc's margin between the language found
   * and the next closest, 1 from a margin of 0.1 on; 0 when too little text is left to tell;
   * 1 when the `language` option forces it).
   */
  languageConfidence: number
  /** Whether `language` is one of the `targetLanguages` (always `true` without that option). */
  languageMatch: boolean
  /** Whether the cleaned text is shorter than `minChars` characters (default 1: nothing left). */
  empty: boolean
  /** What the input was cleaned as: an extractor's output or a whole page (see the `mode` option). */
  kind: PageKind
  /** What the input was read as: `'text'` or `'markdown'` (see the `format` option). */
  format: Format
  /**
   * Whether the text was read as hard-wrapped: its paragraphs arrive cut into several lines, and
   * each paragraph is kept or removed whole (always `false` for Markdown).
   */
  wrapped: boolean
  /**
   * One entry per removed block, in document order: a line, or the lines of a wrapped paragraph
   * or of a Markdown block (`line` to `endLine`).
   */
  removed: Removal[]
  /** What removed lines told us (byline, category, tags, source, dates, reading time) and the title. */
  metadata: Metadata
  /** The VFile of the run: one message per removal (`source: 'newsclean'`, `ruleId`: the rule). */
  file: VFile
  /**
   * Set only by `cleanAll` and `cleanStream`, on a page that could not be cleaned and that no
   * `onError` replaced: why. The text is then the page unchanged, and nothing is removed.
   */
  error?: Error
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
  /**
   * Run only these rules: names, or `'category:<category>'` for every rule of a category
   * (`['category:comments', 'byline']`). Default: every rule.
   */
  enable?: readonly string[]
  /** Rules to turn off: names, or `'category:<category>'` (`['category:comments']`). */
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
   * What the input is written in: `'text'`, plain text (one block per line, or per paragraph
   * when hard-wrapped); `'markdown'`, Markdown (one block per paragraph, heading, list item,
   * table row, block quote, code or HTML block; the output stays valid Markdown); `'auto'`
   * (default) reads Markdown when the text has Markdown-only syntax (links with targets,
   * headings, tables, fences…; see `CleanResult.format`).
   */
  format?: InputFormat
  /**
   * A site profile learnt from other pages of the page's site (`createProfile`,
   * `loadProfile`): lines the site prints on most of its pages go, outside the page's own
   * article (rule `site-profile`). Without one, or with one of too few pages, nothing changes.
   */
  profile?: SiteProfile | null
  /**
   * What cleaning favours when a rule is unsure: `'precision'` (a cleaner text; the page frame
   * takes less around the article), `'recall'` (every article line; the rules of low certainty
   * are off and the page frame takes more), `'balanced'` (default).
   */
  favor?: Favor
  /**
   * Languages the pages should be in (ISO 639-1 codes, `'und'` allowed): a page detected in
   * another is cleaned all the same and flagged `languageMatch: false`.
   */
  targetLanguages?: readonly string[]
  /** Characters the cleaned text needs not to be flagged `empty` (default 1). */
  minChars?: number
  /**
   * The time of the crawl, for dates in stamps that are relative (`il y a 3 heures`,
   * `yesterday`) or have no year (`12 mars`): a `Date` or an ISO 8601 string (its offset is kept
   * in what is resolved). Without it such dates are left out of the metadata.
   */
  now?: Date | string
}

/** A compiled cleaner: the rules are prepared once, `clean` runs them on a page. */
export interface Cleaner {
  /** Clean one page. */
  clean(text: string): CleanResult
}
