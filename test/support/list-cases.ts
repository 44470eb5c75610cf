/**
 * Pages for the detectors of repeated items that make up the tail (or the whole) of an
 * extractor's output: comment threads without a heading, listings of other articles, runs of
 * truncated excerpts, boxes headed by a pointer (`test/cleaners/<rule>.test.ts`). Each rule has
 * pages that it cleans and pages it must leave alone, in English and in French (the comment
 * furniture of the other packs is tested in `test/language/*`).
 *
 * A page is written one line per line: `- ` the line goes, `+ ` it stays, `~ ` either (a line
 * another rule may take, such as a date, or a name beside a date near the top: `category-label`).
 * Lines are joined by one line break.
 */
import {describe, expect, it} from 'vitest'
import {clean} from '../../src/index.js'

/** A page of a rule's tests; the rule must remove something on a positive page, nothing on a negative one. */
export interface PageCase {
  /** What the page shows. */
  name: string
  language: 'en' | 'fr'
  page: string
}

export const articleEn = [
  '+ The city council voted on Tuesday to expand the tram line to the northern districts, after a debate that lasted most of the evening.',
  '+ Supporters said the extension would cut commuting times for thousands of residents and take cars off the most crowded roads.',
  '+ Opponents argued that the cost of the works had doubled since the first estimate and asked for an independent review of the budget.'
]
export const articleFr = [
  '+ Le conseil municipal a voté mardi le prolongement de la ligne de tramway vers les quartiers nord, après un débat qui a duré toute la soirée.',
  "+ Les partisans du projet estiment que l'extension réduira le temps de trajet de milliers d'habitants et allègera les axes les plus encombrés.",
  '+ Les opposants ont fait valoir que le coût des travaux avait doublé depuis la première estimation et ont demandé un audit indépendant.'
]

/** More of the French article, for pages that need a long article (an article does not print a paragraph twice: `duplicate-line`). */
export const moreFr = [
  '+ Le maire a rappelé que la ligne actuelle transporte déjà plus de quatre-vingt mille voyageurs par jour, un chiffre en hausse constante depuis cinq ans.',
  '+ Selon l’autorité des transports, le prolongement comptera six nouvelles stations, dont deux équipées de parkings relais pour les habitants des communes voisines.',
  '+ Les commerçants du boulevard nord craignent que les travaux ne fassent fuir leur clientèle pendant de longs mois et réclament des indemnités.',
  '+ La métropole a promis un fonds d’aide aux commerces touchés, dont le montant doit être fixé lors du prochain conseil, au début de l’année.',
  '+ Plusieurs associations de cyclistes ont salué le projet tout en demandant que des pistes sécurisées soient aménagées le long du nouveau tracé.',
  '+ Les élus de l’opposition ont annoncé qu’ils déposeraient un recours si l’audit indépendant n’était pas lancé avant le début du chantier.',
  '+ Les premiers essais de rames sur la nouvelle portion sont prévus dans trois ans, pour une mise en service commerciale quelques mois plus tard.',
  '+ En attendant, des bus supplémentaires circuleront aux heures de pointe entre le terminus actuel et les quartiers qui seront desservis.',
  '+ Une réunion publique est organisée la semaine prochaine à la mairie annexe pour présenter le calendrier des travaux aux riverains.',
  '+ Le dossier complet, avec les plans des stations et l’étude d’impact, peut être consulté en ligne sur le site de la métropole.',
  '+ Les riverains pourront y déposer leurs observations jusqu’à la fin du mois, avant que le commissaire enquêteur ne rende son avis.',
  '+ La région, qui finance un tiers du projet, doit encore confirmer sa participation lors de sa session budgétaire de décembre.'
]

export const page = (...lines: Array<string | string[]>): string => lines.flat().join('\n')

/** The marked lines of a page, and its text. */
function parse(marked: string): {text: string; marks: string[]; bodies: string[]} {
  const lines = marked.split('\n')
  return {text: lines.map((line) => line.slice(2)).join('\n'), marks: lines.map((line) => line.slice(0, 1)), bodies: lines.map((line) => line.slice(2))}
}

/**
 * Define the tests of one rule's pages.
 *
 * @param rule The rule under test.
 * @param positives Pages it cleans: every `-` line goes, every `+` line stays.
 * @param negatives Pages it leaves alone: every `+` line stays.
 */
export function listCases(rule: string, positives: PageCase[], negatives: PageCase[]): void {
  describe(rule, () => {
    it.each(positives.map((each) => [rule, each.language, each.name, each] as const))(
      '%s removes, in %s: %s',
      (_rule, _language, _name, {language, page: marked}) => {
        const {text, marks, bodies} = parse(marked)
        const result = clean(text, {language})
        const removed = new Set(result.removed.map((removal) => removal.line))
        const wrong = marks.flatMap((mark, index) =>
          mark === '-' && !removed.has(index + 1) ? [`kept: ${bodies[index]}`] : mark === '+' && removed.has(index + 1) ? [`removed: ${bodies[index]}`] : []
        )
        expect(wrong).toEqual([])
        expect(result.removed.some((removal) => removal.rule === rule)).toBe(true)
      }
    )

    it.each(negatives.map((each) => [rule, each.language, each.name, each] as const))(
      '%s keeps, in %s: %s',
      (_rule, _language, _name, {language, page: marked}) => {
        const {text, marks, bodies} = parse(marked)
        const result = clean(text, {language})
        const removed = new Set(result.removed.map((removal) => removal.line))
        const wrong = marks.flatMap((mark, index) =>
          mark === '+' && removed.has(index + 1) ? [`removed: ${bodies[index]}`] : mark === '-' && !removed.has(index + 1) ? [`kept: ${bodies[index]}`] : []
        )
        expect(wrong).toEqual([])
        expect(result.removed.filter((removal) => removal.rule === rule)).toEqual([])
      }
    )

    it('cleans its own output to the same text', () => {
      for (const {language, page: marked} of [...positives, ...negatives]) {
        const once = clean(parse(marked).text, {language}).text
        expect(clean(once, {language}).text).toBe(once)
      }
    })
  })
}
