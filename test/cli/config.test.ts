/**
 * newsclean.config.json: found from the working directory upward or named with --config, the
 * options of clean() under the same keys, flags winning; unknown keys and bad values are
 * errors naming the file and the key.
 */
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {findConfig, readConfig} from '../../src/cli/config.js'
import {runCli} from '../support/cli.js'

const work = mkdtempSync(path.join(tmpdir(), 'newsclean-config-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))
const page = [
  'Le gouvernement a présenté mercredi un projet de loi visant à renforcer la protection des données personnelles.',
  'Tous droits réservés',
  'Selon le ministre, le texte doit être examiné par le Parlement avant la fin de l’année, malgré les réserves.',
  'Leave a Comment'
].join('\n\n')

/** A folder with a config file (and a folder below it). */
function project(name: string, config: unknown): {dir: string; below: string} {
  const dir = path.join(work, name)
  const below = path.join(dir, 'crawl', 'day1')
  mkdirSync(below, {recursive: true})
  writeFileSync(path.join(dir, 'newsclean.config.json'), typeof config === 'string' ? config : JSON.stringify(config))
  return {dir, below}
}

describe('newsclean.config.json', () => {
  it('is found from the working directory upward', async () => {
    const {dir, below} = project('found', {disable: ['category:notice']})
    expect(findConfig(below)).toBe(path.join(dir, 'newsclean.config.json'))
    const outcome = await runCli(['-'], page, {cwd: below})
    expect(outcome.code).toBe(0)
    expect(outcome.stdout).toContain('Tous droits réservés')
    expect(outcome.stdout).not.toContain('Leave a Comment')
  })

  it('gives way to flags, and to --no-config', async () => {
    const {below} = project('flags', {disable: ['category:notice'], favor: 'recall'})
    expect((await runCli(['--disable', 'comment-share', '-'], page, {cwd: below})).stdout).toContain('Leave a Comment')
    const none = await runCli(['--no-config', '-'], page, {cwd: below})
    expect(none.stdout).not.toContain('Tous droits réservés')
  })

  it('is named with --config, its cleaners module relative to it', async () => {
    const dir = path.join(work, 'named')
    mkdirSync(dir, {recursive: true})
    writeFileSync(path.join(dir, 'weather.mjs'), "export default [{name: 'weather-widget', test: (block) => block.lower.startsWith('météo')}]\n")
    writeFileSync(path.join(dir, 'conf.json'), JSON.stringify({cleaners: './weather.mjs', enable: ['weather-widget']}))
    const outcome = await runCli(['--config', path.join(dir, 'conf.json'), '-'], `Météo : soleil\n\n${page}`, {cwd: work})
    expect(outcome.stderr).toBe('')
    expect(outcome.stdout).not.toContain('Météo')
    expect(outcome.stdout).toContain('Leave a Comment')
  })

  it.each<[string, unknown, RegExp]>([
    ['unknown', {disable: ['byline'], langage: 'fr'}, /newsclean\.config\.json: unknown key `langage` \(known: \$schema, language,/],
    ['value', {favor: 'speed'}, /newsclean\.config\.json: unknown `favor` 'speed' \(known: 'precision', 'balanced', 'recall'\)/],
    ['rule', {disable: ['no-such-rule']}, /newsclean\.config\.json: unknown rule 'no-such-rule' in `disable`/],
    ['json', '{"disable": [', /newsclean\.config\.json: not valid JSON/],
    ['array', '[]', /newsclean\.config\.json: expected a JSON object/],
    ['profile', {profile: 'site.json'}, /newsclean\.config\.json: `profile` is for clean\(\); the command reads each site's profile with --profiles DIR/]
  ])('a bad file is a usage error naming it and the key (%s)', async (name, config, message) => {
    const {dir} = project(`bad-${name}`, config)
    expect(() => readConfig(path.join(dir, 'newsclean.config.json'))).toThrow(message)
    const outcome = await runCli(['-'], page, {cwd: dir})
    expect(outcome.code).toBe(2)
    expect(outcome.stderr).toMatch(message)
  })
})
