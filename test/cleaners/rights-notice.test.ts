import {phraseCases} from '../support/phrase-cases.js'

phraseCases('rights-notice', {
  removes: [
    ['fr', 'Dans le cadre d’une utilisation des contenus de Russia Beyond, la mention des sources est obligatoire.'],
    ['fr', 'Tous droits réservés'],
    ['fr', '© 2024 Le Petit Journal. Tous droits réservés.'],
    ['fr', 'Reproduction interdite'],
    ['en', 'All rights reserved.'],
    ['en', '© 2024 Daily Planet Media Group'],
    ['en', 'Copyright 2024 The Associated Press. All rights reserved.'],
    ['en', 'This material may not be published, broadcast, rewritten or redistributed.'],
    ['en', 'This copy is for your personal, non-commercial use only. To order presentation-ready copies, visit our site.'],
    ['en', 'This document is subject to copyright. No part may be reproduced without the written permission.'],
    [
      'en',
      'Quotes delayed at least 15 minutes. Real-time quotes provided by BATS BZX Real-Time Price . Market Data provided by Interactive Data ( Terms & Conditions ). Powered and Implemented by Interactive Data Managed Solutions . Company fundamental data provided by Morningstar . Earnings estimates data provided by Zacks . Mutual fund data provided by Valueline . ETF data provided by Lipper.'
    ],
    ['en', 'Closed Captioning Policy'],
    ['en', 'Privacy Policy'],
    ['en', 'Copyright ⓒ Entermedia.co.kr'],
    ['fr', 'Mentions légales'],
    ['fr', 'Politique de confidentialité'],
    ['en', 'Our Standards: The Thomson Reuters Trust Principles.'],
    ['en', 'copyright Inexhibit 2019 - ISSN: 2283-5474']
  ],
  keeps: [
    ['fr', 'La loi sur le droit d’auteur, adoptée en 2019, impose aux plateformes de rémunérer les éditeurs de presse.'],
    ['fr', 'La reproduction des espèces menacées en captivité reste un défi pour les zoos européens.'],
    ['en', 'Copyright law has struggled to keep pace with generative AI, the judge wrote in her ruling.'],
    ['en', 'The band said it had reserved all rights to the recordings when it left the label in 1998.'],
    ['en', '© AmazonThe symptoms came on quickly. First it was hard to breathe, then her hands began to shake and she had to sit down.'],
    ['en', 'Quotes from the minister were delayed for hours by the translation service.'],
    ['fr', 'La politique de confidentialité de l’application a été modifiée en mars.']
  ]
})
