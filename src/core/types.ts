/**
 * The core's contract: blocks, removals, metadata, cleaners and what a cleaner sees of the
 * page. Nothing here knows a rule, a heuristic or a language.
 */
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
   * The line prepared for matching: NFC, typographic apostrophes (`’`) and quotes folded to
   * `'` and `"`, dashes folded to `-`, every run of white space (no-break spaces included) one
   * space, zero-width characters dropped, trimmed, lower case.
   */
  readonly lower: string
  /** How many white-space separated tokens the line has (a number, not a list). */
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
  /**
   * Author(s) from a byline (`by Sara` gives `Sara`), without the agency or the outlet after
   * them (`Par Claire Vasseur avec AFP` gives `Claire Vasseur`, `Thomas Lemaire pour Le Figaro`
   * gives `Thomas Lemaire`).
   */
  byline?: string
  /**
   * The news agency the article comes from, as written: from a byline (`Von Anna Müller, dpa`),
   * a source line (`Le Monde avec AFP`, `Mit Material von dpa`, `dpa/AFP`) or a dateline, which
   * stays in the text (`Ankara (AFP) - …`, `(Reuters) - …`).
   */
  agency?: string
  /** A lone category label near the byline. */
  category?: string
  /** Tags from a tag list (`A | B | C`, `Tags: A, B`). */
  tags?: string[]
  /** The URL (or name) of a `source:` line. */
  source?: string
  /**
   * When the article was published, ISO 8601 (`2024-03-12`, `2024-03-12T10:32:00`,
   * `2024-03-12T10:32:00-05:00`), from a removed date stamp. A time zone is kept when the stamp
   * gives one; a relative date or one without a year only with the `now` option.
   */
  published?: string
  /** When it was last updated, ISO 8601, from a removed date stamp (as {@link Metadata.published}). */
  modified?: string
  /** The reading time the page states, in minutes (`Temps de lecture : 3 min` gives `3`). */
  readingTime?: number
}

/**
 * What cleaning favours when a rule is unsure: `'precision'` (a cleaner text: more evidence
 * of boilerplate is taken, more lines go), `'recall'` (every article line: the least certain
 * rules are off and the page frame asks for more), `'balanced'` (the default).
 */
export type Favor = 'precision' | 'balanced' | 'recall'

/**
 * What kind of line a rule removes. Code that needs to know what a removed line was asks its
 * category, never the name of the rule that removed it.
 *
 * - `promo`: promotions of the site's channels, newsletters, appeals to readers.
 * - `prompt`: prompts to comment, share or click.
 * - `notice`: cookie banners, rights and legal notices.
 * - `advert`: advertising labels.
 * - `interface`: interface text (gallery counters, buttons, player notices, shortcodes).
 * - `picture`: a picture's caption or credit (inside the article).
 * - `navigation`: a trail of links to the page's place in the site (a breadcrumb).
 * - `menu`: menus and lists of links, lone dates and counts among them.
 * - `author`: a byline.
 * - `date`: a date stamp or a reading time.
 * - `section`: the site's section the article is filed under.
 * - `tags`: a list of tags.
 * - `source`: a line naming the article's source.
 * - `credit`: contributor credits, an author's bio.
 * - `related`: lists of other articles (related links, teasers, listings).
 * - `comments`: readers' comments and their furniture.
 * - `footer`: a press release's foot, the site's footer.
 * - `copy`: a later copy of a line printed before.
 * - `frame`: lines outside the article found from the page's shape (no phrase says so).
 * - `furniture`: page furniture of another kind (the default of a custom cleaner).
 */
export type Category =
  | 'promo'
  | 'prompt'
  | 'notice'
  | 'advert'
  | 'interface'
  | 'picture'
  | 'navigation'
  | 'menu'
  | 'author'
  | 'date'
  | 'section'
  | 'tags'
  | 'source'
  | 'credit'
  | 'related'
  | 'comments'
  | 'footer'
  | 'copy'
  | 'frame'
  | 'furniture'

/**
 * When a cleaner runs, as a stage of the page's reading; stages run in this order, and a
 * cleaner runs after every cleaner of an earlier stage.
 *
 * - `line`: lines judged by their own text and their neighbours (phrases, shapes).
 * - `section`: runs of lines that make a section: related lists, comments, listings, bios.
 * - `frame`: the article's extent on the page.
 * - `page`: what needs the article's extent first (copies, feet, menus).
 * - `leftover`: short lines left among removed ones.
 */
export type Stage = 'line' | 'section' | 'frame' | 'page' | 'leftover'

/** One removed line. */
export interface Removal {
  /** Name of the rule that removed it (also the VFile message `ruleId`). */
  rule: string
  /** What kind of line the rule removes. */
  category: Category
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

/** The kinds of input newsclean knows (`'auto'`: decide per page). */
export type InputKind = 'auto' | 'extract' | 'page'

/** The kind of input a page was cleaned as. */
export type PageKind = Exclude<InputKind, 'auto'>

/** The rules of the language packs in force on a page, compiled (made by the language layer). */
export interface CompiledRules {
  /** Codes of the packs merged, in order (`['universal', 'en', 'fr']`). */
  readonly packs: readonly string[]
  /**
   * How the page's language writes headings: `'sentence'` (French: `Réunion à Wiesbaden`) or
   * `'title'` (English: `Meeting in Wiesbaden`).
   */
  readonly headingCase: 'sentence' | 'title'
  /** Whether the page's language capitalises every noun (German). */
  readonly capitalisedNouns: boolean
  /**
   * Merged word list `list` of a rule or of the shared vocabulary (folded like
   * {@link Block.lower}). Throws a `RangeError` for a list no pack schema declares.
   */
  list(section: string, list: string): readonly string[]
  /** The same list as a set of phrases trimmed of edge punctuation, for whole-line lookups. */
  set(section: string, list: string): ReadonlySet<string>
  /**
   * Whether a folded line matches the phrases (`lines`, `starts`, `patterns`) of a rule or of
   * the shared vocabulary; returns the matched text. Throws a `RangeError` for an unknown name.
   */
  match(section: string, line: string, words?: number): string | undefined
}

/** What a cleaner, and every page fact, can read of the page. */
export interface PageView {
  /** All blocks of the page, removed ones included (frozen). */
  readonly blocks: readonly Block[]
  /** ISO 639-1 code of the page's language, or `'und'`. */
  readonly language: string
  /**
   * What the page is: an extractor's output (`'extract'`) or a whole page's text (`'page'`),
   * as forced by the `mode` option or decided from the text (on first use, per language).
   */
  readonly kind: PageKind
  /** The compiled rules in force on this page (universal, English and the page's language). */
  readonly rules: CompiledRules
  /** The VFile being cleaned. */
  readonly file: VFile
  /**
   * What the run favours when a rule is unsure (the `favor` option): rules and page facts
   * that weigh evidence may read it to ask for more (`'recall'`) or less (`'precision'`).
   */
  readonly favor: Favor
  /** Whether a block has been removed (by any cleaner so far). */
  isRemoved(block: Block): boolean
  /** The rule that removed a block, if any (for reports: cleaners ask {@link PageView.removedAs}). */
  removedBy(block: Block): string | undefined
  /** The category of the rule that removed a block, if any. */
  removedAs(block: Block): Category | undefined
  /** The metadata the removal of a block gave, if any. */
  removedWith(block: Block): Metadata | undefined
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
   * A fact of the page, computed once per page and language by `compute` and kept (block
   * statistics, the input's kind…): the same `key` gives the same value until the page's
   * language changes. Facts must not depend on what is removed.
   */
  fact<T>(key: object, compute: (page: PageView) => T): T
}

/** Everything a cleaner can look at besides the block itself, and the means to remove blocks. */
export interface CleanerContext extends PageView {
  /**
   * Remove a block, under the running cleaner's name, with a reason for a person and the
   * metadata the line carries. Returns `false` when it was removed already (the first
   * removal stands).
   */
  remove(block: Block, reason: string, metadata?: Metadata): boolean
}

/** A cleaner described as data and a test: see `defineCleaner`. */
export interface CleanerSpec {
  /** Rule name: lower-case words joined by `-` (used in reports and in `disable`). */
  name: string
  /** One sentence on what the rule removes (used in reasons and docs). */
  description?: string
  /** What kind of line it removes (default `'furniture'`). */
  category?: Category
  /** When it runs; without a stage, a cleaner runs after every built-in one. */
  stage?: Stage
  /**
   * Categories whose cleaners, in the same stage, must run before this one (it reads what they
   * removed, or must not take their lines first). Checked when the cleaners are put in order.
   */
  after?: readonly Category[]
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
   * `'low'` for a cleaner whose removals are the least certain: it is off under
   * `favor: 'recall'` unless `enable` names it.
   */
  certainty?: 'low'
  /**
   * Set when `test` looks at the block's own text only. A local cleaner's `test` runs once per
   * page; its `run`, and every part of other cleaners, runs again while a pass removes something
   * (the pipeline repeats until nothing more goes, so that cleaning the output changes nothing).
   */
  local?: boolean
}

/** A unified plugin made from a {@link CleanerSpec}; it carries the spec. */
export type CleanerPlugin = Plugin<[], Root> & {readonly cleaner: CleanerSpec}
