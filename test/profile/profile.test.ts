/**
 * Site profiles: learning, reading back, merging (a property test: learning on many machines
 * and merging gives what learning on one gives), the bound on their size, and the estimates
 * of a profile too large to count exactly.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {createProfile, loadProfile, mergeProfiles, ProfileError, type SiteProfile} from '../../src/index.js'
import {ByteWriter} from '../../src/profile/codec.js'
import {EXACT_LIMIT, MAX_COUNT, SKETCH_ROWS, SKETCH_WIDTH} from '../../src/profile/counts.js'

const json = (profile: SiteProfile): string => JSON.stringify(profile)

/** Letters only, so that no two made-up lines fold together (digits fold to one). */
const letters = (value: number): string => value.toString(26).replace(/[0-9]/g, (digit) => 'qrstuvwxyz'[Number(digit)]!)

describe('a profile', () => {
  it('counts the pages a line is on, once per page, numbers folded', () => {
    const profile = createProfile({site: 'example.com'})
    profile.learn('Home\nNews\nHome\nFirst story\n© 2019 Example')
    profile.learn('Home\nSecond story\n© 2024 Example\n\n')
    expect(profile.pages).toBe(2)
    expect(profile.pagesWith('Home')).toBe(2)
    expect(profile.pagesWith('© 2031 Example')).toBe(2)
    expect(profile.pagesWith('First story')).toBe(1)
    expect(profile.pagesWith('Never seen')).toBe(0)
    expect(profile.pagesWith('42')).toBe(0)
  })

  it('reads back what it wrote, byte for byte', () => {
    const profile = createProfile({site: 'example.com'})
    for (let page = 0; page < 5; page++) profile.learn(`Menu\nStory ${letters(page)}\nFooter`)
    const again = loadProfile(json(profile))
    expect(json(again)).toBe(json(profile))
    expect(again.site).toBe('example.com')
    expect(again.pagesWith('Menu')).toBe(5)
    expect(loadProfile(profile.toJSON()).pagesWith('Footer')).toBe(5)
  })

  it('refuses what is not a profile with a ProfileError saying why', () => {
    const good = createProfile().learn('Menu\nStory').toJSON()
    const cases: Array<[unknown, RegExp]> = [
      ['{not json', /must be JSON/],
      ['[]', /expected an object/],
      [{...good, format: 'other'}, /format/],
      [{...good, version: 99}, /version 99 .*learn it again/],
      [{...good, pages: -1}, /pages/],
      [{...good, site: 3}, /site/],
      [{...good, counts: {kind: 'exact', entries: '!!'}}, /not base64/],
      [{...good, counts: {kind: 'exact', entries: 'gA=='}}, /cut short/],
      [{...good, pages: 0}, /on 1 of 0 pages/],
      [{...good, counts: {kind: 'sketch', rows: 3, width: 2048, cells: ''}}, /rows/],
      [{...good, counts: {kind: 'sketch', rows: 4, width: 2048, cells: 'AAAA'}}, /fewer than/],
      [{...good, counts: {kind: 'tree'}}, /kind/]
    ]
    for (const [value, message] of cases) {
      expect(() => loadProfile(value)).toThrow(ProfileError)
      expect(() => loadProfile(value)).toThrow(message)
    }
  })

  it('merges only profiles of the same site', () => {
    expect(() => mergeProfiles(createProfile({site: 'a.com'}), createProfile({site: 'b.com'}))).toThrow(ProfileError)
    expect(mergeProfiles(createProfile({site: 'a.com'}), createProfile()).site).toBe('a.com')
    expect(() => mergeProfiles({} as SiteProfile, createProfile())).toThrow(TypeError)
  })

  it('stays under 64 KB whatever the number of pages, and keeps the frequent lines', () => {
    const profile = createProfile({site: 'example.com'})
    let sizes = 0
    for (let page = 0; page < 3000; page++) {
      const lines = ['Home', 'World', 'Sport', 'Most read', 'Sign up to our newsletter']
      for (let line = 0; line < 60; line++) lines.push(`story ${letters(page * 1000 + line)} line`)
      profile.learn(lines.join('\n'))
      if (page === 20 || page === 2999) sizes = Math.max(sizes, json(profile).length)
    }
    expect(sizes).toBeLessThanOrEqual(64 * 1024)
    expect(profile.toJSON().counts.kind).toBe('sketch')
    // The sketch errs low on the lines of every page, and reads a line of one page as on few.
    expect(profile.pagesWith('Most read')).toBeGreaterThan(0.95 * 3000)
    expect(profile.pagesWith('Most read')).toBeLessThanOrEqual(3000)
    let worst = 0
    for (let line = 0; line < 5000; line++) worst = Math.max(worst, profile.pagesWith(`story ${letters(line * 7)} line`))
    expect(worst).toBeLessThan(0.05 * 3000)
  })
})

/** A page: lines drawn from a small vocabulary of lines (so pages share some) and lines of its own. */
const pageArbitrary = fc
  .tuple(fc.array(fc.integer({min: 0, max: 60}), {maxLength: 12}), fc.array(fc.integer({min: 0, max: 5_000_000}), {maxLength: 300}))
  .map(([shared, own]) => [...shared.map((line) => `shared ${letters(line)}`), ...own.map((line) => `own ${letters(line)}`)].join('\n'))

/** A profile of pages. */
function learnt(pages: readonly string[], site?: string): SiteProfile {
  const profile = createProfile({site})
  for (const page of pages) profile.learn(page)
  return profile
}

/** Merge profiles along a tree given by `splits` (any grouping). */
function mergeTree(profiles: SiteProfile[], splits: readonly number[]): SiteProfile {
  if (profiles.length === 1) return profiles[0]!
  const cut = 1 + ((splits[0] ?? 0) % (profiles.length - 1))
  return mergeProfiles(mergeTree(profiles.slice(0, cut), splits.slice(1)), mergeTree(profiles.slice(cut), splits.slice(1)))
}

describe('the size bound', () => {
  it('holds for the largest profiles there can be: every counter and count at its largest', () => {
    const sketch = new ByteWriter()
    for (let cell = 0; cell < SKETCH_ROWS * SKETCH_WIDTH; cell++) sketch.varint(MAX_COUNT)
    const exact = new ByteWriter()
    for (let entry = 0; entry < EXACT_LIMIT; entry++) {
      exact.varint(entry === 0 ? 0 : Math.floor(2 ** 53 / EXACT_LIMIT) - 1) // keys spread over the range: the longest gaps
      exact.varint(MAX_COUNT)
    }
    const base = {format: 'newsclean-site-profile', version: 1, site: 'a-very-long-site-name-for-the-worst-case.example.co.uk', pages: MAX_COUNT}
    for (const counts of [
      {kind: 'sketch', rows: SKETCH_ROWS, width: SKETCH_WIDTH, cells: sketch.base64()},
      {kind: 'exact', entries: exact.base64()}
    ]) {
      const profile = loadProfile({...base, counts})
      expect(JSON.stringify(profile).length).toBeLessThanOrEqual(64 * 1024)
      expect(JSON.stringify(profile)).toBe(JSON.stringify({...base, counts}))
    }
  })
})

describe('merging profiles (property)', () => {
  it('learning in shards on many machines and merging in any order gives what one machine learns', () => {
    fc.assert(
      fc.property(
        fc.array(pageArbitrary, {minLength: 1, maxLength: 24}),
        fc.array(fc.integer({min: 0, max: 7}), {minLength: 1, maxLength: 24}),
        fc.array(fc.nat(), {maxLength: 8}),
        fc.array(fc.nat(), {maxLength: 8}),
        (pages, machineOf, order, splits) => {
          const one = json(learnt(pages, 'example.com'))
          // Each page goes to a machine; each machine learns its shard (an empty shard too).
          const shards: string[][] = Array.from({length: 8}, () => [])
          pages.forEach((page, index) => shards[machineOf[index % machineOf.length]!]!.push(page))
          const profiles = shards.map((shard) => learnt(shard, 'example.com'))
          // Merge in a shuffled order, along an arbitrary tree.
          for (let index = profiles.length - 1; index > 0; index--) {
            const other = (order[index % Math.max(1, order.length)] ?? 0) % (index + 1)
            ;[profiles[index], profiles[other]] = [profiles[other]!, profiles[index]!]
          }
          expect(json(mergeTree(profiles, splits))).toBe(one)
        }
      ),
      {numRuns: 40}
    )
  })

  it('is commutative and associative, below and above the exact limit', () => {
    const big = (seed: number): SiteProfile =>
      learnt(Array.from({length: 6}, (_, page) => Array.from({length: 300}, (_, line) => `line ${letters(seed * 10_000 + page * 300 + line)}`).join('\n')))
    const [a, b, c] = [big(1), big(2), createProfile().learn('shared\nline')]
    expect(a.toJSON().counts.kind).toBe('exact')
    expect(mergeProfiles(a, b).toJSON().counts.kind).toBe('sketch') // 3,600 keys > EXACT_LIMIT
    expect(EXACT_LIMIT).toBeLessThan(3600)
    expect(json(mergeProfiles(a, b))).toBe(json(mergeProfiles(b, a)))
    expect(json(mergeProfiles(mergeProfiles(a, b), c))).toBe(json(mergeProfiles(a, mergeProfiles(b, c))))
    expect(json(mergeProfiles(mergeProfiles(a, c), b))).toBe(json(mergeProfiles(mergeProfiles(c, b), a)))
  })
})
