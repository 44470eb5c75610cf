/**
 * The code of docs/scale.md, run as written: site profiles learnt per shard on a BullMQ queue,
 * merged, and the shards cleaned, by two worker processes (two "machines") on one Redis.
 * Needs a Redis server (`$NEWSCLEAN_REDIS_URL`, else redis://127.0.0.1:6379; `.ci/run` starts
 * one): without one the test says so and skips. Each run uses queues of its own (a key prefix),
 * removed at the end.
 */
import {spawn, type ChildProcess} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {connect} from 'node:net'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {Queue} from 'bullmq'
import {describe, expect, it} from 'vitest'
import {clean, createProfile} from '../../src/index.js'
import {siteOf} from '../../src/cli/site.js'
import {sitePage} from '../support/site.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const doc = readFileSync(path.join(root, 'docs', 'scale.md'), 'utf8')
const blocks = new Map<string, string>()
for (const match of doc.matchAll(/<!-- file: ([\w.-]+) -->\n\n?```js\n([\s\S]*?)\n```/g)) blocks.set(match[1]!, match[2]!)

const redisUrl = new URL(process.env.NEWSCLEAN_REDIS_URL ?? 'redis://127.0.0.1:6379')
const redis = {host: redisUrl.hostname, port: Number(redisUrl.port || 6379)}

/** Whether a Redis server answers at the address (a PING within a second). */
function reachable(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(redis)
    const done = (answer: boolean): void => {
      socket.destroy()
      resolve(answer)
    }
    socket.setTimeout(1000, () => done(false))
    socket.on('error', () => done(false))
    socket.on('connect', () => socket.write('PING\r\n'))
    socket.on('data', (data) => done(data.toString().startsWith('+PONG')))
  })
}

const hasRedis = await reachable()
const why = `no Redis server at ${redis.host}:${redis.port} (set NEWSCLEAN_REDIS_URL, or run .ci/run, which starts one)`
if (!hasRedis) console.warn(`docs/scale.md recipe skipped: ${why}`)

describe('docs/scale.md recipe', () => {
  it('has the blocks this test runs', () => {
    expect([...blocks.keys()].sort()).toEqual(['scale-jobs.mjs', 'scale-run.mjs', 'scale-worker.mjs'])
  })

  it.skipIf(!hasRedis)(`learns per shard on two workers, merges, cleans per shard${hasRedis ? '' : ` (skipped: ${why})`}`, async () => {
    const folder = mkdtempSync(path.join(root, '.recipes-scale-'))
    const prefix = `newsclean-test-${process.pid}-${Date.now()}`
    const env = {...process.env, REDIS_URL: redisUrl.href, QUEUE_PREFIX: prefix}
    const workers: ChildProcess[] = []
    try {
      for (const [name, code] of blocks) writeFileSync(path.join(folder, name), `${code}\n`)
      // Three shards of two sites, cut across sites.
      const records = [
        ...Array.from({length: 7}, (_, index) => ({url: `https://www.daily-example.co.uk/${index}`, text: sitePage(index, {disclaimer: true}).text})),
        ...Array.from({length: 5}, (_, index) => ({
          url: `https://blog.other-site.com/${index}`,
          text: `Other Site\n\n${sitePage(index + 50).article.join('\n\n')}\n\nOther Site, 1 Main Street`
        }))
      ]
      const shards = [0, 1, 2].map((shard) => path.join(folder, `part-${shard}.jsonl`))
      shards.forEach((file, shard) =>
        writeFileSync(
          file,
          `${records
            .filter((_, index) => index % 3 === shard)
            .map((record) => JSON.stringify(record))
            .join('\n')}\n`
        )
      )
      // Two machines.
      for (let machine = 0; machine < 2; machine++) {
        const worker = spawn(process.execPath, ['scale-worker.mjs'], {cwd: folder, env})
        workers.push(worker)
        await new Promise<void>((resolve, reject) => {
          let out = ''
          worker.stdout!.on('data', (chunk: Buffer) => {
            out += chunk.toString()
            if (out.includes('ready')) resolve()
          })
          worker.stderr!.on('data', (chunk: Buffer) => reject(new Error(chunk.toString())))
          worker.on('exit', (code) => reject(new Error(`worker exited with ${code}`)))
        })
      }
      const outcome = await new Promise<{code: number | null; stdout: string; stderr: string}>((resolve) => {
        const run = spawn(process.execPath, ['scale-run.mjs', 'profiles', ...shards], {cwd: folder, env})
        let stdout = ''
        let stderr = ''
        run.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
        run.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
        run.on('close', (code) => resolve({code, stdout, stderr}))
      })
      expect(outcome.stderr).toBe('')
      expect(outcome.code).toBe(0)
      expect(JSON.parse(outcome.stdout)).toEqual({sites: ['daily-example.co.uk', 'other-site.com'], records: records.length})

      // What one machine gives: profiles learnt from every record, in order.
      const profiles = new Map<string, ReturnType<typeof createProfile>>()
      for (const record of records) {
        const site = siteOf(record.url)!
        if (!profiles.has(site)) profiles.set(site, createProfile({site}))
        profiles.get(site)!.learn(record.text)
      }
      for (const [site, profile] of profiles) expect(readFileSync(path.join(folder, 'profiles', `${site}.json`), 'utf8')).toBe(`${JSON.stringify(profile)}\n`)
      shards.forEach((file, shard) => {
        const cleaned = readFileSync(file.replace(/\.jsonl$/, '.clean.jsonl'), 'utf8')
          .trimEnd()
          .split('\n')
        const expected = records
          .filter((_, index) => index % 3 === shard)
          .map((record) => JSON.stringify({...record, text: clean(record.text, {profile: profiles.get(siteOf(record.url)!)!}).text}))
        expect(cleaned).toEqual(expected)
      })
      // The site's menu went, the disclaimer every article carries stayed.
      const first = JSON.parse(readFileSync(shards[0]!.replace(/\.jsonl$/, '.clean.jsonl'), 'utf8').split('\n')[0]!) as {text: string}
      expect(first.text).not.toContain('* Business')
      expect(first.text).toContain('The views expressed in this article')
    } finally {
      await Promise.all(
        workers.map(
          (worker) =>
            new Promise<void>((resolve) => {
              if (worker.exitCode !== null) return resolve()
              worker.once('exit', () => resolve())
              worker.kill('SIGTERM')
            })
        )
      )
      for (const name of ['newsclean-learn', 'newsclean-merge', 'newsclean-clean']) {
        const queue = new Queue(name, {connection: redis, prefix})
        await queue.obliterate({force: true})
        await queue.close()
      }
      rmSync(folder, {recursive: true, force: true})
    }
  })
})
