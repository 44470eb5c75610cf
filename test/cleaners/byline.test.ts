import {phraseCases} from '../support/phrase-cases.js'

phraseCases('byline', {
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
})
