import {mainRun} from '../../analysis/frame.js'
import {pageStats} from '../../analysis/stats.js'
import type {CleanerContext} from '../../core/types.js'
import type {BuiltinCleaner} from '../spec.js'

const framed = new WeakSet<CleanerContext>()

/**
 * The page frame: on the text of a whole page (kind `'page'`), every block before or after
 * the main run of article-like blocks (menus, breadcrumbs, related lists, comments, footers);
 * the headline the run starts at stays. On an extractor's output it does nothing: there the
 * lines after the last paragraph are too often the article's own lists and tables.
 */
export const pageFrame: BuiltinCleaner = {
  name: 'page-frame',
  description: 'Page frame around the article',
  category: 'frame',
  summary:
    'no phrase list, whole-page text only: everything outside the main run of article-like blocks (menus, related lists, footers); the headline attached to the article stays',
  example: "the navigation above and the footer below an article in a browser's `innerText`",
  stage: 'frame',
  run(context) {
    // Once per page: the run is found on the page as the phrase rules leave it, not shrunk round after round.
    if (context.kind !== 'page' || framed.has(context)) return
    framed.add(context)
    const page = pageStats(context)
    const kept = context.kept()
    const run = mainRun(context, page, kept, true)
    if (run.start < 0) return
    for (let position = 0; position < kept.length; position++) {
      if (position >= run.start && position <= run.end) continue
      context.remove(kept[position]!, position < run.start ? 'Page frame: before the article' : 'Page frame: after the article')
    }
  }
}
