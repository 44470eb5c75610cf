/**
 * The page frame is found once per page, on the page as the rules of earlier stages leave it:
 * what later cleaners remove does not move it (round after round, a frame found again on what
 * is left would shrink onto the longest block of prose left, article or not).
 */
import {describe, expect, it} from 'vitest'
import {newPage} from '../../src/api/pipeline.js'
import {makeSettings} from '../../src/api/settings.js'
import {pageFrame} from '../../src/cleaners/page/page-frame.js'
import {runCleaner} from '../../src/core/run.js'
import {parseBlocks} from '../../src/core/blocks.js'
import {VFile} from 'vfile'

const paragraphs = [
  'The city council voted on Tuesday to close the old harbour bridge to cars from next spring, ending a debate that has divided residents for more than a decade.',
  'Supporters of the plan say the bridge, built in 1931, can no longer carry heavy traffic safely and that a pedestrian crossing would bring visitors back to the waterfront.',
  'Shop owners on both banks fear the opposite: fewer customers, longer deliveries and a neighbourhood cut in two for as long as the works last, which could be years.'
]
const menu = ['World', 'Business', 'Sport', 'Culture', 'Travel', 'Opinion', 'Video', 'Podcasts']

describe('page-frame', () => {
  it('finds the frame once per page: a later pass removes nothing, whatever went in between', () => {
    const dates = ['March 10 – north ramp', 'April 8 – deck', 'April 22 – south ramp', 'May 6 – railings']
    const lines = ['Harbour bridge to close to cars | Daily Planet', ...menu, 'Harbour bridge to close to cars', ...paragraphs, 'Works calendar:', ...dates, 'About Us', 'Contact', 'Careers']
    const text = lines.join('\n')
    const page = newPage(parseBlocks(text), new VFile({value: text}), makeSettings({mode: 'page'}))
    runCleaner(pageFrame, page)
    expect(page.kept().map((block) => block.text)).toEqual(['Harbour bridge to close to cars', ...paragraphs, 'Works calendar:', ...dates])
    // Another rule takes the list's heading as page furniture: a frame found again now would
    // end at it and drop the article's own list.
    const other = page.contextFor({name: 'other', run: () => undefined})
    other.remove(page.kept().find((block) => block.text === 'Works calendar:')!, 'taken by another rule')
    runCleaner(pageFrame, page, true)
    expect(page.kept().map((block) => block.text)).toEqual(['Harbour bridge to close to cars', ...paragraphs, ...dates])
  })
})
