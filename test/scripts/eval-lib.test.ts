import {describe, expect, it} from 'vitest'
import {indexTruth, judgeLine, lineKeys} from '../../scripts/lib/article.js'
import {parseReferenceTable} from '../../scripts/lib/corpus.js'
import {checkGate, emptyFloors, floorOf, updateFloors, type Figures, type Floors} from '../../scripts/lib/floors.js'
import {checkSeed, isSeedName, parseLabels} from '../../scripts/lib/seeds.js'
import {cut, delta, num, renderTable} from '../../scripts/lib/table.js'

describe('judgeLine (was a removed line article text?)', () => {
  const truth = indexTruth('The council met on Tuesday to vote on the budget.\n\nThe verdict\n\nIt passed by nine votes to two, after a long debate.')

  it('takes a long line whose shingles are mostly in the truth', () => {
    // 8 shingles, all in the truth
    expect(judgeLine('It passed by nine votes to two, after a long debate.', truth)).toMatchObject({article: true, method: 'shingles', share: 1})
    // 7 tokens, 4 shingles, 2 of them in the truth: exactly half is not more than half
    const half = judgeLine('The council met on Tuesday, readers said', truth)
    expect(half.method).toBe('shingles')
    expect(half.share).toBe(0.5)
    expect(half.article).toBe(false)
  })

  it('needs more than half of the shingles', () => {
    // "a b c d e f" against a truth with "a b c d e" only: 2 of 3 shingles (> 50%)
    expect(judgeLine('a b c d e f', indexTruth('a b c d e')).article).toBe(true)
    // "a b c d x y": 1 of 3
    expect(judgeLine('a b c d x y', indexTruth('a b c d e')).article).toBe(false)
  })

  it('takes a short line only when it is a whole line of the truth', () => {
    expect(judgeLine('The verdict:', truth)).toMatchObject({article: true, method: 'short-line'})
    // occurs inside a sentence of the truth, but is not a line of it
    expect(judgeLine('the budget', truth)).toMatchObject({article: false, method: 'short-line'})
    expect(judgeLine('Advertisement', truth).article).toBe(false)
  })

  it('never takes a line without words', () => {
    expect(judgeLine('* * *', truth)).toMatchObject({article: false, method: 'no-token'})
  })

  it('tells a copy from a loss: article text whose same tokens stay in the cleaned text', () => {
    const kept = lineKeys('The council met on Tuesday to vote on the budget.\n\nIt passed by nine votes to two — after a long debate!')
    expect(judgeLine('It passed by nine votes to two, after a long debate.', truth, kept)).toMatchObject({article: true, copy: true})
    expect(judgeLine('The verdict', truth, kept)).toMatchObject({article: true, copy: false})
    // Not article text: never a copy, even when the cleaned text has it
    expect(judgeLine('Advertisement', truth, lineKeys('Advertisement'))).toMatchObject({article: false, copy: false})
  })
})

describe('parseReferenceTable', () => {
  it('reads the README table, the extractor being the first word of the label', () => {
    const markdown = [
      'Scores:',
      '',
      '| extractor | F1 | precision | recall |',
      '|---|---|---|---|',
      '| AutoExtract (commercial) | 0.970 | 0.984 | 0.956 |',
      '| html-text (whole page) | 0.665 | 0.500 | 0.994 |',
      '',
      '| other | table |',
      '| x | y |'
    ].join('\n')
    expect(parseReferenceTable(markdown)).toEqual([
      {extractor: 'AutoExtract', label: 'AutoExtract (commercial)', f1: '0.970', precision: '0.984', recall: '0.956'},
      {extractor: 'html-text', label: 'html-text (whole page)', f1: '0.665', precision: '0.500', recall: '0.994'}
    ])
  })
})

describe('seeds', () => {
  const labels = parseLabels('mark\tcategory\tline\ttext\n+\tcontent\t1\tKeep me\n-\tpromo\t3\tDrop me\n?\tcaption\t5\tEither\n-\tcredit\t7\tDrop me too\n')

  it('parses the labels', () => {
    expect(labels).toHaveLength(4)
    expect(labels[1]).toEqual({mark: '-', category: 'promo', line: 3, text: 'Drop me'})
  })

  it('rejects an unknown mark', () => {
    expect(() => parseLabels('mark\tcategory\tline\ttext\n*\tx\t1\ty\n')).toThrow(/unknown mark/)
  })

  const page = 'Keep me\n\nDrop me\n\nEither\n\nDrop me too'

  it('counts + kept and - removed, ignoring ?', () => {
    const outcome = checkSeed(
      {name: 'page', seed: true, text: page, labels},
      new Map([
        [3, 'promo'],
        [5, 'caption']
      ])
    )
    expect(outcome.stale).toEqual([])
    expect(outcome.judged).toBe(3)
    expect(outcome.correct).toBe(2)
    expect(outcome.outcomes.filter((row) => !row.correct).map((row) => row.line)).toEqual([7])
    expect(outcome.outcomes[1]).toMatchObject({removed: true, rule: 'promo', correct: true})
  })

  it('tells seed pages from other labelled fixtures by name', () => {
    expect(isSeedName('000_cc75b6f09f6c4717')).toBe(true)
    expect(isSeedName('100_de_bahn-fahrplan')).toBe(false)
  })

  it('finds labels whose text is not the page line', () => {
    expect(checkSeed({name: 'page', seed: true, text: page.replace('Drop me\n', 'Changed\n'), labels}, new Map()).stale).toEqual([3])
  })
})

describe('floors', () => {
  const floors: Floors = {...emptyFloors(), f1: {a: 0.9, b: 0.8}, recall: {a: 0.95, b: 0.85}, seedsAccuracy: 0.9}
  const figures: Figures = {f1: {a: 0.91, b: 0.79}, recall: {a: 0.95, b: 0.86}, rawRecall: {a: 0.951, b: 0.87}, seedsAccuracy: 1}

  it('rounds figures down to the floor precision', () => {
    expect(floorOf(0.912345)).toBe(0.9123)
    expect(floorOf(0.95)).toBe(0.95)
  })

  it('fails a figure below its floor and a recall drop above the limit', () => {
    const checks = checkGate(floors, figures)
    const failed = checks.filter((check) => !check.ok).map((check) => check.name)
    // b: F1 0.79 < 0.8; recall drop 0.87 - 0.86 = 0.01 > 0.002; a: drop 0.001 is fine
    expect(failed).toEqual(['F1 b', 'recall drop b'])
    expect(checks.find((check) => check.name === 'recall a')?.ok).toBe(true)
  })

  it('checks only what the run measured', () => {
    const checks = checkGate(floors, {f1: {a: 0.95}, recall: {}, rawRecall: {}})
    expect(checks.map((check) => check.name)).toEqual(['F1 a'])
  })

  it('raises floors and never lowers them without allowLower', () => {
    const {floors: next, changes} = updateFloors(floors, figures)
    expect(next.f1).toEqual({a: 0.91, b: 0.8})
    expect(next.recall).toEqual({a: 0.95, b: 0.86})
    expect(next.seedsAccuracy).toBe(1)
    expect(changes.find((change) => change.name === 'F1 b')).toEqual({name: 'F1 b', from: 0.8, to: 0.79, applied: false})
  })

  it('checks and raises the labelled-fixtures accuracy', () => {
    const withFixtures: Floors = {...floors, fixturesAccuracy: 0.95}
    const check = checkGate(withFixtures, {...figures, fixturesAccuracy: 0.9}).find((each) => each.name === 'labelled fixtures accuracy')
    expect(check).toMatchObject({ok: false, limit: 0.95})
    expect(updateFloors(withFixtures, {...figures, fixturesAccuracy: 0.97}).floors.fixturesAccuracy).toBe(0.97)
  })

  it('lowers floors with allowLower', () => {
    expect(updateFloors(floors, figures, true).floors.f1.b).toBe(0.79)
  })

  it('adds floors for new extractors', () => {
    const {floors: next} = updateFloors(emptyFloors(), {f1: {c: 0.5}, recall: {c: 0.6}, rawRecall: {c: 0.6}})
    expect(next.f1).toEqual({c: 0.5})
    expect(next.recall).toEqual({c: 0.6})
  })
})

describe('tables', () => {
  it('pads columns, numbers to the right', () => {
    const text = renderTable(
      [{title: 'name'}, {title: 'n', align: 'right'}],
      [
        ['a', '1'],
        ['bbb', '22']
      ]
    )
    expect(text.split('\n')).toEqual(['name   n', '────  ──', 'a      1', 'bbb   22'])
  })

  it('signs differences and cuts long lines', () => {
    expect(delta(0.0012)).toBe('+0.0012')
    expect(delta(-0.0012)).toBe('-0.0012')
    expect(delta(0.00001)).toBe('±0.0000')
    expect(cut('abcdef', 4)).toBe('abc…')
    expect(num(-0.00001, 4)).toBe('0.0000')
    expect(num(0.12345, 3)).toBe('0.123')
    expect(num(undefined)).toBe('–')
  })
})
