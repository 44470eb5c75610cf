import {phraseCases} from '../support/phrase-cases.js'

phraseCases('interface-text', {
  removes: [
    ['en', 'Image 1 of 8'],
    ['en', 'Image 1 of / 9'],
    ['en', '1  /  8'],
    ['en', 'Back to Gallery'],
    ['en', 'Close'],
    ['en', 'This slideshow requires JavaScript.'],
    ['en', 'Media playback is unsupported on your device'],
    ['en', 'Thanks for watching!'],
    ['en', '[button link="http://example.com/submit/" type="big"] Send us your review[/button]'],
    ['en', '&lt;span data-mce-type="bookmark"&gt;&lt;/span&gt;'],
    ['fr', 'Photo 1 sur 8'],
    ['fr', 'Diaporama'],
    ['fr', 'Fermer'],
    ['fr', 'Retour à la galerie'],
    ['fr', 'Lire plus tard'],
    ['fr', 'Ce diaporama nécessite JavaScript.'],
    ['fr', '1 sur 12'],
    ['en', 'SEE FULL GALLERY'],
    ['en', 'Newer Story →'],
    ['fr', 'Voir toute la galerie']
  ],
  keeps: [
    ['en', 'Close to 1 of 8 residents said they had been affected by the floods.'],
    ['en', 'The gallery closes at 6 pm on weekdays, the museum said.'],
    ['en', '[Inaudible] the minister said, before the microphone was cut.'],
    ['fr', 'Fermer la centrale coûterait plus de deux milliards d’euros, selon le rapport.'],
    ['fr', 'Une personne sur huit déclare avoir renoncé à se soigner.']
  ]
})
