/**
 * Markdown input through `clean()`: the format chosen, the furniture removed, the output valid
 * Markdown whose blocks are the input's, idempotence, the title and the links reported.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {markdownBlocks} from '../../src/core/markdown.js'
import {clean} from '../../src/index.js'
import {harbourArticle} from '../support/pages.js'
import {expectAccounted, parameters} from '../support/properties.js'

const article = harbourArticle.map((paragraph, index) =>
  index === 1 ? paragraph.replace('the bridge', 'the [bridge](https://news.example.com/bridge)') : paragraph
)

const page = [
  '[Skip to content](#main)',
  '',
  '[![Daily Planet](https://news.example.com/logo.png)](https://news.example.com/)',
  '',
  '* [Home](https://news.example.com/)',
  '* [World](https://news.example.com/world)',
  '* [Business](https://news.example.com/business)',
  '* [Sport](https://news.example.com/sport)',
  '',
  '# Harbour bridge to close to cars',
  '',
  ...article.flatMap((paragraph) => [paragraph, '']),
  'Share: [Facebook](https://www.facebook.com/sharer/sharer.php?u=x) [Twitter](https://twitter.com/intent/tweet?url=x) [Email](mailto:?subject=Bridge)',
  '',
  '![](https://pixel.example.net/b/ss/1x1.gif)',
  '',
  '| [Terms](https://news.example.com/terms) | [Privacy](https://news.example.com/privacy) |',
  '| --- | --- |',
  '| [Contact](https://news.example.com/contact) | [Jobs](https://news.example.com/jobs) |'
].join('\n')

describe('clean() on Markdown', () => {
  const result = clean(page)

  it('reads it as Markdown and keeps the article verbatim', () => {
    expect(result.format).toBe('markdown')
    expect(result.wrapped).toBe(false)
    for (const paragraph of article) expect(result.text).toContain(paragraph)
    expectAccounted(page, result)
  })

  it('removes skip links, menus of links, share rows, tracking pixels, logos and link-only tables', () => {
    expect(result.text).not.toContain('Skip to content')
    expect(result.text).not.toContain('[World]')
    expect(result.text).not.toContain('sharer')
    expect(result.text).not.toContain('pixel')
    expect(result.text).not.toContain('logo.png')
    expect(result.text).not.toContain('[Terms]')
  })

  it('takes the title from the first `#` heading and reports the links of removed blocks', () => {
    expect(result.metadata.title).toBe('Harbour bridge to close to cars')
    const share = result.removed.find((removal) => removal.text.startsWith('Share:'))
    expect(share?.links).toEqual(['https://www.facebook.com/sharer/sharer.php?u=x', 'https://twitter.com/intent/tweet?url=x', 'mailto:?subject=Bridge'])
  })

  it('is forced by `format` either way', () => {
    expect(clean(page, {format: 'text'}).format).toBe('text')
    expect(clean('Plain text.', {format: 'markdown'}).format).toBe('markdown')
    expect(() => clean('x', {format: 'html' as never})).toThrow(TypeError)
  })

  it('keeps a table header while a row is kept, and a definition while a link uses it', () => {
    const text = [
      '# Results',
      '',
      harbourArticle[0],
      '',
      '| [Team](https://a.example.com/teams) | [Points](https://a.example.com/points) |',
      '| --- | --- |',
      '| Harbour United beat the visitors by three goals to one | 12 |',
      '',
      `${harbourArticle[1]} See the [report][r].`,
      '',
      '[r]: https://a.example.com/report'
    ].join('\n')
    const cleaned = clean(text).text
    expect(cleaned).toContain('| [Team]')
    expect(cleaned).toContain('[r]: https://a.example.com/report')
  })

  it('keeps a list item while an item nested in it is kept', () => {
    const text = [
      '# Results',
      '',
      harbourArticle[0],
      '',
      '* [Home](/)',
      '* [News](/news)',
      '  * ' + harbourArticle[1],
      '* [Sport](/sport)',
      '',
      harbourArticle[2]
    ].join('\n')
    const result = clean(text, {format: 'markdown'})
    expect(result.text).toContain(`* [News](/news)\n  * ${harbourArticle[1]}`)
    expect(result.text).not.toContain('[Sport]')
  })
})

/** Furniture of Markdown pages (and a few blocks of any page). */
const piece = fc.constantFrom(
  '[Skip to content](#main)',
  '* [Home](/)\n* [News](/news)\n* [Sport](/sport)',
  '1. [One](/1)\n2. [Two](/2)',
  '## [Another story about the council](/story)',
  'Share: [Facebook](https://www.facebook.com/sharer/sharer.php?u=x) [Twitter](https://twitter.com/intent/tweet)',
  '![](https://pixel.example.net/track.gif)',
  '[![RSS](/rss-icon.png)](/feed) [![Facebook](/fb-icon.png)](https://facebook.com/x)',
  '| Name | Score |\n| --- | --- |\n| Ann | 3 |\n| [Bob](/bob) | [4](/4) |',
  '> A quote from the mayor, who said the bridge was safe.',
  '```\nconst x = 1\n```',
  '<div class="ad">Advertisement</div>',
  'Advertisement',
  '---',
  'Read more: [the full report][r]',
  '[r]: https://example.com/report',
  '# Harbour news',
  '* item one\n\n  still item one\n* item two'
)

/** A page: furniture around the article's paragraphs (two to four, in order), the furniture inside it too. */
const markdownPage = fc
  .record({
    before: fc.array(piece, {maxLength: 8}),
    inside: fc.array(piece, {maxLength: 2}),
    after: fc.array(piece, {maxLength: 8}),
    paragraphs: fc.integer({min: 2, max: 4}),
    gap: fc.constantFrom('\n\n', '\n\n\n', '\r\n\r\n')
  })
  .map(({before, inside, after, paragraphs, gap}) => {
    const body = article.slice(0, paragraphs)
    const pieces = [...before, body[0]!, ...inside, ...body.slice(1), ...after]
    return {text: pieces.map((each) => each.replaceAll('\n', gap === '\r\n\r\n' ? '\r\n' : '\n')).join(gap), article: body}
  })

/** A page's blocks as a reader sees them: kind and text. */
function readBlocks(text: string): string[] {
  return markdownBlocks(text).map((block) => `${block.markdown!.type}${block.markdown!.depth ?? ''}: ${block.text}`)
}

/** Whether `part` is a subsequence of `whole`. */
function subsequence(part: readonly string[], whole: readonly string[]): boolean {
  let at = 0
  for (const item of part) {
    while (at < whole.length && whole[at] !== item) at++
    if (at === whole.length) return false
    at++
  }
  return true
}

describe('clean() on Markdown the parser cannot take', () => {
  it('reads it as text: containers nested thousands deep, brackets and emphasis beyond the limits', () => {
    for (const text of ['> '.repeat(20_000) + 'x', '['.repeat(30_000) + 'x' + ']'.repeat(30_000) + '(y)', '**a '.repeat(25_000)]) {
      const result = clean(text, {format: 'markdown'})
      expect(result.format).toBe('text')
      expectAccounted(text, result)
    }
  })
})

describe('clean() on any Markdown page', () => {
  it('outputs Markdown whose blocks are a subsequence of the input’s', () => {
    fc.assert(
      fc.property(markdownPage, ({text}) => {
        const result = clean(text, {format: 'markdown'})
        expect(subsequence(readBlocks(result.text), readBlocks(text))).toBe(true)
        expectAccounted(text, result)
      }),
      parameters(120)
    )
  })

  it('is idempotent: clean(clean(md).text).text === clean(md).text', () => {
    fc.assert(
      fc.property(markdownPage, ({text}) => {
        const once = clean(text).text
        expect(clean(once).text).toBe(once)
      }),
      parameters(120)
    )
  })

  it('keeps every article paragraph', () => {
    fc.assert(
      fc.property(markdownPage, ({text, article: paragraphs}) => {
        const result = clean(text)
        for (const paragraph of paragraphs) expect(result.text).toContain(paragraph)
      }),
      parameters(100)
    )
  })
})
