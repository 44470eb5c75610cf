import {describe, expect, it} from 'vitest'
import {e1, e2, p1, p2, rulesOf} from '../support/pages.js'

describe('breadcrumb', () => {
  it('removes a breadcrumb glued to the headline, or with separators, at the head', () => {
    expect(rulesOf(`Home ActualitéCollaboration militaire secrète\n\nCollaboration militaire secrète\n\n${p1}\n\n${p2}`)).toEqual([
      'breadcrumb: Home ActualitéCollaboration militaire secrète'
    ])
    expect(rulesOf(`Accueil › Monde › Europe\n\n${p1}\n\n${p2}`)).toEqual(['breadcrumb: Accueil › Monde › Europe'])
    expect(rulesOf(`Home / World / Europe\n\n${e1}\n\n${e2}`)).toEqual(['breadcrumb: Home / World / Europe'])
  })

  it('keeps article lines that start with a root word', () => {
    expect(rulesOf(`Home Office officials said on Tuesday that the scheme would be extended.\n\n${e1}\n\n${e2}`)).toEqual([])
    expect(rulesOf(`Accueil chaleureux pour le président\n\n${p1}\n\n${p2}`)).toEqual([])
    expect(rulesOf(`Home Depot\n\n${e1}\n\n${e2}`)).toEqual([])
  })
})
