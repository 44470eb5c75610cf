/**
 * Page data shared by the tests of several rules and of the page analysis: article paragraphs
 * in French and English, a site's menus and footers, and builders of pages made of them.
 */
import {clean} from '../../src/index.js'

// Two French (p1, p2) and four English (e1–e4) article paragraphs, to put around a line under test.
export const p1 =
  'Environ deux mois après l’invasion, des généraux américains et ukrainiens se sont réunis dans une base militaire secrète à Wiesbaden, en Allemagne.'
export const p2 =
  'Bien que la fourniture d’informations ne soit pas une nouveauté, le rapport révèle que le niveau de détail était bien plus précis que ce qui avait été admis.'
export const e1 =
  'About two months after the invasion, American and Ukrainian generals met at a secret military base in Wiesbaden, in Germany, to plan the campaign.'
export const e2 =
  'While sharing intelligence was nothing new, the report shows the level of detail was far greater than the government had ever admitted in public.'
// Two more, for pages that need more paragraphs than two (an article does not print a paragraph twice: duplicate-line).
export const e3 =
  'Officials in both capitals declined to comment on the report, which was based on interviews with more than a dozen people familiar with the talks.'
export const e4 =
  'The generals agreed on a timetable for the offensive, but disagreed over how much of the front line the Ukrainian forces could hope to retake.'

/** Every removal of a page, as `rule: line`. */
export const rulesOf = (text: string, options = {}) => clean(text, options).removed.map((removal) => `${removal.rule}: ${removal.text}`)

/** A site's menu and footer links, in English and French. */
export const menuEn = ['Home', 'News', 'World', 'Business', 'Sport', 'Culture', 'Travel', 'Opinion', 'Video', 'Podcasts', 'Newsletters']
export const menuFr = ['Accueil', 'Actualités', 'Monde', 'Économie', 'Sport', 'Culture', 'Voyage', 'Opinions', 'Vidéos', 'Podcasts']
export const footerEn = ['About Us', 'Contact', 'Careers', 'Advertise', 'Terms', 'Privacy']
export const footerFr = ['Qui Sommes-Nous', 'Contact', 'Recrutement', 'Publicité', 'Mentions Légales', 'Confidentialité']

/** An article of four paragraphs, in English and French. */
export const articleEn = [
  'The city council voted on Tuesday to expand the tram line to the northern districts, after a debate that lasted most of the evening.',
  'Supporters said the extension would cut commuting times for thousands of residents and take cars off the most crowded roads.',
  'Opponents argued that the cost of the works had doubled since the first estimate and asked for an independent review of the budget.',
  'Construction is expected to begin next spring and should last about three years, according to the transport authority.'
]
export const articleFr = [
  'Le conseil municipal a voté mardi le prolongement de la ligne de tramway vers les quartiers nord, après un débat qui a duré toute la soirée.',
  "Les partisans du projet estiment que l'extension réduira le temps de trajet de milliers d'habitants et allègera les axes les plus encombrés.",
  'Les opposants ont fait valoir que le coût des travaux avait doublé depuis la première estimation et ont demandé un audit indépendant du budget.',
  "Les travaux devraient commencer au printemps prochain et durer environ trois ans, selon l'autorité des transports."
]

/** A whole page's text: title, menu, headline, article, related list, footer. */
export function wholePage(title: string, menu: string[], headline: string, article: string[], footer: string[]): string {
  return [`${title} | The Daily Example`, ...menu, headline, ...article, ...footer, ...menu.slice(0, 4)].join('\n\n')
}

/** An English article of four paragraphs (the harbour bridge), for pages built in tests. */
export const harbourArticle = [
  'The city council voted on Tuesday to close the old harbour bridge to cars from next spring, ending a debate that has divided residents for more than a decade.',
  'Supporters of the plan say the bridge, built in 1931, can no longer carry heavy traffic safely and that a pedestrian crossing would bring visitors back to the waterfront.',
  'Shop owners on both banks fear the opposite: fewer customers, longer deliveries and a neighbourhood cut in two for as long as the works last, which could be years.',
  'The council promised a shuttle bus every ten minutes during the works and a study of the effects on local businesses before the end of the year.'
]

/** A menu of the site's sections, without a breadcrumb's root (`Home`). */
export const sectionMenu = ['World', 'Business', 'Sport', 'Culture', 'Travel', 'Opinion', 'Video', 'Podcasts']

/**
 * A Markdown article page around `furniture` (blocks of Markdown, one per entry): a heading and
 * the harbour article's paragraphs.
 *
 * @param furniture Blocks placed after the first paragraph.
 * @returns The page.
 */
export function markdownPage(...furniture: string[]): string {
  return ['# Harbour bridge to close to cars', harbourArticle[0], ...furniture, ...harbourArticle.slice(1)].join('\n\n')
}

/** The rules that removed each block of a Markdown page (`rule: source`). */
export const markdownRulesOf = (text: string, options = {}) => rulesOf(text, {format: 'markdown', ...options})
