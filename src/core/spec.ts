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
const SPEC_KEYS: readonly string[] = [
  'name',
  'description',
  'category',
  'stage',
  'after',
  'test',
  'run',
  'local',
  'replace',
  'summary',
  'example',
  'data',
  'certainty'
]

/**
 * Check a cleaner description and take a frozen copy of it, read once: the runner never reads
 * the caller's object again (a getter cannot change or break a cleaner while pages run).
 * Wrong types and unknown keys are a `TypeError`; a value of the right type that is not
 * accepted (a name of the wrong form, an unknown category or stage) a `RangeError`. Both name
 * what is wrong.
 *
 * @param spec Candidate.
 * @returns The checked copy.
 */
export function assertSpec(spec: unknown): CleanerSpec {
  if (!spec || typeof spec !== 'object' || Array.isArray(spec))
    throw new TypeError(`newsclean: expected a cleaner ({name, test} or {name, run}), got ${describe(spec)}`)
  const source = spec as Record<string, unknown>
  const copy: Record<string, unknown> = {}
  let name = '(unnamed)'
  try {
    for (const key of Object.keys(source)) {
      if (!SPEC_KEYS.includes(key)) {
        const named = typeof source.name === 'string' ? `cleaner '${source.name}'` : 'a cleaner'
        throw new TypeError(`newsclean: ${named}: unknown key \`${key}\` (known: ${SPEC_KEYS.join(', ')})`)
      }
    }
    for (const key of SPEC_KEYS) if (key in source) copy[key] = source[key]
  } catch (error) {
    if (error instanceof TypeError && error.message.startsWith('newsclean:')) throw error
    throw new TypeError(`newsclean: a cleaner's description could not be read (${error instanceof Error ? error.message : String(error)})`, {cause: error})
  }
  const candidate = copy as Partial<CleanerSpec>
  if (typeof candidate.name !== 'string') {
    throw new TypeError(
      `newsclean: a cleaner's \`name\` must be a string of lower-case words joined by '-' (like 'my-site-footer'), got ${describe(candidate.name)}`
    )
  }
  if (!ruleName.test(candidate.name)) {
    throw new RangeError(`newsclean: a cleaner's \`name\` must be lower-case words joined by '-' (like 'my-site-footer'), got ${describe(candidate.name)}`)
  }
  name = candidate.name
  if (candidate.test !== undefined && typeof candidate.test !== 'function')
    throw new TypeError(`newsclean: cleaner '${name}': \`test\` must be a function, got ${describe(candidate.test)}`)
  if (candidate.run !== undefined && typeof candidate.run !== 'function')
    throw new TypeError(`newsclean: cleaner '${name}': \`run\` must be a function, got ${describe(candidate.run)}`)
  if (!candidate.test && !candidate.run) throw new TypeError(`newsclean: cleaner '${name}' needs a \`test\` or a \`run\` function`)
  if (candidate.description !== undefined && typeof candidate.description !== 'string')
    throw new TypeError(`newsclean: cleaner '${name}': \`description\` must be a string, got ${describe(candidate.description)}`)
  for (const flag of ['local', 'replace'] as const) {
    if (candidate[flag] !== undefined && typeof candidate[flag] !== 'boolean')
      throw new TypeError(`newsclean: cleaner '${name}': \`${flag}\` must be a boolean, got ${describe(candidate[flag])}`)
  }
  if (candidate.certainty !== undefined) {
    if (typeof candidate.certainty !== 'string')
      throw new TypeError(`newsclean: cleaner '${name}': \`certainty\` must be 'low' (or left out), got ${describe(candidate.certainty)}`)
    if (candidate.certainty !== 'low')
      throw new RangeError(`newsclean: cleaner '${name}': \`certainty\` must be 'low' (or left out), got ${describe(candidate.certainty)}`)
  }
  if (candidate.category !== undefined) {
    if (typeof candidate.category !== 'string')
      throw new TypeError(`newsclean: cleaner '${name}': \`category\` must be a string, got ${describe(candidate.category)}`)
    if (!CATEGORIES.includes(candidate.category))
      throw new RangeError(`newsclean: cleaner '${name}': unknown \`category\` ${describe(candidate.category)} (known: ${CATEGORIES.join(', ')})`)
  }
  if (candidate.stage !== undefined) {
    if (typeof candidate.stage !== 'string') throw new TypeError(`newsclean: cleaner '${name}': \`stage\` must be a string, got ${describe(candidate.stage)}`)
    if (!STAGES.includes(candidate.stage))
      throw new RangeError(`newsclean: cleaner '${name}': unknown \`stage\` ${describe(candidate.stage)} (known: ${STAGES.join(', ')})`)
  }
  if (candidate.after !== undefined) {
    if (!Array.isArray(candidate.after))
      throw new TypeError(`newsclean: cleaner '${name}': \`after\` must be an array of categories, got ${describe(candidate.after)}`)
    const after: Category[] = []
    for (let index = 0; index < candidate.after.length; index++) {
      const category: unknown = candidate.after[index]
      if (!(index in candidate.after) || typeof category !== 'string')
        throw new TypeError(
          `newsclean: cleaner '${name}': \`after[${index}]\` must be a category, got ${index in candidate.after ? describe(category) : 'nothing (a hole)'}`
        )
      if (!CATEGORIES.includes(category as Category))
        throw new RangeError(`newsclean: cleaner '${name}': unknown category ${describe(category)} in \`after\` (known: ${CATEGORIES.join(', ')})`)
      after.push(category as Category)
    }
    candidate.after = Object.freeze(after)
  }
  return Object.freeze(candidate) as CleanerSpec
}
