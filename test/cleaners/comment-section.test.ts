import {describe, expect, it} from 'vitest'
import {clean} from '../../src/index.js'
import {articleEn} from '../support/pages.js'

describe('comment sections', () => {
  const comments = [
    'I think this is it. The slimmer bezels and the new keyboard are the redesign, they just did not say so.',
    'No surprise they are keeping the small model. Just my opinion, of course.',
    'Best situation is to sell your old one and buy the new one. Just my 2¢.'
  ]

  it('removes a comments heading after the article and every comment after it', () => {
    const result = clean([...articleEn, 'Top Rated Comments', ...comments, '[ Read All Comments ]'].join('\n\n'))
    expect(result.text).toBe(articleEn.join('\n\n'))
    // The furniture line is a prompt of its own (`[ Read All Comments ]`, comment-share); it still marks the comments.
    expect(result.removed.every((removal) => removal.rule === 'comment-section' || removal.text === '[ Read All Comments ]')).toBe(true)
    expect(result.removed.filter((removal) => removal.rule === 'comment-section')).toHaveLength(4)
  })

  it('keeps what follows a comments heading when no comment furniture comes after it', () => {
    const text = [...articleEn, 'Reader comments', articleEn[0]].join('\n\n')
    expect(clean(text).text.endsWith(articleEn[0]!)).toBe(true)
  })

  it('keeps the article after a bare Comments button, and a heading in the first half of the page', () => {
    const button = clean([articleEn[0], articleEn[1], 'Comments', articleEn[2], articleEn[3]].join('\n\n'))
    for (const line of articleEn) expect(button.text).toContain(line)
    const early = clean([articleEn[0], 'Top Rated Comments', articleEn[1], articleEn[2], articleEn[3]].join('\n\n'))
    for (const line of articleEn.slice(1)) expect(early.text).toContain(line)
    expect(early.removed.filter((removal) => removal.rule === 'comment-section')).toEqual([])
  })
})
