import {describe, expect, it} from 'vitest'
import {clean} from '../../src/index.js'
import {articleEn, articleFr, e1, e2, p1, p2, rulesOf} from '../support/pages.js'

describe("link-list: a date alone on its line, with the month names of the page's pack (timestamp off: it takes most of them first)", () => {
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

describe('link-list', () => {
  const rule = (text: string) =>
    clean(text)
      .removed.filter((removal) => removal.rule === 'link-list')
      .map((removal) => removal.text)

  it('removes a run of menu entries in an extractor output, in English and French', () => {
    const en = ['Politics', 'Science', 'Health', 'Technology', 'Travel', 'Culture']
    const fr = ['Politique', 'Sciences', 'Santé', 'Technologie', 'Voyage', 'Culture']
    expect(rule([articleEn[0], ...en, articleEn[1]].join('\n'))).toEqual(en)
    expect(rule([articleFr[0], ...fr, articleFr[1]].join('\n'))).toEqual(fr)
  })

  it('keeps a short list of lower-case items and two capitalised lines', () => {
    expect(rule([articleEn[0], 'a baby carrier', 'healthy snack bars', 'a camera', 'Water Bottles', articleEn[1]].join('\n'))).toEqual([])
    expect(rule([articleFr[0], 'Jean Dupont', 'Marie Curie', articleFr[1]].join('\n'))).toEqual([])
  })

  it('removes separated link lines, dates, e-mails and lone counts, not table rows', () => {
    const lines = ['Accueil › Monde › Europe', 'About / Contact / Jobs', 'press@example.com', '1,204']
    expect(rule([articleEn[0], ...lines, articleEn[1]].join('\n'))).toEqual(lines)
    const dates = ['19 novembre 2019', 'November 19, 2019 at 9:24 pm', '2019-11-19']
    expect(clean([articleEn[0], ...dates, articleEn[1]].join('\n')).text).toBe([articleEn[0], articleEn[1]].join('\n'))
    const table = ['| 1 | Kyle Busch | 5040 |', '| 2 | Martin Truex | 5035 |', '12', '15', 'Le 19 novembre 2019, le conseil a voté.']
    expect(rule([articleFr[0], ...table, articleFr[1]].join('\n'))).toEqual([])
  })
})
