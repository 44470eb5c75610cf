import {phraseCases} from '../support/phrase-cases.js'

phraseCases('social-promo', {
  removes: [
    [
      'fr',
      'Suivez Russia Beyond sur Telegram ! Pour recevoir nos articles directement sur votre appareil mobile, abonnez-vous gratuitement sur https://t.me/russiabeyond_fr'
    ],
    ['fr', 'Rejoignez notre chaîne Telegram'],
    ['fr', 'Suivez-nous sur Google Actualités'],
    ['fr', 'Abonnez-vous à notre chaîne YouTube'],
    ['fr', 'Suivez-nous sur les réseaux sociaux'],
    ['fr', 'Retrouvez Le Petit Journal sur Instagram et sur Facebook'],
    ['fr', 'Rejoignez-nous sur WhatsApp pour recevoir l’essentiel de l’actualité'],
    ['en', 'Follow us on Telegram'],
    ['en', 'Join our Telegram channel'],
    ['en', 'Follow us on X (formerly Twitter) and Facebook for the latest updates'],
    ['en', 'Subscribe to our YouTube channel'],
    ['en', 'Get the latest news on WhatsApp: https://whatsapp.com/channel/0029Va'],
    ['en', 'Follow Daily Planet on Google News'],
    ['en', 'https://t.me/dailyplanet'],
    ['en', 'Like us on Facebook'],
    ['en', 'Subscribe to the Daily Planet YouTube Channel for all of the latest videos, reviews, and more!'],
    ['en', 'Follow The Daily Planet Opinion section on Facebook, Twitter (@DailyPlanet) and Instagram.'],
    ['en', 'Follow AP’s full coverage of Brexit and British politics at https://www.apnews.com/Brexit'],
    ['en', 'Follow RT on'],
    ['en', 'CLICK HERE TO GET THE FOX NEWS APP'],
    ['en', 'Subscribe to AppleInsider on YouTube'],
    ['fr', 'Suivez Le Monde sur'],
    ['en', 'THE POINT -- NOW ON YOUTUBE!'],
    ['en', "Welcome to IGN's Daily Deals, your source for the best deals. Follow us at Twitter @igndeals."],
    ['fr', 'Chaque semaine, notre chroniqueur décrypte l’actualité en vidéo. Abonnez-vous à notre chaîne !']
  ],
  keeps: [
    ['fr', 'Le fondateur de Telegram, Pavel Durov, a été arrêté samedi soir à l’aéroport du Bourget.'],
    ['fr', '« Abonnez-vous à ma chaîne », lançait-il chaque soir à ses quelque deux millions de fans sur YouTube.'],
    ['fr', 'La messagerie Telegram compte désormais près d’un milliard d’utilisateurs actifs chaque mois, selon son fondateur.'],
    ['en', 'Telegram founder Pavel Durov was arrested on Saturday evening at Le Bourget airport outside Paris.'],
    ['en', 'Investigators say the group followed its targets on Facebook and Instagram for months before the attack.'],
    ['en', 'Join us on Telegram, the message read, before the account was suspended by the platform.'],
    ['en', 'Follow the instructions on the screen and on Facebook, the company told users who were locked out.'],
    ['en', 'The agency will follow its coverage of the election on Twitter and on its website, the editor wrote.'],
    ['en', 'Follow the money on this one, the senator said of the deal.'],
    ['fr', 'Suivez le guide : trois jours dans les vignes du Bordelais.'],
    ['en', 'The entire back catalogue of the show is now on YouTube'],
    ['fr', 'Abonnez-vous à la chaîne, répétait-il à ses abonnés, qui ont fini par le quitter.']
  ]
})
