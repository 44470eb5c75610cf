/**
 * press-footer: the foot of a press release (company profile, end mark, media contacts) goes
 * with everything after it; company facts inside an article, an `About the study` section and
 * a short profile-like sentence stay. English and French.
 */
import {describe, expect, it} from 'vitest'
import {clean} from '../../src/index.js'
import type {Options} from '../../src/index.js'

const body = {
  en: [
    'Ascom and GE Healthcare today announced a strategic distribution partnership in Europe for the Digistat Patient Watch solution, designed for intensive care units.',
    'In traditional intensive care units, each patient is wired to up to ten medical devices, from monitors to ventilators and infusion pumps, each raising its own alarms.',
    'The new alarm management solution collects data from the devices connected to the patient and gives clinicians a single view of the patient’s condition.',
    '“This partnership brings our connectivity expertise to more hospitals across Europe,” said the head of the clinical business, adding that the first sites go live next year.'
  ],
  fr: [
    'Dupont Industries et la société Martin ont annoncé mardi un partenariat de distribution en Europe pour leur nouvelle solution de surveillance des patients.',
    'Dans les services de réanimation, chaque patient est relié à une dizaine d’appareils médicaux, des moniteurs aux respirateurs, qui déclenchent chacun leurs propres alarmes.',
    'La nouvelle solution rassemble les données de ces appareils et offre aux soignants une vue unique de l’état du patient, directement sur leur téléphone.',
    '« Ce partenariat permet d’équiper davantage d’hôpitaux en Europe », a déclaré le directeur de la division clinique, ajoutant que les premiers sites seront équipés l’an prochain.'
  ]
} as const

const profile = {
  en: [
    'Ascom is a global solutions provider focused on healthcare ICT and mobile workflow solutions. The vision of Ascom is to close digital information gaps.',
    'Ascom is headquartered in Baar (Switzerland), has subsidiaries in 15 countries and employs around 1,300 people worldwide. Ascom registered shares (ASCN) are listed on the SIX Swiss Exchange in Zurich.'
  ],
  fr: [
    'Dupont Industries est un fournisseur mondial de solutions pour les hôpitaux et les maisons de retraite, spécialisé dans les alarmes et la mobilité.',
    'Dupont Industries a son siège à Lyon, est présente dans 15 pays et emploie environ 1 300 collaborateurs. La société est cotée sur Euronext Paris.'
  ]
} as const

const newsletter = {
  en: ['Stay up to date with Ascom. Subscribe to our newsletter.', 'Subscribe', 'You have succesfully subscribed. Thank you!', 'Quick Links', 'Find a partner'],
  fr: [
    'Restez informé avec Dupont. Abonnez-vous à notre lettre.',
    'S’abonner',
    'Votre inscription est confirmée. Merci !',
    'Liens rapides',
    'Trouver un partenaire'
  ]
} as const

type Language = keyof typeof body
const languages: Language[] = ['en', 'fr']

/** Lines (texts) press-footer removes from a page of `lines`. */
function removed(lines: readonly string[], language: Language, options: Options = {}): string[] {
  const result = clean(lines.join('\n\n'), {language, ...options})
  return result.removed.filter((removal) => removal.rule === 'press-footer').map((removal) => removal.text)
}

describe('press-footer removes', () => {
  it.each(languages)('a company profile without a heading, and the newsletter box after it (%s)', (language) => {
    const foot = [...profile[language], ...newsletter[language]]
    const result = clean([...body[language], ...foot].join('\n\n'), {language})
    // The whole foot goes (phrase rules may take a line of the newsletter box first), the article stays.
    expect(result.text).toBe(body[language].join('\n\n'))
    expect(result.removed.filter((removal) => removal.rule === 'press-footer').map((removal) => removal.text)).toEqual(
      expect.arrayContaining([...profile[language]])
    )
    expect(removed([...body[language], ...foot], language, {disable: ['reader-appeal', 'interface-text', 'link-list']})).toEqual(foot)
  })

  it.each(languages)('an About heading and the profile under it (%s)', (language) => {
    const heading = language === 'en' ? 'About Ascom' : 'À propos de Dupont Industries'
    // author-bio takes some `About …` boxes first (an author's); here the rule is tested on its own.
    expect(removed([...body[language], heading, profile[language][0]], language, {disable: ['author-bio']})).toEqual([heading, profile[language][0]])
  })

  it.each(languages)('an end mark and a media contact block (%s)', (language) => {
    const contact =
      language === 'en'
        ? ['Media contact:', 'Jane Doe, Head of Communications', 'jane.doe@example.com']
        : ['Contact presse', 'Marie Durand, directrice de la communication', '+33 1 23 45 67 89']
    expect(removed([...body[language], '###', ...contact], language)).toEqual(['###', ...contact])
    expect(removed([...body[language], ...contact], language)).toEqual(contact)
    const bare = language === 'en' ? ['Contact:', 'Jane Doe', '+41 41 999 11 11'] : ['Contact :', 'Marie Durand', 'marie.durand@example.fr']
    expect(removed([...body[language], '# # #', ...bare], language)).toEqual(['# # #', ...bare])
  })
})

describe('press-footer keeps', () => {
  it.each(languages)('company facts with more article after them than before, or a quote after them (%s)', (language) => {
    const [p1, p2, p3, p4] = body[language]
    const other = body[language === 'en' ? 'fr' : 'en']
    expect(removed([p1, p2, p3, profile[language][1], p4, ...other], language)).toEqual([])
    expect(removed([p1, p2, p3, ...other, profile[language][1], p4], language)).toEqual([])
  })

  it.each(languages)('facts given in a relative clause (%s)', (language) => {
    const narrative =
      language === 'en'
        ? 'Ascom, which is headquartered in Baar, employs around 1,300 people and is listed on the SIX Swiss Exchange, said its orders rose.'
        : 'Dupont Industries, qui a son siège à Lyon, emploie environ 1 300 collaborateurs et est cotée sur Euronext, voit ses commandes progresser.'
    expect(removed([...body[language], narrative], language)).toEqual([])
  })

  it.each(languages)('a profile-like last paragraph with fewer facts, and an About section that is no company’s (%s)', (language) => {
    const last =
      language === 'en'
        ? 'The company, which is headquartered in Baar, did not respond to a request for comment on Tuesday evening.'
        : 'L’entreprise, dont le siège est à Lyon, n’a pas répondu mardi soir à nos sollicitations sur ce dossier.'
    expect(removed([...body[language], last], language)).toEqual([])
    const section = language === 'en' ? 'About the study' : 'À propos de l’étude'
    const text =
      language === 'en'
        ? 'The study is a randomised trial of 1,300 patients founded in 2015 and listed on the national register of clinical trials.'
        : 'L’étude est un essai sur 1 300 patients créé en 2015 et présente dans 15 pays, cotée parmi les plus suivies du registre national.'
    expect(removed([...body[language], section, text], language)).toEqual([])
  })

  it.each(languages)('a contact heading without contact details, and the article after it (%s)', (language) => {
    const [p1, p2, p3, p4] = body[language]
    const heading = language === 'en' ? 'Media contact:' : 'Contact presse'
    expect(removed([p1, p2, p3, 'Contact', p4], language)).toEqual([])
    expect(removed([p1, p2, p3, heading, p4], language)).toEqual([])
    expect(removed([p1, heading, 'jane.doe@example.com', p2, p3, p4], language)).toEqual([])
  })
})
