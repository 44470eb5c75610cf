/**
 * False positives of the phrase rules on article text: every line of the wceb corpus truth, of
 * the article extraction benchmark's `articleBody` and every `+` line of the labelled fixtures
 * is cleaned alone, in its language (the wceb page's language, English for the benchmark, the
 * fixture's language), with only the rules that judge a line by its own text on; any removal is
 * a phrase taking article text. Then the coverage of the concept table per language.
 *
 * The corpora are read by path (`NEWSCLEAN_CORPORA`, default `../shared/corpora` beside the
 * project, then `/work/shared/corpora`); nothing is copied. Some truths keep furniture
 * (`Advertisement`, `Posted by … at …`): read the hits before narrowing a phrase.
 *
 * Usage: `npx tsx scripts/check-concepts.ts [--list] [--json FILE]` (`--list`: every hit).
 */
import {execFileSync} from 'node:child_process'
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {clean, languagePacks, ruleNames} from '../src/index.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const list = args.includes('--list')
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined
const corpora = [process.env.NEWSCLEAN_CORPORA, path.join(root, '..', 'shared', 'corpora'), '/work/shared/corpora'].find(
  (dir): dir is string => !!dir && existsSync(dir)
)

/** The rules that judge a line by its own text (phrases, shapes of one line). */
const LINE_RULES = new Set([
  'social-promo',
  'cookie-banner',
  'image-credit',
  'rights-notice',
  'reader-appeal',
  'comment-share',
  'ad-label',
  'interface-text',
  'click-prompt',
  'byline',
  'contributor-credit',
  'timestamp',
  'tag-list',
  'source-line',
  'image-caption',
  'related-content'
])
const disable = ruleNames.filter((name) => !LINE_RULES.has(name))
const LANGUAGES: Record<string, string> = {fra: 'fr', deu: 'de', spa: 'es', ita: 'it', por: 'pt', nld: 'nl'}

interface Line {
  text: string
  origin: string
  language: string
}

function* articleLines(): Generator<Line> {
  const wceb = corpora && path.join(corpora, 'wceb', 'pages.jsonl.gz')
  if (wceb && existsSync(wceb)) {
    const text = execFileSync('gzip', ['-dc', wceb], {maxBuffer: 1 << 30}).toString('utf8')
    for (const row of text.split('\n')) {
      if (!row) continue
      const page = JSON.parse(row) as {id: string; lang: string; truth: string}
      const language = LANGUAGES[page.lang] ?? 'en'
      for (const line of page.truth.split('\n')) if (line.trim()) yield {text: line, origin: `wceb ${page.id}`, language}
    }
  } else console.warn('no wceb corpus found')
  const benchmark = corpora && path.join(corpora, 'article-extraction-benchmark', 'ground-truth.json')
  if (benchmark && existsSync(benchmark)) {
    const truth = JSON.parse(readFileSync(benchmark, 'utf8')) as Record<string, {articleBody: string}>
    for (const [id, item] of Object.entries(truth)) {
      for (const line of item.articleBody.split('\n')) if (line.trim()) yield {text: line, origin: `benchmark ${id.slice(0, 12)}`, language: 'en'}
    }
  } else console.warn('no article extraction benchmark found')
  const fixtures = path.join(root, 'fixtures')
  for (const name of readdirSync(fixtures)
    .filter((file) => file.endsWith('.labels.tsv'))
    .sort()) {
    const language = /^\d{3}_([a-z]{2})_/.exec(name)?.[1] ?? 'fr'
    for (const row of readFileSync(path.join(fixtures, name), 'utf8').split('\n').slice(1)) {
      const [mark, , line, ...text] = row.split('\t')
      if (mark === '+') yield {text: text.join('\t'), origin: `fixture ${name.replace('.labels.tsv', '')}:${line}`, language}
    }
  }
}

interface Hit {
  rule: string
  reason: string
  line: string
  origin: string
  language: string
}

const hits: Hit[] = []
const seen = new Set<string>()
const bySource = new Map<string, {lines: number; hits: number}>()
let checked = 0
for (const line of articleLines()) {
  const source = line.origin.split(' ')[0]!
  const tally = bySource.get(source) ?? {lines: 0, hits: 0}
  bySource.set(source, tally)
  const key = `${line.language}\u0000${line.text}`
  if (seen.has(key)) continue
  seen.add(key)
  checked++
  tally.lines++
  const result = clean(line.text, {language: line.language, disable})
  for (const removal of result.removed) {
    hits.push({rule: removal.rule, reason: removal.reason, line: line.text.trim().slice(0, 160), origin: line.origin, language: line.language})
    tally.hits++
  }
}

const byRule = new Map<string, number>()
for (const hit of hits) byRule.set(hit.rule, (byRule.get(hit.rule) ?? 0) + 1)
console.log(`false positives: ${hits.length} of ${checked} distinct article lines taken by a line rule`)
for (const [source, tally] of bySource) console.log(`  ${source}: ${tally.hits} of ${tally.lines}`)
console.log('by rule:')
for (const [rule, count] of [...byRule].sort((a, b) => b[1] - a[1])) console.log(`  ${rule.padEnd(20)} ${count}`)
for (const hit of list ? hits : hits.slice(0, 40)) console.log(`  [${hit.rule}] ${hit.language} ${hit.origin}: ${JSON.stringify(hit.line)} — ${hit.reason}`)
if (!list && hits.length > 40) console.log(`  … ${hits.length - 40} more (--list)`)

// Coverage of the concept table, when the packs have one.
const catalogue = path.join(root, 'src', 'language', 'concepts.json')
if (existsSync(catalogue)) {
  const concepts = (JSON.parse(readFileSync(catalogue, 'utf8')) as {concepts: Record<string, {notApplicable?: Record<string, string>}>}).concepts
  const ids = Object.keys(concepts)
  console.log(`\nconcept coverage (of ${ids.length}):`)
  for (const pack of languagePacks.values()) {
    const own = (pack as {concepts?: Record<string, unknown>}).concepts ?? {}
    const covered = ids.filter((id) => own[id] || concepts[id]!.notApplicable?.[pack.code]).length
    console.log(`  ${pack.code}: ${covered} (${((covered / ids.length) * 100).toFixed(1)} %)`)
  }
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({checked, hits, byRule: Object.fromEntries(byRule), bySource: Object.fromEntries(bySource)}, null, 1))
