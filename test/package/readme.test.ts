/**
 * The README is what a user reads first: it opens with the two set-up commands and stays
 * short (the reference lives in docs/).
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {root} from '../support/helpers.js'

const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
const scripts = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {scripts: Record<string, string>}).scripts

describe('README.md', () => {
  it('opens with the command that runs the example and the one that runs the tests', () => {
    const block = /```sh\n([\s\S]*?)\n```/.exec(readme)?.[1] ?? ''
    expect(readme.indexOf('```sh')).toBeLessThan(200)
    expect(block).toMatch(/^npm ci && npm run example\b/m)
    expect(block).toMatch(/^npm ci && npm test\b/m)
    expect(scripts['example']).toBeDefined()
  })

  it('stays within 15 KB', () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(15_000)
  })
})

describe('the code of the README and the docs', () => {
  const docs = [
    'README.md',
    ...readdirSync(path.join(root, 'docs'))
      .filter((name) => name.endsWith('.md') && name !== 'rules.md')
      .map((name) => `docs/${name}`)
  ]

  it.each(docs)('%s says how to install every package its code imports (retext-stringify for unified)', (name) => {
    const text = readFileSync(path.join(root, name), 'utf8')
    const installed = new Set<string>(['newsclean'])
    for (const match of text.matchAll(/npm (?:i|install)((?: [@\w./-]+)+)/g)) for (const word of match[1]!.trim().split(' ')) installed.add(word)
    const missing = new Set<string>()
    for (const block of text.matchAll(/^```(?:js|ts|mjs|cjs)\n([\s\S]*?)^```/gm)) {
      for (const match of block[1]!.matchAll(/(?:from |require\()'([^'./][^']*)'/g)) {
        const specifier = match[1]!
        if (specifier.startsWith('node:')) continue
        const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!
        if (!installed.has(name)) missing.add(name)
      }
    }
    expect([...missing]).toEqual([])
  })
})
