/**
 * Metadata that removed lines give: merged as they come, the first value of a field winning.
 */
import {describe} from './errors.js'
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

/** The string fields of {@link Metadata}. */
const TEXT_FIELDS = ['title', 'byline', 'agency', 'category', 'source', 'published', 'modified'] as const

/**
 * Check the metadata a cleaner gives with a removal and take a frozen copy of it, read once
 * (a getter that throws fails here, inside the cleaner's run, where it is named): an object
 * whose keys are fields of {@link Metadata}, strings for the text fields, an array of strings
 * for `tags`. Anything else is a `TypeError` saying what is wrong.
 *
 * @param value What the cleaner gave (`undefined` or `null`: none).
 * @returns The copy, or `undefined` for none.
 */
export function checkMetadata(value: unknown): Metadata | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'object' || Array.isArray(value))
    throw new TypeError(
      `metadata must be an object ({byline, agency, category, tags, source, title, published, modified, readingTime}), got ${describe(value)}`
    )
  const source = value as Record<string, unknown>
  const copy: Metadata = {}
  for (const key of Object.keys(source)) {
    const field = source[key]
    if ((TEXT_FIELDS as readonly string[]).includes(key)) {
      if (field === undefined) continue
      if (typeof field !== 'string') throw new TypeError(`metadata.${key} must be a string, got ${describe(field)}`)
      copy[key as (typeof TEXT_FIELDS)[number]] = field
    } else if (key === 'readingTime') {
      if (field === undefined) continue
      if (typeof field !== 'number' || !Number.isFinite(field)) throw new TypeError(`metadata.readingTime must be a number of minutes, got ${describe(field)}`)
      copy.readingTime = field
    } else if (key === 'tags') {
      if (field === undefined) continue
      if (!Array.isArray(field)) throw new TypeError(`metadata.tags must be an array of strings, got ${describe(field)}`)
      const tags: string[] = []
      for (let index = 0; index < field.length; index++) {
        const tag: unknown = field[index]
        if (typeof tag !== 'string') throw new TypeError(`metadata.tags[${index}] must be a string, got ${describe(tag)}`)
        tags.push(tag)
      }
      copy.tags = Object.freeze(tags) as string[]
    } else {
      throw new TypeError(`unknown metadata field \`${key}\` (known: ${[...TEXT_FIELDS, 'tags', 'readingTime'].join(', ')})`)
    }
  }
  return Object.freeze(copy)
}
