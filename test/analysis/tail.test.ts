import {describe, expect, it} from 'vitest'
import {listShape} from '../../src/analysis/tail.js'

describe('list shapes', () => {
  it.each([
    ['1) The Lego bomber', '9)W'],
    ['12. Le coffret Magnum', '9.W'],
    ['• Easy setup for all your devices', '•W'],
    ['— The Senate (@Senate) October 9, 2018', '—W'],
    ['July 30 – Noblesville, IN', 'W9–'],
    ['Samedi 12 juillet – Nantes', 'W9w'],
    ['Meal 2', 'W9']
  ])('gives %s the shape %s', (line, shape) => {
    expect(listShape(line)).toBe(shape)
  })

  it.each([
    'The city council voted on Tuesday',
    'Le conseil municipal a voté mardi',
    '2020 Audi e-tron revealed as a coupe',
    '“Quoted words,” she said',
    '« Des mots cités », dit-elle',
    'Home'
  ])('gives %s no shape', (line) => {
    expect(listShape(line)).toBeUndefined()
  })
})
