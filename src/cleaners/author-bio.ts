import type {CleanerSpec} from '../types.js'
import {phraseVerdict} from './phrase.js'

const description = 'Author bio at the foot of the article'

/** The bio must be among this many last kept lines of the page. */
const TAIL_LINES = 3
/** Lines of the page, besides the tail, that must come before it (an article first). */
const MIN_BEFORE = 3

/**
 * The author's bio at the foot of an article (`Jane Doe is a freelance writer based in
 * Toronto.`, `I am a writer, journalist and professor…`): a line among the last
 * {@link TAIL_LINES} kept lines of the page that the pack's `patterns` of this rule match. The
 * same words further up are the article's (`Smith is a journalist who was detained…`).
 */
export const authorBio: CleanerSpec = {
  name: 'author-bio',
  description,
  run(context) {
    const kept = context.kept()
    if (kept.length < MIN_BEFORE + 1) return
    for (let position = Math.max(MIN_BEFORE, kept.length - TAIL_LINES); position < kept.length; position++) {
      const block = kept[position]!
      const verdict = phraseVerdict('author-bio', description, block, context)
      if (verdict) context.remove(block, 'author-bio', verdict)
    }
  }
}
