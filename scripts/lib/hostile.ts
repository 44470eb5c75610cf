/**
 * Pathological pages: the shapes of input that make text tools slow or run out of memory
 * (one huge line, a million tiny lines, long runs of one character, one word repeated,
 * `>>>` nested deep, very long URLs). Each page carries a few article paragraphs that a
 * correct cleaner keeps. Used by the hostile-page test (finishes, keeps the article) and by
 * the bench (time per MB against an ordinary page).
 */

/** A pathological page. */
export interface HostilePage {
  /** Short name, for reports. */
  name: string
  /** What the page is made of. */
  description: string
  /** The page text. */
  text: string
  /** Article paragraphs the page holds; cleaning must keep every one, verbatim. */
  article: readonly string[]
}

/** Article paragraphs set around the hostile part of every page (English and French prose). */
export const ARTICLE: readonly string[] = [
  'The regional council approved on Tuesday a plan to rebuild the old harbour bridge, which has been closed to traffic since the storms of last winter damaged two of its piers.',
  'Le conseil régional a approuvé mardi un plan de reconstruction du vieux pont du port, fermé à la circulation depuis que les tempêtes de l’hiver dernier ont endommagé deux de ses piles.',
  'Engineers expect the work to take eighteen months and to cost about forty million euros, most of it paid by the state and the rest by the neighbouring towns.'
]

/** Sizes of the pages; {@link hostilePages} scales them all by one factor. */
export const FULL_SIZE = {
  /** Characters of the single huge line. */
  longLine: 10_000_000,
  /** Number of one-word lines. */
  wordLines: 1_000_000,
  /** Characters of each line of repeated punctuation. */
  punctuation: 100_000,
  /** Times one word is repeated. */
  repeatedWord: 1_000_000,
  /** Depth of the nested `>>>` line. */
  chevrons: 100_000,
  /** Characters of each long URL. */
  url: 1_000_000,
  /** Number of one-character lines (10 MB with their line breaks). */
  charLines: 5_000_000,
  /** Characters of the big ordinary page, and of the page of short lines (50 MB each). */
  bigPage: 50_000_000
} as const

/** Pages whose peak memory the bench checks against the size of their input. */
export const MEMORY_PAGES: readonly string[] = ['big-page', 'short-lines']
/** Peak resident memory allowed for a page of {@link MEMORY_PAGES}, as a multiple of its size. */
export const MEMORY_FACTOR = 20

/** Words the generated prose is made of (no phrase of any rule pack among them). */
const WORDS = ['harbour', 'bridge', 'council', 'rebuild', 'storm', 'piers', 'traffic', 'winter', 'engineers', 'months', 'state', 'towns']

/**
 * Prose of about `length` characters on one line: words, commas and full stops, no line break.
 *
 * @param length Characters wanted.
 * @returns The line (exactly `length` characters).
 */
export function proseLine(length: number): string {
  const parts: string[] = []
  let size = 0
  for (let index = 0; size < length; index++) {
    const word = WORDS[(index * 7 + (index >> 3)) % WORDS.length]!
    const end = index % 17 === 16 ? '. ' : index % 5 === 4 ? ', ' : ' '
    parts.push(word, end)
    size += word.length + end.length
  }
  return parts.join('').slice(0, length)
}

/**
 * The article, then the hostile part. (Not in the middle: on a page that reads as a whole
 * page's text, a paragraph cut off from the others by thousands of menu-like lines is page
 * frame, rightly.)
 */
function around(hostile: string): string {
  return `${ARTICLE[0]}\n\n${ARTICLE[1]}\n\n${ARTICLE[2]}\n\n${hostile}\n`
}

/** Characters repeated 100,000 times on a line each: every edge-punctuation, separator and credit sign. */
export const PUNCTUATION = ['.', '-', '>', '»', '|', '©', '*', ':', '!', '/', '(', '•', ' ', '\u00a0', '\u200b', '_', '=', '#']

/**
 * The pathological pages.
 *
 * @param scale Factor on every size of {@link FULL_SIZE} (1: the full pages of the bench; tests use less).
 * @param only The name of the one page wanted (the bench's process for one page makes no other, so
 *   that its peak RSS is that page's alone); all pages when not given.
 * @returns The pages.
 */
export function hostilePages(scale = 1, only?: string): HostilePage[] {
  const size = (value: number): number => Math.max(1, Math.round(value * scale))
  const pages: HostilePage[] = []
  // Each page is made only when wanted: `make` runs after the name is checked.
  const add = (name: string, description: string, make: () => string): void => {
    if (only === undefined || only === name) pages.push({name, description, text: around(make()), article: ARTICLE})
  }

  add('long-line', `one line of ${size(FULL_SIZE.longLine)} characters of prose`, () => proseLine(size(FULL_SIZE.longLine)))
  add('long-word', `one line of ${size(FULL_SIZE.longLine)} letters without a space`, () => 'a'.repeat(size(FULL_SIZE.longLine)))
  add(
    'combining-marks',
    `a capitalised line of ${size(FULL_SIZE.longLine)} characters, mostly combining marks`,
    () => `Home ${'e\u0301'.repeat(size(FULL_SIZE.longLine / 2))}`
  )
  add(
    'combining-reorder',
    `\`a\`, then ${size(FULL_SIZE.longLine / 2)} U+0301 and as many U+0316 (marks NFC must reorder)`,
    () => `a${'\u0301'.repeat(size(FULL_SIZE.longLine / 2))}${'\u0316'.repeat(size(FULL_SIZE.longLine / 2))}`
  )
  add('word-lines', `${size(FULL_SIZE.wordLines)} lines of one word each`, () => lineOf(size(FULL_SIZE.wordLines), (index) => WORDS[index % WORDS.length]!))
  add('blank-lines', `${size(FULL_SIZE.wordLines)} blank lines, CRLF and CR mixed`, () =>
    ['\r\n', '\n', '\r', ' \n', '\t\r\n'].join('').repeat(Math.ceil(size(FULL_SIZE.wordLines) / 5))
  )
  add('punctuation', `${PUNCTUATION.length} lines of ${size(FULL_SIZE.punctuation)} repeated punctuation characters`, () =>
    PUNCTUATION.map((character) => `${character.repeat(size(FULL_SIZE.punctuation))}x`).join('\n\n')
  )
  add('repeated-word', `one word repeated ${size(FULL_SIZE.repeatedWord)} times, ten to a line`, () =>
    lineOf(Math.ceil(size(FULL_SIZE.repeatedWord) / 10), () => 'news news news news news news news news news news')
  )
  add('repeated-line', `one short line repeated ${size(FULL_SIZE.wordLines / 10)} times`, () => lineOf(size(FULL_SIZE.wordLines / 10), () => 'Photo Agency'))
  add('chevrons', `\`>\` nested ${size(FULL_SIZE.chevrons)} deep, spaced and unspaced, and ${size(FULL_SIZE.chevrons / 10)} lines of \`>>> \``, () =>
    [
      '>'.repeat(size(FULL_SIZE.chevrons)),
      `${'> '.repeat(size(FULL_SIZE.chevrons))}x`,
      `${'>>> '.repeat(size(FULL_SIZE.chevrons))}`,
      `${'»'.repeat(size(FULL_SIZE.chevrons))} `,
      lineOf(size(FULL_SIZE.chevrons / 10), (index) => `>>> ${WORDS[index % WORDS.length]}`)
    ].join('\n')
  )
  add('char-lines', `${size(FULL_SIZE.charLines)} lines of one character`, () =>
    lineOf(size(FULL_SIZE.charLines), (index) => 'abcdefghijklmnopqrstuvwxyz'.charAt(index % 26))
  )
  add('big-page', `an ordinary page of ${size(FULL_SIZE.bigPage)} characters: prose paragraphs and boilerplate lines`, () =>
    ordinaryPage(size(FULL_SIZE.bigPage))
  )
  add('short-lines', `${size(FULL_SIZE.bigPage)} characters of short lines (menus, counters, dates, names: 4 to 30 characters)`, () =>
    shortLines(size(FULL_SIZE.bigPage))
  )
  const path = size(FULL_SIZE.url)
  add('long-urls', `URLs of ${path} characters (plain, social, in a source line, repeated link prefixes)`, () =>
    [
      `https://example.com/${'a'.repeat(path)}`,
      `https://t.me/${'b'.repeat(path)}`,
      `Source: https://www.example.org/${'c/'.repeat(path / 2)}`,
      `${'(t.me/'.repeat(Math.ceil(path / 6))} x`,
      `${' t.me/'.repeat(Math.ceil(path / 6))} x`,
      `${'https://'.repeat(Math.ceil(path / 8))}`,
      `${'www.'.repeat(Math.ceil(path / 4))}x`
    ].join('\n')
  )
  return pages
}

/** Name of the bench's baseline page, {@link ordinaryPage}. */
export const ORDINARY = 'ordinary'

/**
 * Names of the pages of the bench's hostile section, the baseline first.
 *
 * @returns Names.
 */
export function hostileNames(): string[] {
  return [ORDINARY, ...hostilePages(1e-6).map((page) => page.name)]
}

/** `count` lines made by `make`, joined by `\n`. */
function lineOf(count: number, make: (index: number) => string): string {
  const lines = new Array<string>(count)
  for (let index = 0; index < count; index++) lines[index] = make(index)
  return lines.join('\n')
}

/** Short lines as menus, footers and listings have them. */
const SHORT = [
  'Home',
  'News',
  'World',
  'Sport',
  'Share',
  'Photo: AFP',
  '12 comments',
  'Read more',
  '3 min read',
  'Jane Doe',
  'Tuesday, 4 March 2025',
  'Subscribe to our newsletter',
  '»',
  '•',
  'Weather: 18 °C, sunny'
]

/**
 * Short lines, about `length` characters in all (each 1 to 30 characters).
 *
 * @param length Characters wanted.
 * @returns The lines, joined by `\n`.
 */
export function shortLines(length: number): string {
  const lines: string[] = []
  let size = 0
  for (let index = 0; size < length; index++) {
    const line = `${SHORT[index % SHORT.length]}${index % 7 === 0 ? ` ${index}` : ''}`
    lines.push(line)
    size += line.length + 1
  }
  return lines.join('\n')
}

/**
 * An ordinary page of about `length` characters: article paragraphs of prose with a few
 * boilerplate lines between them, the baseline the bench compares hostile pages with.
 *
 * @param length Characters wanted (about).
 * @returns The page.
 */
export function ordinaryPage(length: number): string {
  const boilerplate = ['Advertisement', 'Share this article', 'Photo: AFP', 'Read more: the harbour bridge', 'Follow us on Telegram']
  const parts: string[] = []
  let size = 0
  for (let index = 0; size < length; index++) {
    const paragraph = proseLine(300 + ((index * 131) % 500)).trim()
    const line = index % 4 === 3 ? `${paragraph}\n\n${boilerplate[index % boilerplate.length]}` : paragraph
    parts.push(line)
    size += line.length + 2
  }
  return parts.join('\n\n')
}
