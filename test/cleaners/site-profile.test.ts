/**
 * site-profile: with a profile learnt from other pages of the site, the lines the site prints
 * on most pages go, numbers folded; the article's own lines stay, a standard disclaimer that
 * every article carries included; a profile of too few pages removes nothing.
 */
import retextStringify from 'retext-stringify'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {clean, cleanAll, createProfile, newscleanParse, retextNewsclean, type SiteProfile} from '../../src/index.js'
import {MIN_PAGES} from '../../src/cleaners/site/site-profile.js'
import {disclaimer, footer, headline, menu, sitePage} from '../support/site.js'

/** A profile of pages `from` to `to` (excluded) of the made-up site. */
function profileOf(from: number, to: number, options: {disclaimer?: boolean} = {}): SiteProfile {
  const profile = createProfile({site: 'example.com'})
  for (let index = from; index < to; index++) profile.learn(sitePage(index, options).text)
  return profile
}

const bySite = (text: string, profile: SiteProfile) => clean(text, {profile}).removed.filter((removal) => removal.rule === 'site-profile')

describe('site-profile', () => {
  it('removes the menu and footer learnt from the other pages, naming the share', () => {
    const profile = profileOf(1, 13)
    const {text, article} = sitePage(0)
    const removed = bySite(text, profile)
    const gone = removed.map((removal) => removal.text)
    expect(gone).toEqual(expect.arrayContaining([...menu, 'Contact the newsroom']))
    // 'About us' is footer furniture a pack's phrase may take first; either way it goes.
    expect(clean(text, {profile}).text).not.toContain('About us')
    // The copyright line folds with the other pages' years (a phrase rule may take it first).
    expect(profile.pagesWith('© 2031 The Daily Example Ltd. All rights reserved.')).toBe(12)
    expect(clean(text, {profile}).text).not.toContain('©')
    expect(removed[0]!.reason).toBe('Site profile: on 100 % of 12 pages of example.com')
    expect(removed[0]!.category).toBe('site')
    const result = clean(text, {profile})
    for (const line of article) expect(result.text).toContain(line)
  })

  it('keeps the disclaimer that every article of the site ends with', () => {
    const profile = profileOf(1, 13, {disclaimer: true})
    expect(profile.pagesWith(disclaimer)).toBe(12)
    const {text, article} = sitePage(0, {disclaimer: true})
    const result = clean(text, {profile})
    expect(article.at(-1)).toBe(disclaimer)
    for (const line of article) expect(result.text).toContain(line)
    expect(bySite(text, profile).map((removal) => removal.text)).toEqual(expect.arrayContaining(menu))
  })

  it('keeps a standard paragraph between the article paragraphs, and the same as the first line of an extract', () => {
    const profile = profileOf(1, 13, {disclaimer: true})
    const {article} = sitePage(0)
    const middle = [...article.slice(0, 3), disclaimer, ...article.slice(3)]
    const page = [...menu, ...middle, ...footer].join('\n\n')
    const result = clean(page, {profile})
    for (const line of middle) expect(result.text).toContain(line)
    const extract = [disclaimer, ...article.slice(1)].join('\n\n')
    expect(clean(extract, {profile}).text).toBe(clean(extract).text)
  })

  it('keeps the headline when the site lists it on most of its other pages', () => {
    const profile = createProfile({site: 'example.com'})
    for (let index = 1; index < 8; index++) profile.learn(`${sitePage(index).text}\n\nMost read\n\n${headline(0)}`)
    expect(profile.pagesWith(headline(0))).toBe(7)
    const {text} = sitePage(0)
    const result = clean(text, {profile})
    expect(result.text).toContain(`\n${headline(0)}\n`)
  })

  it('keeps the article of a page the site was crawled under several addresses', () => {
    const profile = profileOf(1, 5)
    for (let copy = 0; copy < 4; copy++) profile.learn(sitePage(0).text)
    const {text, article} = sitePage(0)
    const result = clean(text, {profile})
    for (const line of article) expect(result.text).toContain(line)
    expect(bySite(text, profile).map((removal) => removal.text)).toEqual(expect.arrayContaining(menu))
  })

  it(`removes nothing with a profile of fewer than ${MIN_PAGES} pages (cold start)`, () => {
    const profile = profileOf(1, MIN_PAGES)
    const {text} = sitePage(0)
    expect(bySite(text, profile)).toEqual([])
    expect(clean(text, {profile}).text).toBe(clean(text).text)
    expect(bySite(text, profileOf(1, MIN_PAGES + 1)).length).toBeGreaterThan(0)
  })

  it('removes nothing without a profile, and nothing the site does not repeat', () => {
    const {text} = sitePage(0)
    expect(clean(text).removed.some((removal) => removal.rule === 'site-profile')).toBe(false)
    const other = createProfile({site: 'other.org'})
    for (let index = 0; index < 10; index++) other.learn(`Welcome to other.org\n\nOur story number ${index}`)
    expect(bySite(text, other)).toEqual([])
  })

  it('is idempotent with a profile', () => {
    const profile = profileOf(1, 13, {disclaimer: true})
    for (let index = 0; index < 3; index++) {
      const once = clean(sitePage(index + 20, {disclaimer: index % 2 === 0}).text, {profile}).text
      expect(clean(once, {profile}).text).toBe(once)
    }
  })

  it('works the same in the unified preset and in cleanAll', async () => {
    const profile = profileOf(1, 13)
    const {text} = sitePage(0)
    const expected = clean(text, {profile}).text
    const file = await unified().use(newscleanParse).use(retextNewsclean, {profile}).use(retextStringify).process(text)
    expect(String(file)).toBe(expected)
    expect(file.messages.some((message) => message.ruleId === 'site-profile')).toBe(true)
    const records = []
    for await (const record of cleanAll([{url: 'https://example.com/0', text}], {profile})) records.push(record)
    expect(records).toEqual([{url: 'https://example.com/0', text: expected}])
  })

  it('refuses a profile option that is not a profile', () => {
    expect(() => clean('text', {profile: {} as SiteProfile})).toThrow(/`profile` must be a site profile/)
  })
})
