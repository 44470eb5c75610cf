/**
 * Markdown stays valid Markdown whose blocks are the input's: after the cleaners, a table whose
 * body rows are (partly) kept keeps its header row (with the delimiter row under it), and a link
 * reference definition that a kept block uses is kept, and a list item whose nested item or later
 * paragraph is kept is kept. Removing whole block quotes and top-level blocks, or a list item with
 * what depends on it, leaves the rest as it was.
 */
import type {PageState} from './page.js'

/**
 * Take back the removals that would break a Markdown page's structure (see the module's
 * description). Text pages are left as they are.
 *
 * @param page The page, cleaned.
 */
export function keepStructure(page: PageState): void {
  if (page.format !== 'markdown' || page.removals === 0) return
  const keptRows = new Set<number>()
  const used = new Set<string>()
  for (const block of page.blocks) {
    if (page.isRemoved(block)) continue
    const markdown = block.markdown
    if (!markdown) continue
    if (markdown.table && markdown.table.row > 0) keptRows.add(markdown.table.id)
    for (const label of markdown.references) used.add(label)
  }
  for (const block of page.blocks) {
    const markdown = block.markdown
    if (!markdown || !page.isRemoved(block)) continue
    if (markdown.table?.row === 0 && keptRows.has(markdown.table.id)) page.restore(block)
    else if (markdown.label !== undefined && used.has(markdown.label)) page.restore(block)
  }
  // A kept nested item or later paragraph keeps its list item (parents come first: last to first reaches every ancestor).
  for (let index = page.blocks.length - 1; index >= 0; index--) {
    const block = page.blocks[index]!
    const parent = block.markdown?.parent
    if (parent !== undefined && !page.isRemoved(block) && page.isRemoved(page.blocks[parent]!)) page.restore(page.blocks[parent]!)
  }
}
