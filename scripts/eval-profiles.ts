/**
 * Site profiles measured on the wceb corpus (`npm run eval:profiles`).
 *
 * The pages that have a `host`, of the hosts with three pages or more, whole-page text (the
 * `page` field). Each page is cleaned twice: without a profile, and with a profile learnt from
 * the other pages of its host (leave one page out: the page itself is never learnt). Scored with
 * the corpus README's metric (tokens are lower-cased `[\p{L}\p{N}]+` runs, multiset overlap,
 * macro P / R / F1; "lost": of the truth tokens present in the input, the share cleaning
 * removed; "boilerplate removed": of the input's other tokens, the share cleaning removed).
 *
 * Options: `--wceb DIR` (else `$NEWSCLEAN_WCEB`, else `../shared/corpora/wceb`), `--gate`
 * (exit 1 when a target of issue #16 is missed), `--json FILE` (the figures).
 * The corpus is read in place, never copied; without it the script says so and exits 0.
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {gunzipSync} from 'node:zlib'
import {createCleaner, createProfile} from '../src/index.js'
import {projectRoot} from './lib/corpus.js'

/** Hosts with at least this many pages are measured. */
const MIN_HOST_PAGES = 3
/** Targets: F1 gain at least, "lost" rise at most (points), profile size at most (bytes). */
const TARGETS = {f1Gain: 0.05, lostRise: 0.2, profileBytes: 64 * 1024}

// The smallest scorer of the corpus README's metric (scripts/lib/wceb.ts replaces it once it
// reaches main).
interface Page {
  id: string
  dataset: string
  host: string | null
  truth: string
  page: string
}
type Bag = Map<string, number>
const TOKEN = /[\p{L}\p{N}]+/gu
function bagOf(text: string): Bag {
  const bag: Bag = new Map()
  for (const token of text.toLowerCase().match(TOKEN) ?? []) bag.set(token, (bag.get(token) ?? 0) + 1)
  return bag
}
function sizeOf(bag: Bag): number {
  let sum = 0
  for (const count of bag.values()) sum += count
  return sum
}
function overlap(a: Bag, b: Bag): number {
  let sum = 0
  for (const [token, count] of a) sum += Math.min(count, b.get(token) ?? 0)
  return sum
}
interface Score {
  p: number
  r: number
  f1: number
  lost?: number
  removed?: number
}
function score(truth: Bag, input: Bag, output: Bag): Score {
  const hit = overlap(truth, output)
  const inputHit = overlap(truth, input)
  const junk = sizeOf(input) - inputHit
  const p = sizeOf(output) === 0 ? 0 : hit / sizeOf(output)
  const r = sizeOf(truth) === 0 ? 0 : hit / sizeOf(truth)
  const result: Score = {p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r)}
  if (inputHit > 0) result.lost = Math.max(0, inputHit - hit) / inputHit
  if (junk > 0) result.removed = Math.max(0, junk - (sizeOf(output) - hit)) / junk
  return result
}
const mean = (values: number[]): number => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length)
function summary(scores: Score[]): {p: number; r: number; f1: number; lost: number; removed: number} {
  return {
    p: mean(scores.map((s) => s.p)),
    r: mean(scores.map((s) => s.r)),
    f1: mean(scores.map((s) => s.f1)),
    lost: mean(scores.flatMap((s) => (s.lost === undefined ? [] : [s.lost]))),
    removed: mean(scores.flatMap((s) => (s.removed === undefined ? [] : [s.removed])))
  }
}
function loadPages(dir: string): Page[] {
  const text = gunzipSync(readFileSync(path.join(dir, 'pages.jsonl.gz'))).toString('utf8')
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Page)
}
// End of the scorer.

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name)
  return at >= 0 ? process.argv[at + 1] : undefined
}

const dir = path.resolve(option('--wceb') ?? (process.env.NEWSCLEAN_WCEB || path.join(projectRoot, '..', 'shared', 'corpora', 'wceb')))
if (!existsSync(path.join(dir, 'pages.jsonl.gz'))) {
  console.log(`eval-profiles: no wceb corpus at ${dir}; nothing measured`)
  process.exit(0)
}

const hosts = new Map<string, Page[]>()
for (const page of loadPages(dir)) {
  if (!page.host) continue
  const list = hosts.get(page.host) ?? []
  list.push(page)
  hosts.set(page.host, list)
}
const measured = [...hosts].filter(([, pages]) => pages.length >= MIN_HOST_PAGES)

const plain = createCleaner()
const without: Score[] = []
const withProfile: Score[] = []
const rows: Array<{id: string; dataset: string; without: Score; with: Score}> = []
let largest = 0
let removedBySite = 0
let done = 0
const total = measured.reduce((sum, [, pages]) => sum + pages.length, 0)
for (const [host, pages] of measured) {
  for (let index = 0; index < pages.length; index++) {
    const profile = createProfile({site: host})
    for (let other = 0; other < pages.length; other++) if (other !== index) profile.learn(pages[other]!.page)
    largest = Math.max(largest, Buffer.byteLength(JSON.stringify(profile)))
    const page = pages[index]!
    const truth = bagOf(page.truth)
    const input = bagOf(page.page)
    const before = score(truth, input, bagOf(plain.clean(page.page).text))
    const result = createCleaner({profile}).clean(page.page)
    removedBySite += result.removed.filter((removal) => removal.rule === 'site-profile').length
    const after = score(truth, input, bagOf(result.text))
    without.push(before)
    withProfile.push(after)
    rows.push({id: page.id, dataset: page.dataset, without: before, with: after})
    if (++done % 100 === 0) process.stderr.write(`${done}/${total}\n`)
  }
}

const a = summary(without)
const b = summary(withProfile)
const f3 = (x: number): string => x.toFixed(3)
const pc = (x: number): string => `${(100 * x).toFixed(2)} %`
const worse = rows.filter((row) => row.with.f1 < row.without.f1 - 1e-9).length
const better = rows.filter((row) => row.with.f1 > row.without.f1 + 1e-9).length
console.log(`wceb, whole-page text: ${measured.length} hosts with ${MIN_HOST_PAGES} pages or more, ${rows.length} pages; leave one page out\n`)
console.log('| cleaning | P | R | F1 | lost | boilerplate removed |')
console.log('|---|---|---|---|---|---|')
console.log(`| without a profile | ${f3(a.p)} | ${f3(a.r)} | ${f3(a.f1)} | ${pc(a.lost)} | ${pc(a.removed)} |`)
console.log(`| with the host's profile | ${f3(b.p)} | ${f3(b.r)} | **${f3(b.f1)}** | ${pc(b.lost)} | ${pc(b.removed)} |`)
console.log(
  `\nF1 ${b.f1 - a.f1 >= 0 ? '+' : ''}${f3(b.f1 - a.f1)}, lost ${b.lost - a.lost >= 0 ? '+' : ''}${(100 * (b.lost - a.lost)).toFixed(2)} points; pages better / worse: ${better} / ${worse}`
)
console.log(`lines removed by site-profile: ${removedBySite}; largest profile: ${(largest / 1024).toFixed(1)} KB`)

const byDataset = [...new Set(rows.map((row) => row.dataset))].sort()
console.log('\n| dataset | pages | F1 without → with | lost without → with |')
console.log('|---|---|---|---|')
for (const dataset of byDataset) {
  const chosen = rows.filter((row) => row.dataset === dataset)
  const x = summary(chosen.map((row) => row.without))
  const y = summary(chosen.map((row) => row.with))
  console.log(`| ${dataset} | ${chosen.length} | ${f3(x.f1)} → ${f3(y.f1)} | ${pc(x.lost)} → ${pc(y.lost)} |`)
}

const jsonFile = option('--json')
if (jsonFile) writeFileSync(jsonFile, JSON.stringify({hosts: measured.length, pages: rows.length, without: a, with: b, better, worse, largest, rows}, null, 1))

if (process.argv.includes('--gate')) {
  const misses: string[] = []
  if (b.f1 - a.f1 < TARGETS.f1Gain) misses.push(`F1 gain ${f3(b.f1 - a.f1)} < ${TARGETS.f1Gain}`)
  if (100 * (b.lost - a.lost) > TARGETS.lostRise) misses.push(`lost rose ${(100 * (b.lost - a.lost)).toFixed(2)} points > ${TARGETS.lostRise}`)
  if (largest > TARGETS.profileBytes) misses.push(`a profile of ${largest} bytes > ${TARGETS.profileBytes}`)
  if (misses.length > 0) {
    console.error(`eval-profiles: targets missed: ${misses.join('; ')}`)
    process.exit(1)
  }
}
