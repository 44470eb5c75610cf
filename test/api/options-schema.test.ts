/**
 * newsclean.config.schema.json, the JSON Schema of the configuration file: generated from the
 * options (npm run docs:schema), its keys the options clean() knows, and what it accepts what
 * the options accept.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {Ajv} from 'ajv'
import {describe, expect, it} from 'vitest'
import {configSchema, SCHEMA_FILE} from '../../src/api/options-schema.js'
import {makeSettings, optionNames} from '../../src/api/settings.js'
import {root} from '../support/helpers.js'

const shipped = JSON.parse(readFileSync(path.join(root, SCHEMA_FILE), 'utf8')) as ReturnType<typeof configSchema>
const validate = new Ajv({strict: false}).compile(shipped)

describe(SCHEMA_FILE, () => {
  it('is what the options generate (npm run docs:schema)', () => {
    expect(shipped).toEqual(configSchema())
  })

  it('has a key for every option, and only those (and $schema)', () => {
    expect(Object.keys(shipped.properties as object)).toEqual(['$schema', ...optionNames])
    expect(shipped.additionalProperties).toBe(false)
  })

  it('is shipped in the package and exported', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {files: string[]; exports: Record<string, unknown>}
    expect(manifest.files).toContain(SCHEMA_FILE)
    expect(manifest.exports['./config.schema.json']).toBe(`./${SCHEMA_FILE}`)
  })

  // Without `cleaners`: in a file it is a module path, in clean() an array of cleaners.
  const valid: Array<Record<string, unknown>> = [
    {},
    {$schema: './node_modules/newsclean/newsclean.config.schema.json'},
    {language: 'fr', languages: ['fr', 'en']},
    {language: 'fr-FR', languages: ['FR', 'pt_BR'], targetLanguages: ['fr-CA', 'und']},
    {enable: ['byline', 'category:comments'], disable: ['category:promo']},
    {favor: 'recall', targetLanguages: ['fr', 'und'], minChars: 200},
    {mode: 'page', maxLength: 1000, now: '2024-03-14T12:00:00+01:00'}
  ]
  const invalid: Array<Record<string, unknown>> = [
    {langage: 'fr'},
    {language: 'xx'},
    {languages: 'fr'},
    {disable: ['category:nope']},
    {enable: ['Not A Rule']},
    {favor: 'speed'},
    {minChars: -1},
    {minChars: 1.5},
    {maxLength: -3},
    {mode: 'html'},
    {targetLanguages: ['French']},
    {language: 'ru-RU'},
    {languages: []}
  ]

  it.each(valid)('accepts what the options accept: %j', (config) => {
    expect(validate(config)).toBe(true)
    const {$schema, ...options} = config
    expect(() => makeSettings(options)).not.toThrow()
    expect($schema === undefined || typeof $schema === 'string').toBe(true)
  })

  it.each(invalid)('rejects what the options reject: %j', (config) => {
    expect(validate(config)).toBe(false)
    expect(() => makeSettings(config)).toThrow()
  })
})
