import {phraseCases} from '../support/phrase-cases.js'

phraseCases('cookie-banner', {
  removes: [
    ['fr', 'Ce site utilise des cookies. Cliquez ici pour en savoir plus.'],
    ['fr', 'Accepter les cookies'],
    ['fr', 'Tout refuser'],
    ['fr', 'Paramétrer les cookies'],
    ['fr', 'Continuer sans accepter'],
    ['fr', 'Nous et nos partenaires utilisons des cookies pour mesurer l’audience et personnaliser les publicités.'],
    ['en', 'We use cookies to improve your experience on our site and to show you personalised advertising.'],
    ['en', 'Accept all'],
    ['en', 'Manage preferences'],
    ['en', 'Reject All'],
    ['en', 'By continuing to use this site, you agree to our use of cookies.'],
    ['en', 'By using our site, you acknowledge that you have read and understand our Privacy Policy']
  ],
  keeps: [
    ['fr', 'Les cookies tiers seront bloqués par défaut dans Chrome dès l’an prochain, a annoncé Google.'],
    ['fr', 'La Cnil a infligé une amende de 150 millions d’euros à Google pour ses pratiques en matière de cookies.'],
    ['en', 'Regulators fined the company for setting advertising cookies without asking users for consent.'],
    ['en', 'We accept all the recommendations of the report, the minister told parliament on Tuesday.']
  ]
})
