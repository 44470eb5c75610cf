import {describe, expect, it} from 'vitest'
import {e1, e2, p1, p2, rulesOf} from '../support/pages.js'
import {phraseCases} from '../support/phrase-cases.js'

phraseCases('image-caption', {
  removes: [
    ['en', 'China has warned it will take control of Hong Kong (Image: GETTY )'],
    ['en', 'Beijing Chaoyang Hospital, where patients sought treatmentCredit: EPA'],
    ['en', 'A cyclist rides past a blocked fuel plant in La Paz, Bolivia, November 19, 2019. © Reuters / David Mercado'],
    ['en', 'Image caption Scooter Braun has managed Justin Bieber, among others'],
    ['en', '1of4Grass Valley residents look at the gas cans on the shelves of a hardware store.'],
    ['en', 'A long row of unsold cars sits at a dealership in Littleton, Colo. (AP Photo/David Zalubowski)'],
    ['fr', 'Le président lors de sa visite à Marseille, mardi (Photo : AFP)'],
    ['fr', 'Des manifestants devant l’Assemblée nationale. © Reuters / Benoît Tessier'],
    ['fr', 'Le port de Brest au petit matin (Crédit photo : Jean Dupont)'],
    ['en', 'Jewels after Jewels after Jewels, installation views, photos © Inexhibit, 2018'],
    ['en', 'A reference habitation module for a crewed Mars mission. Credit: ESA'],
    ['fr', 'Le module d’habitation prévu pour une mission vers Mars. Crédit photo : ESA'],
    // The credit after the caption's last sentence or in its last brackets: names joined by `/`.
    ['fr', 'Le ministre du travail, à Paris, le 12 mars 2025. LUDOVIC MARIN / AFP'],
    ['fr', 'Le tribunal correctionnel de Paris, en mai 2025. — R. Dupont / 20 Minutes'],
    ['fr', 'Un ouvrier sur un chantier à Lyon, le 23 juin 2025. (JEAN-PHILIPPE KSIAZEK / AFP)'],
    ['en', 'Firefighters battle the blaze in the hills above Malibu. (Jane Smith/Reuters)']
  ],
  keeps: [
    ['en', 'He said he deserved the credit: without him the deal would have collapsed.'],
    ['en', 'The image (Photo: a soldier in Kyiv) was shared widely before the agency withdrew it.'],
    ['en', 'Critics said the leak was meant to discredit: a tactic the party has used before'],
    ['fr', 'Le photographe de l’AFP a été blessé mardi (photo ci-dessus), a indiqué l’agence.'],
    ['fr', 'Les ventes ont progressé de 3 % au troisième trimestre (chiffres : Insee)'],
    ['fr', 'Le crédit : une question qui revient dans toutes les campagnes électorales.'],
    ['fr', 'Le gouvernement a présenté son plan. Les syndicats / le patronat ont réagi.'],
    ['fr', 'La réunion a eu lieu mardi (voir ci-dessus).'],
    ['en', 'The poll was taken last week, according to Reuters/Ipsos.'],
    ['fr', '« Nous avons tout perdu », a raconté un habitant. Reuters / AFP'],
    ['en', 'More than 300 Indians were deported by Mexican immigration authorities. PTI'],
    ['en', 'The road to retiring early isn’t easy. Kathrin Ziegler/Getty']
  ]
})

describe('image-caption (sentence-case languages)', () => {
  it('removes a line of capitalised words alone between French paragraphs', () => {
    expect(rulesOf(`${p1}\n\nViktor Leonov\n\n${p2}`)).toEqual(['image-caption: Viktor Leonov'])
  })

  it('keeps French sub-headings in sentence case', () => {
    for (const heading of ['Réunion à Wiesbaden', 'Des cibles en Russie', 'Autonomie croissante de l’Ukraine', 'Une coopération secrète révélée']) {
      expect(rulesOf(`${p1}\n\n${heading}\n\n${p2}`)).toEqual([])
    }
  })

  it('keeps English title-case sub-headings', () => {
    expect(rulesOf(`${e1}\n\nMeeting In Wiesbaden\n\n${e2}`)).toEqual([])
  })
})

describe('image-caption: a gallery keeps its captions', () => {
  it('keeps captions that end with their credit when three lines of the page or more do', () => {
    const captions = [
      'Hong Kongers attend a charity Halloween parade. (ED Jones/AFP/Getty Images)',
      'A mother carries her baby dressed up for Halloween. (Daniel Sorabji/AFP/Getty Images)',
      'People walk past a huge pumpkin decoration at Hong Kong’s time square. (Vincent Yu/Associated Press)'
    ]
    expect(rulesOf([e1, ...captions, e2].join('\n\n'))).toEqual([])
    expect(rulesOf([e1, captions[0], e2].join('\n\n'))).toEqual([`image-caption: ${captions[0]}`])
  })
})
