/**
 * Labelled pages: `fixtures/NNN_*.txt` with their labels `fixtures/NNN_*.labels.tsv`
 * (columns `mark`, `category`, `line`, `text`; `+` kept, `-` removed, `?` either).
 *
 * The seed pages are the scraped pages the library was first asked to clean, named
 * `NNN_<16 hex digits>` (`000_cc75b6f09f6c4717`); other labelled pages (`100_de_…`) are
 * fixtures written for the language packs.
 */
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {projectRoot} from './corpus.js'

export const fixturesDir = path.join(projectRoot, 'fixtures')

export type Mark = '+' | '-' | '?'

export interface Label {
  mark: Mark
  category: string
  /** 1-based line number in the page. */
  line: number
  text: string
}

/** Whether a page name is a seed page's (`NNN_` and 16 hex digits). */
export function isSeedName(name: string): boolean {
  return /^\d{3}_[0-9a-f]{16}$/.test(name)
}

export interface Seed {
  /** File name without `.txt` (`000_cc75b6f09f6c4717`). */
  name: string
  /** Whether it is one of the seed pages (else another labelled fixture). */
  seed: boolean
  text: string
  labels: Label[]
}

/** Parse a `.labels.tsv` file (header row first). */
export function parseLabels(tsv: string, file = 'labels'): Label[] {
  const labels: Label[] = []
  const rows = tsv.split('\n')
  for (const [index, row] of rows.entries()) {
    if (index === 0 || row.trim() === '') continue
    const [mark, category = '', line = '', ...rest] = row.split('\t')
    if (mark !== '+' && mark !== '-' && mark !== '?') {
      throw new Error(`${file}:${index + 1}: unknown mark ${JSON.stringify(mark)}`)
    }
    const number = Number(line)
    if (!Number.isInteger(number) || number < 1) {
      throw new Error(`${file}:${index + 1}: bad line number ${JSON.stringify(line)}`)
    }
    labels.push({mark, category, line: number, text: rest.join('\t')})
  }
  return labels
}

/** The labelled pages (seed pages and other fixtures), by name. */
export function loadSeeds(dir = fixturesDir): Seed[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => name.endsWith('.labels.tsv'))
    .sort()
    .map((labelsName) => {
      const name = labelsName.slice(0, -'.labels.tsv'.length)
      const labelsFile = path.join(dir, labelsName)
      return {
        name,
        seed: isSeedName(name),
        text: readFileSync(path.join(dir, `${name}.txt`), 'utf8'),
        labels: parseLabels(readFileSync(labelsFile, 'utf8'), labelsFile)
      }
    })
}

export interface LabelOutcome extends Label {
  /** Whether the line was removed. */
  removed: boolean
  /** The rule that removed it. */
  rule?: string
  /** Whether the outcome agrees with the mark (`?` always does). */
  correct: boolean
}

export interface SeedOutcome {
  name: string
  seed: boolean
  /** Labels whose text is not the page's line (the labels are out of date). */
  stale: number[]
  /** Rows marked `+` or `-`. */
  judged: number
  correct: number
  outcomes: LabelOutcome[]
}

/** Compare the removals of a page (rule by 1-based line) with its labels. */
export function checkSeed(seed: Seed, removedLines: ReadonlyMap<number, string>): SeedOutcome {
  let judged = 0
  let correct = 0
  const lines = seed.text.split('\n')
  const stale = seed.labels.filter((label) => lines[label.line - 1] !== label.text).map((label) => label.line)
  const outcomes = seed.labels.map((label): LabelOutcome => {
    const rule = removedLines.get(label.line)
    const removed = rule !== undefined
    const ok = label.mark === '?' || (label.mark === '-') === removed
    if (label.mark !== '?') {
      judged++
      if (ok) correct++
    }
    return {...label, removed, ...(rule === undefined ? {} : {rule}), correct: ok}
  })
  return {name: seed.name, seed: seed.seed, stale, judged, correct, outcomes}
}
