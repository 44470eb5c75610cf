/**
 * Language detection: franc-min on a sample of the page's prose, choosing among the
 * languages that have a rule pack and a few "confusers": languages without a pack that
 * franc knows. A page in a confuser (Polish, Czech, Romanian, Swedish…) is `'und'`, so it
 * gets the universal and English rules rather than the rules of the nearest pack; so is a
 * page in a script no pack uses (Russian, Greek).
 */
import {franc} from 'franc-min'
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
  if (candidates.length === 0) return 'und'
  const sample = sampleOf(blocks)
  if (sample.length < MIN_LENGTH) return 'und'
  if (candidates.length === 1) return candidates[0]!.code
  const only = candidates.map((candidate) => candidate.iso6393)
  for (const code of confusers) if (!only.includes(code)) only.push(code)
  const iso = franc(sample, {only, minLength: MIN_LENGTH})
  return candidates.find((candidate) => candidate.iso6393 === iso)?.code ?? 'und'
}
