/**
 * Every regular expression newsclean runs is checked for super-linear backtracking (ReDoS)
 * with recheck, so that a new rule or a new literal with a catastrophic pattern fails CI.
 *
 * What is checked: every regex literal in `src/**\/*.ts`, every source of the packs'
 * `patterns`, and every compiled `starts` expression. A rule's `patterns` run joined in two
 * expressions: those anchored at the line's start as `^(?:(?:p1)|(?:p2)|…)` (each without its
 * own `^`), the others as `(?:p3)|(?:p4)|…`; at each start position a backtracking engine tries
 * the alternatives one after the other, so a joined expression costs the sum of its parts: it
 * is linear when each part is (checked below), and the test checks that the engine joins them
 * exactly so.
 */
import {describe, expect, it} from 'vitest'
import {languagePacks, universalPack} from '../../src/language/packs/index.js'
import {anchoredAtStart, packEntries, ruleExpressions} from '../../src/language/compile.js'
import {packSchema} from '../../src/cleaners/index.js'
import {separators} from '../../src/cleaners/pictures/image-credit.js'
import {dateOnly} from '../../src/language/dates.js'
import {rulesFor} from '../../src/api/settings.js'
import {root} from '../support/helpers.js'
import {packExpressions, scanSources} from '../support/regex-sources.js'
import type {Expression} from '../support/regex-sources.js'

// recheck's pure-JavaScript backend: the same on every machine (no JVM, no native binary).
process.env.RECHECK_BACKEND = 'pure'
const {check} = await import('recheck')

/**
 * recheck parameters. Bounded repeats (`.{0,60}`) are expanded for the exact automaton
 * checker instead of falling back to fuzzing; the seed is fixed so that a run is repeatable.
 */
const PARAMETERS = {maxRepeatCount: 1000, randomSeed: 1, timeout: 60_000}

const {literals, dynamic} = scanSources(root, `${root}/src`)
const packs = [universalPack, ...languagePacks.values()]

/** Expressions to check, once per distinct source and flags, with every place they occur. */
function distinct(expressions: Expression[]): Array<[string, Expression]> {
  const byKey = new Map<string, {expression: Expression; places: string[]}>()
  for (const expression of expressions) {
    const key = `/${expression.source}/${expression.flags}`
    const entry = byKey.get(key)
    if (entry) entry.places.push(expression.where)
    else byKey.set(key, {expression, places: [expression.where]})
  }
  return [...byKey.values()].map(({expression, places}) => [places.join('; '), expression])
}

/**
 * Expressions built at run time outside src/language/compile.ts, each checked here: the dates
 * written alone (month names, ordinals and time words from the packs) and the credit separators of image-credit (symbols and
 * the packs' escaped `joiners`), for every language.
 */
const built: Expression[] = [
  ...['und', ...languagePacks.keys()].map((code) => {
    const regex = dateOnly(rulesFor(code))
    return {where: `src/language/dates.ts dateOnly (${code})`, source: regex.source, flags: regex.flags}
  }),
  ...['und', ...languagePacks.keys()].map((code) => {
    const regex = separators(rulesFor(code))
    return {where: `src/cleaners/pictures/image-credit.ts separators (${code})`, source: regex.source, flags: regex.flags}
  })
]
const builders = new Set(['src/language/compile.ts', 'src/language/dates.ts', 'src/cleaners/pictures/image-credit.ts'])

const checked = distinct([...literals, ...built, ...packExpressions().filter((expression) => !expression.where.endsWith('patterns joined'))])

describe('regular expressions run in linear time (recheck)', () => {
  it('finds the expressions to check', () => {
    // The scan really sees the literals and every pack's patterns (a broken scan checks nothing).
    expect(literals.length).toBeGreaterThan(10)
    expect(checked.some(([where]) => where.startsWith('src/text/fold.ts'))).toBe(true)
    const patternCount = packs.flatMap((pack) => packEntries(pack, packSchema).flatMap(({data}) => data.patterns ?? [])).length
    expect(checked.filter(([where]) => where.includes('patterns[')).length).toBeGreaterThan(patternCount / 2)
  })

  it('builds regular expressions at run time only where they are checked here', () => {
    // Any other `new RegExp` would escape this check: write a literal, compile pack data in
    // src/language/compile.ts, or add the built expression to \`built\` above.
    expect(dynamic.map((call) => call.file).filter((file) => !builders.has(file))).toEqual([])
  })

  it('joins a rule’s patterns as alternations of the checked sources, the anchored ones under one `^`', () => {
    for (const pack of packs) {
      const expressions = ruleExpressions([pack], packSchema)
      for (const {where, data} of packEntries(pack, packSchema)) {
        if (!data.patterns?.length) continue
        const joined = (kind: string): string | undefined =>
          expressions.find((expression) => expression.where === `${where}, ${kind} patterns joined`)?.regex.source
        const anchored = data.patterns.filter(anchoredAtStart)
        const floating = data.patterns.filter((source) => !anchoredAtStart(source))
        const alternation = (sources: string[]): string => sources.map((source) => `(?:${source})`).join('|')
        expect(joined('anchored')).toBe(anchored.length ? new RegExp(`^(?:${alternation(anchored.map((source) => source.slice(1)))})`, 'u').source : undefined)
        expect(joined('floating')).toBe(floating.length ? new RegExp(`(?:${alternation(floating)})`, 'u').source : undefined)
      }
    }
  })

  it('tells a pattern anchored at the line start from one that is not', () => {
    expect(anchoredAtStart('^photo: ')).toBe(true)
    expect(anchoredAtStart('^(?:a|b) c')).toBe(true)
    expect(anchoredAtStart('^[|] a')).toBe(true)
    expect(anchoredAtStart('^\\| a')).toBe(true)
    expect(anchoredAtStart('^a|b')).toBe(false)
    expect(anchoredAtStart('\\ball rights reserved\\b')).toBe(false)
    expect(anchoredAtStart('(?:^| )photo$')).toBe(false)
  })

  it('flags catastrophic patterns with these parameters (the check can fail)', async () => {
    for (const source of ['^(a|a)*$', '\\s+$', '(?:^|[ (])(?:https?://)?(?:t\\.me|wa\\.me)/[^ ]+$']) {
      const result = await check(source, 'u', PARAMETERS)
      expect(result.status, source).toBe('vulnerable')
    }
  })

  it.each(checked)('%s', async (_where, expression) => {
    const result = await check(expression.source, expression.flags, PARAMETERS)
    const detail =
      result.status === 'vulnerable'
        ? `${result.complexity.summary}, attack ${JSON.stringify(result.attack.pattern)}`
        : result.status === 'unknown'
          ? `not proven: ${JSON.stringify(result.error)}`
          : ''
    expect(`${result.status} ${detail}`.trim()).toBe('safe')
  })
})
