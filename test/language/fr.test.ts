/**
 * The French pack: the furniture of the national and regional press and of French WordPress
 * sites, by concept (issue 17), the reported speech that quotes it (article text), and the
 * bylines, agencies and datelines read into the metadata.
 */
import {describe, expect, it} from 'vitest'
import {clean} from '../../src/index.js'
import {languageSuite} from './helper.js'

languageSuite({
  code: 'fr',
  removes: {
    'related-content': ['Articles les plus lus', 'Nos articles sur le sujet', 'Sur le même sujet', 'Les plus lus', 'Dans la même rubrique'],
    'reader-appeal': [
      'Newsletter',
      'Ce contenu est réservé aux abonnés',
      'Article réservé aux abonnés',
      'Offrir l’article',
      'Vous pouvez lire Le Monde sur un seul appareil à la fois',
      'Recevez chaque jour notre newsletter',
      'Il vous reste 62.4% de cet article à lire. La suite est réservée aux abonnés.'
    ],
    'interface-text': ['Ajouter à mes favoris', 'Lire plus tard', 'Écouter cet article', 'Signaler une erreur', 'Permalien', 'Modifier la taille du texte'],
    'image-credit': ['Photo d’illustration AFP', 'Crédits photos : Bestimage', 'Photo : AFP', 'Illustration DDM - Xavier de Fenoyl'],
    'source-line': ['Le Monde avec AFP', '20 Minutes avec agences'],
    timestamp: ['Temps de Lecture 3 min.', 'Publié le 19/05/25 à 16h20 — Mis à jour le 19/05/25 à 18h05'],
    'rights-notice': ['Réutiliser ce contenu', 'Tous droits de reproduction et de représentation réservés.', 'Fièrement propulsé par WordPress'],
    'cookie-banner': ['Ce contenu est bloqué car vous n’avez pas accepté les cookies et autres traceurs.', 'Continuer sans accepter →', 'Accepter & Fermer'],
    'social-promo': ['Suivez toute l’actualité de Rennes avec Ouest-France.', 'Suivez-nous sur Google Actualités'],
    'comment-share': [
      'Laisser un commentaire Annuler la réponse',
      'Votre adresse e-mail ne sera pas publiée.',
      'Nom *',
      'Ce site utilise Akismet pour réduire les indésirables. En savoir plus sur la façon dont les données de vos commentaires sont traitées.',
      'Voir les 48 commentaires'
    ],
    'contributor-credit': ['burs-gk/fz/pz'],
    'ad-label': ['La suite après cette publicité']
  },
  keeps: [
    // Reported speech is article text, even short, even quoting a phrase of the pack.
    'Tous droits réservés, répète l’avocat de la famille.',
    'Tous droits réservés, répète l’avocat de la famille, lorsqu’on l’interroge sur les photos diffusées.',
    '« Abonnez-vous », lance-t-il.',
    '« Abonnez-vous », lance-t-elle en riant quand on lui demande comment suivre le travail des tribunaux.',
    'Abonnez-vous à la chaîne, répétait-il à ses abonnés, qui ont fini par le quitter.',
    '« Les commentaires sont fermés », a-t-il déclaré.',
    '« Je ne pensais pas que ça marcherait, les commentaires sont fermés sur le groupe depuis des mois », s’amuse le commerçant.',
    // A picture word and a colon open article lines too.
    'Photo : un document exceptionnel',
    'Photo : comment le photographe a travaillé',
    // A dateline is article text.
    'Ankara (AFP) - Un séisme de magnitude 6,1 a frappé samedi matin la province de Malatya, dans l’est de la Turquie.'
  ],
  pages: {
    'the section and the site’s menu above the headline go, the headline stays': `
      - Société
      - Abonnés
      + Le gouvernement présente sa réforme de la justice des mineurs
      + À la veille de l’examen du projet de loi, la présidente du syndicat alerte sur l’engorgement des tribunaux.
    `,
    'a menu on one line and a blog’s name between removed lines go': `
      - Aller au contenu
      - Les carnets de Maëlle
      - Accueil Recettes Voyages À propos Contact
      + Galettes de sarrasin complètes, la vraie recette bretonne
      + Chez ma grand-mère, à Plouha, les galettes se préparaient la veille, dans un grand saladier en grès.
    `,
    'a short first line with no headline after it stays': `
      + Introduction
      + Le gouvernement a présenté mercredi un projet de loi sur la justice des mineurs, très attendu par les magistrats.
    `,
    'names alone beside the source line under the headline go': `
      + Procès de l’incendie de la rue Dulac : la famille des victimes promet de ne pas oublier
      - Anne-Laure Giraud
      - 20 Minutes avec agences
      - Publié le 19/05/25 à 16h20
      + Le procès du propriétaire de l’immeuble incendié en 2021 dans le 15e arrondissement de Paris s’est ouvert lundi devant le tribunal correctionnel.
    `
  }
})

describe('French bylines, agencies and datelines (metadata)', () => {
  it('reads the byline without its agency', () => {
    const {metadata} = clean('Par Claire Vasseur avec AFP', {language: 'fr'})
    expect(metadata).toMatchObject({byline: 'Claire Vasseur', agency: 'AFP'})
  })

  it('reads the byline without the outlet its author writes for', () => {
    const result = clean('Par Thomas Lemaire pour Le Figaro', {language: 'fr'})
    expect(result.text).toBe('')
    expect(result.metadata.byline).toBe('Thomas Lemaire')
    expect(result.metadata.agency).toBeUndefined()
  })

  it('reads the agency of a source line and of names followed by an agency', () => {
    expect(clean('Le Monde avec AFP', {language: 'fr'}).metadata.agency).toBe('AFP')
    expect(clean('Jean Dupont, AFP', {language: 'fr'}).text).toBe('')
  })

  it('reads the agency of a dateline, which stays', () => {
    const text = [
      'Séisme de magnitude 6,1 dans l’est de la Turquie, au moins quatre morts',
      'Ankara (AFP) - Un séisme de magnitude 6,1 a frappé samedi matin la province de Malatya, dans l’est de la Turquie, faisant au moins quatre morts.'
    ].join('\n\n')
    const result = clean(text, {language: 'fr'})
    expect(result.text).toBe(text)
    expect(result.metadata.agency).toBe('AFP')
  })
})
