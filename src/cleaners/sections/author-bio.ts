import {foldCased, trimEdges} from '../../text/fold.js'
import type {Block, CleanerContext} from '../../core/types.js'
import type {BuiltinCleaner} from '../spec.js'
import {phraseVerdict} from '../phrase.js'

const description = 'Author bio at the foot of the article'

/** The bio must be among this many last kept lines of the page. */
const TAIL_LINES = 3
/** Lines of the page, besides the tail, that must come before it (an article first). */
const MIN_BEFORE = 3
/** Most lines of an author box after its heading (the bio, a link to the author's page). */
const AUTHOR_BOX_LINES = 3
/** Words of the name in an `About Jane Doe` heading: a first name and a surname at least. */
const MIN_BIO_NAME_WORDS = 2
const MAX_BIO_NAME_WORDS = 4
/** Most words of a line of an author box that is not the bio itself (a name, a title, a link). */
const SHORT_LINE = 12

/**
 * The name an `About Jane Doe` heading introduces: the line is a word of the pack's `about`
 * list (`about`, `à propos de`, `über`, `sobre`) followed by two to four capitalised words,
 * the vocabulary's name joiners (`de`, `van`) allowed between them (`Over Jan de Vries`).
 *
 * @param block The line.
 * @param about The pack's `about` words.
 * @param particles The vocabulary's name joiners.
 * @returns The name, or `undefined`.
 */
function aboutName(block: Block, about: readonly string[], particles: ReadonlySet<string>): string | undefined {
  if (block.words > MAX_BIO_NAME_WORDS + 3) return undefined
  const text = foldCased(block.text).trim()
  for (const word of about) {
    if (!block.lower.startsWith(`${word} `)) continue
    const name = text.slice(word.length).trim().replace(/:$/, '')
    const words = name.split(/\s+/)
    const capitalised = (each: string): boolean => /^\p{Lu}[\p{L}\p{M}'.-]*$/u.test(each)
    if (words.length < MIN_BIO_NAME_WORDS || words.length > MAX_BIO_NAME_WORDS || !capitalised(words[0]!) || !capitalised(words[words.length - 1]!)) continue
    if (words.every((each) => capitalised(each) || particles.has(each))) return name
  }
  return undefined
}

/**
 * The author box at the foot of a page, among the last {@link AUTHOR_BOX_LINES} + 1 kept lines: a
 * heading of the pack's `headings` (`About the author`, `À propos de l'auteur`) and the lines
 * after it that are short (the author's name, a link) or read as a bio (the pack's `patterns`);
 * or `About` and a name, whose next line names that person again (`Über Moritz Bachmann` /
 * `Als Inbound Sales Manager bildet Moritz Bachmann …`), and every line after it. An article
 * paragraph after a bare heading stays.
 *
 * @param kept The kept lines.
 * @param context Context.
 */
function authorBox(kept: readonly Block[], context: CleanerContext): void {
  const headings = context.rules.set('author-bio', 'headings')
  const about = context.rules.list('author-bio', 'about')
  const particles = context.rules.set('names', 'joiners')
  for (let position = Math.max(MIN_BEFORE, kept.length - 1 - AUTHOR_BOX_LINES); position < kept.length; position++) {
    const heading = kept[position]!
    const bio = kept[position + 1]
    if (headings.has(trimEdges(heading.lower))) {
      const reason = `${description}: heading “${heading.text.trim()}”`
      context.remove(heading, reason)
      for (let index = position + 1; index < kept.length; index++) {
        const line = kept[index]!
        if (line.words > SHORT_LINE && context.rules.match('author-bio', line.lower, line.words) === undefined) break
        context.remove(line, reason)
      }
      return
    }
    const name = bio ? aboutName(heading, about, particles) : undefined
    if (name === undefined || !foldCased(bio!.text).includes(name)) continue
    for (let index = position; index < kept.length; index++) {
      context.remove(kept[index]!, `${description}: heading “${heading.text.trim()}” and a bio naming ${name}`)
    }
    return
  }
}

/**
 * The author's bio at the foot of an article (`Jane Doe is a freelance writer based in
 * Toronto.`, `I am a writer, journalist and professor…`): a line among the last
 * {@link TAIL_LINES} kept lines of the page that the pack's `patterns` of this rule match, and
 * an author box (a heading such as `About the author` or `Sobre Carlos Nadalim` and the bio
 * after it, see {@link authorBox}). The same words further up are the article's (`Smith is a
 * journalist who was detained…`).
 */
export const authorBio: BuiltinCleaner = {
  name: 'author-bio',
  description,
  category: 'credit',
  summary: "an author bio among the last three lines; an author box (`About the author`, `À propos de l'auteur`, `Sobre <name>` with the bio under it)",
  example: '`Jane Doe is a freelance writer based in Lyon.`',
  stage: 'section',
  data: {
    description: 'Author bios and author boxes.',
    phrases: true,
    lists: {
      headings: {description: 'Headings of an author box (`About the author`).'},
      about: {description: 'Words before a name in an author box\u2019s heading (`About`, `À propos de`).'}
    }
  },
  run(context) {
    const kept = context.kept()
    if (kept.length < MIN_BEFORE + 1) return
    authorBox(kept, context)
    for (let position = Math.max(MIN_BEFORE, kept.length - TAIL_LINES); position < kept.length; position++) {
      const block = kept[position]!
      if (context.isRemoved(block)) continue
      const verdict = phraseVerdict('author-bio', description, block, context)
      if (verdict) context.remove(block, verdict)
    }
  }
}
