/**
 * The metric port reproduces the raw scores published in the corpus README, to the third
 * decimal. Skipped when the corpus is not beside the project (or in $NEWSCLEAN_CORPUS).
 */
import {describe, expect, it} from 'vitest'
import {loadCorpus, readReferenceTable, resolveCorpus} from '../../scripts/lib/corpus.js'
import {fixed, match, score, shingles} from '../../scripts/lib/metric.js'

function findCorpus(): string | undefined {
  try {
    return resolveCorpus()
  } catch {
    return undefined
  }
}

const dir = findCorpus()

// Read at collection time (vitest runs a skipped describe's body too): only when present.
const corpus = dir ? loadCorpus(dir) : undefined
const reference = corpus ? readReferenceTable(corpus.dir) : []

describe.skipIf(!corpus)('article extraction benchmark (raw scores)', () => {
  const truth = new Map([...(corpus?.truth ?? [])].map(([id, text]) => [id, shingles(text)]))

  it('has the 181 pages and a README row per extractor', () => {
    expect(corpus?.truth.size).toBe(181)
    expect(reference.map((row) => row.extractor).sort()).toEqual([...(corpus?.extractors ?? [])].sort())
  })

  it.each(reference.map((row) => [row.label, row] as const))('%s', (_label, row) => {
    const outputs = corpus!.output(row.extractor)
    const scores = score([...truth].map(([id, page]) => match(page, shingles(outputs.get(id) ?? ''))))
    expect({f1: fixed(scores.f1), precision: fixed(scores.precision), recall: fixed(scores.recall)}).toEqual({
      f1: row.f1,
      precision: row.precision,
      recall: row.recall
    })
  })
})
