/**
 * Settling: a whole page is cleaned again as its own output until it removes nothing, so that
 * cleaning the cleaned text changes nothing.
 */
import {describe, expect, it} from 'vitest'
import {clean} from '../../src/index.js'

const paragraphs = [
  'The city council voted on Tuesday to close the old harbour bridge to cars from next spring, ending a debate that has divided residents for more than a decade.',
  'Supporters of the plan say the bridge, built in 1931, can no longer carry heavy traffic safely and that a pedestrian crossing would bring visitors back to the waterfront.',
  'Shop owners on both banks fear the opposite: fewer customers, longer deliveries and a neighbourhood cut in two for as long as the works last, which could be years.',
  'The council promised a shuttle bus every ten minutes during the works and a study of the effects on local businesses before the end of the year.'
]
const menu = ['World', 'Business', 'Sport', 'Culture', 'Travel', 'Opinion', 'Video', 'Podcasts']

describe('settling a whole page', () => {
  it('removes what a clean of the output would remove: the headline printed again over the comments', () => {
    // The whole page frames the comments in; its cleaned output reads as an extractor's output,
    // where the headline printed again far down goes. Settling does that on the first clean.
    const copy = '2 thoughts on “Harbour bridge to close to cars”'
    const text = ['Harbour bridge to close to cars | Daily Planet', ...menu, 'Harbour bridge to close to cars', ...paragraphs, copy, 'It was about time the council did something about that bridge, which has been crumbling for years now.', 'About Us', 'Contact', 'Careers', 'Privacy'].join('\n')
    const once = clean(text)
    expect(once.kind).toBe('page')
    expect(once.removed.find((removal) => removal.text === copy)?.rule).toBe('duplicate-line')
    expect(clean(once.text).text).toBe(once.text)
    for (const paragraph of paragraphs) expect(once.text).toContain(paragraph)
  })
})
