import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {root} from '../support/helpers.js'

// A consumer project with newsclean installed (a link to this package, as `npm link` would do).
const consumer = mkdtempSync(path.join(tmpdir(), 'newsclean-consumer-'))
mkdirSync(path.join(consumer, 'node_modules'))
symlinkSync(root, path.join(consumer, 'node_modules', 'newsclean'), 'dir')
afterAll(() => rmSync(consumer, {recursive: true, force: true}))

const page =
  'Le gouvernement a présenté mercredi un projet de loi visant à renforcer la protection des données.\\n\\nSuivez-nous sur Telegram : https://t.me/exemple\\n\\nTous droits réservés'

function run(file: string, source: string): string {
  writeFileSync(path.join(consumer, file), source)
  return execFileSync(process.execPath, [file], {cwd: consumer, encoding: 'utf8'})
}

describe('the built package', () => {
  it('works with ESM import', () => {
    const out = run(
      'esm.mjs',
      `import {clean, createCleaner, retextNewsclean, cleaners} from 'newsclean'
const r = clean('${page}')
console.log(JSON.stringify([r.language, r.removed.map((x) => x.rule), typeof createCleaner, typeof retextNewsclean, typeof cleaners.socialPromo]))`
    )
    expect(JSON.parse(out)).toEqual(['fr', ['social-promo', 'rights-notice'], 'function', 'function', 'function'])
  })

  it('works with CommonJS require', () => {
    const out = run(
      'cjs.cjs',
      `const {clean, defineCleaner} = require('newsclean')
const r = clean('${page}', {cleaners: [defineCleaner({name: 'law', test: (b) => b.lower.startsWith('le gouvernement')})]})
console.log(JSON.stringify([r.language, r.removed.map((x) => x.rule)]))`
    )
    // Every line goes: the language, detected on the cleaned text, is undetermined.
    expect(JSON.parse(out)).toEqual(['und', ['law', 'social-promo', 'rights-notice']])
  })

  it('has types for both ESM and CommonJS consumers', () => {
    const source = (kind: string) => `import {clean, createCleaner, defineCleaner} from 'newsclean'
import type {CleanResult, Removal, Options} from 'newsclean'
const options: Options = {language: 'fr', disable: ['byline']}
const result: CleanResult = createCleaner(options).clean('text')
const first: Removal | undefined = result.removed[0]
const rule: string | undefined = first?.rule
const lang: string = clean('x').language
const mine = defineCleaner({name: '${kind}-rule', test: (block) => block.words > 3 && 'long'})
// @ts-expect-error: the text must be a string
clean(42)
export {rule, lang, mine}
`
    writeFileSync(path.join(consumer, 'types.mts'), source('esm'))
    writeFileSync(path.join(consumer, 'types.cts'), source('cjs'))
    writeFileSync(
      path.join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {module: 'nodenext', moduleResolution: 'nodenext', strict: true, noEmit: true, skipLibCheck: false, types: []},
        files: ['types.mts', 'types.cts']
      })
    )
    const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc')
    let output = ''
    try {
      execFileSync(process.execPath, [tsc, '-p', consumer], {cwd: consumer, encoding: 'utf8'})
    } catch (error) {
      output = String((error as {stdout?: string}).stdout)
    }
    expect(output).toBe('')
  })
})
