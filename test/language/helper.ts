/**
 * Table-driven tests of a language pack: lines each rule must remove, article lines that must
 * stay, and small pages whose lines are marked `-` (goes) or `+` (stays).
 */
import {describe, expect, it} from 'vitest'
import {clean} from '../../src/index.js'

/** What one pack's tests check. */
export interface LanguageCases {
  /** ISO 639-1 code of the pack (forced: a one-line page is too short to detect). */
  code: string
  /** By rule name, lines that rule removes when alone on a page. */
  removes: Record<string, string[]>
  /** Article lines that stay when alone on a page (sentences that mention Telegram, cookies, copyright…). */
  keeps: string[]
  /**
   * Pages by name: each line is `- text` (must go), `+ text` (must stay) or empty (a blank
   * line). The page is cleaned with language detection unless `forced` is set.
   */
  pages?: Record<string, string>
}

/** A page written as marked lines: the text, and the lines that go and stay (1-based). */
export function markedPage(marked: string): {text: string; goes: Map<number, string>; stays: Map<number, string>} {
  const goes = new Map<number, string>()
  const stays = new Map<number, string>()
  const lines = marked
    .replace(/^\n/, '')
    .replace(/\n\s*$/, '')
    .split('\n')
    .map((line) => line.trim())
  const text = lines
    .map((line, index) => {
      if (!line) return ''
      const mark = line.slice(0, 2)
      const body = line.slice(2)
      if (mark === '- ') goes.set(index + 1, body)
      else if (mark === '+ ') stays.set(index + 1, body)
      else throw new Error(`marked page: line ${index + 1} must start with '- ' or '+ ': ${line}`)
      return body
    })
    .join('\n')
  return {text, goes, stays}
}

/**
 * Define the tests of one pack.
 *
 * @param cases The pack's cases.
 */
export function languageSuite(cases: LanguageCases): void {
  const {code} = cases
  describe(`language pack '${code}'`, () => {
    describe('removes', () => {
      for (const [rule, lines] of Object.entries(cases.removes)) {
        it.each(lines)(`${rule}: %s`, (line) => {
          const {removed} = clean(line, {language: code})
          expect(removed.map((removal) => removal.rule)).toEqual([rule])
        })
      }
    })

    describe('keeps article text', () => {
      it.each(cases.keeps)('%s', (line) => {
        const {removed, text} = clean(line, {language: code})
        expect(removed).toEqual([])
        expect(text).toBe(line)
      })
    })

    for (const [name, marked] of Object.entries(cases.pages ?? {})) {
      it(`page: ${name}`, () => {
        const {text, goes, stays} = markedPage(marked)
        const result = clean(text, {language: code})
        const removed = new Set(result.removed.map((removal) => removal.line))
        const wrong = [
          ...[...goes].filter(([line]) => !removed.has(line)).map(([line, body]) => `kept L${line}: ${body}`),
          ...[...stays].filter(([line]) => removed.has(line)).map(([line, body]) => `removed L${line}: ${body}`)
        ]
        expect(wrong).toEqual([])
      })
    }
  })
}
