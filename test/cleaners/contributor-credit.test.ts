import {phraseCases} from '../support/phrase-cases.js'

phraseCases('contributor-credit', {
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
})
