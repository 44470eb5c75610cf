import {readFileSync} from 'node:fs'
import {clean} from '../src/index.js'
for (const path of process.argv.slice(2)) {
  const r = clean(readFileSync(path, 'utf8'))
  console.log('==', path, r.language, JSON.stringify(r.metadata))
  for (const x of r.removed) console.log(`  - L${x.line} [${x.rule}] ${x.text.slice(0, 70)} — ${x.reason}`)
}
