/**
 * The README is what a user reads first: it opens with the two set-up commands and stays
 * short (the reference lives in docs/).
 */
import {readFileSync} from 'node:fs'
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
