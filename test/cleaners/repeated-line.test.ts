import {phraseCases} from '../support/phrase-cases.js'

phraseCases('repeated-line', {
  removes: [
    ['fr', 'National Museum of the U.S. Air Force National Museum of the U.S. Air Force'],
    ['en', 'Brown University Brown University']
  ],
  keeps: [
    ['fr', 'Il a répété : « Nous ne partirons pas, nous ne partirons pas. »'],
    ['en', 'New York New York is a 1977 film directed by Martin Scorsese, starring Liza Minnelli.']
  ]
})
