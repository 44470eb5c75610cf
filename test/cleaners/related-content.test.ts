import {describe, expect, it} from 'vitest'
import {e1, e2, p1, p2, rulesOf} from '../support/pages.js'
import {phraseCases} from '../support/phrase-cases.js'

phraseCases('related-content', {
  removes: [
    ['fr', 'À ne pas manquer'],
    ['fr', 'Lire aussi : Comment l’Union soviétique a aidé les Alliés occidentaux'],
    ['fr', 'À lire aussi'],
    ['fr', 'Sur le même sujet'],
    ['fr', '>>> Comment l’Union soviétique a aidé les Alliés occidentaux à débarquer en Normandie'],
    ['fr', 'Dans cet autre article, découvrez pourquoi il y a un monument aux pilotes soviétiques à Wuhan.'],
    ['fr', 'Dans cette autre publication, découvrez comment le dernier empereur chinois est tombé entre les mains de l’Armée rouge.'],
    ['en', 'You may also like'],
    ['en', 'Read more: How the Soviet Union helped the Allies land in Normandy'],
    ['en', 'Related articles'],
    ['en', 'READ MORE'],
    ['en', '>> Ten things to know about the new tax rules'],
    ['en', 'Also on rt.com Journalists threatened with sedition arrests'],
    ['en', 'SEE MORE: Hong Kong protests: 800 students under siege'],
    ['en', 'On HoustonChronicle.com: Car sales plunge nearly 17 percent in August'],
    ['en', 'Explore further'],
    ['en', 'Most read in world news'],
    ['en', 'Related post: Pickled Brussels Sprouts Recipe'],
    ['fr', 'Voir plus'],
    ['fr', 'Aussi sur lemonde.fr : la réforme des retraites expliquée'],
    ['en', 'More Great WIRED Stories'],
    ['en', 'Top Local Stories']
  ],
  keeps: [
    ['fr', 'Lire aussi les conclusions du rapport permet de comprendre pourquoi le projet a été abandonné en 2019.'],
    ['fr', 'Dans cet autre pays, les autorités ont choisi de fermer les écoles pendant deux semaines.'],
    ['en', 'Read more carefully, the report suggests the program was never properly funded.'],
    ['en', 'Related companies in the sector also saw their shares fall sharply on Monday.'],
    ['en', 'On Amazon.com, the book has more than 2,000 reviews.'],
    ['en', 'Also on Tuesday, the council approved the budget.'],
    ['fr', 'Voir plus loin que la crise : le pari du gouvernement.']
  ]
})

describe('related-content run', () => {
  it('removes the headlines a related heading introduces at the end of a page', () => {
    expect(rulesOf(`${e1}\n\n${e2}\n\nYou may also like\n\nTen things to know about the new tax rules\n\nWhy the Fed is holding rates`)).toEqual([
      'related-content: You may also like',
      'related-content: Ten things to know about the new tax rules',
      'related-content: Why the Fed is holding rates'
    ])
  })

  it('keeps a sub-heading and its text that follow a related heading', () => {
    expect(rulesOf(`${e1}\n\nRead more\n\nTalks in Wiesbaden\n\n${e2}`)).toEqual(['related-content: Read more'])
  })
})

describe('related-content: teasers under a heading mid-article', () => {
  it('removes the teasers right under the heading, not the article after a blank line', () => {
    const text = `${p1}\n\nLire aussi :\nRetraites : ce que contient le rapport du Conseil d’orientation\nLogement : ce que dit la loi sur l’insalubrité\n\n${p2}`
    expect(rulesOf(text)).toEqual([
      'related-content: Lire aussi :',
      'related-content: Retraites : ce que contient le rapport du Conseil d’orientation',
      'related-content: Logement : ce que dit la loi sur l’insalubrité'
    ])
  })

  it('keeps a sub-heading set apart from the heading by a blank line', () => {
    const text = `${p1}\n\nLire aussi\n\nLes enjeux de la réforme des retraites\n\n${p2}`
    expect(rulesOf(text)).toEqual(['related-content: Lire aussi'])
  })
})
