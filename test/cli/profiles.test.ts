/**
 * `newsclean --jsonl --site-field url --profiles DIR`: the built command, as a child process.
 * A first pass learns each site's profile (by registrable domain), a second cleans each record
 * with its site's profile; profiles are kept in DIR and updated by the next run.
 */
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {clean, createProfile, loadProfile} from '../../src/index.js'
import {siteOf} from '../../src/cli/site.js'
import {runCli, type Outcome} from '../support/cli.js'
import {sitePage} from '../support/site.js'

const work = mkdtempSync(path.join(tmpdir(), 'newsclean-profiles-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

/** Run the command in the work folder. */
const run = (args: string[], input?: string): Promise<Outcome> => runCli(args, input, {cwd: work})

/** Records of two sites (six pages each, under several host names) and one without a URL. */
const records: Array<{url?: string; id?: string; text: string}> = [
  ...Array.from({length: 6}, (_, index) => ({url: `https://${index % 2 ? 'www' : 'news'}.daily-example.co.uk/story/${index}`, text: sitePage(index).text})),
  ...Array.from({length: 6}, (_, index) => ({
    url: `http://blog.other-site.com/${index}`,
    text: [
      'Other Site',
      'Subscribe to the Other Site letter',
      sitePage(index + 40)
        .article.slice(1, 4)
        .join('\n\n'),
      'Other Site, 1 Main Street'
    ].join('\n\n')
  })),
  {id: 'no url', text: sitePage(99).text}
]
const crawl = path.join(work, 'crawl.jsonl')
writeFileSync(crawl, records.map((record) => JSON.stringify(record)).join('\n') + '\n')

/** What the library gives for each record with the profile of its site learnt from every record of the site. */
function expected(times = 1): string[] {
  const profiles = new Map<string, ReturnType<typeof createProfile>>()
  for (let pass = 0; pass < times; pass++) {
    for (const record of records) {
      const site = siteOf(record.url)
      if (site === undefined) continue
      if (!profiles.has(site)) profiles.set(site, createProfile({site}))
      profiles.get(site)!.learn(record.text)
    }
  }
  return records.map((record) => {
    const profile = profiles.get(siteOf(record.url) ?? '')
    return JSON.stringify({...record, text: clean(record.text, profile ? {profile} : {}).text})
  })
}

describe('newsclean --profiles', () => {
  it('groups records by registrable domain, learns, then cleans each with its site profile', async () => {
    const dir = path.join(work, 'one')
    const outcome = await run(['--jsonl', '--site-field', 'url', '--profiles', dir, crawl])
    expect(outcome.stderr).toBe('')
    expect(outcome.code).toBe(0)
    expect(outcome.stdout.trimEnd().split('\n')).toEqual(expected())
    expect(loadProfile(readFileSync(path.join(dir, 'daily-example.co.uk.json'), 'utf8')).pages).toBe(6)
    expect(loadProfile(readFileSync(path.join(dir, 'other-site.com.json'), 'utf8')).site).toBe('other-site.com')
    // The site lines went: the menu of the first site's pages.
    expect(JSON.parse(outcome.stdout.split('\n')[0]!).text).not.toContain('* Business')
  })

  it('updates the profiles on the next run; --no-learn reads them as they are; --jobs 2 gives the same', async () => {
    const dir = path.join(work, 'two')
    expect((await run(['--jsonl', '--profiles', dir, '--learn-only', crawl])).stdout).toBe('')
    const again = await run(['--jsonl', '--profiles', dir, '--jobs', '1', crawl])
    expect(again.code).toBe(0)
    expect(again.stdout.trimEnd().split('\n')).toEqual(expected(2))
    const file = path.join(dir, 'daily-example.co.uk.json')
    const before = readFileSync(file, 'utf8')
    expect(loadProfile(before).pages).toBe(12)
    const fixed = await run(['--jsonl', '--profiles', dir, '--no-learn', '--jobs', '2', '--batch', '2'], readFileSync(crawl, 'utf8'))
    expect(fixed.code).toBe(0)
    expect(fixed.stdout).toBe(again.stdout)
    expect(readFileSync(file, 'utf8')).toBe(before)
  })

  it('reports a profile file that is no profile, leaves it, and cleans its records without it', async () => {
    const dir = path.join(work, 'bad')
    await run(['--jsonl', '--profiles', dir, '--learn-only', crawl])
    const file = path.join(dir, 'other-site.com.json')
    writeFileSync(file, '{"format": "something else"}\n')
    const learnt = await run(['--jsonl', '--profiles', dir, '--learn-only', crawl])
    expect(learnt.code).toBe(1)
    expect(learnt.stderr).toMatch(/other-site\.com\.json: not a site profile: `format`.*; not updated/)
    expect(readFileSync(file, 'utf8')).toBe('{"format": "something else"}\n')
    const cleaned = await run(['--jsonl', '--profiles', dir, '--no-learn', crawl])
    expect(cleaned.code).toBe(1)
    expect(cleaned.stderr.trim().split('\n')).toHaveLength(1)
    expect(cleaned.stderr).toMatch(/crawl\.jsonl:7: .*other-site\.com\.json: not a site profile.*cleaned without it/)
    const lines = cleaned.stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(records.length)
    expect(JSON.parse(lines[6]!).text).toBe(clean(records[6]!.text).text)
  })

  it.each([
    [['--profiles', 'p', 'x.txt'], /--profiles .* needs --jsonl/],
    [['--jsonl', '--learn-only', 'x.jsonl'], /--learn-only goes with --profiles/],
    [['--jsonl', '--site-field', 'link', 'x.jsonl'], /--site-field goes with --profiles/],
    [['--jsonl', '--profiles', 'p', '--learn-only', '--no-learn', 'x.jsonl'], /nothing to do/],
    [['--jsonl', '--profiles', 'p', '--learn-only', '--report', 'x.jsonl'], /writes no records/],
    [['--jsonl', '--profiles', 'p'], /standard input cannot give/]
  ])('refuses %j', async (args, message) => {
    const outcome = await run(args, '')
    expect(outcome.code).toBe(2)
    expect(outcome.stderr).toMatch(message)
    expect(existsSync(path.join(work, 'p'))).toBe(false)
  })
})
