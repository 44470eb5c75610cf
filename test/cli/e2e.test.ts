/**
 * The built `newsclean` command, run as a child process (test/support/global-setup.ts builds it).
 */
import {spawn} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'
import {clean, reportOf, ruleNames} from '../../src/index.js'
import {runCli as run, type Outcome} from '../support/cli.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const cli = path.join(root, 'dist', 'cli.js')
const names = ['000_cc75b6f09f6c4717', '001_b46072169c073c9b', '002_7719a9272971f7ea']
const fixturePath = (name: string): string => path.join(root, 'fixtures', `${name}.txt`)
const pages = names.map((name) => readFileSync(fixturePath(name), 'utf8'))
const work = mkdtempSync(path.join(tmpdir(), 'newsclean-cli-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

/** What the library gives for a page, with the page's final line break. */
const cleaned = (page: string): string => clean(page).text + (page.endsWith('\n') ? '\n' : '')

/** A JSON Lines input: records of the seed pages with other fields, and bad lines at known places. */
function records(count: number): {lines: string[]; bad: Map<number, RegExp>} {
  const lines: string[] = []
  const bad = new Map<number, RegExp>()
  for (let index = 0; index < count; index++) {
    if (index % 10 === 4) {
      lines.push(`{"id": ${index}, "text": `)
      bad.set(index + 1, /not valid JSON/)
    } else if (index % 10 === 7) {
      lines.push(`{"id": ${index}, "text": null}`)
      bad.set(index + 1, /field "text" is not a string/)
    } else {
      lines.push(`{"id": 9007199254740993${index}, "url": "https://example.org/${index}",  "text": ${JSON.stringify(pages[index % 3])}, "score": 1.50}`)
    }
  }
  return {lines, bad}
}

describe('newsclean on text', () => {
  it('prints the cleaned page of a file, and the same from standard input', async () => {
    const fromFile = await run([fixturePath(names[1]!)])
    expect(fromFile).toEqual({code: 0, stdout: cleaned(pages[1]!), stderr: ''})
    const fromStdin = await run([], pages[1])
    expect(fromStdin).toEqual({code: 0, stdout: cleaned(pages[1]!), stderr: ''})
  })

  it('cleans several files, or a directory, into --out under the same names', async () => {
    const out = path.join(work, 'out-files')
    const files = await run([fixturePath(names[0]!), fixturePath(names[2]!), '--out', out, '--jobs', '2'])
    expect(files).toMatchObject({code: 0, stderr: ''})
    expect(readdirSync(out).sort()).toEqual([`${names[0]}.txt`, `${names[2]}.txt`])
    expect(readFileSync(path.join(out, `${names[2]}.txt`), 'utf8')).toBe(cleaned(pages[2]!))

    const tree = path.join(work, 'tree')
    mkdirSync(path.join(tree, 'sub'), {recursive: true})
    writeFileSync(path.join(tree, 'a.txt'), pages[0]!)
    writeFileSync(path.join(tree, 'sub', 'b.txt'), pages[1]!)
    writeFileSync(path.join(tree, 'notes.md'), 'not a page')
    const outTree = path.join(work, 'out-tree')
    const directory = await run([tree, '-o', outTree])
    expect(directory).toMatchObject({code: 0, stderr: ''})
    expect(readdirSync(outTree, {recursive: true}).map(String).sort()).toEqual(['a.txt', 'sub', path.join('sub', 'b.txt')])
    expect(readFileSync(path.join(outTree, 'sub', 'b.txt'), 'utf8')).toBe(cleaned(pages[1]!))
  })

  it('asks for --out when given several inputs, with exit code 2', async () => {
    const outcome = await run([fixturePath(names[0]!), fixturePath(names[1]!)])
    expect(outcome.code).toBe(2)
    expect(outcome.stdout).toBe('')
    expect(outcome.stderr).toMatch(/several inputs: give --out DIR/)
  })

  it('names an unreadable file, writes the others and exits with 1', async () => {
    const out = path.join(work, 'out-missing')
    const missing = path.join(work, 'no-such-page.txt')
    const outcome = await run([fixturePath(names[0]!), missing, fixturePath(names[1]!), '--out', out])
    expect(outcome.code).toBe(1)
    expect(outcome.stderr).toContain(`${missing}: cannot read (ENOENT`)
    expect(readdirSync(out).sort()).toEqual([`${names[0]}.txt`, `${names[1]}.txt`])
  })

  it('writes a JSON report to stderr with --report, and one line per file to --report-file', async () => {
    const outcome = await run(['--report'], pages[1])
    expect(outcome.code).toBe(0)
    expect(outcome.stdout).toBe(cleaned(pages[1]!))
    expect(JSON.parse(outcome.stderr)).toEqual({file: '<stdin>', ...reportOf(clean(pages[1]!))})

    const reportFile = path.join(work, 'report.jsonl')
    const several = await run([...names.map(fixturePath), '--out', path.join(work, 'out-report'), '--report-file', reportFile, '--jobs', '2', '--batch', '1'])
    expect(several).toMatchObject({code: 0, stderr: ''})
    const lines = readFileSync(reportFile, 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as {file: string; removed: unknown[]})
    expect(lines.map((line) => line.file)).toEqual(names.map(fixturePath))
    expect(lines[2]).toEqual({file: fixturePath(names[2]!), ...reportOf(clean(pages[2]!))})
  })

  it('reads .md files as Markdown unless --format says otherwise, and reports the format', async () => {
    const markdown =
      '[Skip to content](#main)\n\n# Fire in the harbour\n\nA fire broke out in the harbour on Monday, the fire brigade said, and spread to two ships.\n'
    const file = path.join(work, 'story.md')
    writeFileSync(file, markdown)
    const asMarkdown = await run(['--report', file])
    expect(asMarkdown.code).toBe(0)
    expect(asMarkdown.stdout).toBe(clean(markdown, {format: 'markdown'}).text + '\n')
    expect(JSON.parse(asMarkdown.stderr)).toMatchObject({file, format: 'markdown', wrapped: false})
    const asText = await run(['--report', '--format', 'text', file])
    expect(JSON.parse(asText.stderr)).toMatchObject({format: 'text'})
    const bad = await run(['--format', 'html', file])
    expect(bad.code).toBe(2)
  })

  it('explains a page for a person: removed lines marked with rule and reason, plain when piped', async () => {
    const outcome = await run(['--explain', fixturePath(names[1]!)])
    expect(outcome.code).toBe(0)

    expect(outcome.stdout).not.toMatch(/\u001B\[/)
    const result = clean(pages[1]!)
    for (const removal of result.removed) {
      expect(outcome.stdout).toContain(`${removal.line} - ${removal.text}`)
      expect(outcome.stdout).toContain(`[${removal.rule}] ${removal.reason}`)
    }
    expect(outcome.stdout).toContain(`Removed   ${result.removed.length} of`)
    expect(outcome.stdout).toContain(`Byline    ${result.metadata.byline}`)
    const colored = await run(['--explain', '--color', fixturePath(names[1]!)])

    expect(colored.stdout).toMatch(/\u001B\[31m/)
  })
})

describe('newsclean --jsonl', () => {
  const {lines, bad} = records(40)
  const input = `${lines.join('\n')}\n`

  it('cleans each record, passes bad lines through unchanged and names them, exit code 1', async () => {
    const outcome = await run(['--jsonl', '--jobs', '1'], input)
    expect(outcome.code).toBe(1)
    const out = outcome.stdout.split('\n')
    expect(out.pop()).toBe('')
    expect(out).toHaveLength(lines.length)
    for (const [index, line] of lines.entries()) {
      if (bad.has(index + 1)) {
        expect(out[index]).toBe(line)
        continue
      }
      // Only the text changed: the big id, the spacing and 1.50 are as they were.
      const page = pages[index % 3]!
      expect(out[index]).toBe(line.replace(JSON.stringify(page), JSON.stringify(clean(page).text)))
    }
    const messages = outcome.stderr.trimEnd().split('\n')
    expect(messages).toHaveLength(bad.size)
    for (const [index, [number, pattern]] of [...bad].entries()) {
      expect(messages[index]).toMatch(new RegExp(`^newsclean: <stdin>:${number}: ${pattern.source}`))
    }
  })

  it('gives the same output with --jobs 2 as with --jobs 1', async () => {
    const one = await run(['--jsonl', '--jobs', '1', '--batch', '3', '--report'], input)
    const two = await run(['--jsonl', '--jobs', '2', '--batch', '3', '--report'], input)
    expect(two).toEqual(one)
    expect(one.stdout.split('\n')).toHaveLength(lines.length + 1)
  })

  it('with --strict, writes what came before the first bad line and stops with exit code 2', async () => {
    const outcome = await run(['--jsonl', '--strict', '--jobs', '2', '--batch', '2'], input)
    expect(outcome.code).toBe(2)
    const first = Math.min(...bad.keys())
    expect(outcome.stdout.split('\n').slice(0, -1)).toHaveLength(first - 1)
    expect(outcome.stderr).toMatch(new RegExp(`<stdin>:${first}: not valid JSON[^\\n]*\\nnewsclean: stopped at the first bad input \\(--strict\\)\\n$`))
  })

  it('adds the report under its own key with --report, and reads --field', async () => {
    const record = {url: 'https://example.org/a', body: pages[1]!}
    const outcome = await run(['--jsonl', '--field', 'body', '--report', '--report-key', 'cleaning'], `${JSON.stringify(record)}\n`)
    expect(outcome).toMatchObject({code: 0, stderr: ''})
    const out = JSON.parse(outcome.stdout) as Record<string, unknown>
    expect(Object.keys(out)).toEqual(['url', 'body', 'cleaning'])
    expect(out.body).toBe(clean(pages[1]!).text)
    expect(out.cleaning).toEqual(reportOf(clean(pages[1]!)))
    const removal = (out.cleaning as {removed: Array<Record<string, unknown>>}).removed[0]!
    expect(Object.keys(removal)).toEqual(['rule', 'category', 'reason', 'text', 'line', 'endLine', 'start', 'end'])
  })

  it('handles a page of a million characters on one line', async () => {
    const long = Array.from({length: 400}, (_, index) => pages[index % 3]).join('\n\n')
    expect(long.length).toBeGreaterThan(1_000_000)
    const outcome = await run(['--jsonl', '--jobs', '2'], `${JSON.stringify({text: long})}\n${JSON.stringify({text: pages[0]})}\n`)
    expect(outcome.code).toBe(0)
    const [first, second] = outcome.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as {text: string})
    expect(first!.text).toBe(clean(long).text)
    expect(second!.text).toBe(clean(pages[0]!).text)
  })

  it('loads extra cleaners from --cleaners in every worker', async () => {
    const module = path.join(work, 'cleaners.mjs')
    writeFileSync(module, "export default [{name: 'site-heading', test: (block) => block.text === 'Réunion à Wiesbaden' && 'a heading of this site'}]\n")
    const {lines: some} = records(6)
    const outcome = await run(['--jsonl', '--jobs', '2', '--batch', '1', '--report', '--cleaners', module], `${some.join('\n')}\n`)
    const second = JSON.parse(outcome.stdout.split('\n')[1]!) as {newsclean: {removed: Array<{rule: string; text: string}>}}
    expect(second.newsclean.removed).toContainEqual(
      expect.objectContaining({rule: 'site-heading', text: 'Réunion à Wiesbaden', reason: 'a heading of this site'})
    )
  })

  it('lets a --cleaners module outside any project import newsclean (resolved from the command own install)', async () => {
    // The temporary folder has no node_modules: `import 'newsclean'` resolves to the running newsclean.
    const module = path.join(work, 'outside.mjs')
    writeFileSync(
      module,
      `import {defineCleaner, CleanerError} from 'newsclean'
import {cleanAll} from 'newsclean/stream'
if (typeof cleanAll !== 'function' || typeof CleanerError !== 'function') throw new Error('no newsclean')
export default [defineCleaner({name: 'site-heading', test: (block) => block.text === 'Réunion à Wiesbaden' && 'a heading of this site'})]
`
    )
    const {lines: some} = records(6)
    for (const jobs of ['1', '2']) {
      const outcome = await run(['--jsonl', '--jobs', jobs, '--batch', '1', '--report', '--cleaners', module], `${some.join('\n')}\n`)
      expect(outcome.stderr, jobs).not.toMatch(/Cannot find|ERR_MODULE_NOT_FOUND/)
      const second = JSON.parse(outcome.stdout.split('\n')[1]!) as {newsclean: {removed: Array<{rule: string}>}}
      expect(
        second.newsclean.removed.map((removal) => removal.rule),
        jobs
      ).toContain('site-heading')
    }
  })

  it('stops quietly when the reader goes away', async () => {
    const {lines: many} = records(300)
    const outcome = await new Promise<Outcome>((resolve) => {
      const child = spawn(process.execPath, [cli, '--jsonl', '--jobs', '1', '--batch', '1'])
      let stderr = ''
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
      child.stdout.once('data', () => child.stdout.destroy())
      child.stdin.on('error', () => {})
      child.stdin.end(`${many.filter((line) => line.includes('"url"')).join('\n')}\n`)
      child.on('close', (code) => resolve({code, stdout: '', stderr}))
    })
    expect(outcome).toEqual({code: 0, stdout: '', stderr: ''})
  })
})

describe('newsclean flags', () => {
  it('prints --version, --help and --list-rules with exit code 0', async () => {
    const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {version: string}).version
    expect(await run(['--version'])).toEqual({code: 0, stdout: `${version}\n`, stderr: ''})
    const help = await run(['--help'])
    expect(help.code).toBe(0)
    for (const flag of ['--jsonl', '--field', '--out', '--report', '--explain', '--language', '--disable', '--jobs', '--strict'])
      expect(help.stdout).toContain(flag)
    const rules = await run(['--list-rules'])
    expect(
      rules.stdout
        .trimEnd()
        .split('\n')
        .map((line) => line.split(' ')[0])
    ).toEqual([...ruleNames])
  })

  it('turns clean() options into flags: --disable keeps the rule off, --language forces the pack', async () => {
    const outcome = await run(['--disable', 'byline,category-label', '--language', 'en', '--report'], pages[1])
    expect(outcome.code).toBe(0)
    const expected = clean(pages[1]!, {disable: ['byline', 'category-label'], language: 'en'})
    expect(outcome.stdout).toBe(expected.text + (pages[1]!.endsWith('\n') ? '\n' : ''))
    expect(outcome.stdout).toContain('by Sara')
    expect((JSON.parse(outcome.stderr) as {language: string}).language).toBe('en')
  })

  it('ends with exit code 2 and a message on bad usage', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['--no-such-flag'], /unknown option '--no-such-flag'/],
      [['--language', 'xx'], /unsupported language 'xx'/],
      [['--disable', 'no-such-rule'], /unknown rule .*no-such-rule.* in --disable/],
      [['--max-length', 'lots'], /--max-length.*whole number/],
      [['--jobs', '0'], /--jobs.*1 or more/],
      [['--explain', '--out', 'x'], /--explain.*--out/],
      [['--jsonl', '--report-file', 'r.jsonl'], /--report-file is for text input/],
      [['--cleaners', path.join(work, 'none.mjs')], /Cannot find module|ERR_MODULE_NOT_FOUND|none\.mjs/]
    ]
    for (const [args, message] of cases) {
      const outcome = await run(args, 'text')
      expect(outcome.code, args.join(' ')).toBe(2)
      expect(outcome.stderr, args.join(' ')).toMatch(message)
      expect(outcome.stdout, args.join(' ')).toBe('')
    }
  })
})
