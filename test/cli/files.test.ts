/**
 * The built command and the files it reads and writes: nothing is lost. Outputs never land on
 * inputs (links seen through), are written whole or not at all, input that is not UTF-8 text
 * is refused rather than changed, gzip goes in and out, a worker that dies costs only its
 * record; and the traps a new user falls in (a .jsonl read as text, an empty directory).
 */
import {spawn} from 'node:child_process'
import {once} from 'node:events'
import {closeSync, existsSync, linkSync, openSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {gunzipSync, gzipSync} from 'node:zlib'
import {afterAll, describe, expect, it} from 'vitest'
import {clean} from '../../src/index.js'
import {root} from '../support/helpers.js'
import {runCliWith as runCli} from '../support/cli.js'

const work = mkdtempSync(path.join(tmpdir(), 'newsclean-files-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

const fixture = (name: string): string => readFileSync(path.join(root, 'fixtures', `${name}.txt`), 'utf8')
const pages = ['000_cc75b6f09f6c4717', '001_b46072169c073c9b', '002_7719a9272971f7ea'].map(fixture)
/** What the command writes for a page: the library's text, with the page's final line break. */
const cleaned = (page: string): string => clean(page).text + (page.endsWith('\n') ? '\n' : '')

/** A fresh folder under the test's temporary folder. */
let folders = 0
function folder(): string {
  const made = path.join(work, `case-${++folders}`)
  mkdirSync(made, {recursive: true})
  return made
}

/** JSON Lines of `count` records of the seed pages. */
function jsonl(count: number, mark?: (index: number) => string | undefined): string {
  const lines: string[] = []
  for (let index = 0; index < count; index++) {
    const extra = mark?.(index)
    lines.push(JSON.stringify({id: index, text: extra === undefined ? pages[index % 3] : `${pages[index % 3]}\n\n${extra}`}))
  }
  return `${lines.join('\n')}\n`
}

/** The cleaned record of a JSON Lines line. */
function cleanedRecord(line: string): string {
  const record = JSON.parse(line) as {id: number; text: string}
  return JSON.stringify({...record, text: clean(record.text).text})
}

describe('outputs never overwrite inputs', () => {
  it('sees through a symbolic link to the input folder (JSON Lines and text), and leaves the input whole', async () => {
    const base = folder()
    mkdirSync(path.join(base, 'j'))
    const input = path.join(base, 'j', 'crawl.jsonl')
    const content = jsonl(6)
    writeFileSync(input, content)
    symlinkSync(path.join(base, 'j'), path.join(base, 'jlink'))
    const lines = await runCli(['--jsonl', input, '--out', path.join(base, 'jlink')])
    expect(lines.code).toBe(1)
    expect(lines.stderr).toMatch(/crawl\.jsonl: its output .*crawl\.jsonl is this input file .*not overwritten/)
    expect(readFileSync(input, 'utf8')).toBe(content)

    const page = path.join(base, 'j', 'page.txt')
    writeFileSync(page, pages[1]!)
    const text = await runCli([page, '--out', path.join(base, 'jlink')])
    expect(text.code).toBe(1)
    expect(readFileSync(page, 'utf8')).toBe(pages[1])
  })

  it('sees through a hard link under --out, and an input folder reached through a link', async () => {
    const base = folder()
    const input = path.join(base, 'page.txt')
    writeFileSync(input, pages[0]!)
    mkdirSync(path.join(base, 'out'))
    linkSync(input, path.join(base, 'out', 'page.txt'))
    const hard = await runCli([input, '--out', path.join(base, 'out')])
    expect(hard.code).toBe(1)
    expect(hard.stderr).toMatch(/its output .* is this input file/)
    expect(readFileSync(input, 'utf8')).toBe(pages[0])

    mkdirSync(path.join(base, 'pages'))
    writeFileSync(path.join(base, 'pages', 'a.txt'), pages[2]!)
    symlinkSync(path.join(base, 'pages'), path.join(base, 'pages-link'))
    const through = await runCli([path.join(base, 'pages-link'), '--out', path.join(base, 'pages')])
    expect(through.code).toBe(2)
    expect(through.stderr).toMatch(/--out .* is inside the input directory/)
    expect(readFileSync(path.join(base, 'pages', 'a.txt'), 'utf8')).toBe(pages[2])
  })

  it("plans every output first: one input's output over another input is refused before anything is written", async () => {
    const base = folder()
    mkdirSync(path.join(base, 'out'))
    writeFileSync(path.join(base, 'a.txt'), pages[0]!)
    writeFileSync(path.join(base, 'out', 'a.txt'), pages[1]!)
    const outcome = await runCli(['a.txt', 'out/a.txt', '--out', 'out'], {cwd: base})
    expect(outcome.code).toBe(1)
    expect(outcome.stderr).toContain('a.txt: its output out/a.txt is the input out/a.txt; not overwritten')
    expect(readFileSync(path.join(base, 'out', 'a.txt'), 'utf8')).toBe(pages[1])
    expect(readFileSync(path.join(base, 'a.txt'), 'utf8')).toBe(pages[0])
  })

  it('refuses to append its output to its own input (standard output is the input file)', async () => {
    const base = folder()
    const input = path.join(base, 'crawl.jsonl')
    const content = jsonl(3)
    writeFileSync(input, content)
    const fd = openSync(input, 'a')
    const child = spawn(process.execPath, [path.join(root, 'dist', 'cli.js'), '--jsonl', input], {stdio: ['ignore', fd, 'pipe']})
    let stderr = ''
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const [code] = (await once(child, 'close')) as [number]
    closeSync(fd)
    expect(code).toBe(2)
    expect(stderr).toMatch(/standard output is the input file/)
    expect(readFileSync(input, 'utf8')).toBe(content)
  })

  it('refuses a --report-file that is an input', async () => {
    const base = folder()
    writeFileSync(path.join(base, 'a.txt'), pages[0]!)
    const outcome = await runCli(['a.txt', '--report-file', 'a.txt'], {cwd: base})
    expect(outcome.code).toBe(2)
    expect(outcome.stderr).toMatch(/--report-file a\.txt is the input a\.txt/)
    expect(readFileSync(path.join(base, 'a.txt'), 'utf8')).toBe(pages[0])
  })
})

describe('outputs are written whole or not at all', () => {
  it('a run killed halfway leaves the old file under the name (never a part of the new one), and no temporary file', async () => {
    const base = folder()
    const marker = path.join(base, 'stalled')
    const module = path.join(base, 'stall.mjs')
    writeFileSync(
      module,
      `import {writeFileSync} from 'node:fs'
export default [{name: 'stall', run(context) {
  if (context.blocks.some((block) => block.text === 'STALL HERE')) {
    writeFileSync(${JSON.stringify(marker)}, 'x')
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60000)
  }
}}]
`
    )
    writeFileSync(
      path.join(base, 'in.jsonl'),
      jsonl(30, (index) => (index === 20 ? 'STALL HERE' : undefined))
    )
    mkdirSync(path.join(base, 'out'))
    writeFileSync(path.join(base, 'out', 'in.jsonl'), 'the old output\n')
    let kill: (() => void) | undefined
    const running = runCli(['in.jsonl', '--out', 'out', '--batch', '1', '--jobs', '1', '--cleaners', module], {
      cwd: base,
      started: (child) => (kill = () => child.kill('SIGTERM'))
    })
    for (let waited = 0; !existsSync(marker) && waited < 30_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50))
    expect(existsSync(marker)).toBe(true)
    // Records 1 to 20 are written, but to a temporary file: the old output is still the output.
    expect(readFileSync(path.join(base, 'out', 'in.jsonl'), 'utf8')).toBe('the old output\n')
    kill!()
    const outcome = await running
    expect(outcome.signal).toBe('SIGTERM')
    expect(readdirSync(path.join(base, 'out'))).toEqual(['in.jsonl'])
    expect(readFileSync(path.join(base, 'out', 'in.jsonl'), 'utf8')).toBe('the old output\n')
  })
})

describe('a worker that dies costs only its record', () => {
  const killer = (base: string, how: string): string => {
    const module = path.join(base, 'killer.mjs')
    writeFileSync(
      module,
      `export default [{name: 'killer', run(context) { for (const block of context.blocks) if (block.text === 'KILL THIS WORKER') { ${how} } }}]\n`
    )
    return module
  }

  it.each([
    ['exits its thread', 'process.exit(3)', {}],
    ['runs out of memory', 'const hog = []; for (;;) hog.push(new Array(100000).fill(block.text + hog.length))', {NEWSCLEAN_WORKER_MEMORY_MB: '96'}]
  ])('a cleaner that %s: the record is reported with its line and passed through, the rest cleaned, exit 1', async (_, how, env) => {
    const base = folder()
    const module = killer(base, how)
    const input = jsonl(24, (index) => (index === 16 ? 'KILL THIS WORKER' : undefined))
    const lines = input.trimEnd().split('\n')
    for (const jobs of ['1', '2']) {
      const outcome = await runCli(['--jsonl', '--jobs', jobs, '--batch', '4', '--cleaners', module], {input, env})
      expect(outcome.code, jobs).toBe(1)
      expect(outcome.stderr, jobs).toMatch(/^newsclean: <stdin>:17: the worker cleaning it stopped \(.*\); passed through unchanged$/m)
      const out = outcome.stdout.trimEnd().split('\n')
      expect(out, jobs).toHaveLength(24)
      expect(out[16]).toBe(lines[16])
      for (const index of [0, 15, 17, 23]) expect(out[index]).toBe(cleanedRecord(lines[index]!))
    }
  })
})

describe('input that is not UTF-8 text is refused, never changed', () => {
  it('refuses a Latin-1 page, naming the byte and line, and writes nothing for it', async () => {
    const base = folder()
    writeFileSync(path.join(base, 'latin1.txt'), Buffer.from('Première ligne\n\nLe café est fermé.\n', 'latin1'))
    writeFileSync(path.join(base, 'good.txt'), pages[1]!)
    const outcome = await runCli(['latin1.txt', 'good.txt', '--out', 'out'], {cwd: base})
    expect(outcome.code).toBe(1)
    expect(outcome.stderr).toMatch(/latin1\.txt: not UTF-8 \(byte 0xE8 at byte 6, line 1\); newsclean reads UTF-8 only.*nothing written for it/)
    expect(readdirSync(path.join(base, 'out'))).toEqual(['good.txt'])
    expect(readFileSync(path.join(base, 'out', 'good.txt'), 'utf8')).toBe(cleaned(pages[1]!))
  })

  it('passes a JSON Lines record that is not UTF-8 through as its bytes, naming it; the others are cleaned', async () => {
    const good = jsonl(3).trimEnd().split('\n')
    const bad = Buffer.concat([Buffer.from('{"id": 9, "text": "Le caf'), Buffer.from([0xe9]), Buffer.from(' est ferm\u00e9"}')])
    const input = Buffer.concat([Buffer.from(`${good[0]}\n`), bad, Buffer.from(`\n${good[1]}\n${good[2]}\n`)])
    const base = folder()
    writeFileSync(path.join(base, 'in.jsonl'), input)
    const outcome = await runCli(['in.jsonl', '--out', 'out'], {cwd: base})
    expect(outcome.code).toBe(1)
    expect(outcome.stderr).toMatch(/in\.jsonl:2: not UTF-8 \(byte 0xE9 at byte 26 of the line\).*passed through as it is/)
    const out = readFileSync(path.join(base, 'out', 'in.jsonl'))
    const expected = Buffer.concat([
      Buffer.from(`${cleanedRecord(good[0]!)}\n`),
      bad,
      Buffer.from(`\n${cleanedRecord(good[1]!)}\n${cleanedRecord(good[2]!)}\n`)
    ])
    expect(out.equals(expected)).toBe(true)
  })

  it('refuses binary input per file (exit 1, nothing written for it), the other files cleaned', async () => {
    const base = folder()
    writeFileSync(path.join(base, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))
    writeFileSync(path.join(base, 'page.txt'), pages[0]!)
    const text = await runCli(['image.txt', 'page.txt', '--out', 'out'], {cwd: base})
    expect(text.code).toBe(1)
    expect(text.stderr).toMatch(/image\.txt: binary data, not text \(a NUL byte at byte 9\)/)
    expect(readdirSync(path.join(base, 'out'))).toEqual(['page.txt'])

    writeFileSync(path.join(base, 'image.jsonl'), Buffer.concat([Buffer.from('{"text": "a"}\n'), Buffer.alloc(20)]))
    writeFileSync(path.join(base, 'crawl.jsonl'), jsonl(2))
    const lines = await runCli(['image.jsonl', 'crawl.jsonl', '--out', 'out-lines'], {cwd: base})
    expect(lines.code).toBe(1)
    expect(lines.stderr).toMatch(/image\.jsonl: binary data, not text .*nothing written for it/)
    expect(readdirSync(path.join(base, 'out-lines'))).toEqual(['crawl.jsonl'])
    // UTF-16 is named as such.
    const utf16 = await runCli(['--jsonl'], {input: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"text": "a"}\n', 'utf16le')])})
    expect(utf16.stderr).toMatch(/UTF-16 text, not UTF-8/)
    expect(utf16.stdout).toBe('')
  })

  it('keeps CRLF line endings in JSON Lines, and skips a byte-order mark before the first record', async () => {
    const lines = jsonl(3).trimEnd().split('\n')
    const input = `\uFEFF${lines.join('\r\n')}\r\n{"id": 3, "text": null}\r\n\r\n`
    const outcome = await runCli(['--jsonl'], {input})
    expect(outcome.stderr).toBe('newsclean: <stdin>:4: field "text" is not a string (null)\n')
    expect(outcome.stdout).toBe(`${lines.map(cleanedRecord).join('\r\n')}\r\n{"id": 3, "text": null}\r\n\r\n`)
  })
})

describe('gzip in, gzip out', () => {
  it('reads crawl.jsonl.gz and writes it gzipped under --out, plain on standard output', async () => {
    const base = folder()
    const input = jsonl(5)
    writeFileSync(path.join(base, 'crawl.jsonl.gz'), gzipSync(input))
    const expected = input
      .trimEnd()
      .split('\n')
      .map((line) => `${cleanedRecord(line)}\n`)
      .join('')
    const toStdout = await runCli(['crawl.jsonl.gz'], {cwd: base})
    expect(toStdout).toMatchObject({code: 0, stderr: '', stdout: expected})
    const toFile = await runCli(['crawl.jsonl.gz', '--out', 'out'], {cwd: base})
    expect(toFile).toMatchObject({code: 0, stderr: ''})
    expect(gunzipSync(readFileSync(path.join(base, 'out', 'crawl.jsonl.gz'))).toString('utf8')).toBe(expected)
  })

  it('reads gzip text pages from a directory (.txt.gz) and writes them gzipped', async () => {
    const base = folder()
    mkdirSync(path.join(base, 'pages'))
    writeFileSync(path.join(base, 'pages', 'a.txt.gz'), gzipSync(pages[1]!))
    writeFileSync(path.join(base, 'pages', 'b.txt'), pages[2]!)
    const outcome = await runCli(['pages', '--out', 'out'], {cwd: base})
    expect(outcome).toMatchObject({code: 0, stderr: ''})
    expect(readdirSync(path.join(base, 'out')).sort()).toEqual(['a.txt.gz', 'b.txt'])
    expect(gunzipSync(readFileSync(path.join(base, 'out', 'a.txt.gz'))).toString('utf8')).toBe(cleaned(pages[1]!))
    // And standard input.
    expect((await runCli([], {input: gzipSync(pages[0]!)})).stdout).toBe(cleaned(pages[0]!))
  })
})

describe('what a new user trips on', () => {
  it('reads a .jsonl file as JSON Lines without --jsonl (a record ending in "All rights reserved" stays a record)', async () => {
    const base = folder()
    const records = [
      {id: 1, text: 'The council approved the plan on Tuesday after a long debate about its cost and its timing.'},
      {id: 2, text: 'Engineers expect the work to take eighteen months, most of it paid by the state.\n\nAll rights reserved'}
    ]
    writeFileSync(path.join(base, 'crawl.jsonl'), records.map((record) => JSON.stringify(record)).join('\n') + '\n')
    const outcome = await runCli(['crawl.jsonl'], {cwd: base})
    expect(outcome).toMatchObject({code: 0, stderr: ''})
    expect(
      outcome.stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as unknown)
    ).toEqual(records.map((record) => ({...record, text: clean(record.text).text})))
    const field = await runCli(['--field', 'body', 'page.txt'], {cwd: base})
    expect(field.code).toBe(2)
    expect(field.stderr).toMatch(/--field is for JSON Lines/)
  })

  it('reports a directory with no file to clean (exit 1)', async () => {
    const base = folder()
    mkdirSync(path.join(base, 'empty'))
    writeFileSync(path.join(base, 'empty', 'notes.md'), 'not a page')
    const outcome = await runCli(['empty', '--out', 'out'], {cwd: base})
    expect(outcome.code).toBe(1)
    expect(outcome.stderr).toMatch(/empty: no file with the extension \.txt in this directory/)
  })

  it('names --max-length, not the library option, when a page is too long', async () => {
    const outcome = await runCli(['--max-length', '10'], {input: pages[0]})
    expect(outcome.code).toBe(1)
    expect(outcome.stderr).toMatch(/longer than --max-length \(10\); raise --max-length/)
    expect(outcome.stderr).not.toMatch(/maxLength/)
    // A page that cannot be cleaned goes out unchanged, as a record does.
    expect(outcome.stdout).toBe(pages[0])
  })

  it('caps --jobs and says so', async () => {
    const outcome = await runCli(['--jobs', '1000'], {input: pages[0]})
    expect(outcome.code).toBe(0)
    expect(outcome.stderr).toMatch(/^newsclean: --jobs 1000 capped at \d+ \(/)
  })
})

describe('standard error and the report file', () => {
  it('a closed standard error with --report loses the messages, not the run', async () => {
    const base = folder()
    mkdirSync(path.join(base, 'pages'))
    for (let index = 0; index < 60; index++) writeFileSync(path.join(base, 'pages', `p${String(index).padStart(2, '0')}.txt`), pages[index % 3]!)
    const outcome = await runCli(['pages', '--out', 'out', '--report', '--batch', '1', '--jobs', '1'], {
      cwd: base,
      started: (child) => child.stderr?.once('data', () => child.stderr?.destroy())
    })
    expect(outcome.code).toBe(0)
    expect(readdirSync(path.join(base, 'out'))).toHaveLength(60)
  })

  it('a --report-file that cannot be made fails at once (exit 2)', async () => {
    const outcome = await runCli(['--report-file', '/proc/nope/x'], {input: pages[0]})
    expect(outcome.code).toBe(2)
    expect(outcome.stderr).toMatch(/\/proc\/nope\/x: cannot write/)
  }, 20_000)
})
