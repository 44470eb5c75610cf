import {fold} from '../../text/fold.js'
import {endsLikeSentence} from '../../text/shapes.js'
import type {Block, CleanerContext} from '../../core/types.js'
import {tableRow} from '../../text/shapes.js'
import {phraseVerdict} from '../phrase.js'
import type {BuiltinCleaner} from '../spec.js'

/** Most words in one tag. */
const TAG_WORDS = 5
/** Most words in an unlabelled tag list. */
const MAX_TAG_LINE_WORDS = 40
/** Segments a line of tags joined by separators has at least (two are a title and a site). */
const MIN_TAGS = 3
const pipes = / ?[|•·] ?/
const commas = / ?[,;|•·] ?/

/** Clean tags out of segments, or `undefined` when a segment does not read as a tag. */
function tagsOf(segments: string[]): string[] | undefined {
  const tags = segments.map((segment) => segment.trim()).filter(Boolean)
  for (const tag of tags) {
    if (tag.split(' ').length > TAG_WORDS || !/\p{L}/u.test(tag) || endsLikeSentence(tag)) return undefined
  }
  return tags
}

/** Whether most segments of a line name the site's own pages (`Privacy Policy | Terms of Use | Cookies`): a footer's links, not tags. */
function footerLinks(tags: readonly string[], context: CleanerContext): boolean {
  const footer = context.rules.set('site', 'pages')
  let named = 0
  for (const tag of tags) if (footer.has(fold(tag))) named++
  return named * 2 >= tags.length
}

/** Tag lists at the foot of a page give metadata; menus at its head do not. */
function inSecondHalf(block: Block, context: CleanerContext): boolean {
  return block.index >= context.blocks.length / 2
}

/** Words of the tags after a label with no colon: at least, at most. */
const BARE_TAGS = [2, 8] as const

/**
 * A label of the pack and two or more capitalised words after it, no colon and no other
 * punctuation, in the second half of the page: a tag list whose tags were links (`Sujets
 * Justice Magistrats Mineurs`, `Themen Rente Bundestag`). Each word is a tag.
 */
function bareLabelled(block: Block, context: CleanerContext): {reason: string; metadata: {tags: string[]}} | undefined {
  if (block.words < BARE_TAGS[0] + 1 || block.words > BARE_TAGS[1] + 1 || !inSecondHalf(block, context)) return undefined
  const words = block.text.trim().split(/\s+/u)
  for (const label of context.rules.list('tag-list', 'labels')) {
    if (label.includes(' ') || block.lower.split(' ', 1)[0] !== label.trim()) continue
    const tags = words.slice(1)
    if (!tags.every((word) => /^\p{Lu}[\p{L}\p{M}'-]*$/u.test(word))) return undefined
    return {reason: `Tag list: labelled “${words[0]}”, no colon`, metadata: {tags}}
  }
  return undefined
}

/**
 * Tag lists: a labelled list (`Tags : a, b`, `Mots-clés : …`, labels from the pack), or a
 * line of three or more short segments joined by `|`, `•` or `·`
 * (`Collaboration Militaire | Ukraine | États-unis`), or a label and capitalised words with no
 * colon at the foot of the page (`Sujets Justice Magistrats Mineurs`). Tags go to `metadata.tags`.
 * A line whose segments mostly name the site's own pages (the vocabulary's `site.pages`) is a
 * footer's links. A label whose
 * tags were links the extractor dropped (`Tags`, `Related Tags:`) is the pack's `lines` of this
 * rule.
 */
export const tagList: BuiltinCleaner = {
  name: 'tag-list',
  description: 'Tag list',
  category: 'tags',
  summary: 'labelled lists (`Tags: …`, `Mots-clés : …`) and lines of 3+ short segments joined by `|` `•` `·` → `metadata.tags`',
  example: '`Collaboration Militaire | Ukraine | États-unis`',
  stage: 'line',
  data: {description: 'Tag lists.', phrases: true, lists: {labels: {description: 'Labels that open a tag list before a colon (`Tags`, `Mots-clés`).'}}},
  local: true,
  test(block, context) {
    const alone = phraseVerdict('tag-list', 'Tag list label without its tags', block, context)
    if (alone) return alone
    const text = block.text.trim()
    for (const label of context.rules.list('tag-list', 'labels')) {
      if (!block.lower.startsWith(label)) continue
      const rest = block.lower.slice(label.length)
      if (!/^ ?:/.test(rest)) continue
      const colon = text.indexOf(':')
      const tags = colon === -1 ? undefined : tagsOf(text.slice(colon + 1).split(commas))
      if (tags && tags.length > 0 && !footerLinks(tags, context)) return {reason: `Tag list: labelled “${text.slice(0, colon).trim()}”`, metadata: {tags}}
    }
    // A label and capitalised words with no colon (`Sujets Justice Magistrats Mineurs`): the
    // tags were links, each one word, at the foot of the page.
    const bare = bareLabelled(block, context)
    if (bare && !footerLinks(bare.metadata.tags, context)) return bare
    // A line that starts or ends with `|` is a table row, not a tag list.
    if (block.words > MAX_TAG_LINE_WORDS || tableRow(text)) return undefined
    const segments = text.split(pipes)
    if (segments.length < MIN_TAGS) return undefined
    const tags = tagsOf(segments)
    if (!tags || tags.length < MIN_TAGS || footerLinks(tags, context)) return undefined
    return {reason: `Tag list: ${tags.length} short segments joined by separators`, metadata: inSecondHalf(block, context) ? {tags} : undefined}
  }
}
