import {markdownFacts, type MarkdownBlockFacts} from '../../analysis/markdown.js'
import type {Block} from '../../core/types.js'
import type {BuiltinCleaner} from '../spec.js'

/** Share of a block's visible text inside links from which it is a link block. */
const LINK_DENSITY = 0.8
/** Link blocks in a row that make a menu or a list of links. */
const RUN = 2
/** Share of a list's items that are link blocks from which its link items go even alone. */
const LIST_SHARE = 0.6
/** Most words of a link block that goes alone (`[Home](/)`, `[Read more](…)`). */
const ALONE_WORDS = 3

/** Whether a block's text is (nearly) all links: the Markdown sign of navigation. */
function linky(facts: MarkdownBlockFacts | undefined): boolean {
  if (!facts || facts.links === 0 || facts.chars === 0) return false
  if (facts.type === 'code' || facts.type === 'html' || facts.type === 'definition') return false
  return facts.linkDensity >= LINK_DENSITY
}

/**
 * Markdown: blocks whose text is all links (link density {@link LINK_DENSITY} or more), in a run
 * of {@link RUN} or more (menus, link-only lists and table rows, lists of headlines), the link
 * items of a list whose items are mostly links, and short link blocks alone (`[Home](/)`). A
 * heading goes only in a run that has another heading (a list of headlines): a post's own title
 * is often a link to itself.
 */
export const linkBlock: BuiltinCleaner = {
  name: 'link-block',
  description: 'Block of links',
  category: 'menu',
  stage: 'section',
  summary:
    'Markdown only: blocks whose text is all links, in a run (menus, link-only lists and table rows), in a list of mostly links, or of three words at most',
  example: '`* [Home](/)` / `* [World](/world)` / `* [Sport](/sport)`; `| [Terms](/terms) | [Privacy](/privacy) |`',
  run(context) {
    const facts = markdownFacts(context)
    if (!facts) return
    const kept = context.kept()
    const going = new Map<Block, string>()
    // Lists whose items are mostly link blocks.
    const lists = new Map<number, {items: number; links: number}>()
    for (const block of kept) {
      const list = facts.of(block)?.list
      if (!list) continue
      const entry = lists.get(list.id) ?? {items: 0, links: 0}
      entry.items++
      if (linky(facts.of(block))) entry.links++
      lists.set(list.id, entry)
    }
    let run: Block[] = []
    const flush = (): void => {
      if (run.length >= RUN) {
        const headings = run.filter((block) => facts.of(block)?.type === 'heading').length
        for (const block of run) {
          if (facts.of(block)?.type === 'heading' && headings < 2) continue
          going.set(block, `Block of links: one of ${run.length} in a row`)
        }
      }
      run = []
    }
    for (const block of kept) {
      const own = facts.of(block)
      if (!linky(own)) {
        flush()
        continue
      }
      run.push(block)
      const list = own!.list ? lists.get(own!.list.id) : undefined
      if (list && list.items >= RUN && list.links >= LIST_SHARE * list.items)
        going.set(block, `Block of links: a list of ${list.links} links in ${list.items} items`)
      else if (own!.type !== 'heading' && block.words <= ALONE_WORDS) going.set(block, 'Block of links: a short link alone')
    }
    flush()
    for (const [block, reason] of going) context.remove(block, reason)
  }
}
