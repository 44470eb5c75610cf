import {describe, expect, it} from 'vitest'
import {markdownPage, markdownRulesOf} from '../support/pages.js'

describe('skip-link: Markdown links to places on the same page', () => {
  it.each(['[Skip to content](#main)', '[Back to top](#top)', '* [Comments](#comments)'])('removes %s', (line) => {
    expect(markdownRulesOf(markdownPage(line))).toEqual([`skip-link: ${line}`])
  })

  it('keeps a fragment link inside a sentence, and text pages', () => {
    const line = 'The full figures are in the [table below](#figures), which the council published on Tuesday.'
    expect(markdownRulesOf(markdownPage(line))).toEqual([])
  })
})
