/**
 * Markdown into blocks: format detection (`format: 'auto'`), the blocks (one per top-level
 * block, list item and table row), their visible text and spans.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {looksLikeMarkdown, markdownBlocks, markdownBound, markdownScore, parseMarkdown} from '../../src/core/markdown.js'
import {parameters} from '../support/properties.js'

describe('looksLikeMarkdown', () => {
  it('reads Markdown-only syntax as Markdown', () => {
    expect(looksLikeMarkdown('# Title\n\nSome [link](https://example.com) here.')).toBe(true)
    expect(looksLikeMarkdown('See [one](/a) and [two](/b).')).toBe(true)
    expect(looksLikeMarkdown('| a | b |\n|---|---|\n| 1 | 2 |\n\n# Scores')).toBe(true)
    expect(looksLikeMarkdown('```\ncode\n```\n\n**Note**')).toBe(true)
    expect(looksLikeMarkdown('**Bold** words and a [link][1].\n\n[1]: https://example.com')).toBe(true)
  })

  it('reads plain text that merely has a `#` or a `-` as text', () => {
    expect(looksLikeMarkdown('Top 10 songs\n- one\n- two\n- three')).toBe(false)
    expect(looksLikeMarkdown('We were #1 in the charts. #music #news')).toBe(false)
    expect(looksLikeMarkdown('# Breaking news\nThe council met on Monday.')).toBe(false)
    expect(looksLikeMarkdown('Prices - as of today - are up 5%.\n> quoted reply\n* note')).toBe(false)
    expect(looksLikeMarkdown('Read more at https://example.com/story and www.example.org')).toBe(false)
    expect(looksLikeMarkdown('He said [sic] it was [1] of a kind.\n---\nEnd')).toBe(false)
    expect(looksLikeMarkdown('Plain text without any special character at all.')).toBe(false)
    // An extractor prints a table with pipes in plain text.
    expect(looksLikeMarkdown('Prices fell.\n| Ticker | Last |\n|---|---|\n| HD | 3.1 |')).toBe(false)
  })
})

describe('markdownBound', () => {
  /** Pieces of Markdown syntax and of text, to be strung together. */
  const piece = fc.constantFrom(
    ...['[', ']', '(', ')', ':', '<', '>', '!', '*', '_', '#', '`', '~', '|', '-', '=', '+', '.', '1.', '\\', '^'],
    ...[' ', '  ', '    ', '\t', '\n', '\n\n', '\r\n', '\r'],
    ...['a', 'word', 'https://example.com', 'a@b.co', '[x]: /u', '```', '| a | b |\n|---|---|', '**b**', '> ', '- ', '# ']
  )
  const markdownish = fc.array(piece, {maxLength: 60}).map((pieces) => pieces.join(''))

  it('is at least the score of any text, so that text below the score is never parsed', () => {
    fc.assert(
      fc.property(markdownish, (value) => {
        expect(markdownScore(parseMarkdown(value), value)).toBeLessThanOrEqual(markdownBound(value))
      }),
      parameters(1000)
    )
  })

  it('stays below the score Markdown needs on plain text with a `#`, a `*` or a `|`', () => {
    expect(markdownBound('We were #1 in the charts. #music #news')).toBeLessThan(2)
    expect(markdownBound('Home | News | Sport\n* note\nA_B and C_D')).toBeLessThan(2)
    expect(markdownBound('See [one](/a) and [two](/b).')).toBeGreaterThanOrEqual(2)
  })
})

describe('markdownBlocks', () => {
  const page = [
    '# Title',
    '',
    'A paragraph with a [link](https://example.com/a) and ![an image](/i.png)',
    'that goes on.',
    '',
    '* [Home](/)',
    '* [News](/news)',
    '  * [World](/news/world)',
    '',
    '| Name | Age |',
    '|------|-----|',
    '| Ann  | 3   |',
    '',
    '> A quote',
    '> on two lines',
    '',
    '[ref]: https://example.com/ref'
  ].join('\n')
  const blocks = markdownBlocks(page)

  it('makes one block per top-level block, list item and table row (the header with its delimiter row)', () => {
    expect(blocks.map((block) => block.markdown!.type)).toEqual([
      'heading',
      'paragraph',
      'listItem',
      'listItem',
      'listItem',
      'tableRow',
      'tableRow',
      'blockquote',
      'definition'
    ])
    expect(blocks.map((block) => [block.line, block.endLine])).toEqual([
      [1, 1],
      [3, 4],
      [6, 6],
      [7, 7],
      [8, 8],
      [10, 11],
      [12, 12],
      [14, 15],
      [17, 17]
    ])
  })

  it('keeps every block verbatim: its source is its span of the input', () => {
    for (const block of blocks) expect(page.slice(block.start, block.end)).toBe(block.source)
    expect(blocks[3]!.source).toBe('* [News](/news)')
    // A nested item depends on its item: kept, it keeps it.
    expect(blocks[4]!.source).toBe('  * [World](/news/world)')
    expect(blocks[4]!.markdown!.parent).toBe(3)
  })

  it('reads a block as a reader sees it: links as their text, images and markers dropped', () => {
    expect(blocks.map((block) => block.text)).toEqual([
      'Title',
      'A paragraph with a link and that goes on.',
      'Home',
      'News',
      'World',
      '| Name | Age |',
      '| Ann | 3 |',
      'A quote on two lines',
      ''
    ])
    expect(blocks[0]!.markdown!.depth).toBe(1)
    expect(blocks[3]!.markdown!.list).toEqual({id: 0, ordered: false, item: 1})
    expect(blocks[6]!.markdown!.table).toEqual({id: 0, row: 1})
    expect(blocks[8]!.markdown!.label).toBe('ref')
  })

  it('reads the text of HTML blocks, not their tags', () => {
    const [html] = markdownBlocks('<table><tr><td>Cell <b>one</b></td><td>two &amp; three</td></tr></table>')
    expect(html!.text).toBe('Cell one two & three')
  })
})
