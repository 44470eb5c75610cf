import type {Paragraph, Root} from 'nlcst'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'

/**
 * One block of the page: a non-blank line of the input, verbatim.
 *
 * Blocks are what cleaners judge. A block is never changed, only kept or removed.
 */
export interface Block {
  /** Index of the block among all blocks of the page (0-based, document order). */
  readonly index: number
  /** The line as it is in the input (without its line ending). */
  readonly text: string
  /**
   * The line prepared for matching: NFC, typographic apostrophes and quotes folded,
   * dashes folded to `-`, every run of white space (no-break spaces included) one space,
   * zero-width characters dropped, trimmed, lower case.
   */
  readonly lower: string
  /** Number of white-space separated tokens in the line. */
  readonly words: number
  /** 1-based line number in the input. */
  readonly line: number
  /** Offset (UTF-16 code units) of the first character of the line in the input. */
  readonly start: number
  /** Offset just past the last character of the line in the input. */
  readonly end: number
  /**
   * The separator the input has between the previous block and this one, verbatim
   * (for instance `'\n'` or `'\n\n'`); `''` for the first block.
   */
  readonly before: string
  /** Number of line breaks in {@link Block.before} (1: same paragraph group, 2 or more: a blank line). */
  readonly breaks: number
  /** The block's NLCST paragraph. */
  readonly node: Paragraph
}

/** What a removed line told us about the page. */
export interface Metadata {
  /** The headline: the first kept line, when it reads as one (it is kept). */
  title?: string
  /** Author(s) from a byline (`by Sara` gives `Sara`). */
  byline?: string
  /** A lone category label near the byline. */
  category?: string
  /** Tags from a tag list (`A | B | C`, `Tags: A, B`). */
  tags?: string[]
  /** The URL (or name) of a `source:` line. */
  source?: string
}

/** One removed line. */
export interface Removal {
  /** Name of the rule that removed it (also the VFile message `ruleId`). */
  rule: string
  /** Why, in words, for a person. */
  reason: string
  /** The removed line, verbatim. */
  text: string
  /** 1-based line number in the input. */
  line: number
  /** Offset of the line's first character in the input. */
  start: number
  /** Offset just past the line's last character in the input. */
  end: number
}

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

/** What a cleaner's `test` may return for a block. */
export type Verdict =
  | undefined
  | null
  | boolean
  | string
  | {
      /** Why the line goes. */
      reason: string
      /** Metadata the line carries (merged into the result's metadata; first value wins). */
      metadata?: Metadata
    }

/** Everything a cleaner can look at besides the block itself. */
export interface CleanerContext {
  /** All blocks of the page, removed ones included. */
  readonly blocks: readonly Block[]
  /** ISO 639-1 code of the page's language, or `'und'`. */
  readonly language: string
  /**
   * What the page is: an extractor's output (`'extract'`) or a whole page's text (`'page'`),
   * as forced by the `mode` option or decided from the text (on first use).
   */
  readonly kind: PageKind
  /** The compiled rules in force on this page (universal, English and the page's language). */
  readonly rules: CompiledRules
  /** The VFile being cleaned. */
  readonly file: VFile
  /** Whether a block has been removed (by any cleaner so far). */
  isRemoved(block: Block): boolean
  /** The rule that removed a block, if any. */
  removedBy(block: Block): string | undefined
  /** The nearest block before `block` that is still kept, if any. */
  previous(block: Block): Block | undefined
  /** The nearest block after `block` that is still kept, if any. */
  next(block: Block): Block | undefined
  /** The blocks still kept, in order. */
  kept(): Block[]
  /**
   * Number of times a line (compared by {@link Block.lower}) occurs among the kept blocks,
   * counted when the current cleaner's pass started (so that its own removals do not change it).
   */
  count(block: Block): number
  /**
   * Line breaks between `block` and the nearest kept block before it, as the cleaned text will
   * have them: the largest {@link Block.breaks} in between (removing a block never glues two
   * others). `0` when no kept block comes before.
   */
  breaksBefore(block: Block): number
  /**
   * Remove a block. Returns `false` when it was removed already (the first removal stands).
   */
  remove(block: Block, rule: string, reason: string, metadata?: Metadata): boolean
}

/** A cleaner described as data and a test: see {@link defineCleaner}. */
export interface CleanerSpec {
  /** Rule name: lower-case words joined by `-` (used in reports and in `disable`). */
  name: string
  /** One sentence on what the rule removes (used in reasons and docs). */
  description?: string
  /**
   * Judge one kept block. Return a falsy value to keep it, `true` or a reason string or
   * `{reason, metadata}` to remove it.
   */
  test?: (block: Block, context: CleanerContext) => Verdict
  /**
   * Judge the whole page at once (for rules that look at runs of blocks); call
   * `context.remove` for every block that goes. Runs after `test` when both are given.
   */
  run?: (context: CleanerContext) => void
  /**
   * Set when `test` looks at the block's own text only. A local cleaner's `test` runs once per
   * page; its `run`, and every part of other cleaners, runs again while a pass removes something
   * (the pipeline repeats until nothing more goes, so that cleaning the output changes nothing).
   */
  local?: boolean
}

/** A unified plugin made from a {@link CleanerSpec}; it carries the spec. */
export type CleanerPlugin = Plugin<[], Root> & {readonly cleaner: CleanerSpec}

/** The kinds of input newsclean knows (`'auto'`: decide per page). */
export type InputKind = 'auto' | 'extract' | 'page'

/** The kind of input a page was cleaned as. */
export type PageKind = Exclude<InputKind, 'auto'>

/** Options of {@link clean}, {@link createCleaner} and {@link retextNewsclean}. */
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
  /** Extra cleaners, run after the built-in ones (specs or plugins from {@link defineCleaner}). */
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
}

/** A compiled cleaner: the rules are prepared once, `clean` runs them on a page. */
export interface Cleaner {
  /** Clean one page. */
  clean(text: string): CleanResult
}

// Rule packs ---------------------------------------------------------------

/** Matchers of one rule in a pack, all optional; every phrase is compared case-insensitively. */
export interface RuleData {
  /** Whole-line phrases: the line, trimmed of final `: . ! … »` and spaces, equals one of them. */
  lines?: string[]
  /** Line-start phrases: the line starts with one of them followed by a separator (`: - – — > » |`). */
  starts?: string[]
  /** Regular expression sources (flags `u`), tested on {@link Block.lower}. Must run in linear time. */
  patterns?: string[]
  /**
   * A line with more words than this is never matched by `starts` or `patterns` (default per rule);
   * nor is a line of more than 4,000 characters.
   */
  maxWords?: number
  /** Rule-specific word lists (for instance `names` of photo agencies, `markers` of an appeal). */
  [list: string]: string[] | number | undefined
}

/** A language's rule pack: data only. */
export interface LanguagePack {
  /** ISO 639-1 code (`'fr'`), or `'universal'` for the pack that applies to every page. */
  code: string
  /** ISO 639-3 code used by the language detector (`'fra'`). */
  iso6393?: string
  /** English name of the language. */
  name: string
  /**
   * How the language writes headings: `'sentence'` (French: `Réunion à Wiesbaden`), so a short
   * line of capitalised words only, alone between paragraphs, is a caption; or `'title'`.
   */
  headingCase?: 'sentence' | 'title'
  /**
   * Whether the language capitalises every noun (German: `Neue Regeln für Mieter`). There,
   * a capitalised word says nothing about a name, so the rules that read capitals as names
   * or captions (image captions, bylines, category labels, breadcrumbs) ask for more.
   */
  capitalisedNouns?: boolean
  /** Rule data by rule name. */
  rules: Record<string, RuleData>
}

/** The rules of the packs in force on a page, merged and compiled. */
export interface CompiledRules {
  /** Codes of the packs merged, in order (`['universal', 'en', 'fr']`). */
  readonly packs: readonly string[]
  /** Heading convention of the page's language. */
  readonly headingCase: 'sentence' | 'title'
  /** Whether the page's language capitalises every noun (see {@link LanguagePack.capitalisedNouns}). */
  readonly capitalisedNouns: boolean
  /** Merged word list `list` of rule `rule` (folded like {@link Block.lower}), empty when none. */
  list(rule: string, list: string): readonly string[]
  /** The same list as a set of phrases trimmed of edge punctuation, for whole-line lookups. */
  set(rule: string, list: string): ReadonlySet<string>
  /** Whether a line's {@link Block.lower} matches rule `rule`'s `lines`, `starts` or `patterns`; returns the match. */
  match(rule: string, block: Block): string | undefined
}
