/**
 * The table of a phrase rule (`test/cleaners/<rule>.test.ts`): lines it removes, and article
 * lines (news wording) it must keep, in French and English. Each line is cleaned between two
 * article paragraphs of its language ({@link ruleFor}). `test/cleaners/index.test.ts` checks
 * that every table names a built-in rule.
 */
import {describe, expect, it} from 'vitest'
import {ruleFor} from './helpers.js'

export type Case = [language: 'fr' | 'en', line: string]

/**
 * Define the tests of one rule's table.
 *
 * @param rule The rule's name.
 * @param cases Lines it removes; article lines it must keep.
 */
export function phraseCases(rule: string, {removes, keeps}: {removes: Case[]; keeps: Case[]}): void {
  describe(rule, () => {
    it.each(removes)('removes, in %s: %s', (language, line) => {
      expect(ruleFor(line, language)).toBe(rule)
    })
    it.each(keeps)('keeps, in %s: %s', (language, line) => {
      expect(ruleFor(line, language)).toBeUndefined()
    })
  })
}
