import {execFileSync} from 'node:child_process'
import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {packedConsumer} from '../support/packed.js'

// A consumer project with the packed newsclean installed, importing the `newsclean/stream` entry.
const {folder: consumer, remove} = packedConsumer('newsclean-stream-consumer-')
afterAll(remove)

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
