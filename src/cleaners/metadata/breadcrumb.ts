import {beforeProse, headlineAhead} from '../../analysis/headline.js'
import type {Block, CleanerContext} from '../../core/types.js'
import type {BuiltinCleaner} from '../spec.js'

/** Breadcrumbs are looked for among the first blocks of a page only. */
const TRAIL_HEAD = 5
/** Longest breadcrumb made of capitalised words with no separator. */
const MAX_TRAIL_WORDS = 6
/** Section names after the root at least (one capitalised word after `Home` is as often a name: `Home Depot`). */
const MIN_TRAIL_WORDS = 2
/** Kept lines after a breadcrumb looked at for the headline glued to its end. */
const GLUED_LOOKAHEAD = 3
/** Shortest headline taken as glued to a breadcrumb (in characters). */
const GLUED_LENGTH = 10
/** Most words of a breadcrumb (a block of more is a paragraph, a whole HTML table, a list). */
const MAX_WORDS = 40
const separators = /[›>»/|·•]/

/**
 * Whether the words after the root are all capitalised (`Home Actualité Monde`).
 *
 * @param text Rest of the line.
 * @returns Whether they are.
 */
function capitalised(text: string): boolean {
  const words = text.trim().split(/\s+/).filter(Boolean)
  // One capitalised word after the root is a name as often as a section (`Home Depot`).
  return words.length >= MIN_TRAIL_WORDS && words.length <= MAX_TRAIL_WORDS && words.every((word) => /^[\p{Lu}\d]/u.test(word))
}

/** Segments of a trail of links with no root word, at least (`Ouest-France › Bretagne › Rennes`). */
const MIN_TRAIL_SEGMENTS = 3
/** Most words of a trail with no root, or of a menu printed on one line. */
const MAX_MENU_WORDS = 12
/** Words of a menu printed on one line, at least (after the root, or in all). */
const MIN_MENU_WORDS = 4
/** Lower-case words a menu on one line may have (`À propos`, `Faits divers`, `Über mich`). */
const MENU_LOWER = 2
/** The marks only a trail of links uses between its entries. */
const chevrons = / ?[›»] ?| > /u
/** Punctuation a menu of section names never has. */
const prose = /[.,:;!?"«»()]/u

/**
 * Whether a line is a trail of links with no root word: three or more entries joined by `›`,
 * `»` or ` > ` (`heise online › News › 2025 › KW 41`).
 */
function chevronTrail(block: Block): boolean {
  if (block.words > MAX_MENU_WORDS) return false
  const segments = block.text.split(chevrons).map((segment) => segment.trim())
  return segments.length >= MIN_TRAIL_SEGMENTS && segments.every((segment) => segment !== '' && segment.length <= 40)
}

/**
 * Whether words read as a menu's section names: capitalised, at most {@link MENU_LOWER} in
 * lower case, no punctuation of prose.
 */
function menuWords(words: readonly string[]): boolean {
  if (words.length > MAX_MENU_WORDS || words.some((word) => prose.test(word))) return false
  return words.filter((word) => !/^[\p{Lu}\d]/u.test(word)).length <= MENU_LOWER
}

/**
 * Whether a line is a menu printed on one line above the headline: the root word and
 * {@link MIN_MENU_WORDS} section names or more (`Accueil Recettes Voyages À propos Contact`,
 * `Startseite Gemüse Kräuter Über mich Kontakt`), or, where headings are in sentence case and
 * nouns are not capitalised, {@link MIN_MENU_WORDS} or more capitalised words only (`Culture
 * Cinéma Musique Livres Expos`: no French sentence is written so). The headline must still
 * come after it: the first line of an article that starts with a root word stays.
 */
function menuLine(block: Block, rest: string | undefined, context: CleanerContext): boolean {
  const words = (rest ?? block.text).trim().split(/\s+/u).filter(Boolean)
  if (rest !== undefined) {
    if (words.length < MIN_MENU_WORDS - 1 || !menuWords(words)) return false
  } else {
    if (context.rules.headingCase !== 'sentence' || context.rules.capitalisedNouns || words.length < MIN_MENU_WORDS) return false
    if (words.length > MAX_MENU_WORDS || !words.every((word) => /^\p{Lu}[\p{L}\p{M}'-]*$/u.test(word))) return false
  }
  return headlineAhead(block, context)
}

/**
 * Whether the line ends with the text of one of the next kept blocks (a breadcrumb glued to
 * the headline: `Home ActualitéCollaboration militaire…`).
 */
function gluedToLater(block: Block, context: CleanerContext): boolean {
  let next = context.next(block)
  for (let step = 0; next && step < GLUED_LOOKAHEAD; step++, next = context.next(next)) {
    const later = next.text.trim()
    if (later.length >= GLUED_LENGTH && block.text.trimEnd().endsWith(later)) return true
  }
  return false
}

/**
 * Breadcrumbs at the head of a page: a line starting with a root word of the pack
 * (`Home`, `Accueil`) followed by separators (`›`, `>`, `/`, `|`), by two or more capitalised
 * section names only (not in languages that capitalise every noun, where `Home Office Pflicht`
 * is a headline), or by the headline glued to it; a trail of three entries or more joined by
 * `›`, `»` or ` > ` with no root word; and a menu of section names printed on one line above the
 * headline (see {@link menuLine}).
 */
export const breadcrumb: BuiltinCleaner = {
  name: 'breadcrumb',
  description: 'Breadcrumb',
  category: 'navigation',
  summary:
    'at the head of the page, a line starting with `Home`/`Accueil` followed by separators, capitalised section names, or the headline glued to it; a trail joined by `›`; a menu of section names on one line above the headline',
  example: '`Home ActualitéCollaboration militaire…`, `Accueil › Monde`',
  stage: 'line',
  data: {description: 'Breadcrumbs.', lists: {roots: {description: 'The first entry of a breadcrumb (`Home`, `Accueil`, `Startseite`).'}}},
  run(context) {
    const roots = context.rules.list('breadcrumb', 'roots')
    // The head: the first TRAIL_HEAD kept blocks that are not breadcrumbs (so that the cleaned page,
    // whose head they are, has no breadcrumb left in its own head).
    let seen = 0
    for (const block of context.blocks) {
      if (context.isRemoved(block)) continue
      if (seen >= TRAIL_HEAD) break
      const root = roots.find((each) => block.lower === each || block.lower.startsWith(`${each} `) || block.lower.startsWith(`${each}>`))
      const rest = root === undefined ? '' : block.text.trim().slice(root.length)
      const sections = root !== undefined && !context.rules.capitalisedNouns && capitalised(rest)
      if (root !== undefined && block.words <= MAX_WORDS && (block.lower === root || separators.test(rest) || sections || gluedToLater(block, context))) {
        context.remove(block, `Breadcrumb: starts with “${block.text.trim().slice(0, root.length)}”`)
      } else if (chevronTrail(block) && beforeProse(block, context)) {
        context.remove(block, 'Breadcrumb: a trail of links joined by “›”')
      } else if (menuLine(block, root === undefined ? undefined : rest, context)) {
        context.remove(block, 'Breadcrumb: a menu of section names on one line, above the headline')
      } else {
        seen++
      }
    }
  }
}
