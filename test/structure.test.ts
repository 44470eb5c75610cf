import {describe, expect, it} from 'vitest'
import {clean} from '../src/index.js'

const p1 = 'Environ deux mois après l’invasion, des généraux américains et ukrainiens se sont réunis dans une base militaire secrète à Wiesbaden, en Allemagne.'
const p2 = 'Bien que la fourniture d’informations ne soit pas une nouveauté, le rapport révèle que le niveau de détail était bien plus précis que ce qui avait été admis.'
const e1 = 'About two months after the invasion, American and Ukrainian generals met at a secret military base in Wiesbaden, in Germany, to plan the campaign.'
const e2 = 'While sharing intelligence was nothing new, the report shows the level of detail was far greater than the government had ever admitted in public.'
// Two more, for pages that need more paragraphs than two (an article does not print a paragraph twice: duplicate-line).
const e3 = 'Officials in both capitals declined to comment on the report, which was based on interviews with more than a dozen people familiar with the talks.'
const e4 = 'The generals agreed on a timetable for the offensive, but disagreed over how much of the front line the Ukrainian forces could hope to retake.'

const rulesOf = (text: string, options = {}) => clean(text, options).removed.map((removal) => `${removal.rule}: ${removal.text}`)

describe('breadcrumb', () => {
  it('removes a breadcrumb glued to the headline, or with separators, at the head', () => {
    expect(rulesOf(`Home ActualitéCollaboration militaire secrète\n\nCollaboration militaire secrète\n\n${p1}\n\n${p2}`)).toEqual([
      'breadcrumb: Home ActualitéCollaboration militaire secrète'
    ])
    expect(rulesOf(`Accueil › Monde › Europe\n\n${p1}\n\n${p2}`)).toEqual(['breadcrumb: Accueil › Monde › Europe'])
    expect(rulesOf(`Home / World / Europe\n\n${e1}\n\n${e2}`)).toEqual(['breadcrumb: Home / World / Europe'])
  })

  it('keeps article lines that start with a root word', () => {
    expect(rulesOf(`Home Office officials said on Tuesday that the scheme would be extended.\n\n${e1}\n\n${e2}`)).toEqual([])
    expect(rulesOf(`Accueil chaleureux pour le président\n\n${p1}\n\n${p2}`)).toEqual([])
    expect(rulesOf(`Home Depot\n\n${e1}\n\n${e2}`)).toEqual([])
  })
})

describe('byline and category label', () => {
  it('removes a byline and the lone category on the next line, into metadata', () => {
    const result = clean(`Titre de l’article\n\nby Sara\nFrance\n\n${p1}\n\n${p2}`)
    expect(result.removed.map((removal) => removal.rule)).toEqual(['byline', 'category-label'])
    expect(result.metadata).toMatchObject({byline: 'Sara', category: 'France', title: 'Titre de l’article'})
  })

  it('keeps a short line that is not beside page furniture', () => {
    expect(rulesOf(`Titre\n\nFrance\n\n${p1}\n\n${p2}`)).toEqual([])
  })
})

describe('image-caption (sentence-case languages)', () => {
  it('removes a line of capitalised words alone between French paragraphs', () => {
    expect(rulesOf(`${p1}\n\nViktor Leonov\n\n${p2}`)).toEqual(['image-caption: Viktor Leonov'])
  })

  it('keeps French sub-headings in sentence case', () => {
    for (const heading of ['Réunion à Wiesbaden', 'Des cibles en Russie', 'Autonomie croissante de l’Ukraine', 'Une coopération secrète révélée']) {
      expect(rulesOf(`${p1}\n\n${heading}\n\n${p2}`)).toEqual([])
    }
  })

  it('keeps English title-case sub-headings', () => {
    expect(rulesOf(`${e1}\n\nMeeting In Wiesbaden\n\n${e2}`)).toEqual([])
  })
})

describe('related-content run', () => {
  it('removes the headlines a related heading introduces at the end of a page', () => {
    expect(rulesOf(`${e1}\n\n${e2}\n\nYou may also like\n\nTen things to know about the new tax rules\n\nWhy the Fed is holding rates`)).toEqual([
      'related-content: You may also like',
      'related-content: Ten things to know about the new tax rules',
      'related-content: Why the Fed is holding rates'
    ])
  })

  it('keeps a sub-heading and its text that follow a related heading', () => {
    expect(rulesOf(`${e1}\n\nRead more\n\nTalks in Wiesbaden\n\n${e2}`)).toEqual(['related-content: Read more'])
  })
})

describe('reader-appeal', () => {
  it('removes a salutation and the appeal that follows it', () => {
    const appeal = 'Notre site web et nos comptes sur les réseaux sociaux sont menacés de restriction ou d’interdiction. Afin de rester informés de nos derniers contenus, il vous est possible de :'
    expect(rulesOf(`${p1}\n\n${p2}\n\nChers lecteurs,\n\n${appeal}`)).toEqual([`reader-appeal: Chers lecteurs,`, `reader-appeal: ${appeal}`])
  })

  it('keeps a salutation that opens a letter to readers', () => {
    const letter = 'Ce journal fête aujourd’hui ses cent ans : un siècle de reportages, de débats et de combats pour la liberté de la presse.'
    expect(rulesOf(`Chers lecteurs,\n\n${letter}\n\n${p1}`)).toEqual([])
  })
})

describe('repeated-line', () => {
  const credit = 'Photograph courtesy Jane Doe'

  it('removes a short line repeated down the page, alone between paragraphs', () => {
    expect(rulesOf(`${e1}\n\n${credit}\n\n${e2}\n\n${credit}\n\n${e3}\n\n${credit}\n\n${e4}`)).toEqual([
      `repeated-line: ${credit}`,
      `repeated-line: ${credit}`,
      `repeated-line: ${credit}`
    ])
  })

  it('keeps a line repeated only twice', () => {
    expect(rulesOf(`${e1}\n\n${credit}\n\n${e2}\n\n${credit}\n\n${e1}`)).toEqual([])
  })

  it('keeps repeated lines of lists and tables', () => {
    const table = ['Meal one', 'Eat every few hours', 'Protein shake'].join('\n')
    expect(rulesOf(`${e1}\n\n${table}\n\n${table}\n\n${table}\n\n${e2}`)).toEqual([])
  })

  it('keeps repeated sentences and attributions with dates', () => {
    expect(rulesOf(`${e1}\n\nWe will not leave.\n\n${e2}\n\nWe will not leave.\n\n${e3}\n\nWe will not leave.`)).toEqual([])
    const tweet = '— The Senate (@Senate) October 9, 2018'
    expect(rulesOf(`${e1}\n\n${tweet}\n\n${e2}\n\n${tweet}\n\n${e3}\n\n${tweet}\n\n${e4}`)).toEqual([])
  })
})

describe('link-list: a date alone on its line, with the month names of the page\'s pack (timestamp off: it takes most of them first)', () => {
  const cases: Array<[string, string, string, string]> = [
    ['en', 'Tuesday, November 19, 2019', e1, e2],
    ['fr', 'mardi 19 novembre 2019 à 10:15', p1, p2],
    [
      'de',
      'Dienstag, 19. November 2019',
      'Die Bundesregierung hat am Mittwoch einen Gesetzentwurf vorgelegt, der den Schutz persönlicher Daten der Nutzer von Onlinediensten stärken soll.',
      'Der Entwurf soll noch vor der Sommerpause im Bundestag beraten werden, wie ein Sprecher des Ministeriums am Abend mitteilte.'
    ],
    [
      'it',
      '19 novembre 2019',
      'Il governo ha presentato mercoledì un disegno di legge che rafforza la protezione dei dati personali degli utenti dei servizi online.',
      'Il testo dovrebbe essere esaminato dal Parlamento entro la fine dell’anno, secondo quanto riferito dal ministro.'
    ],
    [
      'nl',
      '19 maart 2024 om 10:15',
      'De regering heeft woensdag een wetsvoorstel gepresenteerd dat de bescherming van persoonsgegevens van gebruikers van onlinediensten moet versterken.',
      'Het voorstel moet voor het einde van het jaar in de Tweede Kamer worden besproken, zo meldde een woordvoerder van het ministerie.'
    ]
  ]
  it.each(cases)('in %s: %s', (language, date, paragraph, next) => {
    expect(rulesOf(`${paragraph}\n\n${date}\n\n${next}`, {language, disable: ['timestamp']})).toEqual([`link-list: ${date}`])
  })

  it('keeps a sentence that starts with a date', () => {
    expect(rulesOf(`${e1}\n\nNovember 19, 2019 was the day the talks collapsed.\n\n${e2}`, {language: 'en', disable: ['timestamp']})).toEqual([])
  })
})
