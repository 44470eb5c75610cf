/**
 * The page frame on whole pages: where the article starts and ends. The run of article-like
 * blocks goes on over the article's own lists after its last paragraph (lines that echo the
 * run, quantities, prices) and stops at the page's furniture (related headlines, menus,
 * comment forms, footers); the headline is found from the page title. English and French.
 */
import {describe, expect, it} from 'vitest'
import {clean} from '../../src/index.js'
import {footerEn, footerFr, harbourArticle, menuEn, menuFr, sectionMenu} from '../support/pages.js'
import {newPage} from '../../src/api/pipeline.js'
import {makeSettings} from '../../src/api/settings.js'
import {pageFrame} from '../../src/cleaners/page/page-frame.js'
import {runCleaner} from '../../src/core/run.js'
import {parseBlocks} from '../../src/core/blocks.js'
import {VFile} from 'vfile'

/** Related headlines after an article, each with its age. */
const relatedEn = [
  'Council approves new cycle lanes on the ring road',
  '2 hours ago',
  'Heavy rain expected across the region on Friday night',
  '3 hours ago',
  'Local bakery wins national award for its sourdough',
  '5 hours ago',
  'Hospital car park charges to rise in the new year',
  '6 hours ago'
]
const relatedFr = [
  'Nouvelles pistes cyclables sur la rocade',
  'Il y a 2 heures',
  'Fortes pluies attendues vendredi soir',
  'Il y a 3 heures',
  'Une boulangerie primée pour son levain',
  'Il y a 5 heures',
  'Hausse des tarifs du parking de l’hôpital',
  'Il y a 6 heures'
]

/** A whole page: title, menu, headline, the article's lines, then the lines after it and a footer. */
function page(title: string, menu: string[], headline: string, article: string[], after: string[], footer: string[]): string {
  return [title, ...menu, headline, ...article, ...after, ...footer].join('\n\n')
}

/** The lines of `lines` that the cleaned text has, and those it has not. */
function kept(text: string, lines: string[]): {kept: string[]; removed: string[]} {
  const out = new Set(clean(text).text.split(/\n+/u))
  return {kept: lines.filter((line) => out.has(line)), removed: lines.filter((line) => !out.has(line))}
}

describe('page frame: the article’s lists after its last paragraph', () => {
  const giftsEn = {
    headline: 'Ten gifts for fans of the eighties',
    article: [
      'Black Friday is coming, and the shops are already cutting prices on the toys, films and records that a whole generation grew up with.',
      'We went through the offers and kept the ones that are worth your money, from board games to box sets, and we give a link to each of them.',
      '1) The Lego bomber from the last Star Wars film',
      'https://shop.example/lego-bomber',
      'The biggest set of the year is the one to get for a collector, and it has not been this cheap since it came out in the spring, so it will not last.'
    ],
    list: [
      '2) The Goonies doormat, never say die',
      'https://shop.example/goonies-doormat',
      '3) The complete Magnum box set on DVD',
      'https://shop.example/magnum-box',
      '4) A Polaroid camera in the style of the eighties',
      'https://shop.example/polaroid',
      '5) Operation, the board game with the buzzer',
      'https://shop.example/operation'
    ]
  }
  const agendaFr = {
    headline: 'La tournée d’adieu passera par douze villes',
    article: [
      'Le groupe a annoncé lundi une dernière tournée dans les grandes salles du pays, quarante ans après la sortie de son premier album.',
      'Les billets seront mis en vente vendredi à dix heures, et les organisateurs conseillent de se connecter en avance, car plusieurs dates affichent déjà complet.',
      'Samedi 12 juillet – Nantes, le Zénith',
      'Le concert d’ouverture aura lieu dans la ville où le groupe a donné son tout premier spectacle, et une première partie surprise y est promise.'
    ],
    list: [
      'Dimanche 13 juillet – Rennes – le Liberté – complet',
      'Mardi 15 juillet – Lille, le Zénith',
      'Jeudi 17 juillet – Strasbourg – le Zénith – complet',
      'Samedi 19 juillet – Lyon, la Halle Tony Garnier',
      'Lundi 21 juillet – Marseille – le Dôme – complet'
    ]
  }

  it.each([
    ['English', menuEn, giftsEn, relatedEn, footerEn],
    ['French', menuFr, agendaFr, relatedFr, footerFr]
  ])('keeps a list the article started before its last paragraph and goes on with after it, in %s', (_name, menu, story, related, footer) => {
    // Related headlines with their ages (`2 hours ago`, read as comment ages by no rule here:
    // no commenter's name stands right above them).
    const text = page(`${story.headline} | The Daily Example`, menu, story.headline, story.article, [...story.list, ...related], footer)
    const result = clean(text)
    expect(result.kind).toBe('page')
    expect(kept(text, [story.headline, ...story.article, ...story.list]).removed).toEqual([])
    // The related headlines still go, and the footer.
    expect(kept(text, [...related, ...footer]).kept).toEqual([])
  })

  it.each([
    [
      'English',
      menuEn,
      'A week of meals before the marathon',
      [
        'Runners who train for a marathon need more than pasta the night before, and a dietitian drew up this plan for the last week before the race.',
        'Each day starts with a breakfast rich in slow sugars and ends with a light dinner, and the portions grow as the race gets closer.'
      ],
      [
        'Day 1',
        'Breakfast',
        'Porridge with 1 banana and 200 ml of milk',
        'Lunch',
        'Rice with 150 g of chicken and 2 carrots',
        'Dinner',
        'Soup with 1 slice of bread',
        'Day 2',
        'Breakfast',
        'Yoghurt with 40 g of oats and 1 pear',
        'Lunch',
        'Pasta with 120 g of tuna and 1 tomato',
        'Dinner',
        'Omelette with 2 eggs and 1 slice of bread'
      ]
    ],
    [
      'French',
      menuFr,
      'Une semaine de repas avant le marathon',
      [
        'Les coureurs qui préparent un marathon ont besoin de plus qu’un plat de pâtes la veille, et une diététicienne a établi ce programme pour la dernière semaine.',
        'Chaque journée commence par un petit-déjeuner riche en sucres lents et se termine par un dîner léger, et les portions augmentent à l’approche de la course.'
      ],
      [
        'Jour 1',
        'Petit-déjeuner',
        'Du porridge avec 1 banane et 200 ml de lait',
        'Déjeuner',
        'Du riz avec 150 g de poulet et 2 carottes',
        'Dîner',
        'Une soupe avec 1 tranche de pain',
        'Jour 2',
        'Petit-déjeuner',
        'Un yaourt avec 40 g de flocons d’avoine et 1 poire',
        'Déjeuner',
        'Des pâtes avec 120 g de thon et 1 tomate',
        'Dîner',
        'Une omelette de 2 œufs et 1 tranche de pain'
      ]
    ]
  ])('keeps entries with quantities after the last paragraph, in %s', (_name, menu, headline, article, plan) => {
    const text = page(`${headline} | The Daily Example`, menu, headline, article, plan, [...menu.slice(0, 6)])
    expect(kept(text, [headline, ...article, ...plan]).removed).toEqual([])
    expect(kept(text, menu).kept).toEqual([])
  })

  it.each([
    [
      'English',
      menuEn,
      'Busch wins his second title',
      [
        'Kyle Busch won the championship on Sunday night in Homestead, holding off his three rivals over the last fifty laps of the season finale.',
        'It is his second title, four years after the first one, and he thanked his team for a car that was fast from the first practice session.',
        'Final standings:'
      ],
      [
        '| Pos | Driver | Points |',
        '| 1 | Kyle Busch | 5040 |',
        '| 2 | Martin Truex Jr. | 5035 |',
        '| 3 | Kevin Harvick | 5033 |',
        '| 4 | Denny Hamlin | 5002 |'
      ],
      ['Home | News | Sport | Weather', ...footerEn]
    ],
    [
      'French',
      menuFr,
      'Busch remporte un deuxième titre',
      [
        'Kyle Busch a remporté le championnat dimanche soir à Homestead, en résistant à ses trois rivaux pendant les cinquante derniers tours de la finale.',
        'C’est son deuxième titre, quatre ans après le premier, et il a remercié son équipe pour une voiture rapide dès la première séance d’essais.',
        'Classement final :'
      ],
      [
        '| Pos. | Pilote | Points |',
        '| 1 | Kyle Busch | 5040 |',
        '| 2 | Martin Truex Jr. | 5035 |',
        '| 3 | Kevin Harvick | 5033 |',
        '| 4 | Denny Hamlin | 5002 |'
      ],
      ['Accueil | Actualités | Sport | Météo', ...footerFr]
    ]
  ])('keeps a table the article announces after its last paragraph, not the navigation after it, in %s', (_name, menu, headline, article, table, after) => {
    const text = page(`${headline} | The Daily Example`, menu, headline, article, table, after)
    expect(kept(text, [headline, ...article, ...table]).removed).toEqual([])
    expect(kept(text, after).kept).toEqual([])
  })

  const tramEn = [
    'The city council voted on Tuesday to expand the tram line to the northern districts, after a debate that lasted most of the evening.',
    'Supporters said the extension would cut commuting times for thousands of residents and take cars off the most crowded roads.',
    'Construction is expected to begin next spring and should last about three years, according to the transport authority.'
  ]
  const tramFr = [
    'Le conseil municipal a voté mardi le prolongement de la ligne de tramway vers les quartiers nord, après un débat qui a duré toute la soirée.',
    "Les partisans du projet estiment que l'extension réduira le temps de trajet de milliers d'habitants et allègera les axes les plus encombrés.",
    "Les travaux devraient commencer au printemps prochain et durer environ trois ans, selon l'autorité des transports."
  ]

  it.each([
    ['English', menuEn, 'Tram line to reach the northern districts', tramEn, relatedEn, footerEn],
    ['French', menuFr, 'Le tramway ira jusqu’aux quartiers nord', tramFr, relatedFr, footerFr]
  ])('removes related headlines with their ages after the article, in %s', (_name, menu, headline, article, related, footer) => {
    const text = page(`${headline} | The Daily Example`, menu, headline, article, related, footer)
    const result = clean(text)
    expect(result.text).toBe([headline, ...article].join('\n\n'))
    // Every line is reported: the headlines by the page frame, the ages by it or as stamps.
    const rules = new Map(result.removed.map((removal) => [removal.text, removal.rule]))
    expect(related.filter((_line, index) => index % 2 === 0).map((line) => rules.get(line))).toEqual(
      related.filter((_line, index) => index % 2 === 0).map(() => 'page-frame')
    )
    expect(related.every((line) => ['page-frame', 'timestamp'].includes(rules.get(line) ?? ''))).toBe(true)
  })

  it.each([
    [
      'English',
      menuEn,
      'Tram line to reach the northern districts',
      tramEn,
      [
        'Popular',
        'Council Approves New Cycle Lanes On The Ring Road 19 comments',
        'Heavy Rain Expected Across The Region 16 comments',
        'Local Bakery Wins National Award 14 comments',
        'Hospital Car Park Charges To Rise 11 comments'
      ],
      footerEn
    ],
    [
      'French',
      menuFr,
      'Le tramway ira jusqu’aux quartiers nord',
      tramFr,
      [
        'Les plus lus',
        'Nouvelles Pistes Cyclables Sur La Rocade 19 commentaires',
        'Fortes Pluies Attendues Vendredi Soir 16 commentaires',
        'Une Boulangerie Primée Pour Son Levain 14 commentaires',
        'Hausse Des Tarifs Du Parking 11 commentaires'
      ],
      footerFr
    ]
  ])('removes popular stories with their comment counts after the article, in %s', (_name, menu, headline, article, popular, footer) => {
    const text = page(`${headline} | The Daily Example`, menu, headline, article, popular, footer)
    expect(clean(text).text).toBe([headline, ...article].join('\n\n'))
  })

  it.each([
    [
      'English',
      menuEn,
      'Tram line to reach the northern districts',
      tramEn,
      ['Leave a Reply', 'Your email address will not be published. Required fields are marked *'],
      ['Save $30 on wireless earbuds today', 'Laptops from $499 this week only', 'Smart speakers for $25', 'Robot vacuums from $99']
    ],
    [
      'French',
      menuFr,
      'Le tramway ira jusqu’aux quartiers nord',
      tramFr,
      ['Laisser un commentaire', 'Votre adresse e-mail ne sera pas publiée.'],
      ['Écouteurs sans fil à 30 €', 'Ordinateurs portables dès 499 €', 'Enceintes connectées à 25 €', 'Aspirateurs robots dès 99 €']
    ]
  ])('stops at a comment form after the article: offers with prices after it go, in %s', (_name, menu, headline, article, form, offers) => {
    const text = page(`${headline} | The Daily Example`, menu, headline, article, [...form, ...offers], footerEn)
    expect(kept(text, article).removed).toEqual([])
    expect(kept(text, offers).kept).toEqual([])
  })
})

describe('page frame: the headline', () => {
  const article = [
    'The night train between the two capitals will run again from December, twenty years after the last one left the station.',
    'The operator expects most of its passengers to be tourists, and says that tickets for the first weeks have almost sold out.',
    'Couchettes will cost about the price of a hotel room, and a restaurant car will serve dinner and breakfast on board.'
  ]
  const articleFr = [
    'Le train de nuit entre les deux capitales circulera de nouveau à partir de décembre, vingt ans après le départ du dernier convoi.',
    'L’exploitant s’attend à ce que la plupart des voyageurs soient des touristes, et les billets des premières semaines sont presque épuisés.',
    'Une couchette coûtera à peu près le prix d’une chambre d’hôtel, et une voiture-restaurant servira le dîner et le petit-déjeuner à bord.'
  ]

  it.each([
    ['English', menuEn, 'Night trains – the return', 'The Daily Example', article, footerEn],
    ['French', menuFr, 'Trains de nuit – le grand retour', 'Le Quotidien', articleFr, footerFr]
  ])('is found from the page title without the site’s name, in %s', (_name, menu, headline, site, paragraphs, footer) => {
    const text = page(`${headline} | ${site}`, menu, headline, paragraphs, [], footer)
    expect(clean(text).text).toBe([headline, ...paragraphs].join('\n\n'))
  })

  it.each([
    ['English', menuEn, 'Night trains / The return', article, footerEn],
    ['French', menuFr, 'Trains de nuit / Le retour', articleFr, footerFr]
  ])('stays when it is made of segments joined by a slash, in %s', (_name, menu, headline, paragraphs, footer) => {
    // `link-list` takes short segments joined by separators on whole pages; not the headline the title names.
    const text = page(`${headline} | The Daily Example`, menu, headline, paragraphs, [], footer)
    expect(clean(text).text).toBe([headline, ...paragraphs].join('\n\n'))
    // Further down, a line of such segments the title does not name still goes.
    const withTrail = page(`${headline} | The Daily Example`, menu, headline, paragraphs, ['Europe / Rail / Travel'], footer)
    expect(clean(withTrail).text).toBe([headline, ...paragraphs].join('\n\n'))
  })

  it.each([
    [
      'English',
      menuEn,
      'Night trains are back',
      article,
      ['A couchette and a blanket', 'Dinner and breakfast on board'],
      'The first train leaves on the second Sunday of December, and the operator plans a second line for the summer if the first one does well.',
      footerEn
    ],
    [
      'French',
      menuFr,
      'Les trains de nuit sont de retour',
      articleFr,
      ['Une couchette et une couverture', 'Le dîner et le petit-déjeuner à bord'],
      'Le premier train partira le deuxième dimanche de décembre, et l’exploitant prévoit une seconde ligne pour l’été si la première marche bien.',
      footerFr
    ]
  ])('is never a line that ends with a colon, in %s', (_name, menu, title, paragraphs, items, last, footer) => {
    // The page's headline is longer than its title; further down, a sub-heading repeats the title before a list.
    const before = paragraphs.slice(0, 2)
    const text = page(`${title} | The Daily Example`, menu, `${title}, twenty years on`, [...before, `${title}:`, ...items, last, paragraphs[2]!], [], footer)
    expect(kept(text, [...before, last, paragraphs[2]!]).removed).toEqual([])
  })
})

describe('page frame: a copy of the title after the article', () => {
  const paragraphs = [
    'The city council said on Friday that the old bridge over the river will close to cars from the first of April, for repairs expected to last about two years and to cost nearly forty million dollars.',
    'An inspection last autumn found that two of the piers holding up the bridge were more badly damaged than engineers had expected, the deputy mayor said, and that putting the work off again would put residents at risk.',
    'During the works, buses will be sent over the neighbouring bridge and temporary traffic lights will be set up at the busiest junctions. The footpath across the bridge will stay open during the first year.',
    'People living nearby fear traffic jams. The owner of a small shop beside the bridge said that about half of her customers drive over from the other bank, and that she does not know whether she can hold on for two years.'
  ]
  const about = [
    'The Riverside Courier is an independent local newspaper that has covered the city and the valley around it every day since 1952, checking every story before it is published.',
    'Our reporters work in every part of the city, and our photographers record the moments that matter to the people who live here, from council meetings to the river festival.',
    'Readers who witness an accident or a fire can send pictures or a short video through the form on our website, and an editor on duty will read every message that comes in.',
    'Letters to the editor are published on Saturdays, and the newsroom answers questions about its reporting by post and by telephone on weekday mornings between nine and noon.'
  ]

  it('starts no article: the site’s name in the footer, followed by prose about the site, is not a headline', () => {
    // The title names the site; so does the footer, above a few paragraphs about it. Anchored
    // there, the run lost the whole article.
    const text = [
      'Old bridge to close for two years | The Riverside Courier',
      ...menuEn,
      'Council to shut the old river bridge for two years of repairs',
      ...paragraphs,
      'More from Local',
      'New city library opens next month',
      'The Riverside Courier',
      ...about
    ].join('\n')
    const result = clean(text, {mode: 'page'})
    expect(result.removed.filter((removal) => paragraphs.includes(removal.text))).toEqual([])
    expect(result.text).toContain('Council to shut the old river bridge for two years of repairs')
  })
})

describe('page frame: a lead sentence before the first paragraph', () => {
  const article = [
    'The stock added more than two percent at the start of the week after the company took a majority stake in a cosmetics brand.',
    'An equity strategist says the stock could be a risky bet with a worthy reward, since it had been falling for most of the year.',
    'He expects more acquisitions like this one, because buying a brand with a large following could be the new way to grow.'
  ]
  const articleFr = [
    'L’action a gagné plus de deux pour cent en début de semaine, après la prise de contrôle d’une marque de cosmétiques par le groupe.',
    'Un stratège estime que le titre reste un pari risqué mais prometteur, car il avait reculé pendant la plus grande partie de l’année.',
    'Il s’attend à d’autres rachats de ce genre, car acheter une marque très suivie pourrait devenir la nouvelle façon de croître.'
  ]

  it.each([
    ['English', menuEn, 'Beauty company Coty is breaking out, in a good way.', article, footerEn],
    ['French', menuFr, 'Le groupe Coty repart à la hausse, et pour de bon.', articleFr, footerFr]
  ])('is kept when the title does not name the headline, in %s', (_name, menu, lead, paragraphs, footer) => {
    const text = page('Markets | The Daily Example', menu, 'Trading Nation', [lead, ...paragraphs], [], footer)
    expect(kept(text, [lead, ...paragraphs]).removed).toEqual([])
  })

  it.each([
    ['English', menuEn, 'Watch The Full Interview With Our Strategist Here.', article, footerEn],
    ['French', menuFr, 'Regardez L’Entretien Complet Avec Notre Stratège Ici.', articleFr, footerFr]
  ])('is not a line in title case, in %s', (_name, menu, line, paragraphs, footer) => {
    const text = page('Markets | The Daily Example', menu, 'Trading Nation', [line, ...paragraphs], [], footer)
    expect(kept(text, [line]).kept).toEqual([])
    expect(kept(text, paragraphs).removed).toEqual([])
  })
})

const paragraphs = harbourArticle.slice(0, 3)

describe('page-frame', () => {
  it('finds the frame once per page: a later pass removes nothing, whatever went in between', () => {
    const dates = ['March 10 – north ramp', 'April 8 – deck', 'April 22 – south ramp', 'May 6 – railings']
    const lines = [
      'Harbour bridge to close to cars | Daily Planet',
      ...sectionMenu,
      'Harbour bridge to close to cars',
      ...paragraphs,
      'Works calendar:',
      ...dates,
      'About Us',
      'Contact',
      'Careers'
    ]
    const text = lines.join('\n')
    const page = newPage(parseBlocks(text), new VFile({value: text}), makeSettings({mode: 'page'}))
    runCleaner(pageFrame, page)
    expect(page.kept().map((block) => block.text)).toEqual(['Harbour bridge to close to cars', ...paragraphs, 'Works calendar:', ...dates])
    // Another rule takes the list's heading as page furniture: a frame found again now would
    // end at it and drop the article's own list.
    const other = page.contextFor({name: 'other', run: () => undefined})
    other.remove(
      page.kept().find((block) => block.text === 'Works calendar:')!,
      'taken by another rule'
    )
    runCleaner(pageFrame, page, true)
    expect(page.kept().map((block) => block.text)).toEqual(['Harbour bridge to close to cars', ...paragraphs, ...dates])
  })
})
