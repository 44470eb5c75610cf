/**
 * The registry of built-in cleaners (`src/cleaners/index.ts`) as the rule tests see it: the
 * phrase tables, one per rule file (`phraseCases('<rule>', …)` in `test/cleaners/*.test.ts`),
 * name rules the registry lists.
 */
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {ruleNames} from '../../src/index.js'

/** The rules named by the phrase tables of the files beside this one. */
function tableRules(): string[] {
  const files = readdirSync(import.meta.dirname).filter((name) => name.endsWith('.test.ts'))
  return files.flatMap((name) => [...readFileSync(path.join(import.meta.dirname, name), 'utf8').matchAll(/^phraseCases\('([^']+)'/gm)].map((match) => match[1]!))
}

describe('built-in rules', () => {
  it('has a case table for every phrase-driven rule it lists', () => {
    const rules = tableRules()
    expect(rules.length).toBeGreaterThan(0)
    for (const rule of rules) expect(ruleNames).toContain(rule)
  })
})
