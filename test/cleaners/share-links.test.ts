import {describe, expect, it} from 'vitest'
import {markdownPage, markdownRulesOf} from '../support/pages.js'

describe('share-links: Markdown rows of links that share the page', () => {
  it.each([
    'Share: [Facebook](https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example.com%2Fa) [Twitter](https://twitter.com/intent/tweet?url=x)',
    '[Email](mailto:?subject=Harbour%20bridge) | [LinkedIn](https://www.linkedin.com/shareArticle?url=x) | [WhatsApp](https://api.whatsapp.com/send?text=x)'
  ])('removes %s', (line) => {
    expect(markdownRulesOf(markdownPage(line))).toEqual([`share-links: ${line}`])
  })

  it('keeps a sentence that links to a network, and a profile link', () => {
    const line = 'The council answered questions on [its Facebook page](https://www.facebook.com/harbourcouncil) for two hours on Tuesday evening.'
    expect(markdownRulesOf(markdownPage(line))).toEqual([])
  })
})
