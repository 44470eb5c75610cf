import {mainRun} from '../frame.js'
import {pageStats} from '../stats.js'
import type {CleanerSpec} from '../types.js'

/**
 * The page frame: on the text of a whole page (kind `'page'`), every block before or after
 * the main run of article-like blocks (menus, breadcrumbs, related lists, comments, footers).
 */
export const pageFrame: CleanerSpec = {
  name: 'page-frame',
  description: 'Page frame around the article',
  run(context) {
    if (context.kind !== 'page') return
    const page = pageStats(context)
    const kept = context.kept()
    const run = mainRun(context, page, kept)
    if (run.start < 0) return
    for (let position = 0; position < kept.length; position++) {
      if (position >= run.start && position <= run.end) continue
      context.remove(kept[position]!, 'page-frame', position < run.start ? 'Page frame: before the article' : 'Page frame: after the article')
    }
  }
}
