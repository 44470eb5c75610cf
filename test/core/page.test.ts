/**
 * The page state: facts are kept per page and language, cleaners see the page through a view
 * that removes under their own name and cannot change the page.
 */
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {pageStats} from '../../src/analysis/stats.js'
import {rulesFor} from '../../src/api/settings.js'
import {parseBlocks} from '../../src/core/blocks.js'
import {PageState} from '../../src/core/page.js'
import type {CleanerSpec} from '../../src/core/types.js'

const french =
  'Le conseil municipal a voté mardi la fermeture du vieux pont aux voitures dès le printemps prochain, et les commerçants des deux rives craignent le pire.'

function page(text: string, language = 'en'): PageState {
  return new PageState(parseBlocks(text), new VFile({value: text}), language, rulesFor(language), () => 'extract')
}

describe('page facts', () => {
  it('are computed once per language, and again when the language changes', () => {
    const state = page(french)
    let computed = 0
    const key = {}
    const languageOf = (): string => {
      computed++
      return state.language
    }
    expect(state.fact(key, languageOf)).toBe('en')
    expect(state.fact(key, languageOf)).toBe('en')
    expect(computed).toBe(1)
    state.setLanguage('fr', rulesFor('fr'))
    expect(state.fact(key, languageOf)).toBe('fr')
    expect(computed).toBe(2)
  })

  it('count the stop words of the language in force, not of the first one detected', () => {
    // The bug this guards against: statistics cached with the stop words of the first
    // detection, kept after the language was detected again on the cleaned page.
    const state = page(french)
    const [block] = state.blocks
    const english = pageStats(state).of(block!).stopwords
    state.setLanguage('fr', rulesFor('fr'))
    const own = pageStats(state).of(block!).stopwords
    expect(own).toBeGreaterThan(english)
    expect(own).toBeGreaterThanOrEqual(8)
  })
})

describe('a cleaner’s view of the page', () => {
  const spec: CleanerSpec = {name: 'my-rule', category: 'promo', run: () => undefined}

  it('removes under the cleaner’s name and category', () => {
    const state = page('Alpha line\nBeta line')
    const view = state.contextFor(spec)
    expect(view.remove(state.blocks[1]!, 'a reason', {byline: 'Ann'})).toBe(true)
    expect(view.remove(state.blocks[1]!, 'again')).toBe(false)
    expect(state.removedBy(state.blocks[1]!)).toBe('my-rule')
    expect(state.removedAs(state.blocks[1]!)).toBe('promo')
    expect(state.removedWith(state.blocks[1]!)).toEqual({byline: 'Ann'})
    expect(state.metadata).toEqual({byline: 'Ann'})
  })

  it('cannot change the page: blocks are frozen, the language and the view are read-only', () => {
    const state = page('Alpha line\nBeta line')
    const view = state.contextFor(spec)
    expect(() => (view.blocks as unknown as unknown[]).splice(0)).toThrow(TypeError)
    expect(() => {
      ;(view as {language: string}).language = 'xx'
    }).toThrow(TypeError)
    expect(state.language).toBe('en')
    expect(state.blocks).toHaveLength(2)
  })
})
