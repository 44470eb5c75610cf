/**
 * The state of one page while cleaners run: which blocks are removed, by which rule, and
 * what metadata removed lines gave; the page's language, rules and facts. Navigation among
 * kept blocks is amortised constant time (path-compressed skip pointers), so a page of a
 * million removed lines stays linear.
 *
 * A cleaner never holds the state itself: it gets a {@link CleanerContext}, a view that
 * removes under the cleaner's own name and cannot change the page.
 */
import type {VFile} from 'vfile'
import {describe} from './errors.js'
import {linksOf} from './markdown.js'
import {checkMetadata, mergeMetadata} from './metadata.js'
import type {Block, Category, CleanerContext, CleanerSpec, CompiledRules, Favor, Format, Metadata, PageKind, PageView, Removal, SiteView} from './types.js'

/** A removal as a cleaner asks for it. */
export interface Mark {
  rule: string
  category: Category
  reason: string
  metadata?: Metadata
}

/** Decides the kind of a page (an analysis of its text), or gives a forced one. */
export type KindOf = (page: PageView) => PageKind

/**
 * Whether the page refuses a cleaner's removal of a block (the pipeline's protection of the
 * article, such as its prose on a page in a language without a pack). A refused removal is as
 * if the block were removed already: `remove` returns `false`.
 */
export type Guard = (page: PageView, spec: CleanerSpec, block: Block) => boolean

/** The category of a cleaner that declares none. */
export const DEFAULT_CATEGORY: Category = 'furniture'

/** How the input was read into blocks. */
export interface Layout {
  /** Text or Markdown. */
  format: Format
  /** Whether the text was read as hard-wrapped (paragraph blocks). */
  wrapped: boolean
}

/** The page state behind the cleaners' views. */
export class PageState implements PageView {
  readonly blocks: readonly Block[]
  readonly format: Format
  readonly wrapped: boolean
  /**
   * The removal of each block, or `undefined` while it is kept: made once, as the result
   * reports it (one object a removed line, not one while cleaning and another for the result).
   */
  readonly marks: Array<Removal | undefined>
  readonly metadata: Metadata = {}
  /** The metadata each removal gave (few do), by block index. */
  readonly #given = new Map<number, Metadata>()
  #file: VFile | undefined
  readonly #makeFile: (() => VFile) | undefined
  readonly #guard: Guard | undefined
  readonly site: SiteView | undefined
  /** Number of removals so far. */
  removals = 0
  /** What the run favours when a rule is unsure. */
  readonly favor: Favor
  /** How sure detection is of the language (0 to 1; 1 when forced). */
  languageConfidence = 1
  #language: string
  #rules: CompiledRules
  readonly #kindOf: KindOf
  /** Facts of the page under its current language. */
  #facts = new Map<object, unknown>()
  readonly #nextSkip: Int32Array
  readonly #previousSkip: Int32Array
  #counts: Map<string, number> | undefined
  readonly #views = new Map<CleanerSpec, CleanerContext>()

  /**
   * @param blocks The page's blocks.
   * @param file The page's VFile, or how to make it when something first asks for it (`clean()`
   *   makes none unless a cleaner reads it or the caller reads `result.file`).
   * @param language The page's language.
   * @param rules Its compiled rules.
   * @param kindOf What the page is.
   * @param favor What the run favours when a rule is unsure.
   * @param site What the site's profile says, if any.
   * @param layout How the input was read into blocks.
   * @param guard Removals the page refuses.
   */
  constructor(
    blocks: readonly Block[],
    file: VFile | (() => VFile),
    language: string,
    rules: CompiledRules,
    kindOf: KindOf,
    favor: Favor = 'balanced',
    site?: SiteView,
    layout: Layout = {format: 'text', wrapped: false},
    guard?: Guard
  ) {
    this.#guard = guard
    this.format = layout.format
    this.wrapped = layout.wrapped
    this.blocks = Object.isFrozen(blocks) ? blocks : Object.freeze([...blocks])
    if (typeof file === 'function') this.#makeFile = file
    else this.#file = file
    this.favor = favor
    this.site = site
    this.#language = language
    this.#rules = rules
    this.#kindOf = kindOf
    this.marks = new Array<Removal | undefined>(blocks.length)
    const size = blocks.length
    this.#nextSkip = new Int32Array(size)
    this.#previousSkip = new Int32Array(size)
    for (let index = 0; index < size; index++) {
      this.#nextSkip[index] = index + 1
      this.#previousSkip[index] = index - 1
    }
  }

  /** The page's VFile (made when first asked for, when it was given as a maker). */
  get file(): VFile {
    return (this.#file ??= this.#makeFile!())
  }

  /** The page's VFile if it was made. */
  get fileIfMade(): VFile | undefined {
    return this.#file
  }

  get language(): string {
    return this.#language
  }

  get rules(): CompiledRules {
    return this.#rules
  }

  /**
   * Change the page's language and rules. The page's facts are computed again under the new
   * language when next asked for (statistics count the new language's stop words); with
   * `keepKind`, the kind decided already stays (it is the input's).
   */
  setLanguage(language: string, rules: CompiledRules, keepKind = false): void {
    if (language === this.#language && rules === this.#rules) return
    const kind = this.#facts.get(KIND)
    this.#language = language
    this.#rules = rules
    this.#facts = new Map()
    if (keepKind && kind !== undefined) this.#facts.set(KIND, kind)
  }

  get kind(): PageKind {
    return this.fact(KIND, this.#kindOf)
  }

  fact<T>(key: object, compute: (page: PageView) => T): T {
    if (this.#facts.has(key)) return this.#facts.get(key) as T
    const value = compute(this)
    this.#facts.set(key, value)
    return value
  }

  isRemoved(block: Block): boolean {
    return this.marks[block.index] !== undefined
  }

  removedBy(block: Block): string | undefined {
    return this.marks[block.index]?.rule
  }

  removedAs(block: Block): Category | undefined {
    return this.marks[block.index]?.category
  }

  removedWith(block: Block): Metadata | undefined {
    return this.#given.get(block.index)
  }

  /** The metadata removals gave, by block index, in the order the removals were made. */
  given(): IterableIterator<[number, Metadata]> {
    return this.#given.entries()
  }

  /**
   * Keep only the metadata that removals of some blocks gave (merged in the order they were
   * made, the first value of a field winning), and the title.
   *
   * @param keep Whether the metadata of a block's removal is kept.
   * @param title The title, if any.
   */
  keepMetadata(keep: (index: number) => boolean, title: string | undefined): void {
    const kept: Metadata = {}
    for (const [index, metadata] of this.#given) if (keep(index)) mergeMetadata(kept, metadata)
    for (const key of Object.keys(this.metadata) as Array<keyof Metadata>) delete this.metadata[key]
    if (title !== undefined) this.metadata.title = title
    Object.assign(this.metadata, kept)
  }

  /**
   * Record a removal. Returns `false` when the block was removed already (the first removal
   * stands).
   *
   * @param block A block of this page.
   * @param mark Who removed it and why.
   * @param spec The cleaner removing it, when the page's guard is to judge (the engine's own
   *   marks, such as those settling the page, are not judged again).
   */
  mark(block: Block, mark: Mark, spec?: CleanerSpec): boolean {
    if (!block || this.blocks[block.index] !== block) throw new TypeError(`remove() expects a block of this page, got ${describe(block)}`)
    if (this.marks[block.index] !== undefined) return false
    if (spec && this.#guard?.(this, spec, block)) return false
    const removal: Removal = {
      rule: mark.rule,
      category: mark.category,
      reason: mark.reason,
      text: block.source,
      line: block.line,
      endLine: block.endLine,
      start: block.start,
      end: block.end
    }
    const links = block.markdown ? linksOf(block.markdown) : []
    if (links.length > 0) removal.links = links
    this.marks[block.index] = removal
    this.removals++
    if (mark.metadata) {
      this.#given.set(block.index, mark.metadata)
      mergeMetadata(this.metadata, mark.metadata)
    }
    return true
  }

  /**
   * Take a removal back (the engine's, never a cleaner's: Markdown's structure keeps a table's
   * header while a row of it is kept). The metadata the removal gave stays.
   *
   * @param block A removed block of this page.
   * @returns Whether it was removed.
   */
  restore(block: Block): boolean {
    if (this.marks[block.index] === undefined) return false
    this.marks[block.index] = undefined
    this.removals--
    this.#counts = undefined
    // Skip pointers may jump over the block now kept: make them again.
    for (let index = 0; index < this.blocks.length; index++) {
      this.#nextSkip[index] = index + 1
      this.#previousSkip[index] = index - 1
    }
    return true
  }

  /**
   * The view a cleaner works through: what it reads of the page, and `remove` under its name.
   *
   * @param spec The cleaner.
   * @returns Its view of this page (one per cleaner and page).
   */
  contextFor(spec: CleanerSpec): CleanerContext {
    let view = this.#views.get(spec)
    if (!view) this.#views.set(spec, (view = cleanerView(this, spec)))
    return view
  }

  next(block: Block): Block | undefined {
    const index = this.#findNext(block.index + 1)
    return index < this.blocks.length ? this.blocks[index] : undefined
  }

  previous(block: Block): Block | undefined {
    const index = this.#findPrevious(block.index - 1)
    return index >= 0 ? this.blocks[index] : undefined
  }

  kept(): Block[] {
    return this.blocks.filter((block) => this.marks[block.index] === undefined)
  }

  count(block: Block): number {
    if (!this.#counts) {
      this.#counts = new Map()
      for (const each of this.blocks) {
        if (this.marks[each.index] === undefined) this.#counts.set(each.lower, (this.#counts.get(each.lower) ?? 0) + 1)
      }
    }
    return this.#counts.get(block.lower) ?? 0
  }

  breaksBefore(block: Block): number {
    const previous = this.#findPrevious(block.index - 1)
    if (previous < 0) return 0
    let breaks = 0
    for (let index = previous + 1; index <= block.index; index++) breaks = Math.max(breaks, this.blocks[index]!.breaks)
    return breaks
  }

  /** Start a cleaner's pass: counts are taken afresh, over the blocks kept at this point. */
  startPass(): void {
    this.#counts = undefined
  }

  /** First kept index at or after `index` (`blocks.length` when none). */
  #findNext(index: number): number {
    const size = this.blocks.length
    let found = index
    while (found < size && this.marks[found] !== undefined) found = this.#nextSkip[found]!
    let walk = index
    while (walk < found && this.marks[walk] !== undefined) {
      const step = this.#nextSkip[walk]!
      this.#nextSkip[walk] = found
      walk = step
    }
    return found
  }

  /** Last kept index at or before `index` (`-1` when none). */
  #findPrevious(index: number): number {
    let found = index
    while (found >= 0 && this.marks[found] !== undefined) found = this.#previousSkip[found]!
    let walk = index
    while (walk > found && this.marks[walk] !== undefined) {
      const step = this.#previousSkip[walk]!
      this.#previousSkip[walk] = found
      walk = step
    }
    return found
  }
}

/** The key of the page's kind among its facts. */
const KIND = {}

/**
 * A cleaner's view of a page: reads delegate to the state; `remove` records the cleaner's name,
 * category and reason. The view's fields cannot be set (a cleaner cannot change the page's
 * language or blocks).
 */
function cleanerView(state: PageState, spec: CleanerSpec): CleanerContext {
  const rule = spec.name
  const category = spec.category ?? DEFAULT_CATEGORY
  const view: CleanerContext = {
    get blocks() {
      return state.blocks
    },
    get language() {
      return state.language
    },
    get kind() {
      return state.kind
    },
    get rules() {
      return state.rules
    },
    get file() {
      return state.file
    },
    get site() {
      return state.site
    },
    get format() {
      return state.format
    },
    get wrapped() {
      return state.wrapped
    },
    get favor() {
      return state.favor
    },
    isRemoved: (block) => state.isRemoved(block),
    removedBy: (block) => state.removedBy(block),
    removedAs: (block) => state.removedAs(block),
    removedWith: (block) => state.removedWith(block),
    previous: (block) => state.previous(block),
    next: (block) => state.next(block),
    kept: () => state.kept(),
    count: (block) => state.count(block),
    breaksBefore: (block) => state.breaksBefore(block),
    fact: (key, compute) => state.fact(key, compute),
    remove(block, reason, metadata) {
      if (typeof reason !== 'string') {
        throw new TypeError(`remove() expects a reason (a string), got ${describe(reason)}`)
      }
      if (metadata !== undefined && metadata !== null && (typeof metadata !== 'object' || Array.isArray(metadata))) {
        throw new TypeError(
          `remove(block, reason, metadata?) expects metadata as an object, got ${describe(metadata)} (the rule's name is no longer passed: the engine supplies it)`
        )
      }
      const checked = checkMetadata(metadata)
      return state.mark(block, checked ? {rule, category, reason, metadata: checked} : {rule, category, reason}, spec)
    }
  }
  return Object.freeze(view)
}
