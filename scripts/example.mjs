// Clean one page with the built package and show what happened:
//   node scripts/example.mjs [page.txt]
// (run `npm run build` first; `npm run example` does both).
import {readFileSync} from 'node:fs'
import {clean} from '../dist/index.js'

const path = process.argv[2] ?? 'fixtures/001_b46072169c073c9b.txt'
const result = clean(readFileSync(path, 'utf8'))

console.log(`# ${path}: language ${result.language}, ${result.removed.length} lines removed\n`)
console.log(result.text)
console.log('\n# Removed')
for (const removal of result.removed) {
  console.log(`line ${String(removal.line).padStart(3)}  ${removal.rule.padEnd(16)} ${removal.text.slice(0, 70)}`)
}
console.log('\n# Metadata')
console.log(JSON.stringify(result.metadata, null, 2))
