/**
 * `npm run docs:schema`: write newsclean.config.schema.json, the JSON Schema of the
 * configuration file, from the options (a test fails when it is stale).
 */
import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {configSchema, SCHEMA_FILE} from '../src/api/options-schema.js'
import {projectRoot} from './lib/corpus.js'

const file = path.join(projectRoot, SCHEMA_FILE)
writeFileSync(file, `${JSON.stringify(configSchema(), null, 2)}\n`)
console.log(`wrote ${path.relative(projectRoot, file)}`)
