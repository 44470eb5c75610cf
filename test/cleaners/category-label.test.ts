import {describe, expect, it} from 'vitest'
import {clean} from '../../src/index.js'
import {p1, p2, rulesOf} from '../support/pages.js'

describe('byline and category label', () => {
  it('removes a byline and the lone category on the next line, into metadata', () => {
    const result = clean(`Titre de l’article\n\nby Sara\nFrance\n\n${p1}\n\n${p2}`)
    expect(result.removed.map((removal) => removal.rule)).toEqual(['byline', 'category-label'])
    expect(result.metadata).toMatchObject({byline: 'Sara', category: 'France', title: 'Titre de l’article'})
  })

  it('keeps a short line that is not beside page furniture', () => {
    expect(rulesOf(`Titre\n\nFrance\n\n${p1}\n\n${p2}`)).toEqual([])
  })
})
