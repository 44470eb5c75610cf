import {describe, expect, it} from 'vitest'
import {ruleNames} from '../src/index.js'
import {ruleFor} from './support/helpers.js'

type Case = [language: 'fr' | 'en', line: string]

/** Per rule: lines it removes, and article lines (news wording) it must keep. */
const cases: Record<string, {removes: Case[]; keeps: Case[]}> = {
  'social-promo': {
    removes: [
      ['fr', 'Suivez Russia Beyond sur Telegram ! Pour recevoir nos articles directement sur votre appareil mobile, abonnez-vous gratuitement sur https://t.me/russiabeyond_fr'],
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
      ['en', 'Welcome to IGN\'s Daily Deals, your source for the best deals. Follow us at Twitter @igndeals.'],
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
  },
  'cookie-banner': {
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
  },
  'related-content': {
    removes: [
      ['fr', 'À ne pas manquer'],
      ['fr', 'Lire aussi : Comment l’Union soviétique a aidé les Alliés occidentaux'],
      ['fr', 'À lire aussi'],
      ['fr', 'Sur le même sujet'],
      ['fr', '>>> Comment l’Union soviétique a aidé les Alliés occidentaux à débarquer en Normandie'],
      ['fr', 'Dans cet autre article, découvrez pourquoi il y a un monument aux pilotes soviétiques à Wuhan.'],
      ['fr', 'Dans cette autre publication, découvrez comment le dernier empereur chinois est tombé entre les mains de l’Armée rouge.'],
      ['en', 'You may also like'],
      ['en', 'Read more: How the Soviet Union helped the Allies land in Normandy'],
      ['en', 'Related articles'],
      ['en', 'READ MORE'],
      ['en', '>> Ten things to know about the new tax rules'],
      ['en', 'Also on rt.com Journalists threatened with sedition arrests'],
      ['en', 'SEE MORE: Hong Kong protests: 800 students under siege'],
      ['en', 'On HoustonChronicle.com: Car sales plunge nearly 17 percent in August'],
      ['en', 'Explore further'],
      ['en', 'Most read in world news'],
      ['en', 'Related post: Pickled Brussels Sprouts Recipe'],
      ['fr', 'Voir plus'],
      ['fr', 'Aussi sur lemonde.fr : la réforme des retraites expliquée'],
      ['en', 'More Great WIRED Stories'],
      ['en', 'Top Local Stories']
    ],
    keeps: [
      ['fr', 'Lire aussi les conclusions du rapport permet de comprendre pourquoi le projet a été abandonné en 2019.'],
      ['fr', 'Dans cet autre pays, les autorités ont choisi de fermer les écoles pendant deux semaines.'],
      ['en', 'Read more carefully, the report suggests the program was never properly funded.'],
      ['en', 'Related companies in the sector also saw their shares fall sharply on Monday.'],
      ['en', 'On Amazon.com, the book has more than 2,000 reviews.'],
      ['en', 'Also on Tuesday, the council approved the budget.'],
      ['fr', 'Voir plus loin que la crise : le pari du gouvernement.']
    ]
  },
  'image-credit': {
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
  },
  'repeated-line': {
    removes: [
      ['fr', 'National Museum of the U.S. Air Force National Museum of the U.S. Air Force'],
      ['en', 'Brown University Brown University']
    ],
    keeps: [
      ['fr', 'Il a répété : « Nous ne partirons pas, nous ne partirons pas. »'],
      ['en', 'New York New York is a 1977 film directed by Martin Scorsese, starring Liza Minnelli.']
    ]
  },
  'rights-notice': {
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
      ['en', 'Quotes delayed at least 15 minutes. Real-time quotes provided by BATS BZX Real-Time Price . Market Data provided by Interactive Data ( Terms & Conditions ). Powered and Implemented by Interactive Data Managed Solutions . Company fundamental data provided by Morningstar . Earnings estimates data provided by Zacks . Mutual fund data provided by Valueline . ETF data provided by Lipper.'],
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
  },
  'reader-appeal': {
    removes: [
      ['fr', 'Cet article est réservé aux abonnés'],
      ['fr', 'Inscrivez-vous à notre newsletter'],
      ['fr', 'Soutenez notre journalisme indépendant : faites un don dès aujourd’hui.'],
      ['fr', 'Il vous reste 75 % de cet article à lire.'],
      ['en', 'Sign up for our daily newsletter'],
      ['en', 'Support independent journalism'],
      ['en', 'This article is only available to subscribers.'],
      ['en', 'Already a subscriber? Log in'],
      ['en', 'Get the day’s top headlines delivered to your inbox every morning by subscribing to our newsletter.'],
      ['en', 'Get the latest updates right in your inbox. Subscribe to our newsletters.'],
      ['en', 'Sign Up: Stay on top of the latest breaking film and TV news! Sign up for our Email Newsletters here.'],
      ['en', 'There’s plenty more where that came from. Sign up for our newsletter today.'],
      ['en', 'If you enjoyed this article, we have a proposition for you: become a member.'],
      ['en', 'Thanks for signing up!'],
      ['en', 'There was an error processing your subscription.'],
      ['en', 'There was a problem subscribing you to the newsletter. Double check your email and try again.'],
      ['en', 'Keep an eye on your inbox for the latest sports news.'],
      ['en', 'Pick Six Newsletter'],
      ['en', 'The Daily Planet is committed to publishing letters to the editor. We’d like to hear what you think about this or any of our articles.'],
      ['en', 'Get access to the fastest growing financial subscription service, Planet Pro, for as little as $5 a month.'],
      ['en', 'Sign Up'],
      ['en', 'To Read the Full Story'],
      ['en', 'Let our news meet your inbox. The news and stories that matter, delivered weekday mornings.'],
      ['en', 'This site is protected by reCAPTCHA. Privacy Policy | Terms of Service'],
      ['en', 'Get Motor Cycle Monthly delivered through your letterbox every month. Click here for more information.'],
      ['en', 'Do you rely on Snopes reporting? Click here to support it.'],
      ['en', 'A Word to Our Loyal Readers'],
      ['en', 'Support Snopes and make a difference for readers everywhere.'],
      ['fr', 'Je m’abonne'],
      ['fr', 'Pour lire la suite de cet article, abonnez-vous.'],
      ['fr', 'Recevez chaque matin l’essentiel de l’actualité dans votre boîte mail.'],
      ['en', 'Get breaking news alerts and special reports. The news and stories that matter, delivered weekday mornings.'],
      ['en', 'Stay up to date with Ascom.'],
      ['fr', 'Restez informés avec Le Petit Journal.']
    ],
    keeps: [
      ['fr', 'Le journal a perdu près de la moitié de ses abonnés en cinq ans, selon son directeur.'],
      ['fr', 'Les donateurs ont versé plus de deux millions d’euros à l’association depuis janvier.'],
      ['en', 'The newsletter, which has 200,000 subscribers, was sold to a private equity firm last year.'],
      ['en', 'Readers were asked to support the campaign, which ended on Friday with a record turnout.'],
      ['en', 'Sign up rates for the free school meals programme rose by a third, the council said in its newsletter.'],
      ['en', 'If you enjoyed the show, the producers said, there is a second season on the way.'],
      ['en', 'Residents will get access to the new clinic for just a small fee, the mayor said on Tuesday.'],
      ['en', 'The company’s founder wrote about the sale in his weekly newsletter.'],
      ['en', 'Supporters of the bill say it will make a difference for thousands of families.'],
      ['fr', 'Les abonnés recevront la lettre dans leur boîte mail dès lundi, a indiqué le journal.'],
      ['en', 'Stay up to date with the latest guidance from your doctor, the health minister told reporters.']
    ]
  },
  'comment-share': {
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
  },
  'contributor-credit': {
    removes: [
      ['en', 'Reporting by Rodrigo Campos; additional reporting by Stephanie Kelly and Saqib Iqbal Ahmed; Editing by Leslie Adler'],
      ['en', '(Reporting by Will Dunham; Editing by Tom Brown)'],
      ['en', '( Reporting by Greg Roumeliotis, with reporting by Herb Lash; Editing by Lisa Shumaker )'],
      ['en', 'Associated Press writers Alan Fram, Zeke Miller and Laurie Kellman contributed to this report.'],
      ['en', 'Staff writer Jane Doe contributed to this story.'],
      ['en', 'Have a tip? Amy Smith may be reached at asmith@example.com. Follow her on Twitter @AmySmith.'],
      ['en', 'Email Tariq Malik at tmalik@example.com or follow him @tariqjmalik.'],
      ['en', 'Reach the reporters on Twitter at http://twitter.com/SmithAP and http://twitter.com/JonesAP'],
      ['en', 'Additional reporting by Joseph Hudak'],
      ['en', 'Keith Bradsher contributed reporting from Hong Kong.'],
      ['en', 'Write to Al Root at allen.root@example.com'],
      ['fr', 'Avec la collaboration de Marie Curie'],
      ['fr', 'Jean Dupont a contribué à cet article.']
    ],
    keeps: [
      ['en', 'Reporting by the newspaper in 2017 revealed that the agency had ignored dozens of warnings.'],
      ['en', 'Residents with information can be reached at the hotline number the police published on Monday.'],
      ['en', 'Email records obtained by the committee show the adviser wrote to the minister twice that week.'],
      ['en', 'Researchers at three universities contributed data to the study, which was published on Tuesday.'],
      ['fr', 'Avec la collaboration de la police belge, les enquêteurs ont arrêté trois suspects.'],
      ['fr', 'Le ministre a contribué à cet accord historique, selon Bruxelles.']
    ]
  },
  'ad-label': {
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
  },
  'timestamp': {
    removes: [
      ['fr', 'Temps de lecture : 3 min'],
      ['fr', 'Publié le 12 mars 2024 à 10h15, mis à jour le 13 mars 2024 à 08h00'],
      ['fr', 'Mis à jour le 4 février 2023'],
      ['fr', 'Le 3 janvier 2024 à 18h30'],
      ['en', '5 min read'],
      ['en', 'Published on March 12, 2024'],
      ['en', 'Updated 3 hours ago'],
      ['en', 'Tuesday, November 19, 2019'],
      ['en', 'PUBLISHED: 10:48, Tue, Nov 19, 2019'],
      ['en', '| UPDATED: 11:05, Tue, Nov 19, 2019'],
      ['en', 'Published Wed, Nov 20 20194:29 AM EST'],
      ['en', 'Updated an hour ago'],
      ['en', 'Updated Nov 19, 6:55 AM;'],
      ['en', 'Posted: Fri 6:45 PM, Feb 16, 2018'],
      ['en', 'New Delhi, News Nation Bureau | Updated : 19 November 2019, 09:01 AM'],
      ['en', '4:00 am CST, Wednesday, November 20, 2019'],
      ['en', 'Updated'],
      ['en', '• 2 min read'],
      ['en', '2019-11-19T08:57:45+01:00'],
      ['en', '2 days ago at 07:54 am'],
      ['fr', 'Publié le mer. 20 nov. 2019 à 10h15'],
      ['fr', 'Mis à jour il y a une heure'],
      ['fr', 'Publié aujourd’hui à 10h15'],
      ['fr', 'Mis à jour'],
      ['fr', '| Publié le 12 mars 2024'],
      ['fr', 'Temps de lecture']
    ],
    keeps: [
      ['fr', 'Publié en 1859, le livre a été vendu à plus de dix millions d’exemplaires.'],
      ['fr', 'Le 3 janvier 2024, le tribunal a rejeté la demande de l’entreprise.'],
      ['en', 'Published in 1859, the book has sold more than ten million copies.'],
      ['en', 'On March 12, 2024, the court rejected the appeal in a unanimous ruling.'],
      ['en', 'Reading time: 3 min The symptoms came on quickly, and by the evening she could barely stand.'],
      ['fr', 'Temps de lecture : 2 min Le gouvernement a présenté mercredi un projet de loi sur les données.'],
      ['en', 'Posted 20 years ago, the letter finally reached its owner on Tuesday.'],
      ['en', 'Updated figures released on Nov 19 show the deficit widened again.'],
      ['en', 'Published March 12, 2024, the report found that most schools lacked proper heating.'],
      ['en', '   Published March 12, 2024,  the report found that most schools lacked proper heating.'],
      ['en', 'Updated yesterday, the guidance says that schools must close below zero.'],
      ['fr', 'Publié le 12 mars 2024, le rapport montre que la plupart des écoles manquaient de chauffage.'],
      ['fr', '\tPublié le 12 mars 2024, le rapport montre que la plupart des écoles manquaient de chauffage.'],
      ['fr', 'Mis à jour hier, le guide indique que les écoles doivent fermer sous zéro.'],
      ['en', 'Today 12 people were rescued from the flood waters, officials said.'],
      ['fr', 'Publié il y a une heure, le rapport a déjà été partagé des milliers de fois.'],
      ['fr', 'Mis à jour chaque année, le classement place Paris en tête.']
    ]
  },
  'interface-text': {
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
  },
  'image-caption': {
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
      ['fr', 'Le module d’habitation prévu pour une mission vers Mars. Crédit photo : ESA']
    ],
    keeps: [
      ['en', 'He said he deserved the credit: without him the deal would have collapsed.'],
      ['en', 'The image (Photo: a soldier in Kyiv) was shared widely before the agency withdrew it.'],
      ['en', 'Critics said the leak was meant to discredit: a tactic the party has used before'],
      ['fr', 'Le photographe de l’AFP a été blessé mardi (photo ci-dessus), a indiqué l’agence.'],
      ['fr', 'Les ventes ont progressé de 3 % au troisième trimestre (chiffres : Insee)'],
      ['fr', 'Le crédit : une question qui revient dans toutes les campagnes électorales.']
    ]
  },
  'tag-list': {
    removes: [
      ['fr', 'Collaboration Militaire | Ukraine | États-unis | Russie | Guerre | France'],
      ['fr', 'Mots-clés : Ukraine, Russie, Défense'],
      ['en', 'Tags: Politics, Elections, Congress'],
      ['en', 'Business | Markets | Technology'],
      ['en', 'Related Tags'],
      ['en', 'Tags'],
      ['en', 'terms:'],
      ['fr', 'Mots-clés'],
      ['fr', 'Sujets associés :']
    ],
    keeps: [
      ['fr', 'Trois pays | la France, l’Allemagne et l’Italie | ont signé l’accord.'],
      ['en', 'Tags are attached to every parcel so that it can be tracked across the network.'],
      ['en', '| Ticker | Security | Last | Change | Change % |'],
      ['en', 'Terms: the deal runs for five years and can be renewed once.'],
      ['fr', 'Thèmes et variations : un concert de Bach à la Philharmonie.']
    ]
  },
  'source-line': {
    removes: [
      ['fr', 'source:https://www.rtl.nl/nieuws/buitenland/artikel/5502161/vs-en-oekraine'],
      ['fr', 'Source : AFP'],
      ['en', 'Source: Reuters'],
      ['en', 'Sources: https://example.org/report.pdf'],
      ['en', 'SOURCE:'],
      ['en', 'from https://phys.org/news/2019-11-hibernating-astronauts.html'],
      ['fr', 'Source :']
    ],
    keeps: [
      ['fr', 'Source : selon plusieurs responsables du ministère interrogés par notre rédaction, le projet serait abandonné.'],
      ['en', 'Source code for the app was published on GitHub on Monday, the company said.'],
      ['en', 'From https://example.org the company moved its servers to Ireland in 2019.'],
      ['fr', 'Source de revenus, le tourisme représente 8 % du PIB de la région.']
    ]
  },
  byline: {
    removes: [
      ['fr', 'Par Jean Dupont'],
      ['fr', 'Par Marie Curie et Jean de La Fontaine'],
      ['en', 'by Sara'],
      ['en', 'By John Smith and Jane Doe'],
      ['en', 'By Justine Coleman - 11/18/19 11:04 PM EST'],
      ['en', 'By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM'],
      ['en', 'By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.'],
      ['en', 'By'],
      ['en', 'Author:'],
      ['en', '| by Catherine'],
      ['fr', 'Par Jean Dupont | Publié le 12 mars 2024 à 10h15'],
      ['fr', 'Par Marie Curie, le 3 janvier 2024'],
      ['fr', 'Par'],
      ['fr', 'Auteur :']
    ],
    keeps: [
      ['fr', 'Par ailleurs, le ministre a annoncé une hausse du budget de la défense.'],
      ['fr', 'Par 52 voix contre 48, le Sénat a adopté le texte.'],
      ['en', 'By the end of the war, the city had lost half of its population.'],
      ['en', 'By Monday, the fire had been contained.'],
      ['en', 'By Tuesday, November 19, the fire had burned more than 2,000 acres.'],
      ['en', 'By 2019 the company had doubled its sales.'],
      ['fr', 'Par la suite, le 3 janvier 2024, le tribunal a rejeté la demande.'],
      ['fr', 'Par Jean Dupont, le ministre désigne son prédécesseur à Matignon.']
    ]
  },
  'click-prompt': {
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
      ['fr', "Cliquez ici pour télécharger le rapport de la Cour des comptes."],
      ['fr', "Cliquez sur l'image pour la sélectionner, puis faites-la glisser."],
      ['fr', "Il suffisait de cliquer sur la photo pour voir apparaître le nom du photographe."]
    ]
  }
}

describe('built-in rules', () => {
  it('has a case table for every phrase-driven rule it lists', () => {
    for (const rule of Object.keys(cases)) expect(ruleNames).toContain(rule)
  })

  for (const [rule, {removes, keeps}] of Object.entries(cases)) {
    describe(rule, () => {
      it.each(removes)('removes, in %s: %s', (language, line) => {
        expect(ruleFor(line, language)).toBe(rule)
      })
      it.each(keeps)('keeps, in %s: %s', (language, line) => {
        expect(ruleFor(line, language)).toBeUndefined()
      })
    })
  }
})
