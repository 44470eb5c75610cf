/**
 * The dates and reading times of date stamps, per pack: each line is a page of its own
 * (language forced), cleaned without and with `now`; the stamp must be removed and read.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {stampMetadata} from '../../src/api/dates.js'
import {checkNow, makeSettings} from '../../src/api/settings.js'
import {clean, fold} from '../../src/index.js'
import type {Metadata} from '../../src/index.js'
import {readStamps} from '../../src/language/stamps.js'

/** The time of the crawl in the cases with `now`: Thursday 14 March 2024, noon in Paris. */
const NOW = '2024-03-14T12:00:00+01:00'

type Read = Pick<Metadata, 'published' | 'modified' | 'readingTime'>
/** A stamp, what it gives without `now`, and what it gives with `now` (default: the same). */
type Case = [line: string, read: Read, withNow?: Read]

const tables: Record<string, Case[]> = {
  fr: [
    ['Publié le 12 mars 2024 à 10h32', {published: '2024-03-12T10:32:00'}],
    ['Mis à jour le 13/03/2024 à 08:05', {modified: '2024-03-13T08:05:00'}],
    ["Publié aujourd'hui à 10h12, modifié à 11h45", {}, {published: '2024-03-14T10:12:00', modified: '2024-03-14T11:45:00'}],
    ['Publié le 12 mars 2024 à 10h15, mis à jour le 13 mars 2024 à 08h00', {published: '2024-03-12T10:15:00', modified: '2024-03-13T08:00:00'}],
    ['Publié le mer. 20 nov. 2019 à 10h15', {published: '2019-11-20T10:15:00'}],
    ['Publié le mar. 12 avril 2022', {published: '2022-04-12'}],
    ['Le 3 janvier 2024 à 18h30', {published: '2024-01-03T18:30:00'}],
    ['Mis à jour hier à 18h30', {}, {modified: '2024-03-13T18:30:00'}],
    ['il y a 3 heures', {}, {published: '2024-03-14T09:00:00+01:00'}],
    ['Mis à jour il y a une heure', {}, {modified: '2024-03-14T11:00:00+01:00'}],
    ['Publié il y a 2 jours', {}, {published: '2024-03-12'}],
    ['Publié le 31 février 2024', {}],
    ['Temps de lecture : 3 min', {readingTime: 3}],
    ['Mis à jour le\n13/03/2024 à 08:05', {modified: '2024-03-13T08:05:00'}]
  ],
  en: [
    ['Updated 10:32 AM EST, Tue March 12, 2024', {modified: '2024-03-12T10:32:00-05:00'}],
    ['Published on March 12, 2024', {published: '2024-03-12'}],
    ['PUBLISHED: 10:48, Tue, Nov 19, 2019', {published: '2019-11-19T10:48:00'}],
    ['4:00 am CST, Wednesday, November 20, 2019', {published: '2019-11-20T04:00:00-06:00'}],
    ['Published\n4:00 pm CST, Wednesday, November 20, 2019', {published: '2019-11-20T16:00:00-06:00'}],
    ['2019-11-19T08:57:45+01:00', {published: '2019-11-19T08:57:45+01:00'}],
    ['2019-11-19T08:57:45Z', {published: '2019-11-19T08:57:45Z'}],
    ['Updated 11/18/19 11:04 PM EST', {modified: '2019-11-18T23:04:00-05:00'}],
    ['Updated Nov 19, 6:55 AM;', {}, {modified: '2023-11-19T06:55:00'}],
    ['Updated March 12 at 10:32 GMT', {}, {modified: '2024-03-12T10:32:00Z'}],
    ['3 hours ago', {}, {published: '2024-03-14T09:00:00+01:00'}],
    ['Updated an hour ago', {}, {modified: '2024-03-14T11:00:00+01:00'}],
    ['Yesterday at 6:30 pm', {}, {published: '2024-03-13T18:30:00'}],
    ['5 min read', {readingTime: 5}],
    ['Reading time: 12 minutes', {readingTime: 12}]
  ],
  de: [
    ['12.03.2024, 10:32 Uhr', {published: '2024-03-12T10:32:00'}],
    ['Veröffentlicht am 12. März 2024', {published: '2024-03-12'}],
    ['Aktualisiert am 13.03.2024 um 08:05 Uhr', {modified: '2024-03-13T08:05:00'}],
    ['Stand: 12.03.2024 10:32 Uhr', {modified: '2024-03-12T10:32:00'}],
    ['Di., 12.03.2024, 10:32 Uhr', {published: '2024-03-12T10:32:00'}],
    ['vor 3 Stunden', {}, {published: '2024-03-14T09:00:00+01:00'}],
    ['Heute, 10:32 Uhr', {}, {published: '2024-03-14T10:32:00'}],
    ['Lesezeit: 4 Minuten', {readingTime: 4}],
    ['Lesedauer: ca. 6 Min.', {readingTime: 6}]
  ],
  es: [
    ['Actualizado: 12/03/2024 10:32', {modified: '2024-03-12T10:32:00'}],
    ['Publicado el 12 de marzo de 2024', {published: '2024-03-12'}],
    ['martes, 12 de marzo de 2024, 10:32 (CET)', {published: '2024-03-12T10:32:00+01:00'}],
    ['hace 3 horas', {}, {published: '2024-03-14T09:00:00+01:00'}],
    ['Ayer, a las 18:30', {}, {published: '2024-03-13T18:30:00'}],
    ['Tiempo de lectura: 4 min', {readingTime: 4}]
  ],
  it: [
    ['Pubblicato il 12 marzo 2024', {published: '2024-03-12'}],
    ['Aggiornato il 13/03/2024 alle 08:05', {modified: '2024-03-13T08:05:00'}],
    ['12 marzo 2024 - 10:32', {published: '2024-03-12T10:32:00'}],
    ['3 ore fa', {}, {published: '2024-03-14T09:00:00+01:00'}],
    ['Oggi, alle 10.32', {}, {published: '2024-03-14T10:32:00'}],
    ['Tempo di lettura: 3 minuti', {readingTime: 3}]
  ],
  pt: [
    ['Publicado em 12 de março de 2024', {published: '2024-03-12'}],
    ['Atualizado em 13/03/2024 às 08h05', {modified: '2024-03-13T08:05:00'}],
    ['12/03/2024 - 10h32', {published: '2024-03-12T10:32:00'}],
    ['há 3 horas', {}, {published: '2024-03-14T09:00:00+01:00'}],
    ['Ontem, às 18h30', {}, {published: '2024-03-13T18:30:00'}],
    ['Tempo de leitura: 2 minutos', {readingTime: 2}],
    ['Tempo de leitura:\n1 minuto', {readingTime: 1}]
  ],
  nl: [
    ['Gepubliceerd op 12 maart 2024', {published: '2024-03-12'}],
    ['Bijgewerkt: 13-03-2024 om 08:05', {modified: '2024-03-13T08:05:00'}],
    ['di 12 maart 2024, 10:32', {published: '2024-03-12T10:32:00'}],
    ['3 uur geleden', {}, {published: '2024-03-14T09:00:00+01:00'}],
    ['Gisteren, 18:30', {}, {published: '2024-03-13T18:30:00'}],
    ['Leestijd: 4 minuten', {readingTime: 4}]
  ]
}

/** The fields read from a result. */
function read(metadata: Metadata): Read {
  const out: Read = {}
  for (const key of ['published', 'modified', 'readingTime'] as const) if (metadata[key] !== undefined) Object.assign(out, {[key]: metadata[key]})
  return out
}

describe.each(Object.entries(tables))('date stamps, %s', (code, cases) => {
  it.each(cases)('%j', (line, without, withNow = without) => {
    const plain = clean(line, {language: code})
    expect(plain.removed.map((removal) => removal.rule)).toEqual(line.split('\n').map(() => 'timestamp'))
    expect(read(plain.metadata)).toEqual(without)
    expect(read(clean(line, {language: code, now: NOW}).metadata)).toEqual(withNow)
  })
})

describe('dates', () => {
  it('are read in a page, the first stamp of each kind winning', () => {
    const page = [
      'Le gouvernement a présenté mercredi un projet de loi visant à renforcer la protection des données personnelles.',
      '',
      'Publié le 12 mars 2024 à 10h32',
      '',
      'Selon le ministre, le texte doit être examiné par le Parlement avant la fin de l’année, malgré les réserves.',
      '',
      'Mis à jour le 14 mars 2024 à 09h00'
    ].join('\n')
    const result = clean(page)
    expect(result.language).toBe('fr')
    expect(read(result.metadata)).toEqual({published: '2024-03-12T10:32:00', modified: '2024-03-14T09:00:00'})
  })

  it('take now as a Date (UTC)', () => {
    expect(clean('3 hours ago', {language: 'en', now: new Date('2024-03-14T12:00:00Z')}).metadata.published).toBe('2024-03-14T09:00:00Z')
  })

  it('change no cleaning: now only fills metadata', () => {
    const line = 'Publié il y a 2 jours'
    expect(clean(line, {language: 'fr', now: NOW}).text).toBe(clean(line, {language: 'fr'}).text)
  })
})

describe('reading stamps on any input', () => {
  const rules = makeSettings().rulesFor
  const stampWords = fc.constantFrom(
    'publié le',
    'mis à jour',
    'updated',
    'il y a',
    'ago',
    'vor',
    'mar.',
    'mars',
    'march',
    '31',
    '12/13/2024',
    '24:00',
    '10h',
    '+14:00',
    'gmt',
    '-',
    ',',
    '999',
    'min',
    'lesezeit',
    'hier',
    'a',
    'pm'
  )
  const line = fc.oneof(
    fc.string({maxLength: 120}),
    fc.array(stampWords, {maxLength: 20}).map((words) => words.join(' '))
  )
  const iso = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})?)?$/

  it('never throws, and gives ISO 8601 or nothing', () => {
    const now = checkNow(NOW)
    fc.assert(
      fc.property(fc.array(line, {maxLength: 4}), fc.constantFrom('fr', 'en', 'de', 'es', 'it', 'pt', 'nl', 'und'), (lines, code) => {
        const facts = readStamps(
          lines.map((text) => fold(text)),
          rules(code)
        )
        for (const value of Object.values(stampMetadata(facts, now))) if (typeof value === 'string') expect(value).toMatch(iso)
        for (const value of Object.values(stampMetadata(facts, undefined))) if (typeof value === 'string') expect(value).toMatch(iso)
      }),
      {numRuns: 400}
    )
  })

  it('reads a long line in bounded time (it is not read past 300 characters)', () => {
    const long = `publié le 12 mars 2024 ${'mars 12 '.repeat(100_000)}`
    const started = performance.now()
    expect(readStamps([long], rules('fr'))).toEqual({})
    expect(performance.now() - started).toBeLessThan(100)
  })
})
