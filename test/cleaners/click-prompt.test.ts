import {phraseCases} from '../support/phrase-cases.js'

phraseCases('click-prompt', {
  removes: [
    ['en', 'Click on the image to enlarge'],
    ['en', 'Click the photo above to see the full gallery'],
    ['en', 'Click image for larger version'],
    ['en', 'Click to see payouts on other iPhone models'],
    ['fr', "Cliquez sur l'image pour l'agrandir"],
    ['fr', 'Cliquez sur la photo ci-dessus pour voir le diaporama'],
    ['fr', 'Cliquez pour découvrir notre classement des lycées']
  ],
  keeps: [
    ['en', 'Click here to get more information or download this game.'],
    ['en', 'Click the link above so you can:'],
    ['en', 'Click on the image to select it, then drag it to the new position.'],
    ['en', 'The photo, which readers could click to enlarge, went viral within hours.'],
    ['fr', 'Cliquez ici pour télécharger le rapport de la Cour des comptes.'],
    ['fr', "Cliquez sur l'image pour la sélectionner, puis faites-la glisser."],
    ['fr', 'Il suffisait de cliquer sur la photo pour voir apparaître le nom du photographe.']
  ]
})
