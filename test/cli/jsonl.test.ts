import {describe, expect, it} from 'vitest'
import {layoutOf, readRecord, rewriteRecord} from '../../src/cli/jsonl.js'

describe('readRecord', () => {
  it('finds the page text of a record', () => {
    expect(readRecord('{"id":1,"text":"Hello"}', 'text')).toMatchObject({kind: 'page', text: 'Hello'})
    expect(readRecord('{"body":"x"}', 'body')).toMatchObject({kind: 'page', text: 'x'})
  })

  it('says what is wrong with a bad line', () => {
    expect(readRecord('{"text": "a"', 'text')).toMatchObject({kind: 'bad', problem: expect.stringMatching(/^not valid JSON/)})
    expect(readRecord('[1]', 'text')).toEqual({kind: 'bad', problem: 'not a JSON object (an array)'})
    expect(readRecord('"text"', 'text')).toMatchObject({kind: 'bad', problem: expect.stringMatching(/^not a JSON object/)})
    expect(readRecord('{"body":"x"}', 'text')).toEqual({kind: 'bad', problem: 'no field "text"'})
    expect(readRecord('{"text":null}', 'text')).toEqual({kind: 'bad', problem: 'field "text" is not a string (null)'})
    expect(readRecord('{"text":{"__proto__":1}}', 'text')).toMatchObject({kind: 'bad'})
  })

  it('lets blank lines through as blank', () => {
    expect(readRecord('', 'text')).toEqual({kind: 'blank'})
    expect(readRecord(' \t', 'text')).toEqual({kind: 'blank'})
  })
})

describe('layoutOf', () => {
  it('finds top-level members only, with their decoded keys', () => {
    const line = '{ "a" : {"text": "inner", "b": [1, "]}"]}, "te\\u0078t": "outer" , "n":-1.5e3,"z":null}'
    const {members, close} = layoutOf(line)
    expect(members.map((member) => member.key)).toEqual(['a', 'text', 'n', 'z'])
    expect(members.map((member) => line.slice(member.start, member.end))).toEqual(['{"text": "inner", "b": [1, "]}"]}', '"outer"', '-1.5e3', 'null'])
    expect(line[close]).toBe('}')
  })

  it('handles an empty object and strings with escaped quotes', () => {
    expect(layoutOf(' {} ').members).toEqual([])
    const line = '{"text":"say \\"hi\\" \\\\","k":true}'
    const {members} = layoutOf(line)
    expect(members.map((member) => line.slice(member.start, member.end))).toEqual(['"say \\"hi\\" \\\\"', 'true'])
  })
})

describe('rewriteRecord', () => {
  it('replaces only the text: big numbers, key order, spacing and escapes stay as they were', () => {
    const line = '{"id": 123456789012345678901234567890, "title":"caf\\u00e9",  "text": "old", "score": 1.0}'
    expect(rewriteRecord(line, 'text', 'new "text"\nline')).toBe(
      '{"id": 123456789012345678901234567890, "title":"caf\\u00e9",  "text": "new \\"text\\"\\nline", "score": 1.0}'
    )
  })

  it('changes the last member when a key is repeated (as JSON.parse reads it)', () => {
    expect(rewriteRecord('{"text":"a","text":"b"}', 'text', 'c')).toBe('{"text":"a","text":"c"}')
  })

  it('adds the report last, or replaces a report already there', () => {
    expect(rewriteRecord('{"text":"a"}', 'text', 'b', 'newsclean', {language: 'en'})).toBe('{"text":"b","newsclean":{"language":"en"}}')
    expect(rewriteRecord('{"newsclean":1, "text":"a" }', 'text', 'b', 'newsclean', [])).toBe('{"newsclean":[], "text":"b" }')
  })

  it('gives a line JSON.parse reads back, for any text', () => {
    const text = 'quote " backslash \\ tab \t nul \u0000 line\u2028sep lone \ud800 emoji 🙂'
    const out = rewriteRecord('{"text":"x","k":[1,{"a":"}"}]}', 'text', text, 'r', {n: 1})
    expect(JSON.parse(out)).toEqual({text, k: [1, {a: '}'}], r: {n: 1}})
  })
})
