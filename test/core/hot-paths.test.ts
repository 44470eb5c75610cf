/**
 * What keeps a page of millions of lines linear in time and memory, checked in the sources:
 * no weak map or set keyed per line (V8's hash tables for weak keys collide on millions of
 * entries: a module-level `WeakMap` keyed by each line made 5 million lines take minutes), and
 * NFC only through `boundedNFC` (test/text/fold.test.ts checks that it bounds the work).
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {root} from '../support/helpers.js'

/** Every source file under src/, with its text. */
function sources(): Array<{file: string; text: string}> {
  const folder = path.join(root, 'src')
  return readdirSync(folder, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => {
      const file = path.relative(root, path.join(entry.parentPath, entry.name))
      return {file, text: readFileSync(path.join(root, file), 'utf8')}
    })
}

/** Keys a weak map or set may have: one entry per page, run, tree or rule set, never per line. */
const PER_PAGE_KEYS = new Set(['CompiledRules', 'VFile', 'Root', 'CleanerContext'])

describe('hot paths', () => {
  it('keys no WeakMap or WeakSet by a line, a block or a string: only by a page, a file, a tree or a rule set', () => {
    const found: string[] = []
    for (const {file, text} of sources()) {
      for (const match of text.matchAll(/new Weak(?:Map|Set)(<\s*([\w.]+)|\()/g)) {
        const key = match[2]
        if (key === undefined || !PER_PAGE_KEYS.has(key)) found.push(`${file}: ${match[0]}`)
      }
    }
    expect(found).toEqual([])
  })

  it('normalises text only through boundedNFC', () => {
    const found = sources()
      .filter(({file, text}) => file !== path.join('src', 'text', 'fold.ts') && /\.normalize\(/.test(text))
      .map(({file}) => file)
    expect(found).toEqual([])
  })
})
