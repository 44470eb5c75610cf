/**
 * The state of one page while cleaners run: which blocks are removed, by which rule, and
 * what metadata removed lines gave. Navigation among kept blocks is amortised constant time
 * (path-compressed skip pointers), so a page of a million removed lines stays linear.
 */
import type {VFile} from 'vfile'
import {decideKind} from './kind.js'
import {describe} from './errors.js'
import type {Block, CleanerContext, CompiledRules, InputKind, Metadata, PageKind} from './types.js'

/** A removal as recorded while cleaning. */
export interface Mark {
  rule: string
  reason: string
}

/** The page state behind a {@link CleanerContext}. */
export class PageState implements CleanerContext {
  readonly blocks: readonly Block[]
  readonly file: VFile
  language: string
  rules: CompiledRules
  readonly marks: Array<Mark | undefined>
  readonly metadata: Metadata = {}
  /** Number of removals so far. */
  removals = 0
  private readonly nextSkip: Int32Array
  private readonly previousSkip: Int32Array
  private counts: Map<string, number> | undefined
  private readonly mode: InputKind
  private decided: PageKind | undefined

  constructor(blocks: readonly Block[], file: VFile, language: string, rules: CompiledRules, mode: InputKind = 'auto') {
    this.blocks = blocks
    this.file = file
    this.language = language
    this.rules = rules
    this.mode = mode
    this.marks = new Array<Mark | undefined>(blocks.length)
    const size = blocks.length
    this.nextSkip = new Int32Array(size)
    this.previousSkip = new Int32Array(size)
    for (let index = 0; index < size; index++) {
      this.nextSkip[index] = index + 1
      this.previousSkip[index] = index - 1
    }
  }

  get kind(): PageKind {
    if (this.decided === undefined) this.decided = this.mode === 'auto' ? decideKind(this) : this.mode
    return this.decided
  }

  isRemoved(block: Block): boolean {
    return this.marks[block.index] !== undefined
  }

  removedBy(block: Block): string | undefined {
    return this.marks[block.index]?.rule
  }

  remove(block: Block, rule: string, reason: string, metadata?: Metadata): boolean {
    if (!block || this.blocks[block.index] !== block) throw new TypeError(`remove() expects a block of this page, got ${describe(block)}`)
    if (typeof rule !== 'string' || rule === '' || typeof reason !== 'string') {
      throw new TypeError(`remove() expects a rule name and a reason (strings), got ${describe(rule)} and ${describe(reason)}`)
    }
    if (metadata !== undefined && metadata !== null && typeof metadata !== 'object') throw new TypeError(`remove() expects metadata as an object, got ${describe(metadata)}`)
    if (this.marks[block.index] !== undefined) return false
    this.marks[block.index] = {rule, reason}
    this.removals++
    if (metadata) mergeMetadata(this.metadata, metadata)
    return true
  }

  next(block: Block): Block | undefined {
    const index = this.findNext(block.index + 1)
    return index < this.blocks.length ? this.blocks[index] : undefined
  }

  previous(block: Block): Block | undefined {
    const index = this.findPrevious(block.index - 1)
    return index >= 0 ? this.blocks[index] : undefined
  }

  kept(): Block[] {
    return this.blocks.filter((block) => this.marks[block.index] === undefined)
  }

  count(block: Block): number {
    if (!this.counts) {
      this.counts = new Map()
      for (const each of this.blocks) {
        if (this.marks[each.index] === undefined) this.counts.set(each.lower, (this.counts.get(each.lower) ?? 0) + 1)
      }
    }
    return this.counts.get(block.lower) ?? 0
  }

  breaksBefore(block: Block): number {
    const previous = this.findPrevious(block.index - 1)
    if (previous < 0) return 0
    let breaks = 0
    for (let index = previous + 1; index <= block.index; index++) breaks = Math.max(breaks, this.blocks[index]!.breaks)
    return breaks
  }

  /** Start a cleaner's pass: counts are taken afresh, over the blocks kept at this point. */
  startPass(): void {
    this.counts = undefined
  }

  /** First kept index at or after `index` (`blocks.length` when none). */
  private findNext(index: number): number {
    const size = this.blocks.length
    let found = index
    while (found < size && this.marks[found] !== undefined) found = this.nextSkip[found]!
    let walk = index
    while (walk < found && this.marks[walk] !== undefined) {
      const step = this.nextSkip[walk]!
      this.nextSkip[walk] = found
      walk = step
    }
    return found
  }

  /** Last kept index at or before `index` (`-1` when none). */
  private findPrevious(index: number): number {
    let found = index
    while (found >= 0 && this.marks[found] !== undefined) found = this.previousSkip[found]!
    let walk = index
    while (walk > found && this.marks[walk] !== undefined) {
      const step = this.previousSkip[walk]!
      this.previousSkip[walk] = found
      walk = step
    }
    return found
  }
}

/**
 * Merge metadata: a field already set keeps its first value.
 *
 * @param target Metadata to add to.
 * @param source New metadata.
 */
export function mergeMetadata(target: Metadata, source: Metadata): void {
  for (const key of ['title', 'byline', 'category', 'source'] as const) {
    if (target[key] === undefined && typeof source[key] === 'string' && source[key]) target[key] = source[key]
  }
  if (target.tags === undefined && Array.isArray(source.tags)) {
    const tags = source.tags.filter((tag) => typeof tag === 'string' && tag !== '')
    if (tags.length > 0) target.tags = tags
  }
}
