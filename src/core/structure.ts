/**
 * Markdown stays valid Markdown whose blocks are the input's: after the cleaners, a table whose
 * body rows are (partly) kept keeps its header row (with the delimiter row under it), and a link
 * reference definition that a kept block uses is kept. Removing whole list items, whole block
 * quotes and whole top-level blocks leaves the rest as it was, so nothing else needs keeping.
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
}
