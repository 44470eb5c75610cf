/**
 * Line keys of site profiles: what folds together (numbers, dates, counts and their plurals)
 * and what does not.
 */
import {describe, expect, it} from 'vitest'
import {hashKey, keyOf} from '../../src/profile/key.js'

describe('line keys', () => {
  it.each([
    ['© 2019 Example Ltd', '© 2024 Example Ltd'],
    ['12 comments', '1 comment'],
    ['Updated 3 hours ago', 'Updated 1 hour ago'],
    ['Published 3 March 2019', 'Published 12 avril 2021'],
    ['Home | News | Sport', 'HOME · NEWS · SPORT'],
    ['Page 3 of 12', 'Page 10 of 11'],
    ['Sign up to our newsletter', 'Sign up to our newsletter!']
  ])('%j and %j fold together', (a, b) => {
    expect(keyOf(a)).toBe(keyOf(b))
    expect(keyOf(a)).toBeDefined()
  })

  it.each([
    ['Sign up to our newsletter', 'Sign up to our podcast'],
    ['The council voted on Tuesday.', 'The council voted on Monday.'],
    ['Most read', 'Most shared']
  ])('%j and %j stay apart', (a, b) => {
    expect(keyOf(a)).not.toBe(keyOf(b))
  })

  it('gives no key to a line without a letter (a number, a rule)', () => {
    for (const line of ['42', '----', '12:30', '* * *', '']) expect(keyOf(line)).toBeUndefined()
  })

  it('hashes to 53 bits, the same key to the same hash', () => {
    const hash = hashKey('home news sport')
    expect(Number.isSafeInteger(hash) && hash >= 0).toBe(true)
    expect(hashKey('home news sport')).toBe(hash)
    expect(hashKey('home news sports')).not.toBe(hash)
  })

  it('runs in linear time on a long hostile line', () => {
    const line = '1a'.repeat(200_000) + ' ' + 'é'.repeat(200_000)
    const started = performance.now()
    keyOf(line)
    expect(performance.now() - started).toBeLessThan(2000)
  })
})
