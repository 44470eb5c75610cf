import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {root} from '../support/helpers.js'

// A consumer project with newsclean linked in, importing the `newsclean/stream` entry.
const consumer = mkdtempSync(path.join(tmpdir(), 'newsclean-stream-consumer-'))
mkdirSync(path.join(consumer, 'node_modules'))
symlinkSync(root, path.join(consumer, 'node_modules', 'newsclean'), 'dir')
afterAll(() => rmSync(consumer, {recursive: true, force: true}))

const records = JSON.stringify([{id: 1, text: 'Le gouvernement a présenté mercredi un projet de loi.\n\nSuivez-nous sur Telegram : https://t.me/exemple'}])
const program = (load: string) => `${load}
const {Readable, Writable} = require('node:stream')
const out = []
Readable.from(${records})
  .pipe(cleanStream({report: true}))
  .pipe(new Writable({objectMode: true, write(record, _, done) { out.push(record); done() }}))
  .on('finish', async () => {
    const all = []
    for await (const result of cleanAll(['x'])) all.push(typeof result.text)
    console.log(JSON.stringify([out[0].text, out[0].newsclean.removed.map((r) => r.rule), all]))
  })
`

describe('the built newsclean/stream entry', () => {
  it('works with ESM import and CommonJS require', () => {
    writeFileSync(
      path.join(consumer, 'esm.mjs'),
      program(
        "import {cleanStream, cleanAll} from 'newsclean/stream'\nimport {createRequire} from 'node:module'\nconst require = createRequire(import.meta.url)"
      )
    )
    writeFileSync(path.join(consumer, 'cjs.cjs'), program("const {cleanStream, cleanAll} = require('newsclean/stream')"))
    const expected = ['Le gouvernement a présenté mercredi un projet de loi.', ['social-promo'], ['string']]
    for (const file of ['esm.mjs', 'cjs.cjs']) {
      expect(JSON.parse(execFileSync(process.execPath, [file], {cwd: consumer, encoding: 'utf8'})), file).toEqual(expected)
    }
  })
})
