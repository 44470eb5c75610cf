/**
 * The detectors of repeated items that make up the tail (or the whole) of an extractor's output:
 * comment threads without a heading, listings of other articles, runs of truncated excerpts,
 * boxes headed by a pointer. Each rule has pages that it cleans and pages it must leave alone,
 * in English and in French (the comment furniture of the other packs is tested in
 * `test/languages/*`).
 *
 * A page is written one line per line: `- ` the line goes, `+ ` it stays, `~ ` either (a line
 * another rule may take, such as a date, or a name beside a date near the top: `category-label`).
 * Lines are joined by one line break.
 */
import {describe, expect, it} from 'vitest'
import {clean} from '../src/index.js'

interface PageCase {
  /** What the page shows. */
  name: string
  language: 'en' | 'fr'
  /** The rule under test: it must remove something on a positive page, nothing on a negative one. */
  rule: string
  page: string
}

const articleEn = [
  '+ The city council voted on Tuesday to expand the tram line to the northern districts, after a debate that lasted most of the evening.',
  '+ Supporters said the extension would cut commuting times for thousands of residents and take cars off the most crowded roads.',
  '+ Opponents argued that the cost of the works had doubled since the first estimate and asked for an independent review of the budget.'
]
const articleFr = [
  '+ Le conseil municipal a voté mardi le prolongement de la ligne de tramway vers les quartiers nord, après un débat qui a duré toute la soirée.',
  "+ Les partisans du projet estiment que l'extension réduira le temps de trajet de milliers d'habitants et allègera les axes les plus encombrés.",
  '+ Les opposants ont fait valoir que le coût des travaux avait doublé depuis la première estimation et ont demandé un audit indépendant.'
]

/** More of the French article, for pages that need a long article (an article does not print a paragraph twice: `duplicate-line`). */
const moreFr = [
  '+ Le maire a rappelé que la ligne actuelle transporte déjà plus de quatre-vingt mille voyageurs par jour, un chiffre en hausse constante depuis cinq ans.',
  '+ Selon l’autorité des transports, le prolongement comptera six nouvelles stations, dont deux équipées de parkings relais pour les habitants des communes voisines.',
  '+ Les commerçants du boulevard nord craignent que les travaux ne fassent fuir leur clientèle pendant de longs mois et réclament des indemnités.',
  '+ La métropole a promis un fonds d’aide aux commerces touchés, dont le montant doit être fixé lors du prochain conseil, au début de l’année.',
  '+ Plusieurs associations de cyclistes ont salué le projet tout en demandant que des pistes sécurisées soient aménagées le long du nouveau tracé.',
  '+ Les élus de l’opposition ont annoncé qu’ils déposeraient un recours si l’audit indépendant n’était pas lancé avant le début du chantier.',
  '+ Les premiers essais de rames sur la nouvelle portion sont prévus dans trois ans, pour une mise en service commerciale quelques mois plus tard.',
  '+ En attendant, des bus supplémentaires circuleront aux heures de pointe entre le terminus actuel et les quartiers qui seront desservis.',
  '+ Une réunion publique est organisée la semaine prochaine à la mairie annexe pour présenter le calendrier des travaux aux riverains.',
  '+ Le dossier complet, avec les plans des stations et l’étude d’impact, peut être consulté en ligne sur le site de la métropole.',
  '+ Les riverains pourront y déposer leurs observations jusqu’à la fin du mois, avant que le commissaire enquêteur ne rende son avis.',
  '+ La région, qui finance un tiers du projet, doit encore confirmer sa participation lors de sa session budgétaire de décembre.'
]

const page = (...lines: Array<string | string[]>): string => lines.flat().join('\n')

/** Pages each rule cleans: every `-` line goes, every `+` line stays. */
const positives: PageCase[] = [
  {
    name: 'a thread of `<name> says:` comments after the article',
    language: 'en',
    rule: 'comment-thread',
    page: page(
      articleEn,
      '- lonespeed says:',
      '~ November 19, 2019 at 8:45 am',
      '- Philip Rivers looked like an aging quarterback, projecting confidence he did not have.',
      '- theguiceisright says:',
      '- I actually don’t think the backup is that bad.',
      '- Plus he looks pretty sweet in that uniform.',
      '- C. M. says:',
      '- Obviously he didn’t want to.'
    )
  },
  {
    name: 'a whole page of comments with names, ages and ratings',
    language: 'en',
    rule: 'comment-thread',
    page: page(
      '- 2 days ago at 07:52 am',
      '- It’s good to see them update the small model at last.',
      '- Rating: 36 Votes',
      '- Nick A',
      '- 2 days ago at 07:47 am',
      '- I think we’ll see similar updates to what the big model received.',
      '- Rating: 25 Votes',
      '- fmcshan',
      '- 2 days ago at 07:50 am',
      '- It would be nice if they switched to slimmer bezels too.',
      '- Rating: 17 Votes'
    )
  },
  {
    name: 'a thread with names, ages and reply buttons',
    language: 'fr',
    rule: 'comment-thread',
    page: page(
      articleFr,
      '- Jean Dupont',
      '- il y a 2 jours',
      '- Enfin une bonne nouvelle pour le quartier nord.',
      '- Répondre',
      '- Marie L.',
      '- il y a 3 jours',
      '- Le coût des travaux me semble bien trop élevé pour une ville de cette taille.',
      '- Répondre',
      '- Paul',
      '- il y a 5 jours',
      '- Il était temps !',
      '- Répondre'
    )
  },
  {
    name: 'a thread of `<nom> dit :` comments',
    language: 'fr',
    rule: 'comment-thread',
    page: page(articleFr, '- pierre75 dit :', '- Très bon article, merci.', '- Sophie dit :', '- Et le stationnement, on en parle ?', '- lecteur_du_nord dit :', '- Le tram ne passera jamais par chez moi.')
  },
  {
    name: 'a listing of other columns: author, date, teaser',
    language: 'en',
    rule: 'story-list',
    page: page(
      articleEn,
      '- Becket Adams',
      '~ Tuesday November 19, 2019',
      '- Various outlets reported that a United Nations study found the country far behind its climate goals.',
      '- Eddie Scarry',
      '~ Tuesday November 19, 2019',
      '- After three days of hearings, only one witness has emerged so far with a legitimate gripe about the process.',
      '- Tom Rogan',
      '~ Tuesday November 19, 2019',
      '- Beyond the partisan whirlwind of the hearings, the relationship between the two countries remains strong.'
    )
  },
  {
    name: 'a whole page of teasers: author, date, teaser',
    language: 'fr',
    rule: 'story-list',
    page: page(
      '- Jean Dupont',
      '~ 19 novembre 2019',
      '- Le gouvernement a présenté mardi un plan de relance pour les petites lignes ferroviaires du pays.',
      '- Marie Curie',
      '~ 18 novembre 2019',
      '- Les agriculteurs du Sud-Ouest manifestent contre la baisse des aides à la production de maïs.',
      '- Paul Martin',
      '~ 18 novembre 2019',
      '- La mairie de Lyon lance une consultation sur la piétonnisation de la presqu’île avant l’été.'
    )
  },
  {
    name: 'teaser excerpts cut off by an ellipsis',
    language: 'en',
    rule: 'excerpt-list',
    page: page(
      articleEn,
      '- Man pleads guilty to fraud scheme NEW YORK: A man has pleaded guilty to theft and embezzlement at a bank where he...',
      '- Schools reopen after the strike LONDON: All schools and colleges are now open and attendance is back to 98 per...',
      '- Council approves the budget PARIS: The city council on Wednesday approved a budget that includes, for the first time,...'
    )
  },
  {
    name: 'teaser excerpts cut off by an ellipsis character',
    language: 'fr',
    rule: 'excerpt-list',
    page: page(
      articleFr,
      '- Rennes : la nouvelle ligne de métro ouvrira finalement en septembre, a annoncé la métropole qui…',
      '- Grève : les contrôleurs aériens appellent à un nouveau mouvement pour le week-end de…',
      '- Météo : après les orages de la nuit, la vigilance orange est levée dans trois départements du…'
    )
  },
  {
    name: 'excerpts of other articles around the page’s own teaser, which stays',
    language: 'en',
    rule: 'excerpt-list',
    page: page(
      '+ Deportees return home from the United States',
      '- Man pleads guilty to fraud scheme NEW YORK: A man has pleaded guilty to theft and embezzlement at a bank where he...',
      '+ Deportees return home from the United States NEW DELHI: Their American dream shattered, nearly 150 Indians returned...',
      '- Schools reopen after the strike LONDON: All schools and colleges are now open and attendance is back to 98 per...'
    )
  },
  {
    name: 'a sidebar of boxes headed by a pointer',
    language: 'en',
    rule: 'box-list',
    page: page(
      articleEn,
      '- » Columnists',
      '- The latest column by our motoring editor, every Monday',
      '- » Power Ranking',
      '- » Race Preview',
      '- Times, tyres and weather for Sunday’s race',
      '- » Podcast',
      '- The latest episode of our weekly show'
    )
  },
  {
    name: 'a sidebar of boxes headed by a pointer',
    language: 'fr',
    rule: 'box-list',
    page: page(
      articleFr,
      '- » Chroniques',
      '- La dernière chronique de notre spécialiste automobile',
      '- » Classement',
      '- » Avant-course',
      '- Horaires, pneus et météo du Grand Prix',
      '- Abonnez-vous à notre lettre'
    )
  }
]

/** Pages the rule leaves alone: every `+` line stays. */
const negatives: PageCase[] = [
  {
    name: 'an interview that quotes one speaker with `says:`',
    language: 'en',
    rule: 'comment-thread',
    page: page(articleEn, '+ Mayor Smith says:', '+ “We did not expect the vote to pass so quickly, but the council listened to the residents.”', articleEn[0]!)
  },
  {
    name: 'a transcript of two speakers taking turns down to the end',
    language: 'en',
    rule: 'comment-thread',
    page: page(
      articleEn,
      '+ Interviewer says:',
      '+ Why did the council change its mind?',
      '+ Smith says:',
      '+ Because the residents came to every meeting.',
      '+ Interviewer says:',
      '+ And the cost?',
      '+ Smith says:',
      '+ It will be shared with the region.'
    )
  },
  {
    name: 'a live blog stamped with ages after its entries',
    language: 'en',
    rule: 'comment-thread',
    page: page(
      '~ 2 hours ago',
      '+ The council has opened the debate on the tram extension, which is expected to last all evening.',
      '~ 3 hours ago',
      '+ Supporters gathered outside the town hall before the vote, holding banners and singing.',
      '~ 4 hours ago',
      '+ Opponents have asked for an independent review of the budget before any vote is taken.'
    )
  },
  {
    name: 'comment furniture that stops well before the end of the page',
    language: 'fr',
    rule: 'comment-thread',
    page: page(
      '+ Jean Dupont dit :',
      '+ Le maire a raison.',
      '+ Marie dit :',
      '+ Le maire a tort.',
      '+ Paul dit :',
      '+ Le maire hésite.',
      articleFr,
      moreFr
    )
  },
  {
    name: 'a live blog: times of day, entries of several paragraphs',
    language: 'en',
    rule: 'story-list',
    page: page(
      '~ November 19, 2019 10:32',
      '~ Jane Doe',
      '+ The council has opened the debate on the tram extension, which is expected to last all evening.',
      '~ November 19, 2019 11:05',
      '~ Jane Doe',
      '+ Supporters gathered outside the town hall before the vote, holding banners and singing.',
      '~ November 19, 2019 11:40',
      '~ John Smith',
      '+ Opponents have asked for an independent review of the budget before any vote is taken.'
    )
  },
  {
    name: 'a chronology: dates without names',
    language: 'fr',
    rule: 'story-list',
    page: page(
      '~ 12 mars 2019',
      '+ Le conseil municipal adopte le principe d’un prolongement de la ligne vers les quartiers nord.',
      '~ 4 juin 2020',
      '+ L’enquête publique rend un avis favorable, assorti de réserves sur le coût des travaux.',
      '~ 19 novembre 2021',
      '+ Le chantier commence par la déviation des réseaux sous l’avenue principale de la ville.'
    )
  },
  {
    name: 'two teasers only',
    language: 'en',
    rule: 'story-list',
    page: page(
      articleEn,
      '~ Becket Adams',
      '~ Tuesday November 19, 2019',
      '+ Various outlets reported that a United Nations study found the country far behind its climate goals.',
      '~ Eddie Scarry',
      '~ Tuesday November 19, 2019',
      '+ After three days of hearings, only one witness has emerged so far with a legitimate gripe about the process.'
    )
  },
  {
    name: 'one line of an article ending in an ellipsis',
    language: 'en',
    rule: 'excerpt-list',
    page: page(articleEn[0]!, '+ The mayor paused, then said the vote would wait until...', articleEn[1]!, articleEn[2]!)
  },
  {
    name: 'pauses: an ellipsis after a space, not glued to a word',
    language: 'fr',
    rule: 'excerpt-list',
    page: page(articleFr, '+ Il a hésité, longtemps, puis il a dit oui …', '+ Elle a attendu, puis elle a dit non …', '+ Et le conseil a voté …')
  },
  {
    name: 'a bullet list of pointers with nothing under them',
    language: 'en',
    rule: 'box-list',
    page: page(articleEn, '+ » Free parking at the two new stations', '+ » Trams every six minutes at rush hour', '+ » Bicycles allowed outside rush hour')
  },
  {
    name: 'quoted mail at the end of the article',
    language: 'en',
    rule: 'box-list',
    page: page(
      articleEn,
      '+ > Hi John,',
      '+ > Thanks for the update on the tram line',
      '+ > The residents will be at the meeting on Monday.',
      '+ > Best regards',
      '+ > See you all on Monday evening.',
      '+ > Jane Doe, for the residents’ association'
    )
  },
  {
    name: 'pointers followed by the article going on',
    language: 'fr',
    rule: 'box-list',
    page: page('+ » Chroniques', '+ » Classement', '+ » Avant-course', articleFr, moreFr.slice(0, 3))
  }
]

/** The marked lines of a page, and its text. */
function parse(marked: string): {text: string; marks: string[]; bodies: string[]} {
  const lines = marked.split('\n')
  return {text: lines.map((line) => line.slice(2)).join('\n'), marks: lines.map((line) => line.slice(0, 1)), bodies: lines.map((line) => line.slice(2))}
}

describe('lists of repeated items', () => {
  it.each(positives.map((each) => [each.rule, each.language, each.name, each] as const))('%s removes, in %s: %s', (_rule, _language, _name, {rule, language, page: marked}) => {
    const {text, marks, bodies} = parse(marked)
    const result = clean(text, {language})
    const removed = new Set(result.removed.map((removal) => removal.line))
    const wrong = marks.flatMap((mark, index) => (mark === '-' && !removed.has(index + 1) ? [`kept: ${bodies[index]}`] : mark === '+' && removed.has(index + 1) ? [`removed: ${bodies[index]}`] : []))
    expect(wrong).toEqual([])
    expect(result.removed.some((removal) => removal.rule === rule)).toBe(true)
  })

  it.each(negatives.map((each) => [each.rule, each.language, each.name, each] as const))('%s keeps, in %s: %s', (_rule, _language, _name, {rule, language, page: marked}) => {
    const {text, marks, bodies} = parse(marked)
    const result = clean(text, {language})
    const removed = new Set(result.removed.map((removal) => removal.line))
    const wrong = marks.flatMap((mark, index) => (mark === '+' && removed.has(index + 1) ? [`removed: ${bodies[index]}`] : mark === '-' && !removed.has(index + 1) ? [`kept: ${bodies[index]}`] : []))
    expect(wrong).toEqual([])
    expect(result.removed.filter((removal) => removal.rule === rule)).toEqual([])
  })

  it('cleans its own output to the same text', () => {
    for (const {language, page: marked} of [...positives, ...negatives]) {
      const once = clean(parse(marked).text, {language}).text
      expect(clean(once, {language}).text).toBe(once)
    }
  })
})
