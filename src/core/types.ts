/**
 * The core's contract: blocks, removals, metadata, cleaners and what a cleaner sees of the
 * page. Nothing here knows a rule, a heuristic or a language.
 */
import type {RootContent as MdastContent} from 'mdast'
import type {Paragraph, Root} from 'nlcst'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'

/**
 * One block of the page, verbatim: a non-blank line of the input; a paragraph of several lines
 * when the text is hard-wrapped (see `text/wrap.ts`); a Markdown block (paragraph, heading, list
 * item, table row, block quote, code, HTML) when the input is Markdown.
 *
 * Blocks are what cleaners judge. A block is never changed, only kept or removed whole: its
 * {@link Block.source} goes to the output as it is, or not at all.
 */
export interface Block {
  /** Index of the block among all blocks of the page (0-based, document order). */
  readonly index: number
  /**
   * The block as it reads: for a line, the line as it is in the input (without its line
   * ending); for a wrapped paragraph, its lines joined by one space (a word hyphenated at a line
   * break joined whole); for Markdown, the text a reader sees (links reduced to their text,
   * images, markers and HTML tags dropped). Cleaners judge this.
   */
  readonly text: string
  /** The block verbatim, as in the input (its lines and their line breaks): what the output keeps. */
  readonly source: string
  /**
   * {@link Block.text} prepared for matching: NFC, typographic apostrophes (`’`) and quotes folded to
   * `'` and `"`, dashes folded to `-`, every run of white space (no-break spaces included) one
   * space, zero-width characters dropped, trimmed, lower case.
   */
  readonly lower: string
  /** How many white-space separated tokens {@link Block.text} has (a number, not a list). */
  readonly words: number
  /** 1-based number of the block's first line in the input. */
  readonly line: number
  /** 1-based number of the block's last line in the input ({@link Block.line} for a one-line block). */
  readonly endLine: number
  /** Offset (UTF-16 code units) of the block's first character in the input. */
  readonly start: number
  /** Offset just past the block's last character in the input. */
  readonly end: number
  /**
   * The separator the input has between the previous block and this one, verbatim
   * (for instance `'\n'` or `'\n\n'`); `''` for the first block.
   */
  readonly before: string
  /** Number of line breaks in {@link Block.before} (1: same paragraph group, 2 or more: a blank line). */
  readonly breaks: number
  /** The NLCST paragraph of the block's source (positions in the input). */
  readonly node: Paragraph
  /** What the block is in Markdown input (`undefined` in text). */
  readonly markdown?: MarkdownBlock
}

/** The kinds of Markdown block newsclean keeps or removes whole. */
export type MarkdownBlockType = 'paragraph' | 'heading' | 'listItem' | 'tableRow' | 'blockquote' | 'code' | 'html' | 'thematicBreak' | 'definition' | 'footnote'

/** What a block is in a Markdown page (see `core/markdown.ts`). */
export interface MarkdownBlock {
  /** The block's kind (a top-level list item, a table row — the header with its delimiter row —, …). */
  readonly type: MarkdownBlockType
  /** A heading's level (1 to 6). */
  readonly depth?: number
  /** A list item's list: its number on the page (0-based), whether ordered, the item's position in it. */
  readonly list?: {readonly id: number; readonly ordered: boolean; readonly item: number}
  /** A table row's table: its number on the page (0-based) and the row's position (0: the header). */
  readonly table?: {readonly id: number; readonly row: number}
  /** The mdast nodes the block is made of (one, or a table's header row). */
  readonly nodes: readonly MdastContent[]
  /** Labels of link reference definitions the block uses (`[text][label]`), normalised. */
  readonly references: readonly string[]
  /** A definition's label, normalised. */
  readonly label?: string
  /**
   * Index of the block this one belongs to: a list item's own line for its nested items and its
   * later paragraphs. While this block is kept, that one is (the output stays a list).
   */
  readonly parent?: number
}

/** What an input is: plain text (lines, or wrapped paragraphs) or Markdown. */
export type Format = 'text' | 'markdown'

/** The `format` option: a format, or `'auto'` (decided per page from the text). */
export type InputFormat = Format | 'auto'

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
 * - `site`: lines the site prints on most of its pages, outside the article (a site profile).
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
  | 'site'
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

/** One removed block: a line, or the lines of a wrapped paragraph or Markdown block. */
export interface Removal {
  /** Name of the rule that removed it (also the VFile message `ruleId`). */
  rule: string
  /** What kind of line the rule removes. */
  category: Category
  /** Why, in words, for a person. */
  reason: string
  /** The removed block, verbatim (its source: several lines for a paragraph or a Markdown block). */
  text: string
  /** 1-based number of its first line in the input. */
  line: number
  /** 1-based number of its last line in the input (`line` for one line). */
  endLine: number
  /** Offset of its first character in the input. */
  start: number
  /** Offset just past its last character in the input. */
  end: number
  /** Markdown: the targets of the links the block had, in order (absent when none). */
  links?: string[]
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

/**
 * What a cleaner can read of the site a page comes from: the site profile given in the
 * options (`clean(text, {profile})`), learnt from other pages of the site.
 */
export interface SiteView {
  /** The site's name, when the profile has one (`example.com`). */
  readonly name: string | undefined
  /** Pages the profile learnt. */
  readonly pages: number
  /**
   * On how many of those pages a line occurs, its numbers, dates and counts folded
   * (`© 2019` and `© 2021`, `1 comment` and `12 comments` are one line); exact for a small
   * site, an estimate that errs low for a large one. 0 for a line without a letter.
   */
  pagesWith(block: Block): number
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
  /** What the input was read as: text or Markdown (forced by the `format` option, or detected). */
  readonly format: Format
  /** Whether the text was read as hard-wrapped: its blocks are paragraphs of several lines. */
  readonly wrapped: boolean
  /** The VFile being cleaned. */
  readonly file: VFile
  /** The site the page comes from, when the options give a site profile. */
  readonly site: SiteView | undefined
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
  /**
   * Set to replace the built-in rule of the same name: the cleaner runs in its place, with its
   * stage, category and `after` unless it gives its own (`disable` turns the replacement off).
   * Without it, a cleaner named like a built-in rule is an error.
   */
  replace?: boolean
}

/** A unified plugin made from a {@link CleanerSpec}; it carries the spec. */
export type CleanerPlugin = Plugin<[], Root> & {readonly cleaner: CleanerSpec}
