/**
 * Language detection: franc-min on a sample of the page's prose, choosing among the
 * languages that have a rule pack and a few "confusers": languages without a pack that
 * franc knows. A page in a confuser (Polish, Czech, Romanian, Swedish…) is `'und'`, so it
 * gets the universal and English rules rather than the rules of the nearest pack; so is a
 * page in a script no pack uses (Russian, Greek).
 */
import {francAll} from 'franc-min'
import type {Block} from '../core/types.js'

/** Characters of prose sampled for detection (enough for franc, cheap enough for every page). */
export const SAMPLE_LENGTH = 400
/** Below this many sampled characters the language is `'und'`. */
export const MIN_LENGTH = 40
/** Blocks with fewer words than this are left out of the sample while longer ones exist. */
const SAMPLE_WORDS = 8

/**
 * ISO 639-3 codes of languages without a pack that detection tells apart, so that their pages
 * are `'und'`: the Latin-script languages of franc-min that news scrapers meet in and around
 * Europe and that would otherwise go to the nearest pack (Polish and Czech to Portuguese or
 * Italian, Romanian to Spanish, Swedish to Dutch). Each costs about 0.015 ms a page in franc's
 * comparison. Croatian stands for Bosnian and Latin Serbian too. Cyrillic, Greek or Arabic pages
 * need none: no pack is in those scripts, so franc answers `'und'` for them anyway.
 */
export const CONFUSERS: readonly string[] = ['pol', 'ces', 'ron', 'hun', 'swe', 'tur', 'hrv']

/** A language detection may choose. */
export interface Candidate {
  /** ISO 639-1 code. */
  code: string
  /** ISO 639-3 code (franc's). */
  iso6393: string
}

/**
 * Take the sample: blocks of prose (at least {@link SAMPLE_WORDS} words) in page order, up to
 * {@link SAMPLE_LENGTH} characters; short lines (promos, menus) only when the page has no prose.
 *
 * @param blocks The page's blocks.
 * @returns The text to detect the language of.
 */
export function sampleOf(blocks: readonly Block[]): string {
  let sample = ''
  for (const pass of [SAMPLE_WORDS, 0]) {
    for (const block of blocks) {
      if (block.words < pass) continue
      sample += (sample ? ' ' : '') + block.text
      if (sample.length >= SAMPLE_LENGTH) return sample.slice(0, SAMPLE_LENGTH)
    }
    if (sample.length >= MIN_LENGTH) return sample
  }
  return sample
}

/** A detected language and how sure detection is of it. */
export interface Detection {
  /** ISO 639-1 code, or `'und'`. */
  code: string
  /**
   * How sure detection is, from 0 to 1: franc's margin between the language found and the
   * next closest one, over {@link FULL_MARGIN} (1 from there on). 0 when the sample is too
   * short to tell; 1 with a single candidate.
   */
  confidence: number
}

/**
 * Margin between franc's two closest languages (its scores: 1 for the closest, less for the
 * others) from which the answer is taken as certain. On the detection set of
 * `npm run eval:languages` (719 paragraphs and pages), 20 answers are wrong: 9 of them under
 * a confidence of 0.4, 4 at 1 (pages of languages franc does not compare, such as Catalan,
 * look certain); 539 answers are at 1, of which those 4 are wrong.
 */
export const FULL_MARGIN = 0.1

/**
 * Detect the language of a page, with a confidence: the candidate franc finds closest to a
 * sample of its prose, or `'und'` when the sample is shorter than {@link MIN_LENGTH} or franc
 * finds a confuser closer. With one candidate, a page long enough is in that language.
 *
 * @param blocks The page's blocks.
 * @param candidates Languages to choose among.
 * @param confusers ISO 639-3 codes franc also compares, whose pages are `'und'`.
 * @returns The code and the confidence.
 */
export function detectWithConfidence(blocks: readonly Block[], candidates: readonly Candidate[], confusers: readonly string[] = CONFUSERS): Detection {
  if (candidates.length === 0) return {code: 'und', confidence: 0}
  const sample = sampleOf(blocks)
  if (sample.length < MIN_LENGTH) return {code: 'und', confidence: 0}
  if (candidates.length === 1) return {code: candidates[0]!.code, confidence: 1}
  const only = candidates.map((candidate) => candidate.iso6393)
  for (const code of confusers) if (!only.includes(code)) only.push(code)
  const key = `${candidates.map((candidate) => candidate.code).join(',')};${only.join(',')}\n${sample}`
  let detection = memo.get(key)
  if (detection === undefined) {
    if (memo.size >= MEMO_SIZE) memo.clear()
    detection = detectSample(sample, candidates, only)
    memo.set(key, detection)
  }
  return {...detection}
}

/** Samples whose detection is kept, with the languages compared (a page asks up to a few times, mostly for the same sample). */
const MEMO_SIZE = 64

/** Detections kept by the languages compared and the sample. */
const memo = new Map<string, Detection>()

/** franc on a sample long enough, among the candidates and confusers (`only`: their ISO 639-3 codes). */
function detectSample(sample: string, candidates: readonly Candidate[], only: string[]): Detection {
  const scores = francAll(sample, {only, minLength: MIN_LENGTH})
  const [best, second] = scores
  const code = candidates.find((candidate) => candidate.iso6393 === best?.[0])?.code ?? 'und'
  if (!best || best[0] === 'und') return {code, confidence: 0}
  const margin = second ? best[1] - second[1] : 1
  return {code, confidence: Math.round(Math.min(1, Math.max(0, margin / FULL_MARGIN)) * 1000) / 1000}
}

/**
 * Detect the language of a page: the candidate franc finds closest to a sample of its prose,
 * or `'und'` when the sample is shorter than {@link MIN_LENGTH} or franc finds a confuser
 * closer. With one candidate, a page long enough is in that language.
 *
 * @param blocks The page's blocks.
 * @param candidates Languages to choose among.
 * @param confusers ISO 639-3 codes franc also compares, whose pages are `'und'` (default
 *   {@link CONFUSERS}; `[]` picks the nearest candidate whatever the language).
 * @returns ISO 639-1 code, or `'und'`.
 */
export function detectLanguage(blocks: readonly Block[], candidates: readonly Candidate[], confusers: readonly string[] = CONFUSERS): string {
  return detectWithConfidence(blocks, candidates, confusers).code
}
