/**
 * --audit report.html: one self-contained page, checked in a real headless browser (Debian's
 * Chromium driven by playwright-core, no browser download) that opens it and reads the counts
 * back. Without Chromium (a developer machine without it) the browser tests are skipped and
 * say why; `.ci/run` installs it, so CI runs them.
 */
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'
import {AuditWriter, escapeHtml} from '../../src/cli/audit.js'
import {factsOf} from '../../src/cli/exports.js'
import {clean} from '../../src/index.js'
import {runCli} from '../support/cli.js'
import {fixtures} from '../support/helpers.js'

/** The browser's own, called in the page (the project compiles without the DOM's types). */
declare const getComputedStyle: (element: unknown) => {textDecorationLine: string; color: string}

/** Debian's Chromium (`apt-get install chromium`), or only the one NEWSCLEAN_CHROMIUM names. */
const candidates = process.env.NEWSCLEAN_CHROMIUM ? [process.env.NEWSCLEAN_CHROMIUM] : ['/usr/bin/chromium', '/usr/bin/chromium-browser']
const chromium = candidates.find((file) => existsSync(file))
const why = `no Chromium at ${candidates.join(' or ')} (apt-get install chromium, or set NEWSCLEAN_CHROMIUM)`
if (!chromium) console.warn(`test/cli/audit.test.ts: browser tests skipped: ${why}`)
/** Set by .ci/run, which installs Chromium: there, a missing browser is a failure, not a skip. */
const required = process.env.NEWSCLEAN_REQUIRE_BROWSER === '1'

const work = mkdtempSync(path.join(tmpdir(), 'newsclean-audit-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

const pages = ['000_cc75b6f09f6c4717', '001_b46072169c073c9b', '002_7719a9272971f7ea'].map((name) => readFileSync(path.join(fixtures, `${name}.txt`), 'utf8'))
const evil = 'Leave a Comment <script>document.title = "owned"</script>'
const crawl = path.join(work, 'crawl.jsonl')
writeFileSync(crawl, [...pages, evil].map((text, index) => JSON.stringify({id: index, text})).join('\n') + '\n')

/** Lines removed per rule, and records touched per rule, as the library counts them. */
function expectedCounts(): Map<string, {lines: number; records: number}> {
  const counts = new Map<string, {lines: number; records: number}>()
  for (const text of [...pages, evil]) {
    const rules = new Set<string>()
    for (const removal of clean(text).removed) {
      const entry = counts.get(removal.rule) ?? {lines: 0, records: 0}
      entry.lines++
      if (!rules.has(removal.rule)) entry.records++
      rules.add(removal.rule)
      counts.set(removal.rule, entry)
    }
  }
  return counts
}

describe('audit report', () => {
  it.runIf(required)('has a browser where one is required (NEWSCLEAN_REQUIRE_BROWSER=1)', () => {
    expect(chromium, why).toBeDefined()
  })

  it('escapes the page text: a line never becomes markup', async () => {
    let html = ''
    const writer = new AuditWriter(async (text) => void (html += text))
    await writer.start()
    await writer.record(factsOf('x:1', evil, clean(evil), true))
    await writer.end()
    expect(html).not.toContain('<script>')
    expect(html).toContain(escapeHtml('<script>'))
    expect(html).not.toMatch(/\s(?:src|href)=/)
  })

  it.skipIf(!chromium)(`opens in Chromium and shows the counts of every rule${chromium ? '' : ` (skipped: ${why})`}`, async () => {
    const report = path.join(work, 'report.html')
    const outcome = await runCli(['--jsonl', '--jobs', '1', '--audit', report, crawl])
    expect(outcome.code).toBe(0)

    const {chromium: launcher} = await import('playwright-core')
    const browser = await launcher.launch({
      executablePath: chromium,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']
    })
    try {
      const page = await browser.newPage()
      const outside: string[] = []
      page.on('request', (request) => {
        if (!request.url().startsWith('file:')) outside.push(request.url())
      })
      await page.goto(pathToFileURL(report).href)
      expect(await page.title()).toBe('newsclean audit')

      // The summary: one row per rule, with the counts the library gives.
      const rows = await page.$$eval('#summary tbody tr', (trs) =>
        trs.map((tr) => ({
          rule: tr.getAttribute('data-rule'),
          lines: Number(tr.querySelector('.count')?.textContent),
          records: Number(tr.querySelector('.pages')?.textContent)
        }))
      )
      const expected = expectedCounts()
      expect(new Map(rows.map((row) => [row.rule, {lines: row.lines, records: row.records}]))).toEqual(expected)
      const removed = [...expected.values()].reduce((sum, entry) => sum + entry.lines, 0)
      expect(await page.$eval('#summary', (section) => Number(section.getAttribute('data-removed')))).toBe(removed)

      // Shown first, though written last.
      const summaryTop = await page.$eval('#summary', (section) => section.getBoundingClientRect().top)
      const firstRecordTop = await page.$eval('.record', (section) => section.getBoundingClientRect().top)
      expect(summaryTop).toBeLessThan(firstRecordTop)

      // Every removed line struck through, in its rule's colour, the reason on hover.
      expect(await page.$$eval('li.removed', (items) => items.length)).toBe(removed)
      const styles = await page.$$eval('li.removed', (items) =>
        items.map((item) => ({
          decoration: getComputedStyle(item).textDecorationLine,
          color: getComputedStyle(item).color,
          title: item.getAttribute('title'),
          rule: item.getAttribute('data-rule')
        }))
      )
      expect(styles.every((style) => style.decoration === 'line-through')).toBe(true)
      expect(styles.every((style) => style.title?.startsWith(`${style.rule} (`))).toBe(true)
      expect(styles.map((style) => style.title)).toContain('byline (author): Byline: “by” and names')
      const kept = await page.$eval('li.kept', (item) => ({decoration: getComputedStyle(item).textDecorationLine, color: getComputedStyle(item).color}))
      expect(kept.decoration).toBe('none')
      expect(new Set(styles.map((style) => style.color)).has(kept.color)).toBe(false)

      // The page's text stays text, and the report needs nothing from outside.
      expect(await page.title()).toBe('newsclean audit')
      expect(await page.$$eval('.record', (sections) => sections.length)).toBe(4)
      expect(outside).toEqual([])
    } finally {
      await browser.close()
    }
  })
})
