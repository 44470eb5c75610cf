/**
 * Check the concept table of issue 17 (`data/concepts/*.json`):
 *
 * 1. structure: every concept of `concepts.json` has, in every language file, an entry with
 *    phrases and sources or a `notApplicable` reason; rules and source keys are known;
 * 2. patterns: each compiles with flag `u`, is written in lower case (lines are matched
 *    folded and lower-cased), and puts no ASCII-only `\b` next to a non-ASCII letter;
 * 3. linear time: every pattern source and every compiled `starts` expression goes through
 *    recheck with the parameters of `test/regex-safety.test.ts` (results cached in
 *    `.scratch/recheck-cache.json`, keyed by source);
 * 4. false positives: every phrase (`lines`, `starts`, `patterns`, and the byline/agency
 *    patterns of `metadata`) is run over article text — the wceb corpus truth, the article
 *    extraction benchmark's `articleBody`, and the `+` lines of every labelled fixture — and
 *    each hit is listed with the line it took (`weakLines` hits apart: one-word phrases that the
 *    engine should take only without sentence-final punctuation).
 *
 * Usage: `npx tsx scripts/check-concepts.ts [--no-redos] [--json FILE]`. Exits 1 when a
 * structural check fails or a pattern is not proven safe; false positives are reported
 * (they need a reading: some corpus truths keep furniture lines).
 */
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {fold, foldPhrase, trimEdges} from '../src/text/fold.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dataDir = path.join(root, 'data', 'concepts')
const CORPORA = process.env.NEWSCLEAN_CORPORA ?? '/work/shared/corpora'
const args = process.argv.slice(2)
const skipRedos = args.includes('--no-redos')
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined

/** The separator after a `starts` phrase, as src/rules.ts compiles it. */
const STARTS_SEPARATOR = '(?: ?[:>»|]| -|- )'
/**
 * Escape a phrase for a `u` expression. Not src/text.ts `escapeRegExp`: it escapes `-`, which a
 * `u` expression rejects outside a class (`mots\-clés` throws), so a `starts` phrase with a hyphen
 * would not compile there.
 */
const escapePhrase = (value: string): string => value.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')
/** A leading pipe or bullet the engine also strips before `starts` and `patterns`. */
const LEADING_SEPARATOR = /^[|•·] ?/
/** Words a line may have for the engine to try `starts` and `patterns` (its default). */
const DEFAULT_MAX_WORDS = 40

interface Entry {
  lines?: string[]
  weakLines?: string[]
  starts?: string[]
  patterns?: string[]
  sources?: string[]
  notApplicable?: string
}
interface LanguageFile {
  code: string
  name: string
  concepts: Record<string, Entry>
  speech: {markers: string[]; patterns: string[]; sources: string[]}
  metadata: {bylinePrefixes: string[]; agencies: string[]; bylinePatterns: string[]; agencyPatterns: string[]; dateline?: string[]; sources: string[]}
}
interface Catalogue {
  rules: string[]
  concepts: Record<string, {rule: string; description: string}>
  sources: Record<string, unknown>
}

const catalogue = JSON.parse(readFileSync(path.join(dataDir, 'concepts.json'), 'utf8')) as Catalogue
const languages: LanguageFile[] = readdirSync(dataDir)
  .filter((name) => /^[a-z]{2}\.json$/.test(name))
  .sort()
  .map((name) => JSON.parse(readFileSync(path.join(dataDir, name), 'utf8')) as LanguageFile)

const errors: string[] = []
const warnings: string[] = []

// ---------------------------------------------------------------------------------------------
// 1. Structure and coverage

const conceptIds = Object.keys(catalogue.concepts)
for (const [id, concept] of Object.entries(catalogue.concepts)) {
  if (!catalogue.rules.includes(concept.rule)) errors.push(`concept ${id}: unknown rule ${concept.rule}`)
}
const coverage: Array<{code: string; entries: number; notApplicable: number; missing: string[]}> = []
for (const language of languages) {
  let entries = 0
  let notApplicable = 0
  const missing: string[] = []
  for (const id of Object.keys(language.concepts)) if (!catalogue.concepts[id]) errors.push(`${language.code}: unknown concept ${id}`)
  for (const id of conceptIds) {
    const entry = language.concepts[id]
    if (!entry) {
      missing.push(id)
      continue
    }
    if (typeof entry.notApplicable === 'string') {
      if (entry.notApplicable.length < 10) errors.push(`${language.code} ${id}: notApplicable needs a reason`)
      notApplicable++
      continue
    }
    entries++
    const phrases = (entry.lines?.length ?? 0) + (entry.weakLines?.length ?? 0) + (entry.starts?.length ?? 0) + (entry.patterns?.length ?? 0)
    if (phrases === 0) errors.push(`${language.code} ${id}: no phrase`)
    if (!entry.sources?.length) errors.push(`${language.code} ${id}: no source`)
    for (const source of entry.sources ?? []) {
      if (!source.startsWith('site:') && !(source in catalogue.sources)) errors.push(`${language.code} ${id}: unknown source ${source}`)
    }
    for (const phrase of [...(entry.lines ?? []), ...(entry.weakLines ?? []), ...(entry.starts ?? [])]) {
      if (phrase !== phrase.trim() || phrase.length === 0) errors.push(`${language.code} ${id}: phrase with edge spaces ${JSON.stringify(phrase)}`)
    }
  }
  coverage.push({code: language.code, entries, notApplicable, missing})
}

// ---------------------------------------------------------------------------------------------
// 2. Patterns: compile, lower case, `\b` next to a non-ASCII letter

interface Pattern {
  where: string
  source: string
  regex: RegExp
}

const nonAsciiLetter = (char: string | undefined): boolean => !!char && char.charCodeAt(0) > 127 && /\p{L}/u.test(char)

/** First (`step` 1) or last (`step` -1) characters of the alternatives of the group that opens or closes at `at`. */
function groupEdges(source: string, at: number, step: 1 | -1): string[] {
  const edges: string[] = []
  let depth = 0
  let take = true
  for (let index = at; index >= 0 && index < source.length; index += step) {
    const char = source.charAt(index)
    const escaped = index > 0 && source.charAt(index - 1) === '\\'
    if (!escaped && char === (step === 1 ? '(' : ')')) {
      depth++
      take = true
      continue
    }
    if (!escaped && char === (step === 1 ? ')' : '(')) {
      depth--
      if (depth === 0) break
      continue
    }
    if (depth === 1 && !escaped && char === '|') {
      take = true
      continue
    }
    if (depth === 1 && take) {
      // Skip a `?:` right after an opening parenthesis.
      if (step === 1 && char === '?' && source.charAt(index + 1) === ':') {
        index++
        continue
      }
      edges.push(char)
      take = false
    }
  }
  return edges
}

function boundaryMisuse(source: string): boolean {
  for (let index = source.indexOf('\\b'); index !== -1; index = source.indexOf('\\b', index + 2)) {
    if (index > 0 && source.charAt(index - 1) === '\\') continue
    const before = source.charAt(index - 1)
    const after = source.charAt(index + 2)
    const edges = [before, after]
    if (before === ')') edges.push(...groupEdges(source, index - 1, -1))
    if (after === '(') edges.push(...groupEdges(source, index + 2, 1))
    if (edges.some(nonAsciiLetter)) return true
  }
  return false
}

/** Letters in upper case outside escapes (`\p{L}`, `\b`, `\d`): such a pattern never matches a lower-cased line. */
function hasUpperCase(source: string): boolean {
  const stripped = source.replace(/\\[pP]\{[^}]{1,40}\}/g, '').replace(/\\./g, '')
  return /\p{Lu}/u.test(stripped)
}

function compile(where: string, source: string): Pattern | undefined {
  try {
    const regex = new RegExp(source, 'u')
    if (hasUpperCase(source)) warnings.push(`${where}: upper-case letter in a pattern tested on lower-cased lines: ${source}`)
    if (boundaryMisuse(source)) errors.push(`${where}: \\b next to a non-ASCII letter: ${source}`)
    return {where, source, regex}
  } catch (error) {
    errors.push(`${where}: invalid pattern ${source}: ${(error as Error).message}`)
    return undefined
  }
}

interface Matcher {
  language: string
  concept: string
  lines: Map<string, string>
  weakLines: Map<string, string>
  starts?: {regex: RegExp; phrases: string[]}
  patterns: Pattern[]
}

const matchers: Matcher[] = []
const metadataPatterns: Array<{language: string; kind: string; pattern: Pattern}> = []
for (const language of languages) {
  for (const [concept, entry] of Object.entries(language.concepts)) {
    if (entry.notApplicable) continue
    const lines = new Map<string, string>()
    for (const phrase of entry.lines ?? []) lines.set(trimEdges(fold(phrase)), phrase)
    const weakLines = new Map<string, string>()
    for (const phrase of entry.weakLines ?? []) weakLines.set(trimEdges(fold(phrase)), phrase)
    const startsPhrases = (entry.starts ?? []).map((phrase) => trimEdges(fold(phrase)))
    const starts = startsPhrases.length
      ? {regex: new RegExp(`^(?:${startsPhrases.map(escapePhrase).join('|')})${STARTS_SEPARATOR}`, 'u'), phrases: startsPhrases}
      : undefined
    const patterns = (entry.patterns ?? []).flatMap((source, index) => compile(`${language.code} ${concept} patterns[${index}]`, source) ?? [])
    matchers.push({language: language.code, concept, lines, weakLines, starts, patterns})
  }
  for (const [kind, sources] of [
    ['speech', language.speech.patterns],
    ['bylinePatterns', language.metadata.bylinePatterns],
    ['agencyPatterns', language.metadata.agencyPatterns],
    ['dateline', language.metadata.dateline ?? []]
  ] as const) {
    sources.forEach((source, index) => {
      const pattern = compile(`${language.code} ${kind}[${index}]`, source)
      if (pattern && kind !== 'speech' && kind !== 'dateline') metadataPatterns.push({language: language.code, kind, pattern})
    })
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Linear time (recheck)

const redos: Array<{where: string; source: string; status: string; detail: string}> = []
if (!skipRedos) {
  process.env.RECHECK_BACKEND = 'pure'
  const {check} = await import('recheck')
  const PARAMETERS = {maxRepeatCount: 1000, randomSeed: 1, timeout: 60_000}
  const cacheFile = path.join(root, '.scratch', 'recheck-cache.json')
  const cache: Record<string, {status: string; detail: string}> = existsSync(cacheFile) ? JSON.parse(readFileSync(cacheFile, 'utf8')) : {}
  const todo = new Map<string, string[]>()
  const add = (source: string, where: string): void => {
    todo.set(source, [...(todo.get(source) ?? []), where])
  }
  for (const matcher of matchers) {
    for (const pattern of matcher.patterns) add(pattern.source, pattern.where)
    if (matcher.starts) add(matcher.starts.regex.source, `${matcher.language} ${matcher.concept} starts (compiled)`)
  }
  for (const {pattern} of metadataPatterns) add(pattern.source, pattern.where)
  for (const language of languages) language.speech.patterns.forEach((source, index) => add(source, `${language.code} speech[${index}]`))
  let done = 0
  for (const [source, places] of todo) {
    let result = cache[source]
    if (!result) {
      const checked = await check(source, 'u', PARAMETERS)
      const detail =
        checked.status === 'vulnerable'
          ? `${checked.complexity.summary}, attack ${JSON.stringify(checked.attack.pattern)}`
          : checked.status === 'unknown'
            ? `not proven: ${JSON.stringify(checked.error)}`
            : ''
      result = {status: checked.status, detail}
      cache[source] = result
    }
    if (result.status !== 'safe') {
      redos.push({where: places.join('; '), source, ...result})
      errors.push(`${places[0]}: recheck ${result.status} ${result.detail}: ${source}`)
    }
    if (++done % 200 === 0) process.stderr.write(`recheck ${done}/${todo.size}\n`)
  }
  mkdirSync(path.dirname(cacheFile), {recursive: true})
  writeFileSync(cacheFile, JSON.stringify(cache))
  console.log(`recheck: ${todo.size} distinct expressions, ${redos.length} not proven safe`)
}

// ---------------------------------------------------------------------------------------------
// 4. False positives on article text

interface ArticleLine {
  text: string
  origin: string
  language: string
}

function* articleLines(): Generator<ArticleLine> {
  const wceb = path.join(CORPORA, 'wceb', 'pages.jsonl.gz')
  if (existsSync(wceb)) {
    const text = execFileSync('gzip', ['-dc', wceb], {maxBuffer: 1 << 30}).toString('utf8')
    for (const row of text.split('\n')) {
      if (!row) continue
      const page = JSON.parse(row) as {id: string; lang: string; truth: string}
      const language = {fra: 'fr', deu: 'de', spa: 'es', ita: 'it', por: 'pt', nld: 'nl'}[page.lang] ?? 'en'
      for (const line of page.truth.split('\n')) if (line.trim()) yield {text: line, origin: `wceb ${page.id}`, language}
    }
  } else warnings.push(`no wceb corpus at ${wceb}`)
  const benchmark = path.join(CORPORA, 'article-extraction-benchmark', 'ground-truth.json')
  if (existsSync(benchmark)) {
    const truth = JSON.parse(readFileSync(benchmark, 'utf8')) as Record<string, {articleBody: string}>
    for (const [id, item] of Object.entries(truth)) {
      for (const line of item.articleBody.split('\n')) if (line.trim()) yield {text: line, origin: `benchmark ${id.slice(0, 12)}`, language: 'en'}
    }
  } else warnings.push(`no benchmark ground truth at ${benchmark}`)
  const fixtures = path.join(root, 'fixtures')
  for (const name of readdirSync(fixtures)
    .filter((file) => file.endsWith('.labels.tsv'))
    .sort()) {
    const language = /^\d{3}_([a-z]{2})_/.exec(name)?.[1] ?? 'und'
    const rows = readFileSync(path.join(fixtures, name), 'utf8').split('\n').slice(1)
    for (const row of rows) {
      const [mark, , line, ...text] = row.split('\t')
      if (mark === '+') yield {text: text.join('\t'), origin: `fixture ${name.replace('.labels.tsv', '')}:${line}`, language}
    }
  }
}

/**
 * The phrases the language's current pack already has (src/languages/<code>.json, read only),
 * so that a hit can be told apart: a phrase the library runs today, or one this table adds.
 */
const packDir = path.join(root, 'src', 'languages')
const existing = new Map<string, Set<string>>()
for (const name of readdirSync(packDir).filter((file) => file.endsWith('.json'))) {
  const pack = JSON.parse(readFileSync(path.join(packDir, name), 'utf8')) as {
    code: string
    rules: Record<string, {lines?: string[]; starts?: string[]; patterns?: string[]}>
  }
  const known = new Set<string>()
  for (const rule of Object.values(pack.rules)) {
    for (const phrase of rule.lines ?? []) known.add(`lines\t${trimEdges(fold(phrase))}`)
    for (const phrase of rule.starts ?? []) known.add(`starts\t${trimEdges(fold(phrase))}`)
    for (const source of rule.patterns ?? []) known.add(`patterns\t${source}`)
  }
  existing.set(pack.code, known)
}
const inPack = (language: string, kind: string, phrase: string): boolean => {
  const key = `${kind}\t${kind === 'starts' ? trimEdges(phrase.replace(/(?: ?[:>»|]| -|- )$/u, '')) : phrase}`
  return !!existing.get(language)?.has(key) || !!existing.get('universal')?.has(key)
}

/** The speech guard of each language: markers (folded, edge spaces kept) and patterns. */
const speech = new Map(
  languages.map((language) => [
    language.code,
    {
      markers: language.speech.markers.map(foldPhrase),
      patterns: language.speech.patterns.flatMap((source) => compile(`${language.code} speech`, source)?.regex ?? [])
    }
  ])
)
/** Whether a folded line reports speech in `language` (the guard would keep it). */
const reportsSpeech = (language: string, folded: string): boolean => {
  const guard = speech.get(language)
  return !!guard && (guard.markers.some((marker) => folded.includes(marker)) || guard.patterns.some((regex) => regex.test(folded)))
}

interface Hit {
  guarded: boolean
  inPack: boolean
  language: string
  concept: string
  kind: string
  phrase: string
  line: string
  origin: string
  lineLanguage: string
  words: number
}

const hits: Hit[] = []
let total = 0
const countWords = (value: string): number => value.split(/\s+/u).filter(Boolean).length
for (const article of articleLines()) {
  total++
  const folded = fold(article.text)
  if (!folded || folded.length > 4000) continue
  const trimmed = trimEdges(folded)
  const bare = folded.replace(LEADING_SEPARATOR, '')
  const words = countWords(folded)
  const hit = (language: string, concept: string, kind: string, phrase: string): void => {
    hits.push({
      guarded: reportsSpeech(article.language, folded) || reportsSpeech(language, folded),
      inPack: inPack(language, kind === 'weakLines' ? 'lines' : kind, kind === 'lines' || kind === 'weakLines' ? trimEdges(fold(phrase)) : phrase),
      language,
      concept,
      kind,
      phrase,
      line: article.text.trim().slice(0, 200),
      origin: article.origin,
      lineLanguage: article.language,
      words
    })
  }
  for (const matcher of matchers) {
    const phrase = matcher.lines.get(trimmed)
    if (phrase !== undefined) hit(matcher.language, matcher.concept, 'lines', phrase)
    const weak = matcher.weakLines.get(trimmed)
    if (weak !== undefined) hit(matcher.language, matcher.concept, 'weakLines', weak)
    const start = matcher.starts?.regex.exec(folded) ?? (bare !== folded ? matcher.starts?.regex.exec(bare) : null)
    if (start) hit(matcher.language, matcher.concept, 'starts', start[0])
    for (const pattern of matcher.patterns) {
      if (pattern.regex.test(folded) || (bare !== folded && pattern.regex.test(bare))) hit(matcher.language, matcher.concept, 'patterns', pattern.source)
    }
  }
  for (const {language, kind, pattern} of metadataPatterns) if (pattern.regex.test(folded)) hit(language, `metadata.${kind}`, 'patterns', pattern.source)
}

// ---------------------------------------------------------------------------------------------
// Report

console.log('\ncoverage (concepts with phrases + not applicable, of %d)', conceptIds.length)
for (const row of coverage) {
  const percent = (((row.entries + row.notApplicable) / conceptIds.length) * 100).toFixed(1)
  const withPhrases = ((row.entries / conceptIds.length) * 100).toFixed(1)
  console.log(
    `  ${row.code}: ${row.entries} with phrases (${withPhrases} %), ${row.notApplicable} not applicable, ${row.missing.length} missing → ${percent} %`
  )
}

/** Hits that matter: the data's language is the line's language, or English (applied to every page). */
const relevant = hits.filter((each) => each.language === each.lineLanguage || each.language === 'en')
const short = relevant.filter((each) => each.kind === 'lines' || each.kind === 'weakLines' || each.words <= DEFAULT_MAX_WORDS)
console.log(
  `\nfalse-positive check: ${total} article lines; ${hits.length} hits in all, ${relevant.length} where the phrase's language applies (${short.length} within the engine's word limits)`
)
const added = relevant.filter((each) => !each.inPack)
console.log(
  `  ${relevant.length - added.length} of them by phrases the current packs already have; ${added.length} by phrases this table adds (listed); ${relevant.filter((each) => each.guarded).length} on lines the speech guard keeps`
)
const fixtureHits = relevant.filter((each) => each.origin.startsWith('fixture'))
console.log(`  on the fixtures' article lines: ${fixtureHits.length} hits, ${fixtureHits.filter((each) => !each.guarded).length} not kept by the speech guard`)
for (const each of fixtureHits)
  console.log(
    `    ${each.guarded ? 'guarded  ' : 'UNGUARDED'} ${each.language} ${each.concept} ${each.kind} ${JSON.stringify(each.phrase).slice(0, 60)} :: ${each.origin}: ${JSON.stringify(each.line).slice(0, 100)}`
  )
const grouped = new Map<string, Hit[]>()
for (const each of added) {
  const key = `${each.language}\t${each.concept}\t${each.kind}\t${each.phrase}`
  grouped.set(key, [...(grouped.get(key) ?? []), each])
}
for (const [key, group] of [...grouped].sort((a, b) => b[1].length - a[1].length)) {
  const [language, concept, kind, phrase] = key.split('\t')
  const guarded = group.filter((each) => each.guarded).length
  console.log(
    `  ${group.length}× ${language} ${concept} ${kind} ${JSON.stringify(phrase).slice(0, 90)}${guarded ? ` (${guarded} reported speech: the guard keeps them)` : ''}`
  )
  for (const each of group.slice(0, 3)) console.log(`      ${each.origin} (${each.words} w): ${JSON.stringify(each.line).slice(0, 150)}`)
}
const others = hits.length - relevant.length
if (others) console.log(`  (${others} hits of a language's phrases on lines of another language not listed: the engine does not apply them there)`)

if (warnings.length) console.log(`\nwarnings:\n  ${warnings.join('\n  ')}`)
if (errors.length) console.log(`\nerrors:\n  ${errors.join('\n  ')}`)
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({coverage, redos, hits, errors, warnings}, null, 1))
process.exitCode = errors.length ? 1 : 0
