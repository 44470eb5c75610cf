/**
 * Pages in languages without a pack (`und`): Russian, Japanese, Chinese, Arabic, Greek and
 * Korean whole pages (test/support/und-pages.ts). Without stop words or phrases of the
 * language, structure cannot tell the article's paragraphs from the rest: no structural rule
 * removes a block shaped like prose there.
 */
import {describe, expect, it} from 'vitest'
import {clean} from '../../src/index.js'
import {undPages} from '../support/und-pages.js'

describe('whole pages in languages without a pack', () => {
  it.each(undPages.map((page) => [page.language, page] as const))(
    '%s: every paragraph of the article is kept, as the page or as an extract',
    (_language, page) => {
      // The headline and the date line are the article's edges, not its prose: the frame may leave them out.
      const paragraphs = page.article.slice(2)
      for (const mode of ['auto', 'page', 'extract'] as const) {
        const result = clean(page.text, {mode})
        expect(result.language).toBe('und')
        const lost = result.removed.filter((removal) => paragraphs.includes(removal.text)).map((removal) => `${removal.rule}: ${removal.text.slice(0, 30)}`)
        expect(lost, mode).toEqual([])
      }
      // The page is still cleaned: its menus go.
      expect(clean(page.text, {mode: 'page'}).removed.length).toBeGreaterThan(5)
    }
  )

  it('keeps prose a structural rule of a stage would remove, but not what phrase rules and unstaged cleaners remove', () => {
    const page = undPages[0]!
    const paragraph = page.article[2]!
    const framing = {
      name: 'drop-all',
      stage: 'page' as const,
      run: (context: {kept: () => Array<{text: string}>; remove: (block: never, reason: string) => boolean}) => {
        for (const block of context.kept()) context.remove(block as never, 'everything')
      }
    }
    const staged = clean(page.text, {cleaners: [framing as never]})
    expect(staged.text).toContain(paragraph)
    const unstaged = clean(page.text, {cleaners: [{...framing, stage: undefined, name: 'drop-all-late'} as never]})
    expect(unstaged.text).toBe('')
    // In a language with a pack the same cleaner removes everything: the guard is for `und` only.
    expect(
      clean(`${paragraph}\n\nThe council approved the plan on Tuesday after a long debate about its cost and timing, officials said.`, {
        language: 'en',
        cleaners: [framing as never]
      }).text
    ).toBe('')
  })
})
