/**
 * Every built-in pack: well formed, as complete as the French one, its patterns valid and
 * free of the ASCII-only `\b` next to a non-ASCII letter, with a fixture page and a test file.
 */
import {existsSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {languagePacks, universalPack} from '../../src/index.js'
import {packSchema} from '../../src/cleaners/index.js'
import {assertPack} from '../../src/language/schema.js'
import type {LanguagePack} from '../../src/index.js'

const root = path.join(import.meta.dirname, '..', '..')
const reference = languagePacks.get('fr')!
const nonAscii = /[^\u0000-\u007F]/u

/** The alternatives of the group that opens at `open` (`(?:a|b)`) or closes at `close`, top level only. */
function alternatives(source: string, from: number, step: 1 | -1): string[] {
  let depth = 0
  let current = ''
  const found: string[] = []
  for (let index = from; index >= 0 && index < source.length; index += step) {
    const char = source.charAt(index)
    if (char === (step === 1 ? '(' : ')')) depth++
    else if (char === (step === 1 ? ')' : '(')) depth--
    if (depth === 0) break
    if (depth === 1 && char === '|') {
      found.push(current)
      current = ''
    } else current = step === 1 ? current + char : char + current
  }
  found.push(current)
  return found.map((each) => (step === 1 ? each.replace(/^[(]\?:/, '') : each.replace(/^\?:/, '')))
}

const letter = (char: string | undefined): boolean => !!char && nonAscii.test(char) && /\p{L}/u.test(char)

/**
 * Places where `\b` touches a non-ASCII letter: `\bä`, `ä\b`, `\b(?:ä…|…)`, `(?:…|…ä)\b`.
 * JavaScript's `\b` is ASCII-only, so such a boundary never (or always) holds.
 */
function asciiBoundaryMisuse(source: string): string[] {
  const found: string[] = []
  for (let index = source.indexOf('\\b'); index !== -1; index = source.indexOf('\\b', index + 2)) {
    if (index > 0 && source.charAt(index - 1) === '\\') continue
    const before = source.charAt(index - 1)
    const after = source.charAt(index + 2)
    const edges = [before, after]
    if (before === ')') edges.push(...alternatives(source, index - 1, -1).map((each) => each.charAt(each.length - 1)))
    if (after === '(') edges.push(...alternatives(source, index + 2, 1).map((each) => each.charAt(0)))
    if (edges.some(letter)) found.push(source.slice(Math.max(0, index - 12), index + 14))
  }
  return found
}

const packs: LanguagePack[] = [universalPack, ...languagePacks.values()]

describe('built-in packs', () => {
  it('are registered from every JSON file beside the registry', () => {
    const files = readdirSync(path.join(root, 'src', 'language', 'packs')).filter((name) => name.endsWith('.json'))
    expect(files.map((name) => name.slice(0, -5)).sort()).toEqual(packs.map((pack) => pack.code).sort())
  })

  for (const pack of packs) {
    describe(pack.code, () => {
      it('is well formed', () => {
        expect(() => assertPack(pack, packSchema)).not.toThrow()
      })

      it('has valid patterns, with no `\\b` next to a non-ASCII letter', () => {
        for (const [name, data] of [...Object.entries(pack.vocabulary ?? {}), ...Object.entries(pack.concepts ?? {})]) {
          for (const source of data.patterns ?? []) {
            expect(() => new RegExp(source, 'u'), `${name}: ${source}`).not.toThrow()
            expect(asciiBoundaryMisuse(source), `${name}: ${source}`).toEqual([])
          }
        }
      })

      if (pack.code === 'universal') return

      it('has an ISO 639-3 code for detection and a heading convention', () => {
        expect(pack.iso6393).toMatch(/^[a-z]{3}$/)
        expect(['sentence', 'title']).toContain(pack.headingCase)
      })

      // The reference itself, and English (whose agencies are the universal pack's), are not compared.
      if (pack.code !== 'en' && pack.code !== 'fr')
        it('covers every rule and named list the French pack has', () => {
          for (const [rule, data] of Object.entries(reference.rules)) {
            expect(pack.rules[rule], `rule ${rule}`).toBeDefined()
            for (const list of Object.keys(data)) {
              if (list === 'maxWords' || list === 'lines' || list === 'starts' || list === 'patterns') continue
              expect(pack.rules[rule]![list], `${rule}.${list}`).toBeDefined()
            }
            const phrases = ['lines', 'starts', 'patterns'].reduce((sum, key) => sum + ((pack.rules[rule]?.[key] as string[] | undefined)?.length ?? 0), 0)
            if (['lines', 'starts', 'patterns'].some((key) => key in data)) expect(phrases, `${rule} phrases`).toBeGreaterThan(0)
          }
        })

      it('has a labelled fixture page and a test file', () => {
        const fixtures = readdirSync(path.join(root, 'fixtures'))
        const own =
          pack.code === 'fr'
            ? fixtures.filter((name) => name.endsWith('.labels.tsv'))
            : fixtures.filter((name) => name.includes(`_${pack.code}_`) && name.endsWith('.labels.tsv'))
        if (pack.code !== 'en') expect(own.length, 'fixture pages').toBeGreaterThan(0)
        if (pack.code !== 'en' && pack.code !== 'fr') expect(existsSync(path.join(root, 'test', 'language', `${pack.code}.test.ts`))).toBe(true)
      })
    })
  }

  it('the boundary check finds misuse', () => {
    expect(asciiBoundaryMisuse('\\büber')).toHaveLength(1)
    expect(asciiBoundaryMisuse('(?:lunedì|sabato)\\b')).toHaveLength(1)
    expect(asciiBoundaryMisuse('\\b(?:neue|(?:a|b)|ältere)')).toHaveLength(1)
    expect(asciiBoundaryMisuse('\\b(?:ältere|neue)')).toHaveLength(1)
    expect(asciiBoundaryMisuse('(?:über|neue)\\b')).toEqual([])
  })
})
