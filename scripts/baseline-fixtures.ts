/**
 * Baseline of the labelled fixture pages with today's library: per page, the language and kind
 * `clean()` detects, the article lines (`+`) it loses and the boilerplate lines (`-`) it leaves,
 * as a Markdown table; `--detail` lists the lines.
 *
 * Usage: `npx tsx scripts/baseline-fixtures.ts [--detail] [prefix …]` (default: pages 110–129).
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {clean} from '../src/index.js'

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures')
const args = process.argv.slice(2)
const detail = args.includes('--detail')
const prefixes = args.filter((arg) => !arg.startsWith('--'))
const selected = (name: string): boolean => (prefixes.length ? prefixes.some((prefix) => name.startsWith(prefix)) : /^1[12]\d_/.test(name))

interface Row {
  name: string
  language: string
  kind: string
  content: number
  boilerplate: number
  lost: string[]
  left: string[]
}

const rows: Row[] = []
for (const file of readdirSync(fixtures)
  .filter((each) => each.endsWith('.labels.tsv'))
  .sort()) {
  const name = file.slice(0, -'.labels.tsv'.length)
  if (!selected(name)) continue
  const text = readFileSync(path.join(fixtures, `${name}.txt`), 'utf8')
  const labels = readFileSync(path.join(fixtures, file), 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((row) => {
      const [mark, category, line, ...rest] = row.split('\t')
      return {mark, category, line: Number(line), text: rest.join('\t')}
    })
  const result = clean(text)
  const removed = new Map(result.removed.map((removal) => [removal.line, removal.rule]))
  const kept = new Set(result.text.split(/\r\n|\r|\n/))
  const lost = labels
    .filter((label) => label.mark === '+' && (removed.has(label.line) || !kept.has(label.text)))
    .map((label) => `${label.line} [${removed.get(label.line) ?? '?'}] ${label.text}`)
  const left = labels.filter((label) => label.mark === '-' && !removed.has(label.line)).map((label) => `${label.line} (${label.category}) ${label.text}`)
  rows.push({
    name,
    language: result.language,
    kind: result.kind,
    content: labels.filter((label) => label.mark === '+').length,
    boilerplate: labels.filter((label) => label.mark === '-').length,
    lost,
    left
  })
}

console.log('| page | detected | kind | article lines | lost | boilerplate lines | left |')
console.log('|---|---|---|---|---|---|---|')
for (const row of rows)
  console.log(`| ${row.name} | ${row.language} | ${row.kind} | ${row.content} | ${row.lost.length} | ${row.boilerplate} | ${row.left.length} |`)
const sum = (pick: (row: Row) => number): number => rows.reduce((total, row) => total + pick(row), 0)
console.log(
  `| **total** | | | ${sum((row) => row.content)} | ${sum((row) => row.lost.length)} | ${sum((row) => row.boilerplate)} | ${sum((row) => row.left.length)} |`
)
if (detail) {
  for (const row of rows) {
    if (!row.lost.length && !row.left.length) continue
    console.log(`\n${row.name}`)
    for (const line of row.lost) console.log(`  lost  ${line}`)
    for (const line of row.left) console.log(`  left  ${line}`)
  }
}
