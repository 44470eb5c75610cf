/**
 * Metadata that removed lines give: merged as they come, the first value of a field winning.
 */
import type {Metadata} from './types.js'

/**
 * Merge metadata: a field already set keeps its first value; empty values and values of the
 * wrong type are ignored.
 *
 * @param target Metadata to add to.
 * @param source New metadata.
 */
export function mergeMetadata(target: Metadata, source: Metadata): void {
  for (const key of ['title', 'byline', 'agency', 'category', 'source', 'published', 'modified'] as const) {
    if (target[key] === undefined && typeof source[key] === 'string' && source[key]) target[key] = source[key]
  }
  if (target.readingTime === undefined && typeof source.readingTime === 'number' && source.readingTime > 0) target.readingTime = source.readingTime
  if (target.tags === undefined && Array.isArray(source.tags)) {
    const tags = source.tags.filter((tag) => typeof tag === 'string' && tag !== '')
    if (tags.length > 0) target.tags = tags
  }
}
