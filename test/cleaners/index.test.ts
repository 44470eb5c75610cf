/**
 * The registry of built-in cleaners, and the rule that makes the cleaners pluggable: a cleaner
 * meets the others only through the page (removals, categories, facts), never by their names.
 * The phrase tables, one per rule file (`phraseCases('<rule>', …)` in `test/cleaners/*.test.ts`),
 * name rules the registry lists.
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {ruleNames} from '../../src/index.js'
import {builtinCleaners} from '../../src/cleaners/index.js'
import {CATEGORIES} from '../../src/core/spec.js'
import {STAGES} from '../../src/core/order.js'
import {root} from '../support/helpers.js'

const cleanersDir = path.join(root, 'src', 'cleaners')
/** Every cleaner's file: `src/cleaners/<family>/<rule>.ts`. */
const files = readdirSync(cleanersDir, {withFileTypes: true})
  .filter((entry) => entry.isDirectory())
  .flatMap((family) => readdirSync(path.join(cleanersDir, family.name)).map((name) => path.join(cleanersDir, family.name, name)))

/** The rules named by the phrase tables of the files beside this one. */
function tableRules(): string[] {
  const names = readdirSync(import.meta.dirname).filter((name) => name.endsWith('.test.ts'))
  return names.flatMap((name) =>
    [...readFileSync(path.join(import.meta.dirname, name), 'utf8').matchAll(/^phraseCases\('([^']+)'/gm)].map((match) => match[1]!)
  )
}

describe('the built-in cleaners', () => {
  it('have a case table for every phrase-driven rule a table names', () => {
    const rules = tableRules()
    expect(rules.length).toBeGreaterThan(0)
    for (const rule of rules) expect(ruleNames).toContain(rule)
  })

  it('are one file each, named after the rule', () => {
    expect(files.map((file) => path.basename(file, '.ts')).sort()).toEqual([...ruleNames].sort())
  })

  it('each declare a category, a stage and a description', () => {
    for (const spec of builtinCleaners) {
      expect(CATEGORIES, spec.name).toContain(spec.category)
      expect(STAGES, spec.name).toContain(spec.stage)
      expect(spec.description.length, spec.name).toBeGreaterThan(5)
    }
  })

  it('never name another cleaner, in code or in comments', () => {
    const found: string[] = []
    for (const file of files) {
      const own = path.basename(file, '.ts')
      const source = readFileSync(file, 'utf8')
      for (const name of ruleNames) {
        if (name === own) continue
        // The name as a word of its own (`byline`, not `bylines` or `byline-ish`).
        const at = source.search(new RegExp(`(?<![\\w-])${name}(?![\\w-])`, 'u'))
        if (at >= 0) found.push(`${path.relative(root, file)}:${source.slice(0, at).split('\n').length} names '${name}'`)
      }
    }
    expect(found).toEqual([])
  })

  it('the check finds a name where there is one', () => {
    expect(new RegExp('(?<![\\w-])byline(?![\\w-])', 'u').test("removedBy(block) === 'byline'")).toBe(true)
    expect(new RegExp('(?<![\\w-])byline(?![\\w-])', 'u').test('bylines of the page')).toBe(false)
  })
})
