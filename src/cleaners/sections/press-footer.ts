import {pageStats} from '../../analysis/stats.js'
import {isStopword} from '../../language/stopwords.js'
import {fold, trimEdges} from '../../text/fold.js'
import {PARAGRAPH_WORDS, endsLikeSentence} from '../../text/shapes.js'
import type {Block, CleanerContext, CompiledRules} from '../../core/types.js'
import type {BuiltinCleaner} from '../spec.js'
import {reportsSpeech} from '../phrase.js'

const description = 'Press release foot after the article'
const RULE = 'press-footer'

/** Paragraphs the article must have before the foot. */
export const MIN_PARAGRAPHS = 3
/** Words of an `About <Company>` heading at most. */
export const HEADING_WORDS = 7
/** Paragraphs a company profile has at most (besides its heading). */
export const PROFILE_PARAGRAPHS = 4
/** Facts a profile without a heading needs (headquarters, staff, listing, founding…). */
export const PROFILE_FACTS = 3
/** Words of the subject before an identity phrase (`Ascom is a`, `La société Dupont est une`). */
const SUBJECT_WORDS = 5
/** Lines of a contact block after its heading at most (names, titles, addresses, numbers). */
const DETAIL_LINES = 6
/** Characters from a paragraph's start within which its identity phrase must begin. */
const IDENTITY_REACH = 120
/** Facts counted in one paragraph at most. */
const MAX_FACTS = 4

/** The identity phrases of a rule set, with a space on each side (made once per rule set). */
const identityOf = new WeakMap<CompiledRules, string[]>()

/** A press release's end mark: `###`, `# # #`, `-30-`, `- 30 -`. */
const endMark = /^(?:#(?: ?#){2,}|-{1,3} ?30 ?-{1,3})$/u
/** A phone number: a digit, 7 to 19 digits, spaces, dots, dashes or brackets, a digit. */
const phone = /\+?\d[\d ().-]{6,18}\d/u

/** A company profile that opens the foot. */
interface Foot {
  /** Position (in the kept blocks) of its first line. */
  start: number
  /** Why. */
  reason: string
}

/**
 * Distinct company facts in a paragraph (the pack's `patterns` of this rule: `headquartered
 * in`, `employs around 1,300 people`, `listed on the SIX Swiss Exchange`, `founded in 1987`),
 * {@link MAX_FACTS} at most.
 *
 * @param block The paragraph.
 * @param context The page.
 * @returns The number of facts.
 */
export function factsIn(block: Block, context: CleanerContext): number {
  const found = new Set<string>()
  let rest = block.lower
  while (found.size < MAX_FACTS && rest.length > 0) {
    const match = context.rules.match(RULE, rest, block.words)
    if (match === undefined || match.length === 0) break
    found.add(match)
    rest = rest.slice(rest.indexOf(match) + match.length)
  }
  return found.size
}

/**
 * Whether a paragraph opens with the company saying what it is: a subject of fewer than
 * {@link SUBJECT_WORDS} words without a comma, with a word that is no stop word (a name, not
 * `It`, `This`), then an identity phrase of the pack (`is a`, `is one of`, `est une`, `ist ein`).
 *
 * @param block The paragraph.
 * @param context The page.
 * @returns Whether it does.
 */
export function identifies(block: Block, context: CleanerContext): boolean {
  // The subject and the phrase are near the start: look no further.
  const lower = block.lower.slice(0, IDENTITY_REACH)
  let phrases = identityOf.get(context.rules)
  if (!phrases) identityOf.set(context.rules, (phrases = context.rules.list(RULE, 'identity').map((phrase) => ` ${phrase.trim()} `)))
  for (const phrase of phrases) {
    const at = lower.indexOf(phrase)
    if (at <= 0) continue
    // The subject: a few words, no comma (`Ascom, which is…` is narrative, not a profile).
    let spaces = 0
    let comma = false
    for (let index = 0; index < at && spaces < SUBJECT_WORDS && !comma; index++) {
      const code = lower.charCodeAt(index)
      if (code === 32) spaces++
      else if (code === 44) comma = true
    }
    if (spaces >= SUBJECT_WORDS || comma) continue
    // A name in the subject: a word that is no stop word (`This is a…`, `It is the…` are prose).
    if (
      lower
        .slice(0, at)
        .split(' ')
        .some((word) => word !== '' && !isStopword(word, context.language))
    )
      return true
  }
  return false
}

/** A name starts with a capital letter or a digit (`Ascom`, `3M`), not with a lower-case word. */
const nameStart = /^[\p{Lu}\p{N}]/u

/**
 * Whether a line is an `About <Company>` heading: a phrase of the pack's `about` list
 * (`About`, `À propos de`, `Über`), then a name (a capitalised word that is no stop word:
 * `About Ascom`, not `About the study`, `About The Author`), short, without sentence
 * punctuation.
 *
 * @param block The line.
 * @param context The page.
 * @returns Whether it is.
 */
export function aboutHeading(block: Block, context: CleanerContext): boolean {
  if (block.words < 2 || block.words > HEADING_WORDS || endsLikeSentence(block.lower)) return false
  const lower = trimEdges(block.lower)
  const words = trimEdges(block.text.trim()).split(/\s+/u)
  return context.rules.list(RULE, 'about').some((phrase) => {
    const head = phrase.trim()
    const glued = head.endsWith("'")
    if (lower.length <= head.length + 1 || !lower.startsWith(head) || (!glued && lower.charAt(head.length) !== ' ')) return false
    // The name: the word after the phrase, or what follows the apostrophe of `d'`.
    const count = head.split(' ').length
    let name = words[glued ? count - 1 : count] ?? ''
    if (glued) name = name.slice(Math.max(name.lastIndexOf("'"), name.lastIndexOf('’')) + 1)
    return nameStart.test(name) && !isStopword(fold(name), context.language)
  })
}

/**
 * The company profile that starts at a paragraph, if it is one: the paragraph (or the
 * `About` heading just before it) and the paragraphs after it that go on with the company's
 * facts or identity, when together they hold the facts a profile has: one with a heading,
 * {@link PROFILE_FACTS} without, and an identity statement unless a heading opens it.
 *
 * @param kept Kept blocks.
 * @param position Position of the first paragraph.
 * @param context The page.
 * @returns The foot, if the paragraph opens a profile.
 */
function profileAt(kept: readonly Block[], position: number, context: CleanerContext): Foot | undefined {
  const first = kept[position]!
  const heading = position > 0 && aboutHeading(kept[position - 1]!, context)
  const identity = identifies(first, context)
  if (!heading && !identity) return undefined
  let facts = 0
  for (let each = position; each < kept.length && each < position + PROFILE_PARAGRAPHS; each++) {
    const block = kept[each]!
    if (block.words < PARAGRAPH_WORDS) break
    const own = factsIn(block, context)
    if (each > position && own === 0 && !identifies(block, context)) break
    facts += own
  }
  if (facts >= (heading ? 1 : PROFILE_FACTS)) {
    return heading
      ? {start: position - 1, reason: `${description}: profile under “${kept[position - 1]!.text.trim()}”`}
      : {start: position, reason: `${description}: company profile (${facts} company facts)`}
  }
  if (heading && identity) return {start: position - 1, reason: `${description}: profile under “${kept[position - 1]!.text.trim()}”`}
  return undefined
}

/**
 * Whether a line holds contact details: an e-mail address, a URL or a phone number.
 *
 * @param block The line.
 * @param context The page.
 * @returns Whether it does.
 */
function details(block: Block, context: CleanerContext): boolean {
  return pageStats(context).of(block).link || phone.test(block.lower)
}

/**
 * The contact block a line opens, if it opens one: a heading of the pack's `contacts` list
 * (`Media contact`, `Contact presse`, `Contact`), alone or before a colon, and the short lines
 * after it (names, titles, addresses), of which one at least, or the heading's own text after
 * its colon, holds contact details (an e-mail address, a URL, a phone number). A contact
 * heading with no details after it is a link or a label: it opens nothing.
 *
 * @param kept Kept blocks.
 * @param position The line's position.
 * @param context The page.
 * @returns Position of the block's last line, or `-1`.
 */
function contactBlock(kept: readonly Block[], position: number, context: CleanerContext): number {
  const block = kept[position]!
  if (block.words > HEADING_WORDS * 2) return -1
  const lower = block.lower
  const colon = lower.indexOf(':')
  const head = trimEdges(colon > 0 ? lower.slice(0, colon) : lower)
  if (!context.rules.set(RULE, 'contacts').has(head)) return -1
  let found = colon > 0 && details(block, context)
  let end = position
  while (end + 1 < kept.length && kept[end + 1]!.words < PARAGRAPH_WORDS && end + 1 <= position + DETAIL_LINES) {
    end++
    found ||= details(kept[end]!, context)
  }
  return found ? end : -1
}

/**
 * Whether a line is a press release's end mark: `###`, `# # #`, `-30-`.
 *
 * @param block The line.
 * @returns Whether it is.
 */
function endAt(block: Block): boolean {
  return block.words <= HEADING_WORDS && endMark.test(block.lower)
}

/**
 * The foot of a press release after the article: a company profile (an `About <Company>`
 * heading and the company's paragraphs, or, without a heading, paragraphs that say what the
 * company is and give {@link PROFILE_FACTS} facts of the pack's `patterns`: headquarters,
 * staff, stock listing, founding, countries) or an end mark (`###`, `-30-`): it and every line
 * after it go, as a release ends with its boilerplate (contacts, forward-looking statements,
 * the site's newsletter box); and media contact blocks (`Media contact:`, `Contact presse`, a
 * bare `Contact:`, with an e-mail address, a URL or a phone number in their short lines).
 * Each must come after {@link MIN_PARAGRAPHS} paragraphs, where the text left is no longer than
 * the text before; a profile with someone quoted after it is none (the article goes on), nor
 * are a company's facts given early in an article, with more article after them.
 */
export const pressFooter: BuiltinCleaner = {
  name: RULE,
  description,
  category: 'footer',
  summary:
    'the foot of a press release after its text: the company profile (`About <Company>`, or a paragraph naming headquarters, staff, listing), `###` / `-30-` and what follows, media contact blocks with an e-mail or phone',
  example: '`Ascom is headquartered in Baar (Switzerland), has subsidiaries in 15 countries…`',
  stage: 'page',
  data: {
    description: 'Press release feet: company facts (phrases), identity phrases, `About` words, contact headings.',
    phrases: true,
    lists: {
      about: {description: 'Words before a company\u2019s name in a profile\u2019s heading (`About`, `À propos de`).'},
      contacts: {description: 'Headings of a contact block (`Media contact`, `Contact presse`).'},
      identity: {description: 'Phrases by which a company says what it is (`is a`, `est une`).'}
    }
  },
  run(context) {
    const kept = context.kept()
    let total = 0
    for (const block of kept) total += block.text.length
    // Whether someone is quoted after a position: then the article goes on, no profile ends it.
    // Computed once, when a profile is first found (most pages have none).
    let quotedAfter: boolean[] | undefined
    const quoted = (position: number): boolean => {
      if (!quotedAfter) {
        quotedAfter = new Array<boolean>(kept.length).fill(false)
        for (let each = kept.length - 2; each >= 0; each--) quotedAfter[each] = quotedAfter[each + 1]! || reportsSpeech(kept[each + 1]!, context)
      }
      return quotedAfter[position]!
    }
    const removeFrom = (start: number, end: number, reason: string): void => {
      for (let position = start; position <= end; position++) context.remove(kept[position]!, reason)
    }
    let paragraphs = 0
    let before = 0
    for (let position = 0; position < kept.length; position++) {
      const block = kept[position]!
      if (paragraphs >= MIN_PARAGRAPHS && total - before <= before) {
        if (endAt(block)) return removeFrom(position, kept.length - 1, `${description}: after the end mark “${block.text.trim()}”`)
        const contact = contactBlock(kept, position, context)
        if (contact >= 0) {
          removeFrom(position, contact, `${description}: contact block “${block.text.trim()}”`)
          for (; position < contact; position++) before += kept[position]!.text.length
          before += kept[position]!.text.length
          continue
        }
        const profile = block.words >= PARAGRAPH_WORDS ? profileAt(kept, position, context) : undefined
        if (profile && !quoted(position)) return removeFrom(profile.start, kept.length - 1, profile.reason)
      }
      before += block.text.length
      if (block.words >= PARAGRAPH_WORDS) paragraphs++
    }
  }
}
