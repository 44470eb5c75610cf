/**
 * Site profiles measured on the wceb corpus (`npm run eval:profiles`).
 *
 * The pages that have a `host`, of the hosts with three pages or more, whole-page text (the
 * `page` field). Each page is cleaned twice: without a profile, and with a profile learnt from
 * the other pages of its host (leave one page out: the page itself is never learnt). Scored with
 * the corpus README's metric (`scripts/lib/wceb.ts`: tokens are lower-cased `[\p{L}\p{N}]+`
 * runs, multiset overlap, macro P / R / F1; "lost": of the truth tokens present in the input,
 * the share cleaning removed; "boilerplate removed": of the input's other tokens, the share
 * cleaning removed).
 *
 * Options: `--wceb DIR` (else `$NEWSCLEAN_WCEB`, else `../shared/corpora/wceb`), `--gate`
 * (exit 1 when a target of issue #16 is missed), `--json FILE` (the figures).
 * The corpus is read in place, never copied; without it the script says so and exits 0.
 */
import {writeFileSync} from 'node:fs'
import {createCleaner, createProfile} from '../src/index.js'
import {bagOf, loadWceb, resolveWceb, scorePage, summarize, tokens, type PageScore, type WcebPage} from './lib/wceb.js'

/** Hosts with at least this many pages are measured. */
const MIN_HOST_PAGES = 3
/** Targets: F1 gain at least, "lost" rise at most (points), profile size at most (bytes). */
const TARGETS = {f1Gain: 0.05, lostRise: 0.2, profileBytes: 64 * 1024}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name)
  return at >= 0 ? process.argv[at + 1] : undefined
}

const dir = resolveWceb(option('--wceb'))
if (dir === undefined) {
  console.log('eval-profiles: no wceb corpus (--wceb DIR, $NEWSCLEAN_WCEB or ../shared/corpora/wceb); nothing measured')
  process.exit(0)
}

const hosts = new Map<string, WcebPage[]>()
for (const page of loadWceb(dir)) {
  if (!page.host) continue
  const list = hosts.get(page.host) ?? []
  list.push(page)
  hosts.set(page.host, list)
}
const measured = [...hosts].filter(([, pages]) => pages.length >= MIN_HOST_PAGES)

const plain = createCleaner()
const without: PageScore[] = []
const withProfile: PageScore[] = []
const rows: Array<{id: string; dataset: string; without: PageScore; with: PageScore}> = []
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
    const truth = bagOf(tokens(page.truth))
    const input = bagOf(tokens(page.page))
    const before = scorePage(truth, input, bagOf(tokens(plain.clean(page.page).text))).cleaned
    const result = createCleaner({profile}).clean(page.page)
    removedBySite += result.removed.filter((removal) => removal.rule === 'site-profile').length
    const after = scorePage(truth, input, bagOf(tokens(result.text))).cleaned
    without.push(before)
    withProfile.push(after)
    rows.push({id: page.id, dataset: page.dataset, without: before, with: after})
    if (++done % 100 === 0) process.stderr.write(`${done}/${total}\n`)
  }
}

const a = summarize(without)
const b = summarize(withProfile)
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
  const x = summarize(chosen.map((row) => row.without))
  const y = summarize(chosen.map((row) => row.with))
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
