/**
 * Checking a cleaner's description before it runs: a clear `TypeError` naming what is wrong,
 * never a failure deep inside a run.
 */
import {describe} from './errors.js'
import {STAGES} from './order.js'
import type {Category, CleanerSpec} from './types.js'

/** Rule names: lower-case words joined by `-`. */
const ruleName = /^[a-z][a-z\d]*(?:-[a-z\d]+)*$/

/** Every category a cleaner may declare, with what its lines are (for people and the docs). */
export const CATEGORY_INFO: Readonly<Record<Category, string>> = {
  promo: "promotions of the site's channels, newsletters, appeals to readers",
  prompt: 'prompts to comment, share or click',
  notice: 'cookie banners, rights and legal notices',
  advert: 'advertising labels',
  interface: 'interface text: gallery counters, buttons, player notices, shortcodes',
  picture: "a picture's caption or credit (inside the article)",
  navigation: "a trail of links to the page's place in the site (a breadcrumb)",
  menu: 'menus and lists of links, lone dates and counts among them',
  author: 'a byline',
  date: 'a date stamp or a reading time',
  section: "the site's section the article is filed under",
  tags: 'a list of tags',
  source: "a line naming the article's source",
  credit: "contributor credits, an author's bio",
  related: 'lists of other articles: related links, teasers, listings',
  comments: "readers' comments and their furniture",
  footer: "a press release's foot, the site's footer",
  copy: 'a later copy of a line printed before',
  frame: "lines outside the article found from the page's shape (no phrase says so)",
  site: 'lines the site prints on most of its pages, outside the article (learnt in a site profile)',
  furniture: 'page furniture of another kind (the default of a custom cleaner)'
}

/** Every category a cleaner may declare. */
export const CATEGORIES = Object.keys(CATEGORY_INFO) as readonly Category[]

/** The keys a cleaner's description may have (`summary`, `example` and `data` document the built-in ones). */
const SPEC_KEYS: ReadonlySet<string> = new Set([
  'name',
  'description',
  'category',
  'stage',
  'after',
  'test',
  'run',
  'local',
  'summary',
  'example',
  'data',
  'certainty'
])

/**
 * Check a cleaner description; throw a `TypeError` naming what is wrong.
 *
 * @param spec Candidate.
 * @returns The spec.
 */
export function assertSpec(spec: unknown): CleanerSpec {
  if (!spec || typeof spec !== 'object' || Array.isArray(spec))
    throw new TypeError(`newsclean: expected a cleaner ({name, test} or {name, run}), got ${describe(spec)}`)
  const candidate = spec as Partial<CleanerSpec>
  if (typeof candidate.name !== 'string' || !ruleName.test(candidate.name)) {
    throw new TypeError(`newsclean: a cleaner's \`name\` must be lower-case words joined by '-' (like 'my-site-footer'), got ${describe(candidate.name)}`)
  }
  const name = candidate.name
  for (const key of Object.keys(candidate)) {
    if (!SPEC_KEYS.has(key)) throw new TypeError(`newsclean: cleaner '${name}': unknown key \`${key}\` (known: ${[...SPEC_KEYS].join(', ')})`)
  }
  if (candidate.test !== undefined && typeof candidate.test !== 'function')
    throw new TypeError(`newsclean: cleaner '${name}': \`test\` must be a function, got ${describe(candidate.test)}`)
  if (candidate.run !== undefined && typeof candidate.run !== 'function')
    throw new TypeError(`newsclean: cleaner '${name}': \`run\` must be a function, got ${describe(candidate.run)}`)
  if (!candidate.test && !candidate.run) throw new TypeError(`newsclean: cleaner '${name}' needs a \`test\` or a \`run\` function`)
  if (candidate.description !== undefined && typeof candidate.description !== 'string')
    throw new TypeError(`newsclean: cleaner '${name}': \`description\` must be a string, got ${describe(candidate.description)}`)
  if (candidate.local !== undefined && typeof candidate.local !== 'boolean')
    throw new TypeError(`newsclean: cleaner '${name}': \`local\` must be a boolean, got ${describe(candidate.local)}`)
  if (candidate.certainty !== undefined && candidate.certainty !== 'low')
    throw new TypeError(`newsclean: cleaner '${name}': \`certainty\` must be 'low' (or left out), got ${describe(candidate.certainty)}`)
  if (candidate.category !== undefined && !CATEGORIES.includes(candidate.category)) {
    throw new TypeError(`newsclean: cleaner '${name}': unknown \`category\` ${describe(candidate.category)} (known: ${CATEGORIES.join(', ')})`)
  }
  if (candidate.stage !== undefined && !STAGES.includes(candidate.stage)) {
    throw new TypeError(`newsclean: cleaner '${name}': unknown \`stage\` ${describe(candidate.stage)} (known: ${STAGES.join(', ')})`)
  }
  if (candidate.after !== undefined) {
    if (!Array.isArray(candidate.after))
      throw new TypeError(`newsclean: cleaner '${name}': \`after\` must be an array of categories, got ${describe(candidate.after)}`)
    for (const category of candidate.after as unknown[]) {
      if (!CATEGORIES.includes(category as Category))
        throw new TypeError(`newsclean: cleaner '${name}': unknown category ${describe(category)} in \`after\` (known: ${CATEGORIES.join(', ')})`)
    }
  }
  return candidate as CleanerSpec
}
