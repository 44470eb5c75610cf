/**
 * `npm run docs:rules`: write docs/rules.md from the cleaner specs and the language packs.
 */
import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {projectRoot} from './lib/corpus.js'
import {rulesDoc} from './lib/rules-doc.js'

const file = path.join(projectRoot, 'docs', 'rules.md')
writeFileSync(file, rulesDoc())
console.log(`wrote ${path.relative(projectRoot, file)}`)
