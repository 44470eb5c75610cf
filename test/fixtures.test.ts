/**
 * Every labelled fixture page (`fixtures/NNN_*.txt` with `NNN_*.labels.tsv`): lines marked
 * `+` stay, lines marked `-` go, `?` may do either; every non-empty line has a label; and a page
 * named `NNN_<lang>_<slug>` is detected as `<lang>`.
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {clean} from '../src/index.js'

const dir = path.join(import.meta.dirname, '..', 'fixtures')

interface Label {
  mark: string
  category: string
  line: number
  text: string
}

function labelsOf(tsv: string): Label[] {
  return tsv
    .split('\n')
    .slice(1)
    .filter((row) => row.trim())
    .map((row) => {
      const [mark = '', category = '', line = '', ...text] = row.split('\t')
      return {mark, category, line: Number(line), text: text.join('\t')}
    })
}

const pages = readdirSync(dir)
  .filter((name) => name.endsWith('.labels.tsv'))
  .map((name) => name.slice(0, -'.labels.tsv'.length))
  .sort()

describe('labelled fixture pages', () => {
  it('finds the pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(8)
  })

  for (const name of pages) {
    describe(name, () => {
      const text = readFileSync(path.join(dir, `${name}.txt`), 'utf8')
      const labels = labelsOf(readFileSync(path.join(dir, `${name}.labels.tsv`), 'utf8'))
      const result = clean(text)
      const removed = new Map(result.removed.map((removal) => [removal.line, removal]))
      const lines = text.split(/\r\n|\r|\n/)

      it('labels every non-empty line, with its text', () => {
        const labelled = new Set(labels.map((label) => label.line))
        lines.forEach((line, index) => {
          if (line.trim()) expect(labelled.has(index + 1), `line ${index + 1} has no label: ${line}`).toBe(true)
        })
        for (const label of labels) {
          expect(['+', '-', '?']).toContain(label.mark)
          expect(lines[label.line - 1]).toBe(label.text)
        }
      })

      it('keeps what must stay and removes what must go', () => {
        const wrong = labels
          .filter((label) => (label.mark === '+' && removed.has(label.line)) || (label.mark === '-' && !removed.has(label.line)))
          .map((label) => `${label.mark} L${label.line} [${label.category}${removed.has(label.line) ? ` / removed by ${removed.get(label.line)!.rule}` : ''}] ${label.text.slice(0, 80)}`)
        expect(wrong).toEqual([])
      })

      const language = /^\d{3}_([a-z]{2})_/.exec(name)?.[1]
      if (language) {
        it(`is detected as '${language}'`, () => {
          expect(result.language).toBe(language)
        })
      }
    })
  }
})
