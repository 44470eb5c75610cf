/**
 * Check labelled fixture pages: for every `fixtures/*.labels.tsv` (or the names given), the
 * header is `mark category line text`, every row has a mark (`+`, `-`, `?`), a category and a
 * line number in increasing order, the row's text is exactly that line of the `.txt` page, and
 * every non-blank line of the page has one row.
 *
 * Usage: `npx tsx scripts/check-fixture-labels.ts [name …]`; exits 1 on any mismatch.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures')
const wanted = process.argv.slice(2)
const names = readdirSync(fixtures)
  .filter((file) => file.endsWith('.labels.tsv'))
  .map((file) => file.slice(0, -'.labels.tsv'.length))
  .filter((name) => wanted.length === 0 || wanted.some((each) => name.startsWith(each)))
  .sort()

let problems = 0
const report = (name: string, message: string): void => {
  problems++
  console.log(`${name}: ${message}`)
}

for (const name of names) {
  const pagePath = path.join(fixtures, `${name}.txt`)
  if (!existsSync(pagePath)) {
    report(name, 'no .txt page beside the labels')
    continue
  }
  const lines = readFileSync(pagePath, 'utf8').split(/\r\n|\r|\n/)
  const rows = readFileSync(path.join(fixtures, `${name}.labels.tsv`), 'utf8').split('\n')
  if (rows[0] !== 'mark\tcategory\tline\ttext') report(name, `header is ${JSON.stringify(rows[0])}`)
  const labelled = new Set<number>()
  let previous = 0
  for (const [index, row] of rows.slice(1).entries()) {
    if (row === '') continue
    const [mark, category, line, ...rest] = row.split('\t')
    const text = rest.join('\t')
    const where = `row ${index + 2}`
    if (!['+', '-', '?'].includes(mark ?? '')) report(name, `${where}: mark ${JSON.stringify(mark)}`)
    if (!category) report(name, `${where}: no category`)
    const number = Number(line)
    if (!Number.isInteger(number) || number < 1 || number > lines.length) {
      report(name, `${where}: line ${JSON.stringify(line)} out of range`)
      continue
    }
    if (number <= previous) report(name, `${where}: line ${number} not after line ${previous}`)
    previous = number
    if (lines[number - 1] !== text) report(name, `${where}: line ${number} is ${JSON.stringify(lines[number - 1])}, label says ${JSON.stringify(text)}`)
    labelled.add(number)
  }
  lines.forEach((text, index) => {
    if (text.trim() !== '' && !labelled.has(index + 1)) report(name, `line ${index + 1} has no label: ${JSON.stringify(text)}`)
  })
}

console.log(`${names.length} labelled pages checked, ${problems} problem${problems === 1 ? '' : 's'}`)
process.exitCode = problems ? 1 : 0
