/**
 * The code of docs/cli.md, run as written: blocks marked `<!-- file: name -->` are written to
 * a folder inside the project (so `import 'newsclean'` resolves to the built package), blocks
 * marked `<!-- run: name -->` are run there with Node, on a seed page and no network.
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'
import {clean, reportOf} from '../../src/index.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const doc = readFileSync(path.join(root, 'docs', 'cli.md'), 'utf8')
const blocks = new Map<string, {kind: string; code: string}>()
for (const match of doc.matchAll(/<!-- (file|run): ([\w.-]+) -->\n\n?```js\n([\s\S]*?)\n```/g)) blocks.set(match[2]!, {kind: match[1]!, code: match[3]!})

const page = readFileSync(path.join(root, 'fixtures', '001_b46072169c073c9b.txt'), 'utf8')
const folder = mkdtempSync(path.join(root, '.recipes-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))
for (const [name, {code}] of blocks) writeFileSync(path.join(folder, name), `${code}\n`)
writeFileSync(path.join(folder, 'page.txt'), page)
const crawl = [
  {url: 'https://example.org/1', text: page, status: 200},
  {url: 'https://example.org/2', text: 'Short page.\n\nLeave a Comment', status: 200}
]
writeFileSync(path.join(folder, 'crawl.jsonl'), `${crawl.map((record) => JSON.stringify(record)).join('\n')}\n`)

/** Run a recipe with Node in the folder. */
function run(name: string): {status: number | null; stdout: string; stderr: string} {
  expect(blocks.get(name)?.kind, `docs/cli.md has a run block ${name}`).toBe('run')
  const outcome = spawnSync(process.execPath, [name], {cwd: folder, encoding: 'utf8'})
  return {status: outcome.status, stdout: outcome.stdout, stderr: outcome.stderr}
}

describe('docs/cli.md recipes', () => {
  it('has the blocks this test runs', () => {
    expect([...blocks.keys()].sort()).toEqual(['clean-worker.mjs', 'handler.mjs', 'handler.test.mjs', 'iterable.mjs', 'pool.mjs', 'stream.mjs', 'use-pool.mjs'])
  })

  it('the Crawlee-style handler cleans a page given by a stub page object', () => {
    const outcome = run('handler.test.mjs')
    expect(outcome.stderr).toBe('')
    expect(outcome.status).toBe(0)
    const record = JSON.parse(outcome.stdout) as Record<string, unknown>
    const result = clean(page)
    expect(record).toMatchObject({url: 'https://example.org/a', title: result.metadata.title, byline: 'Sara', language: 'fr', text: result.text})
  })

  it('the stream pipeline writes cleaned records with their report', () => {
    const outcome = run('stream.mjs')
    expect(outcome.status).toBe(0)
    const lines = readFileSync(path.join(folder, 'clean.jsonl'), 'utf8').trimEnd().split('\n')
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual(
      crawl.map((record) => ({...record, text: clean(record.text).text, newsclean: JSON.parse(JSON.stringify(reportOf(clean(record.text)))) as unknown}))
    )
  })

  it('cleanAll passes a record that cannot be cleaned through, naming it', () => {
    const outcome = run('iterable.mjs')
    expect(outcome.status).toBe(0)
    expect(
      outcome.stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as unknown)
    ).toEqual([
      {id: 1, text: clean(page).text},
      {id: 2, text: null}
    ])
    expect(outcome.stderr).toMatch(/^page 2 not cleaned: .*not a string/)
  })

  it('the worker-pool recipe cleans on worker threads, in order', () => {
    const outcome = run('use-pool.mjs')
    expect(outcome.stderr).toBe('')
    expect(outcome.stdout).toBe(`100 ${clean(page).metadata.byline}\n`)
  })
})
