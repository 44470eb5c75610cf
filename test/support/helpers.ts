import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {clean} from '../../src/index.js'
import type {Options} from '../../src/index.js'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const fixtures = path.join(root, 'fixtures')

/** A labelled line of a fixture page. */
export interface Label {
  mark: '+' | '-' | '?'
  category: string
  line: number
  text: string
}

/** A fixture page with its labels. */
export interface LabelledPage {
  name: string
  text: string
  labels: Label[]
}

/** Every `fixtures/*.txt` page that has a `.labels.tsv` beside it. */
export function labelledPages(): LabelledPage[] {
  return readdirSync(fixtures)
    .filter((name) => name.endsWith('.labels.tsv'))
    .sort()
    .map((name) => {
      const base = name.slice(0, -'.labels.tsv'.length)
      const rows = readFileSync(path.join(fixtures, name), 'utf8').split('\n').slice(1).filter(Boolean)
      return {
        name: base,
        text: readFileSync(path.join(fixtures, `${base}.txt`), 'utf8'),
        labels: rows.map((row) => {
          const [mark, category, line, ...text] = row.split('\t')
          return {mark: mark as Label['mark'], category: category!, line: Number(line), text: text.join('\t')}
        })
      }
    })
}

/** Two article paragraphs to put around a line under test, per language. */
const paragraphs: Record<string, [string, string]> = {
  fr: [
    'Le gouvernement a présenté mercredi un projet de loi visant à renforcer la protection des données personnelles des utilisateurs de services en ligne.',
    'Selon le ministre, le texte doit être examiné par le Parlement avant la fin de l’année, malgré les réserves exprimées par plusieurs associations.'
  ],
  en: [
    'The government on Wednesday presented a bill that would strengthen the protection of personal data for users of online services across the country.',
    'According to the minister, the text is expected to be debated in parliament before the end of the year, despite concerns raised by several groups.'
  ]
}

/**
 * Clean `line` set between two article paragraphs of `language` (forced), and say which rule
 * removed it (`undefined` when it stays). The paragraphs must always stay.
 */
export function ruleFor(line: string, language: 'fr' | 'en', options: Options = {}): string | undefined {
  const [before, after] = paragraphs[language]!
  const result = clean(`${before}\n\n${line}\n\n${after}`, {language, ...options})
  for (const removal of result.removed) {
    if (removal.text === before || removal.text === after) throw new Error(`article paragraph removed by ${removal.rule}`)
  }
  return result.removed.find((removal) => removal.text === line)?.rule
}
