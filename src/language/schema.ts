/**
 * The schema of a language pack: what a pack may hold, checked when it is loaded. A pack has
 * three sections of data:
 *
 * - `concepts`: every phrase of the pack, by concept: the furniture it names (`comments-closed`,
 *   `newsletter-signup`, `reading-time`). The concept catalogue (`concepts.json`, see
 *   {@link ConceptCatalogue}) says which rule removes a concept's lines, and so which rule (or
 *   entry of the vocabulary) its phrases and lists are compiled into.
 * - `vocabulary`: words and phrases that several cleaners and page facts read (months, markers
 *   of reported speech, the words between names) and the settings of the shared phrase entries
 *   (`date-stamp`, `age`) whose phrases come from concepts. Its entries are fixed here, in
 *   {@link VOCABULARY}.
 * - `rules`: each rule's settings (`maxWords`) and the word lists that name no furniture
 *   (`joiners`, the words of an appeal), by rule name. What a rule may hold is declared by the
 *   rule itself (its `data`), and handed to {@link assertPack}.
 *
 * Phrases (`lines`, `weakLines`, `starts`, `patterns`) and the lists a rule matches as whole
 * lines live only under concepts: every phrase names what it is. Anything else is an error
 * that names the pack and the key.
 */

/** Phrases that match a line (see `docs/phrases.md`). */
export interface PhraseData {
  /** Whole-line phrases: the line, trimmed of edge punctuation, equals one of them. */
  lines?: string[]
  /** Line-start phrases: the line starts with one of them followed by a separator (`: - – — > » |`). */
  starts?: string[]
  /** Regular expression sources (flag `u`), tested on the folded line. Must run in linear time. */
  patterns?: string[]
  /**
   * Whole-line phrases of one ordinary word (`Partager`, `Teilen`, `Back`): the word also ends
   * hard-wrapped sentences (`back.`), so it matches only a line without sentence-final
   * punctuation (`.`, `!`, `?`, `…`).
   */
  weakLines?: string[]
  /**
   * A line with more words than this is never matched by `starts` or `patterns` (default
   * {@link DEFAULT_MAX_WORDS}); nor is a line of more than 4,000 characters.
   */
  maxWords?: number
}

/** One entry of a pack's `vocabulary` or `rules`: phrases and named word lists. */
export type SectionData = PhraseData & {[list: string]: string[] | number | undefined}

/** What a pack gives one concept: phrases and word lists of the section it feeds, and their sources. */
export type ConceptData = SectionData & {
  /** Where the phrases come from: keys of the catalogue's `sources`, or `site:<domain>`. */
  sources?: string[]
}

/** One concept of the catalogue. */
export interface Concept {
  /** The rule that removes the concept's lines (its phrases are compiled into that rule). */
  rule: string
  /**
   * The vocabulary entry the phrases are compiled into instead, when the rule reads shared
   * phrases (`reading-time`: rule `timestamp`, entry `date-stamp`).
   */
  vocabulary?: string
  /** What the concept's lines are. */
  description: string
  /** Languages the concept does not apply to, each with the reason. */
  notApplicable?: Readonly<Record<string, string>>
}

/** The concept catalogue: every concept the packs may give phrases for. */
export type ConceptCatalogue = Readonly<Record<string, Concept>>

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
   * or captions ask for more.
   */
  capitalisedNouns?: boolean
  /** Shared words and phrases, by entry name (see {@link VOCABULARY}). */
  vocabulary?: Record<string, SectionData>
  /** Every phrase of the pack, by concept id (see {@link ConceptCatalogue}). */
  concepts?: Record<string, ConceptData>
  /** Each rule's settings and word lists that name no furniture, by rule name. */
  rules: Record<string, SectionData>
}

/** What one entry of a pack may hold. */
export interface SectionSchema {
  /** What the entry is for (for people and the generated docs). */
  description: string
  /** Whether it holds phrases (`lines`, `starts`, `patterns`, `maxWords`). */
  phrases?: boolean
  /**
   * Its word lists, with what each holds. A list marked `lines` is also matched as whole-line
   * phrases (a rule's headings or buttons: the rule matches them and tells them apart).
   */
  lists?: Readonly<Record<string, ListSchema>>
}

/** What one word list of an entry holds. */
export interface ListSchema {
  description: string
  /** Also matched as whole-line phrases. */
  lines?: boolean
  /** Exactly this many entries, in a fixed order (months: 12, January first). */
  size?: number
}

/** What the packs' sections may hold: the vocabulary's entries, each rule's, and the concepts. */
export interface PackSchema {
  vocabulary: Readonly<Record<string, SectionSchema>>
  rules: Readonly<Record<string, SectionSchema>>
  /** The concept catalogue: which section each concept's data goes to. */
  concepts: ConceptCatalogue
}

/** Words a line may have at most for `starts` and `patterns` to apply, unless a pack says otherwise. */
export const DEFAULT_MAX_WORDS = 40

/** The keys of a phrase entry. */
const PHRASE_KEYS: ReadonlySet<string> = new Set(['lines', 'weakLines', 'starts', 'patterns', 'maxWords'])

/** The keys that hold phrases (not `maxWords`): only concepts, and the vocabulary entries no concept feeds, hold them. */
const PHRASES: ReadonlySet<string> = new Set(['lines', 'weakLines', 'starts', 'patterns'])

/** The shared vocabulary: entries every pack may give, read by several cleaners and page facts. */
export const VOCABULARY = {
  'date-stamp': {
    description: 'Date stamps and reading times (`Publié le 12 mars 2024`, `5 min read`): what a date line is.',
    phrases: true
  },
  age: {
    description: 'Ages relative to now (`2 days ago`, `il y a 3 heures`): a comment\u2019s or an entry\u2019s age.',
    phrases: true
  },
  speech: {
    description:
      'Markers of reported speech (`, a-t-il déclaré`, `, sagte er`): a line that quotes someone is article text. Patterns: a quotation closed and followed by a reporting verb.',
    phrases: true,
    lists: {markers: {description: 'Substrings that mark a line as reported speech (edge spaces kept).'}}
  },
  dates: {
    description: 'The words of dates written out, and of the date stamps read into `metadata.published`, `modified` and `readingTime`.',
    lists: {
      months: {description: 'Month names or their stems (`jan`, `févr`, `märz`).'},
      ordinals: {description: 'Ordinal suffixes after a day (`st`, `er`).'},
      timeWords: {description: 'Words between a date and its time (`at`, `à`, `um`).'},
      monthNames: {
        description: 'Each month’s words as written in dates, whole (`mars`, `march|mar`): 12 entries, January first, a month’s forms separated by `|`.',
        size: 12
      },
      weekdays: {description: 'Weekday names and their abbreviations (`mardi`, `tue`), passed over in a date.'},
      today: {description: 'Words for today (`aujourd’hui`, `heute`).'},
      yesterday: {description: 'Words for yesterday (`hier`, `gestern`).'},
      ago: {description: 'Words that make an amount of time a time ago (`il y a`, `ago`, `vor`).'},
      units: {
        description: 'Units of time as written (`min|minute|minutes`): 7 entries, second, minute, hour, day, week, month, year, forms separated by `|`.',
        size: 7
      },
      one: {description: 'Words for one in an amount of time (`une`, `an`, `einer`).'},
      published: {description: 'Labels of the publication date (`publié`, `published`).'},
      modified: {description: 'Labels of the last update (`mis à jour`, `updated`).'},
      readingTime: {description: 'Words of a reading time (`temps de lecture`, `read`).'},
      am: {description: 'Marks of a time before noon (`am`, `a.m.`).'},
      pm: {description: 'Marks of a time after noon (`pm`, `p.m.`).'},
      zones: {description: 'Time zones as written, each an offset then its names, separated by `|` (`-05:00|est`).'},
      order: {
        description: 'How a numeric date with `/` or `-` orders its parts: `dmy` or `mdy` (the page’s own pack wins; dots are always day first).'
      }
    }
  },
  site: {
    description: 'The site\u2019s own pages, which menus and footers link to.',
    lists: {
      pages: {
        description:
          'Names of a site\u2019s own pages (`Privacy Policy`, `Contact`, `Mentions légales`): a line of them is the site\u2019s furniture, neither tags nor a section label.'
      }
    }
  },
  names: {
    description: 'The words between the words of people\u2019s names.',
    lists: {
      joiners: {description: 'Name particles and conjunctions that may stand between name words (`de`, `van`, `and`, `&`).'},
      conjunctions: {description: 'Conjunctions that end one name and start another (`and`, `und`, `&`).'},
      outlets: {description: 'Words between a byline\u2019s names and the outlet the author writes for (`pour`, `for`, `für`).'}
    }
  },
  agencies: {
    description: 'News agencies, read into `metadata.agency` from bylines (`Par … avec AFP`, `Von …, dpa`), source lines (`Le Monde avec AFP`) and datelines.',
    lists: {
      names: {description: 'Agency names as written (`AFP`, `dpa`, `Reuters`, `Agence France-Presse`).'},
      joiners: {description: 'Words between a byline\u2019s names and its agency (`avec`, `mit`, `with`).'}
    }
  },
  dateline: {
    description:
      'The opening of an agency dispatch (`Ankara (AFP) -`, `Hamburg (dpa) -`, `(Reuters) -`): article text, never removed, read for `metadata.agency`.',
    phrases: true
  }
} as const satisfies Record<string, SectionSchema>

/** Names of the vocabulary's entries. */
export type VocabularyEntry = keyof typeof VOCABULARY

/**
 * Check that a value is a well-formed language pack for a schema; throw a `TypeError` naming
 * the pack and the key at fault.
 *
 * @param pack Candidate pack.
 * @param schema What the packs' sections may hold.
 * @returns The pack.
 */
export function assertPack(pack: unknown, schema: PackSchema): LanguagePack {
  const fail = (why: string): never => {
    throw new TypeError(`newsclean: invalid language pack: ${why}`)
  }
  if (!pack || typeof pack !== 'object' || Array.isArray(pack))
    fail(`expected an object, got ${pack === null ? 'null' : Array.isArray(pack) ? 'an array' : typeof pack}`)
  const candidate = pack as Partial<LanguagePack>
  if (typeof candidate.code !== 'string' || !/^(?:[a-z]{2,3}|universal)$/.test(candidate.code)) fail('`code` must be an ISO 639-1 code')
  const code = candidate.code as string
  const known = new Set(['code', 'iso6393', 'name', 'headingCase', 'capitalisedNouns', 'vocabulary', 'concepts', 'rules'])
  for (const key of Object.keys(candidate)) if (!known.has(key)) fail(`pack '${code}': unknown key \`${key}\` (known: ${[...known].join(', ')})`)
  if (typeof candidate.name !== 'string') fail(`pack '${code}': \`name\` must be a string`)
  if (candidate.iso6393 !== undefined && (typeof candidate.iso6393 !== 'string' || !/^[a-z]{3}$/.test(candidate.iso6393)))
    fail(`pack '${code}': \`iso6393\` must be an ISO 639-3 code`)
  if (candidate.headingCase !== undefined && candidate.headingCase !== 'sentence' && candidate.headingCase !== 'title')
    fail(`pack '${code}': \`headingCase\` must be 'sentence' or 'title'`)
  if (candidate.capitalisedNouns !== undefined && typeof candidate.capitalisedNouns !== 'boolean')
    fail(`pack '${code}': \`capitalisedNouns\` must be a boolean`)
  // The vocabulary entries that concepts feed hold no phrases of their own.
  const fed = new Set(Object.values(schema.concepts).flatMap((concept) => (concept.vocabulary ? [concept.vocabulary] : [])))
  if (candidate.vocabulary !== undefined) checkSection(fail, code, 'vocabulary', candidate.vocabulary, schema.vocabulary, fed)
  if (!candidate.rules || typeof candidate.rules !== 'object') fail(`pack '${code}': \`rules\` must be an object`)
  checkSection(fail, code, 'rules', candidate.rules, schema.rules, new Set(Object.keys(schema.rules)))
  if (candidate.concepts !== undefined) checkConcepts(fail, code, candidate.concepts, schema)
  return candidate as LanguagePack
}

/**
 * The schema of the section a concept feeds.
 *
 * @param concept The concept.
 * @param schema What the packs' sections may hold.
 * @returns The section's kind, name and schema, or `undefined` when the catalogue names no such section.
 */
export function conceptSection(
  concept: Concept,
  schema: Pick<PackSchema, 'vocabulary' | 'rules'>
): {kind: 'vocabulary' | 'rule'; name: string; schema: SectionSchema} | undefined {
  if (concept.vocabulary !== undefined) {
    const entry = Object.hasOwn(schema.vocabulary, concept.vocabulary) ? schema.vocabulary[concept.vocabulary] : undefined
    return entry && {kind: 'vocabulary', name: concept.vocabulary, schema: entry}
  }
  const entry = Object.hasOwn(schema.rules, concept.rule) ? schema.rules[concept.rule] : undefined
  return entry && {kind: 'rule', name: concept.rule, schema: entry}
}

/** Check a pack's concepts: known ids, and each holding what the section it feeds may hold. */
function checkConcepts(fail: (why: string) => never, code: string, concepts: unknown, schema: PackSchema): void {
  if (!concepts || typeof concepts !== 'object' || Array.isArray(concepts)) fail(`pack '${code}': \`concepts\` must be an object`)
  for (const [id, data] of Object.entries(concepts as Record<string, unknown>)) {
    const where = `pack '${code}', concept '${id}'`
    const concept = Object.hasOwn(schema.concepts, id) ? schema.concepts[id] : undefined
    if (!concept) fail(`${where}: unknown concept (not in the catalogue, src/language/concepts.json)`)
    if (concept!.notApplicable && Object.hasOwn(concept!.notApplicable, code)) fail(`${where}: the catalogue marks it not applicable to '${code}'`)
    const section = conceptSection(concept!, schema)
    if (!section) fail(`${where}: the catalogue names a section no rule or vocabulary entry declares`)
    if (!data || typeof data !== 'object' || Array.isArray(data)) fail(`${where}: must be an object`)
    const lists = section!.schema.lists ?? {}
    for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
      if (key === 'sources') {
        if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) fail(`${where}: \`sources\` must be an array of strings`)
        continue
      }
      const phrase = PHRASE_KEYS.has(key)
      if (phrase && !section!.schema.phrases) fail(`${where}: \`${key}\` is not allowed here (${section!.kind} '${section!.name}' holds no phrases)`)
      if (!phrase && !Object.hasOwn(lists, key)) {
        const allowed = [...(section!.schema.phrases ? PHRASE_KEYS : []), ...Object.keys(lists), 'sources']
        fail(`${where}: unknown key \`${key}\` (allowed for ${section!.kind} '${section!.name}': ${allowed.join(', ')})`)
      }
      checkValue(fail, where, key, value, lists[key]?.size)
    }
  }
}

/** Check one value of an entry: `maxWords` a whole number, anything else an array of strings (of `size` entries when given). */
function checkValue(fail: (why: string) => never, where: string, key: string, value: unknown, size?: number): void {
  if (key === 'maxWords') {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) fail(`${where}: \`maxWords\` must be a whole number of 1 or more`)
  } else if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    fail(`${where}: \`${key}\` must be an array of strings`)
  } else if (size !== undefined && value.length !== size) {
    fail(`${where}: \`${key}\` must have ${size} entries, got ${value.length}`)
  }
}

/**
 * Check the entries of one section of a pack against their schemas.
 *
 * @param conceptsOnly The entries whose phrases (and lists matched as whole lines) come from concepts only.
 */
function checkSection(
  fail: (why: string) => never,
  code: string,
  section: 'vocabulary' | 'rules',
  entries: unknown,
  schemas: Readonly<Record<string, SectionSchema>>,
  conceptsOnly: ReadonlySet<string>
): void {
  if (!entries || typeof entries !== 'object' || Array.isArray(entries)) fail(`pack '${code}': \`${section}\` must be an object`)
  for (const [name, data] of Object.entries(entries as Record<string, unknown>)) {
    const where = `pack '${code}', ${section === 'rules' ? 'rule' : 'vocabulary'} '${name}'`
    const entry = Object.hasOwn(schemas, name) ? schemas[name] : undefined
    if (!entry) fail(`${where}: unknown ${section === 'rules' ? 'rule' : 'entry'} (known: ${Object.keys(schemas).sort().join(', ')})`)
    if (!data || typeof data !== 'object' || Array.isArray(data)) fail(`${where}: must be an object`)
    const lists = entry!.lists ?? {}
    for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
      if (key === 'sources') {
        checkValue(fail, where, key, value)
        continue
      }
      const phrase = PHRASE_KEYS.has(key)
      if (phrase && !entry!.phrases) fail(`${where}: \`${key}\` is not allowed here (it holds no phrases)`)
      if (!phrase && !Object.hasOwn(lists, key)) {
        const allowed = [...(entry!.phrases ? PHRASE_KEYS : []), ...Object.keys(lists)]
        fail(`${where}: unknown key \`${key}\` (allowed: ${allowed.join(', ') || 'none'})`)
      }
      if (conceptsOnly.has(name) && (PHRASES.has(key) || lists[key]?.lines))
        fail(`${where}: \`${key}\` holds phrases: they go under a concept of the pack's \`concepts\``)
      checkValue(fail, where, key, value, lists[key]?.size)
    }
  }
}
