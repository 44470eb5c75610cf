import {mainRun} from '../../analysis/frame.js'
import {headlinePositions} from '../../analysis/headline.js'
import {menuLike, pageStats} from '../../analysis/stats.js'
import type {Block, CleanerContext, SiteView} from '../../core/types.js'
import type {BuiltinCleaner} from '../spec.js'

/** Cold start: a profile of fewer pages than this removes nothing. */
export const MIN_PAGES = 3
/** Share of the profile's pages a line must be on to go. */
export const MIN_SHARE = 0.5
/** Pages a line must be on at least, whatever the share (a line of one page is that page's own). */
export const MIN_PAGES_WITH = 2
/** Site lines at most, right before or after the article, that stay with it when they read as text (a standard disclaimer, a credit line). */
export const EDGE_LINES = 3
/** Lines looked at at most, right before or after the article, for them (the page's own lines among them do not count). */
export const EDGE_REACH = 6
/** Words a site line at the article's edge needs to stay with it (fewer: a label, a button). */
export const EDGE_WORDS = 4

const done = new WeakSet<CleanerContext>()

/** The reason of a line on `with` of the site's pages. */
function reasonFor(site: SiteView, pagesWith: number): string {
  const share = Math.min(100, Math.round((100 * pagesWith) / site.pages))
  return `Site profile: on ${share} % of ${site.pages.toLocaleString('en-US')} pages of ${site.name ?? 'the site'}`
}

/**
 * The positions of the kept lines that belong to the page's own article although the site
 * prints them on most pages: every site line inside the article's extent (a standard heading,
 * a disclaimer between paragraphs); the lines that repeat the page's title (the headline, which
 * the site's other pages list among their latest stories); and up to {@link EDGE_LINES} site
 * lines among the {@link EDGE_REACH} lines right before and after the extent that read as text
 * ({@link EDGE_WORDS} words or more, no menu entry, no link), up to the first that does not: a
 * disclaimer or a credit line that every article carries, a headline and its dateline. The article's extent is
 * the main run (`analysis/frame.ts`) of the page's own lines, the lines the site does not print
 * on most pages and the headline, from its first line to its last. When every line of the page
 * is on most pages, the page itself is printed again (the same page crawled under several
 * addresses, on a small site) and the main run of all its lines is taken.
 *
 * @param context The page.
 * @param kept The kept lines.
 * @param site Whether each kept line is a site line.
 * @returns Whether each kept line stays as the article's.
 */
function article(context: CleanerContext, kept: readonly Block[], site: readonly boolean[]): boolean[] {
  const keep = kept.map(() => false)
  // The headline, where the page's title (its first line) names it, is the page's own.
  for (const position of headlinePositions(context.blocks[0]!, kept)) keep[position] = true
  const stats = pageStats(context)
  // Every line of the page is on most of the site's pages: the page itself is printed again
  // (crawled under several addresses); its article is the main run of all its lines.
  const copy = site.every(Boolean)
  const own = copy ? kept : kept.filter((_, position) => !site[position] || keep[position])
  const run = mainRun(context, stats, own, context.kind === 'page')
  if (run.start < 0) return keep
  const first = own[run.start]!.index
  const last = own[run.end]!.index
  const start = kept.findIndex((block) => block.index >= first)
  const end = kept.findLastIndex((block) => block.index <= last)
  for (let position = start; position <= end; position++) keep[position] = true
  // A site line at the edge stays with the article when it reads as text, not as a label, a menu entry or a link.
  const text = (block: Block): boolean => {
    const of = stats.of(block)
    return !of.link && !menuLike(of) && block.words >= EDGE_WORDS
  }
  for (const step of [-1, 1]) {
    let taken = 0
    for (
      let position = (step < 0 ? start : end) + step, seen = 0;
      position >= 0 && position < kept.length && seen < EDGE_REACH && taken < EDGE_LINES;
      position += step, seen++
    ) {
      if (!site[position]) continue
      if (!text(kept[position]!)) break
      keep[position] = true
      taken++
    }
  }
  return keep
}

/**
 * Site lines: with a site profile (`clean(text, {profile})`) of {@link MIN_PAGES} pages or
 * more, a line printed on {@link MIN_SHARE} of the site's pages or more ({@link MIN_PAGES_WITH}
 * at least), numbers, dates and counts folded, goes: the site's menus, footer, newsletter box,
 * "most read" heading, in any language. The article's own lines stay: the extent of the main
 * run of the lines the site does not repeat, and the prose right at its edges (see
 * {@link article}). Runs once per page, on the lines the phrase rules before it leave.
 */
export const siteProfile: BuiltinCleaner = {
  name: 'site-profile',
  description: 'Line the site prints on most of its pages',
  category: 'site',
  summary:
    "with a site profile only (`profile` option, `--profiles`): lines on most pages of the site (numbers, dates and counts folded), outside the main run of the lines the site does not repeat; the headline and text lines at the run's edges (a standard disclaimer) stay",
  example: "a site's menu, footer and newsletter box, learnt from its other pages",
  stage: 'line',
  run(context) {
    const site = context.site
    if (!site || site.pages < MIN_PAGES || done.has(context)) return
    done.add(context)
    const need = Math.max(MIN_PAGES_WITH, MIN_SHARE * site.pages)
    const kept = context.kept()
    const pagesWith = kept.map((block) => site.pagesWith(block))
    const isSite = pagesWith.map((pages) => pages >= need)
    if (!isSite.includes(true)) return
    const keep = article(context, kept, isSite)
    for (let position = 0; position < kept.length; position++) {
      if (isSite[position] && !keep[position]) context.remove(kept[position]!, reasonFor(site, pagesWith[position]!))
    }
  }
}
