import {phraseCases} from '../support/phrase-cases.js'

phraseCases('ad-label', {
  removes: [
    ['fr', 'Publicité'],
    ['fr', 'La suite après cette publicité'],
    ['en', 'Advertisement'],
    ['en', 'Story continues below advertisement'],
    ['en', 'Our editors pick every product. If you buy something through our links, we may earn a commission.'],
    ['en', 'The Daily Planet has affiliate partnerships and may earn commission on products purchased through affiliate links.'],
    ['en', 'Advert'],
    ['en', 'These partnerships do not influence our editorial content.'],
    ['fr', 'Contenu sponsorisé']
  ],
  keeps: [
    ['fr', 'La publicité en ligne représente désormais plus de la moitié des dépenses des annonceurs.'],
    ['en', 'Advertisement spending fell sharply in the second quarter, the company said.'],
    ['en', 'If you buy a used car from a dealer, the law gives you thirty days to return it.'],
    ['en', 'Brokers may earn a commission on every policy they sell, the regulator said on Monday.'],
    ['en', 'Our partnerships do not influence the court, the company’s lawyer said.'],
    ['fr', 'Les annonceurs ont réduit leurs dépenses de 12 % cette année.']
  ]
})
