import {phraseCases} from '../support/phrase-cases.js'

phraseCases('comment-share', {
  removes: [
    ['fr', 'Laisser un commentaire'],
    ['fr', '12 commentaires'],
    ['fr', 'Partager sur Facebook'],
    ['fr', 'Partager cet article'],
    ['en', 'Leave a Comment'],
    ['en', 'Share this article'],
    ['en', '34 Comments'],
    ['en', 'Share on X'],
    ['en', 'Note: we are temporarily moderating all comments submitted to deal with a surge in spam.'],
    ['en', 'As you comment, please be respectful of other readers.'],
    ['en', 'Facebook Twitter Email LinkedIn Reddit Pinterest'],
    ['en', 'Close share panel'],
    ['en', 'Like this story? Share it with a friend!'],
    ['en', 'These are external links and will open in a new window'],
    ['fr', 'Partager Facebook Twitter E-mail Imprimer'],
    ['fr', 'Fermer le panneau de partage'],
    ['en', 'Share All sharing options for: Browns’ defensive snap counts, stats, and notes: Week 11'],
    ['en', '0 Comments (+)'],
    ['fr', 'Publier un commentaire']
  ],
  keeps: [
    ['fr', 'Les commentaires du ministre ont provoqué la colère des syndicats, qui appellent à la grève.'],
    ['fr', 'Partager les données de santé entre hôpitaux reste interdit sans le consentement du patient.'],
    ['en', 'Leave a comment on the website, the agency told residents, if you want your objection recorded.'],
    ['en', 'Share prices fell 12 percent after the announcement on Tuesday morning.'],
    ['en', 'The platform said it was moderating comments more strictly after a surge in abuse during the election.'],
    ['en', 'Twitter and Facebook shares fell 5 percent on Monday.'],
    ['fr', 'Facebook et Twitter ont supprimé les comptes liés à la campagne.']
  ]
})
