/**
 * Language detection: franc-min on a sample of the page's prose, restricted to the
 * languages that have a rule pack.
 */
import {franc} from 'franc-min'
import type {Block} from './types.js'

/** Characters of prose sampled for detection (enough for franc, cheap enough for every page). */
export const SAMPLE_LENGTH = 600
/** Below this many sampled characters the language is `'und'`. */
export const MIN_LENGTH = 40
/** Blocks with fewer words than this are left out of the sample while longer ones exist. */
const PROSE_WORDS = 8

/** A language detection may choose. */
export interface Candidate {
  /** ISO 639-1 code. */
  code: string
  /** ISO 639-3 code (franc's). */
  iso6393: string
}

/**
 * Take the sample: blocks of prose (at least {@link PROSE_WORDS} words) in page order, up to
 * {@link SAMPLE_LENGTH} characters; short lines (promos, menus) only when the page has no prose.
 *
 * @param blocks The page's blocks.
 * @returns The text to detect the language of.
 */
export function sampleOf(blocks: readonly Block[]): string {
  let sample = ''
  for (const pass of [PROSE_WORDS, 0]) {
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
 * Detect the language of a page.
 *
 * @param blocks The page's blocks.
 * @param candidates Languages to choose among.
 * @returns ISO 639-1 code, or `'und'`.
 */
export function detectLanguage(blocks: readonly Block[], candidates: readonly Candidate[]): string {
  if (candidates.length === 0) return 'und'
  const sample = sampleOf(blocks)
  if (sample.length < MIN_LENGTH) return 'und'
  if (candidates.length === 1) return candidates[0]!.code
  const iso = franc(sample, {only: candidates.map((candidate) => candidate.iso6393), minLength: MIN_LENGTH})
  return candidates.find((candidate) => candidate.iso6393 === iso)?.code ?? 'und'
}
