import {optionNames} from '../../src/api/settings.js'
import {describe, expect, it} from 'vitest'
import {availableParallelism} from 'node:os'
import {cleanFlags, defaultJobs, inFlagTerms, makeProgram, maxJobs, parseArgs} from '../../src/cli/args.js'
import {colorFor} from '../../src/cli/io.js'
import {Progress} from '../../src/cli/progress.js'

/** A terminal-like stream that keeps what is written. */
function terminal(): {stream: {isTTY: boolean; columns: number; write: (text: string) => boolean}; text: () => string} {
  const chunks: string[] = []
  return {
    stream: {isTTY: true, columns: 100, write: (text: string) => chunks.push(text) > 0},
    text: () => chunks.join('')
  }
}

describe('Progress', () => {
  it('draws a bar with the rate once enabled, and keeps messages', () => {
    const {stream, text} = terminal()
    const progress = new Progress(stream, true, 'records', 0)
    progress.start({bytes: 1000})
    progress.tick(10, 500)
    progress.log('newsclean: a message')
    progress.stop()
    expect(text()).toMatch(/50% \| 10 records \| [\d,]+ records\/s/)
    expect(text()).toContain('newsclean: a message\n')
  })

  it('never shows an ETA of NF: "…" until there is a pace, then the time left', () => {
    const first = terminal()
    const starting = new Progress(first.stream, true, 'records', 0)
    starting.start({bytes: 1000})
    starting.tick(0, 0)
    starting.stop()
    expect(first.text()).toMatch(/ETA …/)
    expect(first.text()).not.toMatch(/NF/)
    const later = terminal()
    const going = new Progress(later.stream, true, 'pages', 0)
    going.start({items: 4})
    going.tick(1)
    going.stop()
    expect(later.text()).toMatch(/ETA (…|\d+s)/)
    expect(later.text()).not.toMatch(/NF/)
  })

  it('names the pass before the bar (learning, cleaning: runs with --profiles)', () => {
    const {stream, text} = terminal()
    const progress = new Progress(stream, true, 'records', 0)
    progress.label = 'learning'
    progress.start({bytes: 1000})
    progress.tick(10, 500)
    progress.stop()
    expect(text()).toMatch(/learning .*50% \| 10 records/)
  })

  it('counts without a bar when the total is unknown', () => {
    const {stream, text} = terminal()
    const progress = new Progress(stream, true, 'pages', 0)
    progress.start()
    progress.tick(3)
    progress.stop()
    expect(text()).toMatch(/3 pages \| [\d,]+ pages\/s/)
  })

  it('writes only the messages when disabled (not a terminal)', () => {
    const {stream, text} = terminal()
    const progress = new Progress(stream, false, 'pages', 0)
    progress.start({items: 2})
    progress.tick(1)
    progress.log('newsclean: x')
    progress.tick(1)
    progress.stop()
    expect(text()).toBe('newsclean: x\n')
  })
})

describe('flags', () => {
  const parse = (argv: string[]) => parseArgs(makeProgram('0.0.0', {out: () => {}, err: () => {}}), argv, '/work')

  it('maps the clean() flags onto options, lists by comma and by repetition', () => {
    const config = parse(['-l', 'fr', '--languages', 'fr, en', '-d', 'byline,tag-list', '--disable', 'timestamp', '--max-length', '1000', 'a.txt'])
    expect(config.options).toEqual({language: 'fr', languages: ['fr', 'en'], disable: ['byline', 'tag-list', 'timestamp'], maxLength: 1000})
    expect(config.inputs).toEqual(['a.txt'])
    expect(parse([]).options).toEqual({})
  })

  it('has one table entry per clean() option (cleaners come from a module: --cleaners; profiles from a folder: --profiles)', () => {
    expect(cleanFlags.map((flag) => flag.key).sort()).toEqual(optionNames.filter((name) => name !== 'cleaners' && name !== 'profile').sort())
  })

  it('reads the other flags', () => {
    const config = parse(['--jsonl', '--field', 'body', '--report', '--jobs', '1', '--strict', '--no-progress', '--no-color', '--cleaners', 'x.mjs'])
    expect(config).toMatchObject({
      jsonl: true,
      field: 'body',
      report: true,
      jobs: 1,
      strict: true,
      progress: false,
      color: false,
      cleaners: '/work/x.mjs',
      extensions: ['.jsonl', '.ndjson']
    })
    expect(parse(['--report-file', 'r.jsonl'])).toMatchObject({report: true, reportFile: 'r.jsonl', extensions: ['.txt']})
    expect(parse(['--ext', 'txt,.TEXT']).extensions).toEqual(['.txt', '.text'])
    expect(parse([]).color).toBeUndefined()
  })

  it('reads .jsonl and .ndjson files (gzip too) as JSON Lines without --jsonl; --no-jsonl reads them as text', () => {
    expect(parse(['crawl.jsonl']).jsonl).toBe(true)
    expect(parse(['a.ndjson', 'b.JSONL.gz']).jsonl).toBe(true)
    expect(parse(['crawl.jsonl', '--no-jsonl']).jsonl).toBe(false)
    expect(parse(['page.txt']).jsonl).toBe(false)
    expect(parse([]).jsonl).toBe(false)
    expect(() => parse(['crawl.jsonl', 'page.txt'])).toThrow(/crawl\.jsonl is JSON Lines and page\.txt is not: give --jsonl \(or --no-jsonl\)/)
    expect(parse(['crawl.jsonl', 'pages/', '--jsonl']).jsonl).toBe(true)
  })

  it('refuses --field without JSON Lines, and an --ext that names nothing', () => {
    expect(() => parse(['--field', 'body', 'page.txt'])).toThrow(/--field is for JSON Lines/)
    expect(() => parse(['--field', 'body'])).toThrow(/--field is for JSON Lines/)
    expect(parse(['--field', 'body', 'crawl.jsonl']).field).toBe('body')
    expect(() => parse(['--ext='])).toThrow(/--ext names no extension/)
    expect(() => parse(['--ext', ' , '])).toThrow(/--ext names no extension/)
  })

  it('caps --jobs at one thread per core (and the memory), saying so; the default leaves the main thread a core', () => {
    const cap = maxJobs()
    expect(cap.jobs).toBeLessThanOrEqual(availableParallelism())
    const asked = parse(['--jobs', '1000'])
    expect(asked.jobs).toBe(cap.jobs)
    expect(asked.notices).toEqual([`--jobs 1000 capped at ${cap.jobs} (${cap.reason})`])
    expect(parse(['--jobs', '1']).notices).toEqual([])
    expect(parse([]).jobs).toBe(defaultJobs())
    expect(defaultJobs()).toBe(Math.max(1, Math.min(cap.jobs, availableParallelism() - 1)))
  })

  it('says library errors in terms of flags', () => {
    expect(inFlagTerms('`maxLength` must be a non-negative number')).toBe('--max-length must be a non-negative number')
    expect(inFlagTerms('unknown rule "x" in `disable`')).toBe('unknown rule "x" in --disable')
  })
})

describe('colorFor', () => {
  it('follows the flag, then NO_COLOR, then FORCE_COLOR, then the terminal', () => {
    expect(colorFor({isTTY: true}, {}, undefined)).toBe(true)
    expect(colorFor({isTTY: false}, {}, undefined)).toBe(false)
    expect(colorFor({isTTY: true}, {NO_COLOR: '1'}, undefined)).toBe(false)
    expect(colorFor({isTTY: true}, {NO_COLOR: '1'}, true)).toBe(true)
    expect(colorFor({isTTY: false}, {FORCE_COLOR: '1'}, undefined)).toBe(true)
    expect(colorFor({isTTY: true}, {TERM: 'dumb'}, undefined)).toBe(false)
    expect(colorFor({isTTY: true}, {}, false)).toBe(false)
  })
})
