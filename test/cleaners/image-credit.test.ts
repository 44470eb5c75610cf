import {phraseCases} from '../support/phrase-cases.js'

phraseCases('image-credit', {
  removes: [
    ['fr', 'Photo : AFP'],
    ['fr', 'Crédit photo : Jean Dupont / Hans Lucas'],
    ['fr', '© Reuters'],
    ['fr', 'Legion Media'],
    ['fr', 'Sputnik'],
    ['fr', 'Global Look Press / Reuters'],
    ['en', 'Getty Images'],
    ['en', 'Photo: Jane Smith for The Daily Planet'],
    ['en', 'Image credit: NASA/JPL-Caltech'],
    ['en', 'Photo by John Smith/Getty Images'],
    ['en', 'Image copyright Getty Images'],
    ['en', 'Sonu Mehta/Hindustan Times/Getty Images'],
    ['en', 'Victor N. Burton Submitted photo'],
    ['en', 'Photos'],
    ['fr', 'Crédit photo'],
    ['fr', 'Jean Dupont / AFP']
  ],
  keeps: [
    ['fr', 'La photo, prise en 1945 par un soldat américain, a fait le tour du monde.'],
    ['fr', 'Reuters a rapporté que les négociations reprendraient la semaine prochaine à Genève.'],
    ['en', 'Getty Images said it would sue the company for copying millions of its photographs.'],
    ['en', 'Image rights are at the heart of the dispute between the two agencies.'],
    ['en', 'Image copyright lawyers say the case could take years.'],
    ['en', 'Donald Trump and Reuters editors met on Tuesday.'],
    ['fr', 'Photo de famille pour les dirigeants du G7 réunis samedi à Biarritz.']
  ]
})
