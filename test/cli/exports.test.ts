/**
 * What a run exports besides the cleaned text: --removed-out, --stats, --target-languages
 * with --off-target, --min-chars with --keep-empty.
 */
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {StatsCollector, factsOf, statsTable, tsvRows} from '../../src/cli/exports.js'
import {clean} from '../../src/index.js'
import {runCli} from '../support/cli.js'
import {fixtures} from '../support/helpers.js'

const work = mkdtempSync(path.join(tmpdir(), 'newsclean-exports-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

const french = readFileSync(path.join(fixtures, '001_b46072169c073c9b.txt'), 'utf8')
const english = [
  'The council approved the new budget on Tuesday after a long debate about the cost of repairing the harbour walls.',
  'Updated 10:32 AM EST, Tue March 12, 2024',
  'Officials said the work would begin in the spring and last for at least two years, according to the plan.',
  'Leave a Comment'
].join('\n\n')
const records = [
  {id: 1, text: french},
  {id: 2, text: english},
  {id: 3, text: 'Leave a Comment'},
  {id: 4, text: null}
]
const crawl = path.join(work, 'crawl.jsonl')
writeFileSync(crawl, records.map((record) => JSON.stringify(record)).join('\n') + '\n')

describe('--removed-out', () => {
  it('writes one row per removed line: record, line, rule, category, reason, text', async () => {
    const tsv = path.join(work, 'removed.tsv')
    const outcome = await runCli(['--jsonl', '--jobs', '1', '--removed-out', tsv, crawl])
    expect(outcome.code).toBe(1) // the record without text
    const rows = readFileSync(tsv, 'utf8').trimEnd().split('\n')
    expect(rows[0]).toBe('record\tline\trule\tcategory\treason\ttext')
    const expected = [french, english, 'Leave a Comment'].flatMap((text, index) =>
      clean(text).removed.map((removal) => [`${crawl}:${index + 1}`, removal.line, removal.rule, removal.category, removal.reason, removal.text].join('\t'))
    )
    expect(rows.slice(1)).toEqual(expected)
    expect(rows).toContain(`${crawl}:1\t5\tbyline\tauthor\tByline: “by” and names\tby Sara`)
  })

  it('escapes tabs and line breaks so that a row stays one line', () => {
    const facts = factsOf('crawl.jsonl:7', '', clean(''), false)
    facts.removed = [[3, 'rule', 'promo', 'a\\b', 'one\ttwo\rthree']]
    expect(tsvRows(facts)).toBe('crawl.jsonl:7\t3\trule\tpromo\ta\\\\b\tone\\ttwo\\rthree\n')
  })
})

describe('--stats', () => {
  it('prints a JSON summary on stderr when it is not a terminal', async () => {
    const outcome = await runCli(['--jsonl', '--jobs', '1', '--stats', crawl])
    const summary = JSON.parse(outcome.stderr.trim().split('\n').at(-1)!)
    const results = [french, english, 'Leave a Comment'].map((text) => clean(text))
    const removed = results.reduce((sum, result) => sum + result.removed.length, 0)
    expect(summary).toMatchObject({pages: 3, errors: 1, flagged: {otherLanguage: 0, empty: 1}, lines: {removed}})
    expect(summary.removedByRule['comment-share']).toBe(3)
    expect(Object.keys(summary.byLanguage).sort()).toEqual(['en', 'fr', 'und'])
    expect(summary.pagesPerSecond).toBeGreaterThan(0)
  })

  it('is a table for a terminal', () => {
    const stats = new StatsCollector(0)
    stats.add(factsOf('a', french, clean(french), false))
    const table = statsTable(stats.summary(2, 1000))
    expect(table).toMatch(/pages {6}1 {3}errors 2/)
    expect(table).toMatch(/^ {2}byline +1 +\d+\.\d%$/m)
    expect(table).toMatch(/^ {2}fr +1 +16 +7$/m)
  })
})

describe('--target-languages and --min-chars', () => {
  it('skips pages in other languages, or writes them to --off-target', async () => {
    const side = path.join(work, 'other.jsonl')
    const outcome = await runCli(['--jsonl', '--jobs', '1', '--target-languages', 'fr', '--off-target', side, crawl])
    const ids = outcome.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line).id)
    expect(ids).toEqual([1, 4])
    expect(readFileSync(side, 'utf8')).toBe(`${JSON.stringify(records[1])}\n${JSON.stringify(records[2])}\n`)
    const skipped = await runCli(['--jsonl', '--jobs', '1', '--target-languages', 'fr', crawl])
    expect(skipped.stdout.trimEnd().split('\n')).toHaveLength(2)
  })

  it('drops pages left shorter than --min-chars, or keeps them flagged with --keep-empty', async () => {
    const dropped = await runCli(['--jsonl', '--jobs', '1', '--min-chars', '300', crawl])
    expect(
      dropped.stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line).id)
    ).toEqual([1, 4])
    const kept = await runCli(['--jsonl', '--jobs', '1', '--min-chars', '300', '--keep-empty', '--report', crawl])
    const flags = kept.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line).newsclean?.empty)
    expect(flags).toEqual([false, true, true, undefined])
  })

  it('text pages: an off-target page is not written, its name goes to the side file', async () => {
    const page = path.join(work, 'page.txt')
    writeFileSync(page, english)
    const side = path.join(work, 'names.txt')
    const outcome = await runCli(['--target-languages', 'fr', '--off-target', side, page])
    expect(outcome.code).toBe(0)
    expect(outcome.stdout).toBe('')
    expect(readFileSync(side, 'utf8')).toBe(`${page}\n`)
  })

  it('refuses --off-target without --target-languages, and --keep-empty without --min-chars', async () => {
    expect((await runCli(['--off-target', 'x', '-'], 'a')).stderr).toMatch(/--off-target goes with --target-languages/)
    expect((await runCli(['--keep-empty', '-'], 'a')).code).toBe(2)
  })
})
