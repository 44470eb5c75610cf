import type {Block, CleanerContext, CompiledRules} from '../../core/types.js'
import {findAgency} from '../../language/agencies.js'
import {foldCased} from '../../text/fold.js'
import {isNameWord} from '../../text/shapes.js'
import {phraseVerdict, reportsSpeech} from '../phrase.js'
import type {BuiltinCleaner} from '../spec.js'

/** The key of the page's phrase verdicts (by block index) among its facts. */
const VERDICTS = {}
/** A block not judged yet (`undefined` is a verdict: no caption). */
const UNJUDGED = 0

/**
 * Whether the pack's phrases take a line for a caption: judged once per block and language
 * (the test runs every pass; the verdicts are a page fact, in an array by block index).
 *
 * @param block Block.
 * @param context Context.
 * @returns The reason, or `undefined`.
 */
function phraseCaption(block: Block, context: CleanerContext): string | undefined {
  const verdicts = context.fact(VERDICTS, (page) => new Array<string | undefined | typeof UNJUDGED>(page.blocks.length).fill(UNJUDGED))
  const known = verdicts[block.index]
  if (known !== UNJUDGED) return known
  const verdict = phraseVerdict('image-caption', 'Image caption', block, context)
  verdicts[block.index] = verdict
  return verdict
}

/** Most words of a caption that ends with its credit. */
const MAX_CAPTION_WORDS = 50
/** Most words of the credit at the end of a caption (`JEAN-PHILIPPE KSIAZEK / AFP`). */
const MAX_CREDIT_WORDS = 8
/** Most words of one name of a credit (`Max Grönert`, `Getty Images`). */
const CREDIT_NAME_WORDS = 4
/** A label before the names of a credit (`Quelle:`, `Photo :`, `Foto:`), dropped. */
const creditLabel = /^\p{L}{3,12} ?: ?/u

/** Whether a text is one agency of the vocabulary, whole (`AFP`). */
function agencyOnly(text: string, rules: CompiledRules): boolean {
  const found = findAgency(text, rules)
  return found !== undefined && found.start === 0 && found.end === text.length
}

/**
 * Whether a caption ends with its credit: names joined by `/` (a photographer, an agency, a
 * source), each capitalised words, in its last brackets (`… (JEAN-PHILIPPE KSIAZEK / AFP)`,
 * `… (Quelle: Max Grönert/Unsplash/Symbolbild)`) or after its last sentence, set apart by a
 * dash (`… en mai 2025. — R. Dupont / 20 Minutes`) or in capitals and ending with an agency (`… le 12
 * mars 2025. LUDOVIC MARIN / AFP`). A paragraph that ends with an agency's name (`… into the US. PTI`) is no
 * caption.
 *
 * @param block The line.
 * @param rules The rules in force.
 * @returns Whether the line ends with a credit.
 */
function endsWithCredit(block: Block, rules: CompiledRules): boolean {
  if (block.words > MAX_CAPTION_WORDS) return false
  const text = foldCased(block.text).trim()
  let credit: string | undefined
  if (text.endsWith(')')) {
    const open = text.lastIndexOf('(')
    if (open > 0 && /[.!?]$/u.test(text.slice(0, open).trimEnd()))
      credit = text
        .slice(open + 1, -1)
        .trim()
        .replace(creditLabel, '')
  }
  if (credit === undefined) {
    // After the last sentence, the credit is set apart by a dash (`— R. Dupont / 20 Minutes`)
    // or written in capitals (`LUDOVIC MARIN / AFP`); a paragraph may end with an agency's name.
    const dash = Math.max(...['. - ', '! - ', '? - ', '. | '].map((mark) => text.lastIndexOf(mark)))
    if (dash > 0) credit = text.slice(dash + 4)
    else {
      const end = Math.max(text.lastIndexOf('. '), text.lastIndexOf('! '), text.lastIndexOf('? '))
      if (end <= 0) return false
      credit = text.slice(end + 2)
      // In capitals: a photographer's names (two words or more) and an agency (`LUDOVIC MARIN / AFP`), not `YES/NO`.
      const parts = credit.split('/').map((part) => part.trim())
      const first = parts[0]!
      if (first !== first.toUpperCase() || first.split(' ').length < 2 || !agencyOnly(parts.at(-1)!, rules)) return false
    }
  }
  const words = credit.split(' ').filter(Boolean)
  if (words.length === 0 || words.length > MAX_CREDIT_WORDS) return false
  const names = credit.split('/').map((name) => name.trim())
  if (names.length < 2) return false
  return names.every((name) => {
    const parts = name.split(' ').filter(Boolean)
    if (parts.length === 0 || parts.length > CREDIT_NAME_WORDS) return false
    // A number may open an outlet's name (`20 Minutes`).
    return parts.every((part, index) => isNameWord(part) || (index === 0 && parts.length > 1 && /^\d{1,4}$/u.test(part)))
  })
}

/** Captions ending with their credit on a page from which the page is a gallery, whose captions are its text. */
const GALLERY_CAPTIONS = 3
/** The key of the page's gallery verdict among its facts. */
const GALLERY = {}

/**
 * Whether the page is a gallery: {@link GALLERY_CAPTIONS} lines or more end with their credit.
 * Its captions are the article (a photo story), and they stay. A page fact: computed once.
 *
 * @param context The page.
 * @returns Whether it is a gallery.
 */
function gallery(context: CleanerContext): boolean {
  return context.fact(GALLERY, (page) => page.blocks.filter((block) => endsWithCredit(block, page.rules)).length >= GALLERY_CAPTIONS)
}

/** Shortest neighbour taken as an article paragraph. */
const SURROUNDING_WORDS = 15
/** Words of a caption of capitalised words only: at least, at most. */
const CAPTION_WORDS = [2, 6] as const
/** Characters that end a heading-like line only when it is not one. */
const finals = new Set(['.', ':', ';', ',', '!', '?', '…'])

/**
 * Image captions. In every language, a caption the pack's phrases of this rule recognise: a
 * caption with its credit glued or appended (`… (Image: GETTY)`, `…treatmentCredit: EPA`,
 * `… 2019. © Reuters / David Mercado`), a caption label (`Image caption …`), a gallery
 * caption numbered `1of4…`; in every language, a caption whose last bracket, or a dash or
 * capitals after its last sentence, is its credit: names joined by `/` (`… le 12 mars 2025.
 * LUDOVIC MARIN / AFP`, `… (Quelle: Max Grönert/Unsplash/Symbolbild)`), unless three lines of the
 * page or more do (a gallery, whose captions are its text). And captions in languages whose
 * headings are in sentence case (the pack's `headingCase`):
 * there, a short line of capitalised words only (`Viktor Leonov`), alone between two
 * article paragraphs, is a caption or a credit, not a sub-heading (`Réunion à Wiesbaden`
 * has a lower-case word and stays). Not in languages that capitalise every noun (German
 * `Neue Regeln` is a sub-heading): there capitals say nothing.
 */
export const imageCaption: BuiltinCleaner = {
  name: 'image-caption',
  description: 'Image caption',
  category: 'picture',
  summary:
    'a caption carrying its credit (`… (Image: Getty)`, `…Credit: EPA`, `Image caption …`); in languages whose headings are in sentence case (French), a short line of capitalised words only, alone between two paragraphs',
  example: '`Viktor Leonov` (but `Réunion à Wiesbaden` stays)',
  stage: 'line',
  certainty: 'low',
  data: {description: 'Image captions.', phrases: true},
  test(block, context) {
    const verdict = phraseCaption(block, context)
    if (verdict) return verdict
    if (endsWithCredit(block, context.rules) && !reportsSpeech(block, context) && !gallery(context))
      return 'Image caption: ends with its credit (names joined by “/”)'

    const {headingCase, capitalisedNouns} = context.rules
    if (headingCase !== 'sentence' || capitalisedNouns || block.words < CAPTION_WORDS[0] || block.words > CAPTION_WORDS[1]) return undefined
    if (finals.has(block.lower.charAt(block.lower.length - 1))) return undefined
    const words = block.text.trim().split(/\s+/)
    if (!words.every((word) => /^\p{Lu}/u.test(word))) return undefined
    const previous = context.previous(block)
    const next = context.next(block)
    // Blank lines as the cleaned text will have them (a removed line between keeps its spacing).
    if (!previous || !next || context.breaksBefore(block) < 2 || context.breaksBefore(next) < 2) return undefined
    if (previous.words < SURROUNDING_WORDS || next.words < SURROUNDING_WORDS) return undefined
    return 'Image caption: capitalised words only, alone between paragraphs (headings here are in sentence case)'
  }
}
