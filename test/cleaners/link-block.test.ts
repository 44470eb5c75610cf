import {describe, expect, it} from 'vitest'
import {markdownPage, markdownRulesOf} from '../support/pages.js'

describe('link-block: Markdown blocks of links', () => {
  it('removes a run of link-only list items and table rows', () => {
    const menu = '* [Culture](https://news.example.com/culture)\n* [Travel](https://news.example.com/travel)\n* [Opinion](https://news.example.com/opinion)'
    const rules = markdownRulesOf(markdownPage(menu))
    expect(rules).toHaveLength(3)
    expect(rules.every((rule) => rule.startsWith('link-block: '))).toBe(true)
  })

  it('removes a list of headlines', () => {
    const list = [
      '- [Council approves new budget for the old town](https://news.example.com/a)',
      '- [Ferry timetable changes from next week](https://news.example.com/b)',
      '- [Harbour festival draws record crowds](https://news.example.com/c)'
    ].join('\n')
    expect(markdownRulesOf(markdownPage(list))).toHaveLength(3)
  })

  it('keeps paragraphs with links in them, and a linked title alone', () => {
    const line = 'The plan was first put to the [council in March](https://news.example.com/march), when it was rejected by two votes.'
    expect(markdownRulesOf(markdownPage(line, '## [Harbour bridge: the timeline of a long debate](https://news.example.com/timeline)'))).toEqual([])
  })
})
