/**
 * Compile rule packs (data) into matchers. This is the generic engine every language
 * shares: nothing in here knows a phrase of any language.
 */
import type {CompiledRules} from '../core/types.js'
import {escapeRegExp, fold, foldPhrase, trimEdges} from '../text/fold.js'
import {countWords} from '../text/lines.js'
import {conceptSection, DEFAULT_MAX_WORDS, type LanguagePack, type PackSchema, type SectionData, type SectionSchema} from './schema.js'
/**
 * Longest line (in UTF-16 code units) that `starts` and `patterns` are run on. Boilerplate is
 * short; a longer line is kept without a look. Besides time, this bounds the backtracking stack
 * of the regular expression engine, which overflows (a `RangeError`) on some patterns over
 * lines of millions of characters without a space.
 */
export const MAX_MATCH_LENGTH = 4000

/**
 * What follows a `starts` phrase: `:`, `>`, `»` or `|` (a space before allowed), or a dash
 * with a space on one side at least (`Lire aussi - …`, `Foto -dpa`). A dash glued on both
 * sides joins a compound (`Foto-Ausstellung`, `Bild-Zeitung`) and is no separator.
 */
const STARTS_SEPARATOR = '(?: ?[:>»|]| -|- )'

/**
 * A separator left at the head of a line by a row of page furniture that the extractor split
 * (`| UPDATED: 11:05, Tue, Nov 19, 2019`, `• 2 min read`, `· Updated:`): `starts` and `patterns`
 * are also tried on the line without it. Only a pipe or a bullet: `>`, `»` and dashes open
 * link lines and dialogue that rules read as they are.
 */
const LEADING_SEPARATOR = /^[|•·] ?/

/** How the page's language writes, as the cleaners need to know it. */
export interface Orthography {
  /** Heading convention. */
  headingCase: 'sentence' | 'title'
  /** Whether every noun is capitalised. */
  capitalisedNouns: boolean
}

/** The end of a sentence: a line ending so is never a `weakLines` phrase (`back.` ends a wrapped sentence). */
const SENTENCE_END = /[.!?…]$/u

interface Matcher {
  lines: Set<string>
  /** Length of the longest of `lines` (a longer line is not looked up). */
  longest: number
  /** One-word whole-line phrases, matched on a line that does not end a sentence. */
  weak: Set<string>
  starts: RegExp | undefined
  /** The `patterns` anchored at the line's start, joined under one `^`: tried at the start only. */
  anchored: RegExp | undefined
  /** The other `patterns`, joined: tried at every position of the line. */
  floating: RegExp | undefined
  maxWords: number
}

/**
 * Whether a pattern source is anchored at the start of the line: it opens with `^` and has no
 * `|` outside groups and classes (`^a|b` is not: `b` may match anywhere).
 *
 * @param source Pattern source.
 * @returns Whether it is anchored.
 */
export function anchoredAtStart(source: string): boolean {
  if (!source.startsWith('^')) return false
  let depth = 0
  let inClass = false
  for (let index = 1; index < source.length; index++) {
    const char = source.charAt(index)
    if (char === '\\') index++
    else if (inClass) inClass = char !== ']'
    else if (char === '[') inClass = true
    else if (char === '(') depth++
    else if (char === ')') depth--
    else if (char === '|' && depth === 0) return false
  }
  return true
}

/**
 * Join pattern sources into one expression, or `undefined` when there are none.
 *
 * @param sources Sources.
 * @param prefix What goes before the joined alternatives (`^` for anchored ones).
 * @param where Where the data comes from, for error messages.
 * @returns The expression.
 */
function joinPatterns(sources: readonly string[], prefix: string, where: string): RegExp | undefined {
  if (sources.length === 0) return undefined
  try {
    return new RegExp(`${prefix}(?:${sources.map((source) => `(?:${source})`).join('|')})`, 'u')
  } catch (error) {
    throw new SyntaxError(`newsclean: invalid pattern in ${where}: ${(error as Error).message}`)
  }
}

/**
 * Compile one rule's data.
 *
 * @param data The entry's data in one pack.
 * @param where Where the data comes from, for error messages.
 * @param lineLists Word lists of the entry also matched as whole lines.
 * @returns Its matcher, or `undefined` when it holds nothing to match.
 */
function compileRule(data: SectionData, where: string, lineLists: readonly string[] = []): Matcher | undefined {
  const phrases = [...(data.lines ?? [])]
  for (const list of lineLists) {
    const value = data[list]
    if (Array.isArray(value)) phrases.push(...value)
  }
  if (phrases.length === 0 && !data.weakLines?.length && !data.starts?.length && !data.patterns?.length) return undefined
  const lines = new Set(phrases.map((phrase) => trimEdges(fold(phrase))))
  const weak = new Set((data.weakLines ?? []).map((phrase) => trimEdges(fold(phrase))))
  let longest = 0
  for (const line of [...lines, ...weak]) longest = Math.max(longest, line.length)
  const starts = data.starts?.length
    ? new RegExp(`^(?:${data.starts.map((phrase) => escapeRegExp(trimEdges(fold(phrase)))).join('|')})${STARTS_SEPARATOR}`, 'u')
    : undefined
  const sources = data.patterns ?? []
  // Checked one by one first, so that an error names a pattern's own fault.
  for (const source of sources) joinPatterns([source], '', where)
  const anchored = joinPatterns(
    sources.filter(anchoredAtStart).map((source) => source.slice(1)),
    '^',
    where
  )
  const floating = joinPatterns(
    sources.filter((source) => !anchoredAtStart(source)),
    '',
    where
  )
  return {lines, longest, weak, starts, anchored, floating, maxWords: typeof data.maxWords === 'number' ? data.maxWords : DEFAULT_MAX_WORDS}
}

/** One entry of a pack as the engine compiles it: a section's own data, or its concepts' data of one `maxWords`. */
export interface PackEntry {
  kind: 'vocabulary' | 'rule'
  /** The rule's or vocabulary entry's name. */
  name: string
  /** `pack 'fr', rule 'comment-share'`, `pack 'fr', rule 'comment-share', concepts (maxWords 40)`. */
  where: string
  /** Concepts merged into it. */
  concepts: string[]
  data: SectionData
}

/** The keys of a concept's data that are no phrase and no list. */
const NOT_DATA: ReadonlySet<string> = new Set(['sources', 'maxWords'])

/**
 * A pack's data as the engine compiles it: each entry of `vocabulary` and `rules` (settings and
 * word lists), then, for each section the pack's concepts feed, their phrases and lists merged,
 * one entry per `maxWords` (a concept's own, else its section's in the pack, else the default):
 * the phrases of a rule still run as a few joined expressions, however many concepts give them.
 *
 * @param pack Pack.
 * @param schema What the packs' sections may hold, and the concept catalogue.
 * @returns The entries, in the pack's order.
 */
export function packEntries(pack: LanguagePack, schema: Pick<PackSchema, 'vocabulary' | 'rules' | 'concepts'>): PackEntry[] {
  const entries: PackEntry[] = [
    ...Object.entries(pack.vocabulary ?? {}).map(([name, data]): PackEntry => ({
      kind: 'vocabulary',
      name,
      where: `pack '${pack.code}', vocabulary '${name}'`,
      concepts: [],
      data
    })),
    ...Object.entries(pack.rules).map(([name, data]): PackEntry => ({kind: 'rule', name, where: `pack '${pack.code}', rule '${name}'`, concepts: [], data}))
  ]
  const groups = new Map<string, PackEntry>()
  for (const [id, data] of Object.entries(pack.concepts ?? {})) {
    const concept = Object.hasOwn(schema.concepts, id) ? schema.concepts[id] : undefined
    const section = concept && conceptSection(concept, schema)
    if (!section) throw new RangeError(`newsclean: pack '${pack.code}', concept '${id}': not in the catalogue, or its section is declared nowhere`)
    const own = section.kind === 'rule' ? pack.rules[section.name] : pack.vocabulary?.[section.name]
    const maxWords = typeof data.maxWords === 'number' ? data.maxWords : typeof own?.maxWords === 'number' ? own.maxWords : DEFAULT_MAX_WORDS
    const key = `${section.kind}\u0000${section.name}\u0000${maxWords}`
    let group = groups.get(key)
    if (!group) {
      group = {
        kind: section.kind,
        name: section.name,
        where: `pack '${pack.code}', ${section.kind} '${section.name}', concepts (maxWords ${maxWords})`,
        concepts: [],
        data: {maxWords}
      }
      groups.set(key, group)
      entries.push(group)
    }
    group.concepts.push(id)
    for (const [key, value] of Object.entries(data)) {
      if (NOT_DATA.has(key) || !Array.isArray(value)) continue
      const items = (group.data[key] as string[] | undefined) ?? []
      items.push(...value)
      group.data[key] = items
    }
  }
  return entries
}

/**
 * Match a folded line against a matcher's `starts` and `patterns`.
 *
 * @param matcher The rule's matcher in one pack.
 * @param lower The folded line.
 * @returns The matched text, or `undefined`.
 */
function matchStartsOrPatterns(matcher: Matcher, lower: string): string | undefined {
  const start = matcher.starts?.exec(lower)
  if (start) return start[0]
  return matcher.anchored?.exec(lower)?.[0] ?? matcher.floating?.exec(lower)?.[0]
}

/** A regular expression that compiling a pack makes, and where it comes from. */
export interface RuleExpression {
  /** `pack 'fr', rule 'timestamp', patterns[2]` and the like. */
  where: string
  /** The expression as the engine runs it. */
  regex: RegExp
}

/**
 * Every regular expression that compiling `packs` makes: each source of `patterns` alone,
 * each rule's `patterns` joined as the engine runs them, and each rule's compiled `starts`.
 * For checks that every expression runs in linear time (the engine runs no others).
 *
 * @param packs Packs.
 * @returns The expressions.
 */
export function ruleExpressions(packs: readonly LanguagePack[], schema: Pick<PackSchema, 'vocabulary' | 'rules' | 'concepts'>): RuleExpression[] {
  const expressions: RuleExpression[] = []
  for (const pack of packs) {
    for (const {where, data} of packEntries(pack, schema)) {
      const matcher = compileRule(data, where)
      data.patterns?.forEach((source, index) => expressions.push({where: `${where}, patterns[${index}]`, regex: new RegExp(source, 'u')}))
      if (!matcher) continue
      if (matcher.anchored) expressions.push({where: `${where}, anchored patterns joined`, regex: matcher.anchored})
      if (matcher.floating) expressions.push({where: `${where}, floating patterns joined`, regex: matcher.floating})
      if (matcher.starts) expressions.push({where: `${where}, starts`, regex: matcher.starts})
    }
  }
  return expressions
}

/**
 * Merge and compile packs.
 *
 * @param packs Packs in force, in order (universal first, the page's language last).
 * @param orthography How the page's language writes headings and nouns.
 * @param schema What the packs' sections may hold: reading a list or phrases it does not
 *   declare throws a `RangeError`.
 * @returns The compiled rules.
 */
export function compileRules(packs: readonly LanguagePack[], orthography: Orthography, schema: PackSchema): CompiledRules {
  const matchers = new Map<string, Matcher[]>()
  const lists = new Map<string, string[]>()
  const declared = new Map<string, SectionSchema>([...Object.entries(schema.vocabulary), ...Object.entries(schema.rules)])

  for (const pack of packs) {
    for (const {name, where, data} of packEntries(pack, schema)) {
      const entry = declared.get(name)
      if (!entry) throw new RangeError(`newsclean: ${where}: not declared by any rule or the vocabulary`)
      if (entry.phrases || entry.lists) {
        const lineLists = Object.entries(entry.lists ?? {})
          .filter(([, list]) => list.lines)
          .map(([list]) => list)
        const matcher = compileRule(data, where, lineLists)
        if (matcher) {
          let ruleMatchers = matchers.get(name)
          if (!ruleMatchers) matchers.set(name, (ruleMatchers = []))
          ruleMatchers.push(matcher)
        }
      }
      for (const [list, value] of Object.entries(data)) {
        if (list === 'patterns' || list === 'weakLines' || list === 'sources' || !Array.isArray(value)) continue
        const key = `${name}\u0000${list}`
        const items = lists.get(key) ?? []
        for (const item of value) items.push(foldPhrase(item))
        lists.set(key, items)
      }
    }
  }

  const empty: readonly string[] = Object.freeze([])
  const sets = new Map<string, ReadonlySet<string>>()
  /** The key of a declared list; a `RangeError` for one no schema declares. */
  const listKey = (name: string, list: string): string => {
    const entry = declared.get(name)
    if (!entry) throw new RangeError(`newsclean: no rule or vocabulary entry is named '${name}'`)
    if (!(entry.phrases && (list === 'lines' || list === 'starts')) && !Object.hasOwn(entry.lists ?? {}, list)) {
      throw new RangeError(`newsclean: '${name}' has no list '${list}' (lists: ${Object.keys(entry.lists ?? {}).join(', ') || 'none'})`)
    }
    return `${name}\u0000${list}`
  }

  return {
    packs: packs.map((pack) => pack.code),
    headingCase: orthography.headingCase,
    capitalisedNouns: orthography.capitalisedNouns,
    list(name, list) {
      return lists.get(listKey(name, list)) ?? empty
    },
    set(name, list) {
      const key = listKey(name, list)
      let set = sets.get(key)
      if (!set) sets.set(key, (set = new Set((lists.get(key) ?? empty).map((item) => trimEdges(item)))))
      return set
    },
    match(name, lower, words) {
      const ruleMatchers = matchers.get(name)
      if (!ruleMatchers) {
        if (!declared.get(name)?.phrases) throw new RangeError(`newsclean: '${name}' holds no phrases to match`)
        return undefined
      }
      const count = words ?? countWords(lower)
      let trimmed: string | undefined
      for (const matcher of ruleMatchers) {
        if (matcher.lines.size > 0) {
          trimmed ??= trimEdges(lower)
          // A long line is no whole-line phrase: no hash of it is computed.
          if (trimmed.length <= matcher.longest && matcher.lines.has(trimmed)) return lower
        }
        if (matcher.weak.size > 0) {
          trimmed ??= trimEdges(lower)
          if (trimmed.length <= matcher.longest && matcher.weak.has(trimmed) && !SENTENCE_END.test(lower.trimEnd())) return lower
        }
        if (count > matcher.maxWords || lower.length > MAX_MATCH_LENGTH) continue
        const found = matchStartsOrPatterns(matcher, lower)
        if (found !== undefined) return found
        if (!LEADING_SEPARATOR.test(lower)) continue
        const bare = matchStartsOrPatterns(matcher, lower.replace(LEADING_SEPARATOR, ''))
        if (bare !== undefined) return bare
      }
      return undefined
    }
  }
}
