import {describe, expect, it} from 'vitest'
import {markdownPage, markdownRulesOf} from '../support/pages.js'

describe('tracking-pixel: Markdown images of counters and spacers', () => {
  it.each(['![](https://pixel.example.net/b/ss/1x1.gif)', '![](/images/spacer.gif)', '![](https://secure-us.imrworldwide.com/cgi-bin/m?ci=x)'])(
    'removes %s',
    (line) => {
      expect(markdownRulesOf(markdownPage(line))).toEqual([`tracking-pixel: ${line}`])
    }
  )

  it('keeps a picture with alt text', () => {
    expect(markdownRulesOf(markdownPage('![The old harbour bridge at night](https://news.example.com/img/bridge.jpg)'))).toEqual([])
  })
})
