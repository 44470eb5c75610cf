/**
 * Metadata comes from the article's edges only (src/analysis/edges.ts): the headline at its
 * top, the byline, date, category, tags and source around it — never a menu's button, a
 * footer's links, or a menu line that comes first. Whole pages and extracts, French and English.
 */
import {describe, expect, it} from 'vitest'
import {clean} from '../../src/index.js'

const frParagraphs = [
  'Le vieux pont de la Mabilais sera fermé à la circulation automobile à partir du 1er avril, pour des travaux qui doivent durer près de deux ans, a annoncé la mairie de Rennes vendredi.',
  'Selon l’adjoint chargé des mobilités, l’inspection menée l’automne dernier a montré que deux des piles du pont étaient plus abîmées que prévu, et qu’un nouveau report ferait courir un risque aux habitants.',
  'Pendant le chantier, les bus passeront par le pont voisin et des feux provisoires seront installés aux carrefours les plus chargés. Le passage des piétons restera ouvert pendant la première année.',
  'Les commerçants du quartier s’inquiètent. La gérante d’une petite boutique au pied du pont explique que la moitié de ses clients vient de l’autre rive, et qu’elle ne sait pas si elle tiendra deux ans.'
]
const frHeadline = 'Rennes. Le vieux pont de la Mabilais fermé deux ans pour travaux'
/** An Ouest-France-style page: the audio button under the headline, tags after the article, legal links in the footer. */
const frPage = [
  'Ouest-France',
  'Actualités',
  'Sport',
  'Culture',
  'Économie',
  'Mon compte',
  'Menu',
  'Accueil › Bretagne › Rennes',
  frHeadline,
  'Écouter',
  'Publié le 14/03/2025 à 10h42',
  'Par Jeanne Martin',
  ...frParagraphs,
  'Rennes · Travaux · Circulation',
  'Lire aussi',
  'Rennes : une nouvelle ligne de bus à la rentrée',
  'Bretagne : la météo du week-end',
  'Mentions légales | Politique de confidentialité | Cookies',
  '© Ouest-France 2025'
].join('\n')

const enParagraphs = [
  'I spent the first week of March walking the old coast path from the harbour to the lighthouse, a route that most guidebooks describe as easy and that turned out to be anything but.',
  'The path climbs over three headlands in the first ten miles, and after the storms of the winter whole sections of it had slipped into the sea, so that the detours were often longer than the path itself.',
  'Still, the views from the top of the second headland were worth every step, and the small cafe at the lighthouse serves the best crab sandwich I have eaten this year, which is saying something.',
  'If you go, take proper boots, check the tide tables before the stretch below the cliffs, and leave yourself a full day: the last bus back to the harbour leaves at five and does not wait for anyone.'
]
const enHeadline = 'Walking the old coast path to the lighthouse'
/** A blog: a menu line first, the site's pages in the menu, legal links right after the post. */
const enPage = [
  'Menu',
  'Home',
  'Blog',
  'Travel',
  'About',
  'Contact',
  'Home / Blog / Travel',
  enHeadline,
  'by Sara',
  ...enParagraphs,
  'Privacy Policy | Terms of Use | Cookies',
  '© 2025 Sara Walks'
].join('\n')

describe('metadata from the article’s edges', () => {
  it.each(['auto', 'page', 'extract'] as const)(
    'French, as %s: no category from the audio button, the article’s tags, not the footer’s; the headline as title',
    (mode) => {
      const result = clean(frPage, {mode})
      expect(result.metadata).toEqual({
        title: frHeadline,
        byline: 'Jeanne Martin',
        tags: ['Rennes', 'Travaux', 'Circulation'],
        published: '2025-03-14T10:42:00'
      })
      for (const paragraph of frParagraphs) expect(result.text).toContain(paragraph)
    }
  )

  it.each(['auto', 'page', 'extract'] as const)(
    'English, as %s: no category from the menu, no tags from the legal links; the headline though a menu line comes first',
    (mode) => {
      const result = clean(enPage, {mode})
      expect(result.metadata).toEqual({title: enHeadline, byline: 'Sara'})
      for (const paragraph of enParagraphs) expect(result.text).toContain(paragraph)
    }
  )

  it('takes tags right after the article, not tags of the page further down past a related list', () => {
    const related = ['You may also like', 'A weekend on the northern islands', 'The best walks near the city']
    const farTags = clean([enHeadline, 'by Sara', ...enParagraphs, ...related, 'Islands | Walks | Weekends'].join('\n'))
    expect(farTags.metadata.tags).toBeUndefined()
    const nearTags = clean([enHeadline, 'by Sara', ...enParagraphs, 'Coast | Walks | Lighthouses', ...related].join('\n'))
    expect(nearTags.metadata.tags).toEqual(['Coast', 'Walks', 'Lighthouses'])
  })

  it('keeps a section label beside the page’s trail of links that names it, wherever the trail is', () => {
    const page = ['Home › Travel', 'Travel', 'News', 'Sport', 'Culture', 'Business', 'Opinion', 'Weather', enHeadline, 'by Sara', ...enParagraphs].join('\n')
    expect(clean(page, {mode: 'page'}).metadata).toMatchObject({category: 'Travel', byline: 'Sara', title: enHeadline})
  })
})
