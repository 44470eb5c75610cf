/**
 * Generators and checks for the property tests: hostile strings (arbitrary Unicode, lone
 * surrogates, control characters, every line break and white space, zero-width characters,
 * combining marks in NFC and NFD), page-like texts built from rule phrases and article prose,
 * and the invariants every result of `clean` must hold.
 *
 * An ordinary run draws from a fixed seed (`test/support/fast-check.ts`). `FC_NUM_RUNS` raises
 * the number of runs of every property and draws fresh seeds (a long fuzz run:
 * `FC_NUM_RUNS=20000 npx vitest run test/api/properties.test.ts`); `FC_SEED` replays a run.
 */
import fc from 'fast-check'
import {expect} from 'vitest'
import {CONCEPTS} from '../../src/language/concepts.js'
import {languagePacks, universalPack} from '../../src/language/packs/index.js'
import {isBlank, splitLines} from '../../src/text/lines.js'
import type {CleanResult} from '../../src/index.js'
import {labelledPages} from './helpers.js'

/**
 * Runs of a property: `FC_NUM_RUNS` when set, else `base`.
 *
 * @param base Runs in an ordinary test run.
 * @returns Runs.
 */
export function numRuns(base: number): number {
  const wanted = Number(process.env.FC_NUM_RUNS)
  return Number.isInteger(wanted) && wanted > 0 ? wanted : base
}

/** fast-check parameters of every property: runs, and the seed when `FC_SEED` replays one. */
export function parameters(base: number): fc.Parameters<unknown> {
  const seed = Number(process.env.FC_SEED)
  return {numRuns: numRuns(base), ...(Number.isInteger(seed) ? {seed} : {})}
}

/** Characters that break text tools: line breaks, white space, invisible and combining characters. */
export const SPECIAL = [
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  '\r\r\n',
  '\u2028',
  '\u2029',
  '\u0085',
  '\u000B',
  '\u000C',
  '\t',
  ' ',
  '\u00A0',
  '\u202F',
  '\u2009',
  '\u3000',
  '\u1680',
  '\u205F',
  '\uFEFF',
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\u0000',
  '\u0001',
  '\u001B',
  '\u007F',
  '\u202E',
  '\u0301',
  'e\u0301',
  '\u00E9',
  'E\u0301',
  '\u00C9',
  '\u1100\u1161\u11A8',
  '\uAC01',
  '\u0130',
  '\u00DF',
  '\uFB01',
  '\u{1F600}',
  '\u{1F1EB}\u{1F1F7}',
  '\u2019',
  '\u201C',
  '\u2014',
  '\u00BB',
  '>>>',
  '|',
  '\u00A9',
  ':'
]

/** A lone surrogate (half of a pair, alone). */
export const loneSurrogate = fc.integer({min: 0xd800, max: 0xdfff}).map((code) => String.fromCharCode(code))

/** One unit of a hostile string: a special character, any code point, any UTF-16 unit, or ASCII. */
const hostileUnit = fc.oneof(
  {weight: 4, arbitrary: fc.constantFrom(...SPECIAL)},
  {weight: 2, arbitrary: loneSurrogate},
  {weight: 3, arbitrary: fc.string({unit: 'binary', minLength: 1, maxLength: 1})},
  {weight: 6, arbitrary: fc.string({unit: 'grapheme-ascii', minLength: 1, maxLength: 3})}
)

/** Strings of hostile characters (line breaks and white space among them, so several lines). */
export const hostileString = fc.string({unit: hostileUnit, maxLength: 80})

/** Arbitrary Unicode: any code point (fast-check's own), and any UTF-16 sequence. */
export const anyString = fc.oneof(
  fc.string({unit: 'binary', maxLength: 200}),
  fc.string({unit: 'grapheme', maxLength: 200}),
  fc.string({unit: fc.integer({min: 0, max: 0xffff}).map((code) => String.fromCharCode(code)), maxLength: 200})
)

// Page-like texts -----------------------------------------------------------

const packs = [universalPack, ...languagePacks.values()]

/** Every phrase of every pack (whole lines, line starts, names, markers, labels…). */
const packPhrases: string[] = [
  ...new Set(
    packs.flatMap((pack) =>
      [...Object.values(pack.vocabulary ?? {}), ...Object.values(pack.rules), ...Object.values(pack.concepts ?? {})].flatMap((data) =>
        Object.entries(data).flatMap(([name, value]) => (name === 'patterns' || name === 'sources' || !Array.isArray(value) ? [] : (value as string[])))
      )
    )
  )
]

/** Lines a page may carry: boilerplate built from the packs, labelled fixture lines, headline-like lines, prose. */
const fixtureLines = labelledPages().flatMap((page) => page.labels.map((label) => label.text))

/** Article paragraphs: fixture lines labelled content, long and ending like a sentence, plus English prose. */
export const articleParagraphs: readonly string[] = [
  ...labelledPages()
    .flatMap((page) => page.labels.filter((label) => label.mark === '+' && label.category === 'content').map((label) => label.text))
    .filter((text) => text.split(' ').length >= 15 && /[.!?…»”"]$/u.test(text)),
  'The government on Wednesday presented a bill that would strengthen the protection of personal data for users of online services across the country.',
  'Engineers expect the work to take eighteen months and to cost about forty million euros, most of it paid by the state and the rest by the neighbouring towns.',
  'Residents who spoke to reporters on Sunday said the new schedule had made their commute longer, although the operator insists that delays have fallen since March.'
]

/** Boilerplate lines: labelled fixture lines that go, and lines made from pack phrases. */
export const boilerplateLines: readonly string[] = [
  ...labelledPages().flatMap((page) => page.labels.filter((label) => label.mark === '-').map((label) => label.text)),
  ...packPhrases
    .filter((phrase) => phrase.trim().length > 1)
    .map((phrase, index) => (index % 3 === 0 ? `${phrase}: Foo Bar` : index % 3 === 1 ? phrase.toUpperCase() : phrase))
]

const words = [
  'the',
  'la',
  'Home',
  'Photo',
  'AFP',
  'Reuters',
  'by',
  'Par',
  'Jean',
  'Dupont',
  'Sara',
  'news',
  'Politique',
  'France',
  'More',
  'Tags',
  'Source',
  'https://t.me/x',
  'www.example.com',
  '2024-05-01',
  '12',
  'min',
  'read',
  '»',
  '>>',
  '|',
  '•',
  '·',
  '/',
  '-',
  '©',
  ':',
  '.',
  ',',
  '!',
  '?'
]

/** One line of a page. */
const pageLine = fc.oneof(
  {weight: 3, arbitrary: fc.constantFrom(...fixtureLines)},
  {weight: 3, arbitrary: fc.constantFrom(...boilerplateLines)},
  {weight: 2, arbitrary: fc.constantFrom(...articleParagraphs)},
  {weight: 3, arbitrary: fc.array(fc.constantFrom(...words), {minLength: 1, maxLength: 8}).map((parts) => parts.join(' '))},
  {
    weight: 2,
    arbitrary: fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(...SPECIAL)), {minLength: 1, maxLength: 6}).map((parts) => parts.join(''))
  },
  {weight: 1, arbitrary: hostileString}
)

/** What separates two lines of a page. */
const separator = fc.constantFrom('\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\n \n', '\n\t\n\n', '\n\u00A0\n', '\n\u3000\n', '\n\n\n')

/** Page-like texts: lines of fixtures, pack phrases, prose and hostile strings, with mixed separators. */
export const pageText = fc
  .array(fc.tuple(pageLine, separator), {maxLength: 24})
  .chain((lines) => fc.tuple(fc.constant(lines), fc.constantFrom('', '\n', '\uFEFF', ' \n'), fc.constantFrom('', '\n', '\r\n', '\n\n ')))
  .map(([lines, head, tail]) => head + lines.map(([line, sep], index) => (index === 0 ? line : sep + line)).join('') + tail)

/**
 * The headings of a reader-comment section (`Top comments`, `Kommentare der Leser`): everything
 * after one goes once comment furniture follows, by design, so a realistic page has one only
 * after its article.
 */
const commentHeadings: ReadonlySet<string> = new Set(
  packs
    .flatMap((pack) =>
      Object.entries(pack.concepts ?? {}).flatMap(([id, data]) =>
        CONCEPTS[id]?.rule === 'comment-section' ? ((data.headings as string[] | undefined) ?? []) : []
      )
    )
    .map((text) => text.toLowerCase())
)
const isCommentHeading = (line: string): boolean => commentHeadings.has(line.toLowerCase().replace(/: Foo Bar$/, ''))

/**
 * A realistic page: article paragraphs in their order, boilerplate lines between them at
 * random, random spacing, and perhaps a comment section's heading and more boilerplate after
 * the article. Returns the text and the paragraphs.
 */
export const realisticPage = fc
  .tuple(
    fc.shuffledSubarray([...articleParagraphs], {minLength: 1, maxLength: 8}),
    fc.array(fc.constantFrom(...boilerplateLines.filter((line) => !isCommentHeading(line))), {maxLength: 12}),
    fc.array(fc.nat(), {minLength: 20, maxLength: 20}),
    fc.array(fc.constantFrom('\n', '\n\n', '\r\n\r\n', '\n \n'), {minLength: 20, maxLength: 20}),
    fc.option(fc.tuple(fc.constantFrom(...boilerplateLines.filter(isCommentHeading)), fc.array(fc.constantFrom(...boilerplateLines), {maxLength: 4})))
  )
  .map(([article, boilerplate, slots, separators, comments]) => {
    const lines = [...article]
    boilerplate.forEach((line, index) => lines.splice(slots[index]! % (lines.length + 1), 0, line))
    if (comments) lines.push(comments[0], ...comments[1])
    return {text: lines.map((line, index) => (index === 0 ? line : separators[index % separators.length] + line)).join(''), article}
  })

// Invariants ----------------------------------------------------------------

/**
 * Check what every result of `clean(input)` must hold:
 * - every line of the output is a line of the input, unchanged, in the input's order;
 * - the kept lines and the removed entries account for every non-blank input line exactly once,
 *   and each removed entry points at its line (number, offsets, text).
 *
 * @param input The page.
 * @param result What `clean` returned for it.
 */
export function expectAccounted(input: string, result: CleanResult): void {
  const inputLines = splitLines(input)
  // An empty output has no lines (`splitLines('')` gives one empty line).
  const outputLines = result.text === '' ? [] : splitLines(result.text)
  const problems: string[] = []

  // The output's lines, blank ones included, are a subsequence of the input's.
  let at = 0
  for (const line of outputLines) {
    while (at < inputLines.length && inputLines[at]!.text !== line.text) at++
    if (at === inputLines.length) {
      problems.push(`output line ${JSON.stringify(line.text)} is not an input line, in order`)
      break
    }
    at++
  }

  // Removed entries: in document order, each once, each input lines as they are (one line, or
  // the lines `line` to `endLine` of a wrapped paragraph or a Markdown block).
  const removedLines = new Set<number>()
  let previous = 0
  for (const removal of result.removed) {
    const line = inputLines[removal.line - 1]
    const last = inputLines[removal.endLine - 1]
    const where = `removal of lines ${removal.line}-${removal.endLine} (${JSON.stringify(removal.text.slice(0, 40))})`
    if (!line || !last || removal.endLine < removal.line) problems.push(`${where}: no such lines`)
    else if (removal.text !== input.slice(line.start, last.end) || removal.start !== line.start || removal.end !== last.end)
      problems.push(`${where}: not the input lines ${JSON.stringify(line.text.slice(0, 40))} at ${line.start}-${last.end}`)
    if (input.slice(removal.start, removal.end) !== removal.text) problems.push(`${where}: offsets ${removal.start}-${removal.end} do not hold its text`)
    if (isBlank(removal.text)) problems.push(`${where}: a blank line is reported`)
    if (removal.line <= previous) problems.push(`${where}: not after line ${previous} (document order, each once)`)
    if (typeof removal.rule !== 'string' || removal.rule === '' || typeof removal.reason !== 'string') problems.push(`${where}: no rule or reason`)
    previous = removal.endLine
    for (let number = removal.line; number <= removal.endLine; number++) removedLines.add(number)
  }

  // Kept: every other non-blank input line, in order, is exactly the output's non-blank lines.
  const kept = inputLines.filter((line) => !isBlank(line.text) && !removedLines.has(line.line)).map((line) => line.text)
  const output = outputLines.filter((line) => !isBlank(line.text)).map((line) => line.text)
  const differ = kept.length === output.length ? kept.findIndex((text, index) => text !== output[index]) : Math.min(kept.length, output.length)
  if (differ !== -1) {
    problems.push(
      `kept lines and output differ at non-blank line ${differ + 1}: input ${JSON.stringify(kept[differ]?.slice(0, 60))}, output ${JSON.stringify(output[differ]?.slice(0, 60))}`
    )
  }
  expect(problems).toEqual([])
}

/** The parts of a result that must not depend on anything but the input and the options. */
export function comparable(result: CleanResult): unknown {
  return {text: result.text, language: result.language, removed: result.removed, metadata: result.metadata}
}
