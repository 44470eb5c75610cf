/**
 * The package as npm installs it: the packed tarball unpacked in a consumer project
 * (test/support/packed.ts), used with ESM import, CommonJS require and TypeScript; and the
 * tarball's file list.
 */
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {root} from '../support/helpers.js'
import {pack, packedConsumer} from '../support/packed.js'

const consumer = packedConsumer('newsclean-consumer-')
afterAll(() => consumer.remove())
// newsclean/stream's types name Node's streams: its users have @types/node, as this one.
mkdirSync(path.join(consumer.folder, 'node_modules', '@types'), {recursive: true})
symlinkSync(path.join(root, 'node_modules', '@types', 'node'), path.join(consumer.folder, 'node_modules', '@types', 'node'), 'dir')

const page =
  'Le gouvernement a présenté mercredi un projet de loi visant à renforcer la protection des données.\\n\\nSuivez-nous sur Telegram : https://t.me/exemple\\n\\nTous droits réservés'

function run(file: string, source: string): string {
  writeFileSync(path.join(consumer.folder, file), source)
  return execFileSync(process.execPath, [file], {cwd: consumer.folder, encoding: 'utf8'})
}

/** Type-check files of the consumer with a module resolution; gives tsc's complaints ('' when none). */
function typecheck(files: string[], compilerOptions: Record<string, unknown>): string {
  writeFileSync(
    path.join(consumer.folder, 'tsconfig.json'),
    JSON.stringify({compilerOptions: {strict: true, noEmit: true, skipLibCheck: false, types: ['node'], ...compilerOptions}, files})
  )
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc')
  try {
    execFileSync(process.execPath, [tsc, '-p', consumer.folder], {cwd: consumer.folder, encoding: 'utf8'})
    return ''
  } catch (error) {
    return String((error as {stdout?: string}).stdout)
  }
}

describe('the packed package', () => {
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

  it('is one copy of the library per format: CleanerError is the same class in newsclean and newsclean/stream', () => {
    // An error thrown by the stream entry's cleaner, checked against the main entry's class,
    // in ESM, in CommonJS, and across the two builds in one program.
    const check = `
const boom = {name: 'boom', test() { throw new Error('bang') }}
async function streamError(cleanAll) {
  try { for await (const _ of cleanAll(['a line'], {cleaners: [boom], strict: true})); } catch (error) { return error }
}
`
    const esm = run(
      'instance.mjs',
      `import {CleanerError, clean} from 'newsclean'
import {cleanAll} from 'newsclean/stream'
import {createRequire} from 'node:module'
const require = createRequire(import.meta.url)
${check}
const fromStream = await streamError(cleanAll)
const fromCjs = await streamError(require('newsclean/stream').cleanAll)
let fromClean
try { clean('x', {cleaners: [boom]}) } catch (error) { fromClean = error }
console.log(JSON.stringify([fromStream instanceof CleanerError, fromCjs instanceof CleanerError, fromClean instanceof require('newsclean').CleanerError, fromStream.cleaner, fromStream instanceof Error]))`
    )
    expect(JSON.parse(esm)).toEqual([true, true, true, 'boom', true])
    const cjs = run(
      'instance.cjs',
      `const {CleanerError} = require('newsclean')
const {cleanAll} = require('newsclean/stream')
${check}
streamError(cleanAll).then((error) => console.log(JSON.stringify([error instanceof CleanerError, error.line])))`
    )
    expect(JSON.parse(cjs)).toEqual([true, 1])
    // Each entry of a format imports the library from one shared chunk instead of bundling it.
    for (const entry of ['index.js', 'stream.js', 'index.cjs', 'stream.cjs', 'cli.js', 'worker.js']) {
      expect(readFileSync(path.join(consumer.installed, 'dist', entry)).length, entry).toBeLessThan(40_000)
    }
  })

  it('runs the newsclean command and its worker pool from the tarball', () => {
    const records = [`{"text": "${page}"}`, '{"text": "x"}', `{"text": "${page}"}`].join('\n')
    const cli = path.join(consumer.installed, 'dist', 'cli.js')
    const out = execFileSync(process.execPath, [cli, '--jsonl', '--jobs', '2', '--batch', '1'], {cwd: consumer.folder, encoding: 'utf8', input: `${records}\n`})
    const first = 'Le gouvernement a présenté mercredi un projet de loi visant à renforcer la protection des données.'
    expect(out.split('\n').map((line) => (line ? (JSON.parse(line) as {text: string}).text : line))).toEqual([first, 'x', first, ''])
  })

  it('has types for ESM, CommonJS and moduleResolution node10 consumers, newsclean/stream included', () => {
    const source = (kind: string) => `import {clean, createCleaner, defineCleaner, CleanerError} from 'newsclean'
import type {CleanResult, Removal, Options} from 'newsclean'
import {cleanStream, cleanAll} from 'newsclean/stream'
import type {StreamOptions} from 'newsclean/stream'
const options: Options = {language: 'fr', disable: ['byline']}
const result: CleanResult = createCleaner(options).clean('text')
const first: Removal | undefined = result.removed[0]
const rule: string | undefined = first?.rule
const lang: string = clean('x').language
const mine = defineCleaner({name: '${kind}-rule', test: (block) => block.words > 3 && 'long'})
const streamOptions: StreamOptions = {field: 'body'}
const transform = cleanStream(streamOptions)
const all = cleanAll(['x'])
const isError = (error: unknown): boolean => error instanceof CleanerError
// @ts-expect-error: the text must be a string
clean(42)
export {rule, lang, mine, transform, all, isError}
`
    writeFileSync(path.join(consumer.folder, 'types.mts'), source('esm'))
    writeFileSync(path.join(consumer.folder, 'types.cts'), source('cjs'))
    writeFileSync(path.join(consumer.folder, 'types.ts'), source('node'))
    expect(typecheck(['types.mts', 'types.cts'], {module: 'nodenext', moduleResolution: 'nodenext'})).toBe('')
    // node10 (TypeScript's "node"): no `exports` map; `typesVersions` gives newsclean/stream its types.
    expect(typecheck(['types.ts'], {module: 'commonjs', moduleResolution: 'node10', ignoreDeprecations: '5.0'})).toBe('')
    expect(typecheck(['types.ts'], {module: 'esnext', moduleResolution: 'bundler'})).toBe('')
  })
})

describe('the tarball', () => {
  const report = pack()
  const files = new Set(report.files.map((file) => file.path))
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Record<string, unknown>

  it('holds the built entries, the docs and no source maps, and stays small', () => {
    const exported: string[] = []
    const collect = (value: unknown): void => {
      if (typeof value === 'string') exported.push(value.replace(/^\.\//, ''))
      else if (value && typeof value === 'object') Object.values(value).forEach(collect)
    }
    collect(manifest.exports)
    collect(manifest.bin)
    collect(manifest.typesVersions)
    for (const field of ['main', 'module', 'types']) collect(manifest[field])
    for (const file of exported) expect(files.has(file), `${file} is packed`).toBe(true)
    expect([...files].filter((file) => file.endsWith('.map'))).toEqual([])
    for (const file of ['README.md', 'LICENSE', 'CHANGELOG.md', 'docs/api.md', 'docs/cli.md', 'docs/guarantees.md', 'dist/worker.js'])
      expect(files.has(file), file).toBe(true)
    expect(
      [...files].filter((file) => !/^(dist|docs)\/|^(README|CHANGELOG)\.md$|^LICENSE$|^package\.json$|^newsclean\.config\.schema\.json$/.test(file))
    ).toEqual([])
    // Source maps alone were 3.7 MB of the 5.7 MB unpacked (1.3 MB packed); the CommonJS chunk
    // bundles the dependencies and grows with them, and every format holds the language packs
    // (their concept table with its sources: 806 KB packed, 3.4 MB unpacked in December 2026;
    // source maps back would add 3.7 MB).
    expect(report.size).toBeLessThan(850_000)
    expect(report.unpackedSize).toBeLessThan(3_600_000)
  })

  it('links from the README and the docs only to files it holds (they work in node_modules and on npm)', () => {
    const broken: string[] = []
    for (const file of [...files].filter((name) => name.endsWith('.md'))) {
      // Links of the text, not of the Markdown shown as examples in code blocks and code spans.
      const text = readFileSync(path.join(root, file), 'utf8')
        .replace(/^```[\s\S]*?^```/gm, '')
        .replace(/`[^`\n]*`/g, '')
      for (const match of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = match[1]!.split('#')[0]!
        if (target === '' || /^[a-z]+:/i.test(target)) continue
        const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(file), target))
        if (!files.has(resolved)) broken.push(`${file} → ${match[1]}`)
      }
    }
    expect(broken).toEqual([])
  })

  it('builds when packed, and names no repository it does not have', () => {
    expect((manifest.scripts as Record<string, string>).prepack).toBe('npm run build')
    // No repository is published yet: the fields stay out rather than point at an invented one.
    for (const field of ['repository', 'homepage', 'bugs']) {
      const value = manifest[field] as {url?: string} | string | undefined
      if (value !== undefined) expect(typeof value === 'string' ? value : value.url).toMatch(/^(git\+)?https:\/\//)
    }
    expect(existsSync(path.join(root, 'dist', 'index.js'))).toBe(true)
  })
})
