/**
 * docs/rules.md is generated from the cleaner specs and the packs: it must be what the
 * generator writes now (run `npm run docs:rules` after changing a rule or a pack).
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {rulesDoc} from '../../scripts/lib/rules-doc.js'
import {ruleNames} from '../../src/index.js'
import {root} from '../support/helpers.js'

describe('docs/rules.md', () => {
  const doc = readFileSync(path.join(root, 'docs', 'rules.md'), 'utf8')

  it('is up to date with the rules and the packs (npm run docs:rules)', () => {
    expect(doc).toBe(rulesDoc())
  })

  it('lists every rule', () => {
    for (const name of ruleNames) expect(doc).toContain(`| \`${name}\` |`)
  })
})
