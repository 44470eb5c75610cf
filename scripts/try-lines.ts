// Ad-hoc: clean the lines given on stdin as one page (forced language: argv[2]) and show each line's fate.
import {readFileSync} from 'node:fs'
import {clean} from '../src/index.js'
const text = readFileSync(0, 'utf8')
const language = process.argv[2] ?? 'auto'
const r = clean(text, {language})
const removed = new Map(r.removed.map((x) => [x.line, x]))
text.split('\n').forEach((line, i) => {
  if (!line.trim()) return
  const x = removed.get(i + 1)
  console.log(`${x ? '-' : '+'} ${(x?.rule ?? '').padEnd(16)} ${line}`)
})
console.log('language', r.language, JSON.stringify(r.metadata))
