import {readFileSync} from 'node:fs'
import {Readable, Writable} from 'node:stream'
import {pipeline} from 'node:stream/promises'
import {describe, expect, it} from 'vitest'
import {clean, cleanAll, reportOf} from '../../src/index.js'
import {cleanStream} from '../../src/stream.js'

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/${name}.txt`, import.meta.url), 'utf8')
const pages = ['000_cc75b6f09f6c4717', '001_b46072169c073c9b', '002_7719a9272971f7ea'].map(fixture)

/** Collect what an object-mode stream emits. */
function collector(): {sink: Writable; items: unknown[]} {
  const items: unknown[] = []
  const sink = new Writable({
    objectMode: true,
    write(chunk, _encoding, callback) {
      items.push(chunk)
      callback()
    }
  })
  return {sink, items}
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = []
  for await (const item of iterable) items.push(item)
  return items
}

describe('cleanAll', () => {
  it('gives the result of clean() for each page of an array, in order', async () => {
    const results = await collect(cleanAll(pages))
    expect(results.map((result) => result.text)).toEqual(pages.map((page) => clean(page).text))
    expect(results.map((result) => result.removed)).toEqual(pages.map((page) => clean(page).removed))
  })

  it('reads async iterables and keeps their order', async () => {
    async function* slowly(): AsyncGenerator<{id: number; text: string}> {
      for (let id = 0; id < 6; id++) {
        await new Promise((resolve) => setImmediate(resolve))
        yield {id, text: pages[id % 3]!}
      }
    }
    const records = await collect(cleanAll(slowly()))
    expect(records.map((record) => record.id)).toEqual([0, 1, 2, 3, 4, 5])
    expect(records.map((record) => record.text)).toEqual([0, 1, 2, 3, 4, 5].map((id) => clean(pages[id % 3]!).text))
  })

  it('cleans the field of a record, keeps the other fields and leaves the input record alone', async () => {
    const record = {url: 'https://example.org/a', body: pages[1]!, crawledAt: 7}
    const [out] = await collect(cleanAll([record], {field: 'body'}))
    expect(out).toEqual({url: 'https://example.org/a', body: clean(pages[1]!).text, crawledAt: 7})
    expect(Object.keys(out!)).toEqual(['url', 'body', 'crawledAt'])
    expect(record.body).toBe(pages[1])
  })

  it('adds the report under newsclean, or under the key given', async () => {
    const [withDefault] = await collect(cleanAll([{text: pages[1]!}], {report: true}))
    expect(withDefault).toEqual({text: clean(pages[1]!).text, newsclean: reportOf(clean(pages[1]!))})
    const [withKey] = await collect(cleanAll([{text: pages[1]!}], {report: 'cleaning'}))
    expect(Object.keys(withKey!)).toEqual(['text', 'cleaning'])
    expect((withKey as Record<string, unknown>).cleaning).toMatchObject({language: 'fr', metadata: {byline: 'Sara'}})
  })

  it('passes clean() options on', async () => {
    const [kept] = await collect(cleanAll([pages[1]!], {disable: ['byline']}))
    expect(kept!.removed.map((removal) => removal.rule)).not.toContain('byline')
    expect(kept!.text).toContain('by Sara')
  })

  it('checks options when called, not when iterated', () => {
    expect(() => cleanAll([], {language: 'xx'})).toThrow(RangeError)
    expect(() => cleanAll([], {field: ''})).toThrow(/field/)
    expect(() => cleanAll([], {report: 3 as unknown as boolean})).toThrow(/report/)
    expect(() => cleanAll([], {field: ''})).toThrow(RangeError)
    expect(() => cleanAll([], {strict: 'yes' as unknown as boolean})).toThrow(TypeError)
    expect(() => cleanAll(42 as unknown as string[])).toThrow(/iterable/)
  })

  it('passes a record that cannot be cleaned through unchanged, as the command does, and goes on', async () => {
    const records = [{text: pages[0]!}, {text: null}, {body: 'b'}, 7, {text: pages[2]!}]
    expect(await collect(cleanAll(records))).toEqual([{text: clean(pages[0]!).text}, {text: null}, {body: 'b'}, 7, {text: clean(pages[2]!).text}])
    // A page gives its text unchanged, nothing removed, and the error.
    const [page] = await collect(cleanAll(['x'.repeat(20)], {maxLength: 10}))
    expect(page).toMatchObject({text: 'x'.repeat(20), removed: [], language: 'und'})
    expect((page as {error?: Error}).error).toBeInstanceOf(RangeError)
    expect((page as {error?: Error}).error?.message).toMatch(/^newsclean: page 1: input of 20 characters is longer than `maxLength`/)
  })

  it('with strict, stops at the first record that cannot be cleaned, naming it by its number from 1', async () => {
    await expect(collect(cleanAll([{text: 'a'}, {text: null}], {strict: true}))).rejects.toThrow(/^newsclean: record 2: field "text" is not a string \(null\)$/)
    await expect(collect(cleanAll([{text: 'a'}, {body: 'b'}], {strict: true}))).rejects.toThrow(/record 2: no field "text"/)
    // The command says the same after the line's number (test/cli/e2e.test.ts): `<stdin>:2: field "text" is not a string (null)`.
  })

  it('with onError, emits what it returns in place of a failing item, numbered from 1', async () => {
    const seen: Array<[string, number]> = []
    const out = await collect(
      cleanAll([{text: pages[0]!}, {text: 42}, {text: pages[2]!}], {
        onError: (error, item, number) => {
          seen.push([error.message, number])
          return item
        }
      })
    )
    expect(out).toEqual([{text: clean(pages[0]!).text}, {text: 42}, {text: clean(pages[2]!).text}])
    expect(seen).toEqual([['newsclean: record 2: field "text" is not a string (a number (42))', 2]])
    const dropped = await collect(cleanAll([{text: 'x'.repeat(20)}, {text: 'ok'}], {maxLength: 10, onError: () => undefined}))
    expect(dropped).toEqual([{text: 'ok'}])
  })
})

describe('cleanStream', () => {
  it('is an object-mode transform giving records in order', async () => {
    const records = Array.from({length: 9}, (_, id) => ({id, text: pages[id % 3]!}))
    const {sink, items} = collector()
    await pipeline(Readable.from(records), cleanStream({report: true}), sink)
    expect(items).toEqual(records.map((record) => ({...record, text: clean(record.text).text, newsclean: reportOf(clean(record.text))})))
  })

  it('gives a CleanResult for a page', async () => {
    const {sink, items} = collector()
    await pipeline(Readable.from([pages[2]!]), cleanStream(), sink)
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({text: clean(pages[2]!).text, language: 'fr'})
  })

  it('passes a bad record through; with strict, ends the pipeline with its error', async () => {
    await expect(pipeline(Readable.from([{text: 'a'}, {body: 'b'}]), cleanStream({strict: true}), collector().sink)).rejects.toThrow(
      /record 2: no field "text"/
    )
    const {sink, items} = collector()
    await pipeline(Readable.from([{text: 'a'}, {body: 'b'}]), cleanStream(), sink)
    expect(items).toEqual([{text: 'a'}, {body: 'b'}])
  })

  it('throws on bad options at once', () => {
    expect(() => cleanStream({disable: ['no-such-rule']})).toThrow(RangeError)
    expect(() => cleanStream({onError: 'skip' as unknown as () => undefined})).toThrow(/onError/)
  })
})
