/**
 * Hard-wrapped text: the line profile, the breaks inside a paragraph, and the property the
 * issue asks for: article text re-wrapped at any width from 40 to 120 comes out with every
 * sentence whole or not at all.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {clean} from '../../src/index.js'
import {splitLines} from '../../src/text/lines.js'
import {joinOf, readWrapping} from '../../src/text/wrap.js'
import {harbourArticle, sectionMenu} from '../support/pages.js'
import {parameters} from '../support/properties.js'

/** Sentences of article prose, tricky ones among them (abbreviations, names after a break, numbers, hyphens). */
const SENTENCES = [
  ...harbourArticle.flatMap((paragraph) => paragraph.split(/(?<=\.) (?=[A-Z])/u)),
  'Mr. Smith, who chairs the harbour committee, said the decision was “long overdue” and thanked the engineers.',
  'The bridge carried 14,000 cars a day in 1998, against 6,500 last year, according to the city’s own figures.',
  'A well-known local architect, Anna Berg-Larsen, has drawn up plans for a wooden deck with benches and trees.',
  'Opponents will ask the regional court in Hamburg to suspend the vote until an independent study is published.',
  'Dr. Ellen Park of the University of Kiel warned that the cost of repairs would rise every winter.',
  'Nobody knows yet who will pay for the shuttle bus.'
]

/** Greedy wrap of words at a width: lines and, per word, the line it lands on. */
function wrap(words: readonly string[], width: number): {lines: string[]; lineOf: number[]} {
  const lines: string[] = []
  const lineOf: number[] = []
  let line = ''
  for (const word of words) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line)
      line = ''
    }
    line = line === '' ? word : `${line} ${word}`
    lineOf.push(lines.length)
  }
  if (line !== '') lines.push(line)
  return {lines, lineOf}
}

/** A page: paragraphs of sentences wrapped at `width`, one line break between paragraphs, menu lines around. */
const wrappedPage = fc
  .record({
    width: fc.integer({min: 40, max: 120}),
    // Each sentence once (a page printing a sentence twice has a copy to remove), in paragraphs of 2 to 4.
    sentences: fc.shuffledSubarray(SENTENCES, {minLength: 8}),
    sizes: fc.array(fc.integer({min: 2, max: 4}), {minLength: 8, maxLength: 8}),
    menu: fc.boolean(),
    blank: fc.boolean()
  })
  .map(({width, sentences: chosen, sizes, menu, blank}) => {
    const paragraphs: string[][] = []
    for (let at = 0, count = 0; at < chosen.length; count++) {
      const size = sizes[count % sizes.length]!
      paragraphs.push(chosen.slice(at, at + size))
      at += size
    }
    const lines: string[] = []
    /** Per sentence: the 1-based lines it spans. */
    const sentences: Array<{text: string; first: number; last: number}> = []
    if (menu) lines.push(...sectionMenu)
    for (const paragraph of paragraphs) {
      const words: string[] = []
      const owner: number[] = []
      paragraph.forEach((sentence, index) => {
        for (const word of sentence.split(' ')) {
          words.push(word)
          owner.push(index)
        }
      })
      const wrapped = wrap(words, width)
      const base = lines.length
      paragraph.forEach((text, index) => {
        const spanned = wrapped.lineOf.filter((_, word) => owner[word] === index)
        sentences.push({text, first: base + spanned[0]! + 1, last: base + spanned.at(-1)! + 1})
      })
      lines.push(...wrapped.lines)
      if (blank) lines.push('')
    }
    if (menu) lines.push('About us', 'Contact', 'Privacy policy')
    return {text: lines.join('\n'), sentences, width}
  })

describe('readWrapping', () => {
  it('reads a hard-wrapped text as wrapped, with its width', () => {
    const text = [
      'The council met on Monday to discuss the plan for the new',
      'harbour bridge, which has been delayed for three years by',
      'disputes over funding and a change of',
      'contractor. The mayor said the city would',
      'press ahead with the work regardless of the',
      'cost, which has doubled since the start.'
    ].join('\n')
    const wrapping = readWrapping(text)
    expect(readWrapping(splitLines(text))).toEqual(wrapping)
    expect(wrapping.wrapped).toBe(true)
  })

  it('reads lines written one at a time (menus, headings, one paragraph per line) as not wrapped', () => {
    const text = [...sectionMenu, 'Harbour bridge to close to cars', ...harbourArticle, 'Share this article', 'About us'].join('\n')
    expect(readWrapping(splitLines(text)).wrapped).toBe(false)
  })
})

describe('joinOf', () => {
  it('joins a line that goes on in lower case, a hyphenated word, and a full line', () => {
    expect(joinOf('the plan for the new', 'harbour bridge', 0)).toBe(1)
    expect(joinOf('a well-known exam-', 'ple of it', 0)).toBe(2)
    expect(joinOf('said the mayor of the city of', 'Hamburg on Monday.', 30)).toBe(1)
  })

  it('ends a paragraph at a sentence end before a capital, and after a short line', () => {
    expect(joinOf('the work regardless.', 'The contractor said', 60)).toBe(0)
    expect(joinOf('Sport', 'Culture', 60)).toBe(0)
    expect(joinOf('the end.', 'then more', 0)).toBe(0)
  })
})

describe('clean() on hard-wrapped article text', () => {
  it('keeps every sentence whole or removes it whole, wrapped at any width from 40 to 120', () => {
    fc.assert(
      fc.property(wrappedPage, ({text, sentences}) => {
        const result = clean(text)
        const removed = new Set<number>()
        for (const removal of result.removed) for (let line = removal.line; line <= removal.endLine; line++) removed.add(line)
        for (const sentence of sentences) {
          const gone: boolean[] = []
          for (let line = sentence.first; line <= sentence.last; line++) gone.push(removed.has(line))
          expect(
            gone.every((value) => value === gone[0]),
            `cut: ${sentence.text}`
          ).toBe(true)
        }
      }),
      parameters(150)
    )
  })

  it('removes nothing from wrapped article text alone', () => {
    fc.assert(
      fc.property(wrappedPage, ({text, sentences}) => {
        // With a menu around it, a short last paragraph may go with the footer (whole).
        if (text.startsWith(sectionMenu[0]!)) return
        const result = clean(text)
        expect(result.wrapped).toBe(true)
        for (const sentence of sentences) expect(result.text.replace(/\s+/gu, ' ')).toContain(sentence.text)
      }),
      parameters(60)
    )
  })
})
