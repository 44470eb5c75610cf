import {describe, expect, it} from 'vitest'
import {markdownPage, markdownRulesOf} from '../support/pages.js'

describe('badge-row: Markdown rows of badges and icons', () => {
  it.each([
    '[![Facebook](/img/facebook-icon.png)](https://facebook.com/planet) [![RSS](/img/rss.png)](/feed)',
    '![build](https://img.shields.io/badge/build-passing-green.svg)',
    '[![App Store](/img/store-a.png)](https://apps.example.com/a) [![Play](/img/store-b.png)](https://play.example.com/b)'
  ])('removes %s', (line) => {
    expect(markdownRulesOf(markdownPage(line))).toEqual([`badge-row: ${line}`])
  })

  it('keeps a picture of the article', () => {
    expect(markdownRulesOf(markdownPage('![The old harbour bridge at night](https://news.example.com/img/bridge.jpg)'))).toEqual([])
  })
})
