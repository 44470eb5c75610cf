import {describe, expect, it} from 'vitest'
import {clean} from '../../src/index.js'
import {articleEn} from '../support/pages.js'

describe('teaser lists', () => {
  const teasers = [
    '-',
    'Rams top Bears as offenses struggle',
    'Neither team could get much going offensively on Sunday night',
    '-',
    'Playoff picture: Raiders in pursuit',
    'Breaking down the playoff picture after Sunday’s action',
    '-',
    'Pats place Olszewski on IR',
    'New England’s roster is re-shuffling'
  ]

  it('removes headline-and-standfirst teasers between lone separators at the foot of the page', () => {
    const result = clean([...articleEn, ...teasers].join('\n'))
    expect(result.text).toBe(articleEn.join('\n'))
    expect(result.removed.every((removal) => removal.rule === 'teaser-list')).toBe(true)
  })

  it('keeps a bullet list, two teasers, and paragraphs between separators', () => {
    const bullets = [
      '- Free parking at the two new stations',
      '- Trams every six minutes at rush hour',
      '- Bicycles allowed outside rush hour',
      '- A night service on weekends'
    ]
    expect(clean([...articleEn, ...bullets].join('\n')).text).toBe([...articleEn, ...bullets].join('\n'))
    const two = [...articleEn, ...teasers.slice(3)].join('\n')
    expect(clean(two).text).toBe(two)
    const paragraphs = [articleEn[0], '*', articleEn[1], '*', articleEn[2], '*', articleEn[3]].join('\n')
    expect(clean(paragraphs).text).toBe(paragraphs)
  })
})
