/**
 * The running order: it follows from what cleaners declare (stages, `after` categories), the
 * registry lists it, and every constraint matters: each has a page whose result changes when
 * the constraint is broken.
 */
import {describe, expect, it} from 'vitest'
import {cleanText} from '../../src/api/pipeline.js'
import {makeSettings} from '../../src/api/settings.js'
import {builtinCleaners, listedInOrder} from '../../src/cleaners/index.js'
import {orderBreaches, orderCleaners, STAGES} from '../../src/core/order.js'
import type {CleanerSpec} from '../../src/core/types.js'
import {harbourArticle, sectionMenu} from '../support/pages.js'

const settings = makeSettings()

/** Each line's removing rule (`+` when kept), cleaning with the cleaners in the order given. */
function rulesOf(text: string, specs: readonly CleanerSpec[]): string[] {
  const page = cleanText(text, {...settings, specs: [...specs]})
  return page.blocks.map((block) => `${page.removedBy(block) ?? '+'}\t${block.text}`)
}

/** The built-in order with `cleaner` moved to just before `before`: a constraint broken. */
function moved(cleaner: string, before: string): CleanerSpec[] {
  const spec = builtinCleaners.find((each) => each.name === cleaner)!
  const specs: CleanerSpec[] = builtinCleaners.filter((each) => each !== spec)
  specs.splice(
    specs.findIndex((each) => each.name === before),
    0,
    spec
  )
  expect(orderBreaches(specs).length).toBeGreaterThan(0)
  return specs
}

const footer = ['About Us', 'Contact', 'Careers', 'Privacy']

/**
 * A whole page's text: the page title, a trail of links, a sectionMenu, the article's header lines,
 * the article, a footer.
 */
function wholePage(header: string[], after: string[] = [], trail: string[] = []): string {
  return [
    'Harbour bridge to close to cars | Daily Planet',
    ...trail,
    ...sectionMenu,
    ...header,
    'Harbour bridge to close to cars',
    ...harbourArticle,
    ...after,
    ...footer
  ].join('\n')
}

describe('the running order', () => {
  it('is the order the registry lists, and breaks no constraint', () => {
    expect(listedInOrder()).toBe(true)
    expect(orderBreaches(builtinCleaners)).toEqual([])
    const stages = builtinCleaners.map((spec) => STAGES.indexOf(spec.stage))
    expect(stages).toEqual([...stages].sort((a, b) => a - b))
  })

  it('puts stages first, then `after` categories, and keeps the given order elsewhere', () => {
    const spec = (name: string, stage: CleanerSpec['stage'], category: CleanerSpec['category'], after?: CleanerSpec['after']): CleanerSpec => ({
      name,
      stage,
      category,
      ...(after ? {after} : {}),
      run: () => undefined
    })
    const a = spec('a', 'page', 'menu')
    const b = spec('b', 'line', 'promo', ['author'])
    const c = spec('c', 'line', 'author')
    const d = spec('d', undefined, 'furniture')
    const e = spec('e', 'line', 'notice')
    expect(orderCleaners([d, a, b, c, e]).map((each) => each.name)).toEqual(['c', 'b', 'e', 'a', 'd'])
    expect(orderBreaches([b, c])).toEqual([{cleaner: 'b', before: 'c', why: "it runs after category 'author'"}])
    expect(orderBreaches([a, c])[0]?.why).toMatch(/stage 'line' runs before stage 'page'/)
  })

  it('refuses `after` constraints that go round in a circle, naming the cleaners', () => {
    const x: CleanerSpec = {name: 'x', stage: 'line', category: 'promo', after: ['notice'], run: () => undefined}
    const y: CleanerSpec = {name: 'y', stage: 'line', category: 'notice', after: ['promo'], run: () => undefined}
    expect(() => orderCleaners([x, y])).toThrow(/'x', 'y' go round in a circle/)
  })

  it('runs a custom cleaner in its stage, after the built-in ones of that stage', () => {
    const custom: CleanerSpec = {name: 'my-promo', stage: 'line', category: 'promo', test: () => false}
    const specs = makeSettings({cleaners: [custom]}).specs
    const position = specs.findIndex((each) => each.name === 'my-promo')
    expect(specs[position - 1]?.stage).toBe('line')
    expect(specs[position + 1]?.stage).toBe('section')
  })
})

describe('every constraint matters: breaking it changes the result', () => {
  it('line before section: a promo inside a related list is reported as a promo', () => {
    const text = [
      ...harbourArticle,
      'You may also like',
      'Follow us on Telegram',
      'Harbour bridge closure: what changes for drivers',
      'Ten years of debate over the old bridge'
    ].join('\n\n')
    expect(rulesOf(text, builtinCleaners)).toContain('social-promo\tFollow us on Telegram')
    expect(rulesOf(text, moved('related-content', 'social-promo'))).toContain('related-content\tFollow us on Telegram')
  })

  it('section before frame: a related list after the article is reported as related content', () => {
    const text = wholePage([], ['Related articles', 'Harbour bridge closure: what changes for drivers', 'Ten years of debate over the old bridge'])
    expect(rulesOf(text, builtinCleaners)).toContain('related-content\tRelated articles')
    expect(rulesOf(text, moved('page-frame', 'related-content'))).toContain('page-frame\tRelated articles')
  })

  it('frame before page: the frame is found on the whole page, menus included', () => {
    const text = wholePage([])
    expect(rulesOf(text, builtinCleaners)).toContain('page-frame\tBusiness')
    expect(rulesOf(text, moved('link-list', 'page-frame'))).toContain('link-list\tBusiness')
  })

  it('page before leftover: a lone count after the article is a list line, not a leftover', () => {
    const text = [...harbourArticle, 'Copyright 2024 Daily Planet. All rights reserved.', '76', 'Follow us on Telegram'].join('\n\n')
    expect(rulesOf(text, builtinCleaners)).toContain('link-list\t76')
    expect(rulesOf(text, moved('tail-context', 'link-list'))).toContain('tail-context\t76')
  })

  it.each([
    ['an author', 'By Jane Smith', 'byline'],
    ['a date', 'Published March 12, 2024', 'timestamp'],
    ['a trail of links', 'Home › Politics', 'breadcrumb']
  ])('a category label beside %s is found in the first round (the page frame comes later)', (_what, line, rule) => {
    // A trail of links heads the page; an author's line and a date head the article.
    const text = rule === 'breadcrumb' ? wholePage([], [], [line, 'Politics']) : wholePage(['Politics', line])
    const declared = cleanText(text, settings)
    expect(declared.metadata.category).toBe('Politics')
    expect(rulesOf(text, builtinCleaners)).toContain('category-label\tPolitics')
    expect(rulesOf(text, moved('category-label', rule))).toContain('page-frame\tPolitics')
  })
})
