/**
 * The article extraction benchmark corpus, read in place (it is never copied into the repo).
 *
 * Where it is: `--corpus DIR`, else `$NEWSCLEAN_CORPUS`, else
 * `../shared/corpora/article-extraction-benchmark` beside the project root, when it exists.
 */
import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/** Root of the project (the folder with `package.json`). */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** Where the corpus is looked for when neither `--corpus` nor `$NEWSCLEAN_CORPUS` is given. */
export const defaultCorpus = path.resolve(projectRoot, '..', 'shared', 'corpora', 'article-extraction-benchmark')

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory()
  } catch {
    return false
  }
}

/**
 * The corpus folder to use, or `undefined` when there is none.
 * A folder given explicitly (option or environment) must exist: a typo is an error, not a skip.
 */
export function resolveCorpus(option?: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const explicit = option ?? (env.NEWSCLEAN_CORPUS || undefined)
  if (explicit !== undefined) {
    const dir = path.resolve(explicit)
    if (!isDirectory(dir) || !existsSync(path.join(dir, 'ground-truth.json'))) {
      throw new Error(`No corpus at ${dir} (expected a folder with ground-truth.json)`)
    }
    return dir
  }
  return isDirectory(defaultCorpus) && existsSync(path.join(defaultCorpus, 'ground-truth.json')) ? defaultCorpus : undefined
}

/** Page id → text. */
export type Texts = Map<string, string>

interface Entry {
  articleBody?: string | null
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8')) as unknown
}

function toTexts(data: unknown, file: string): Texts {
  // Some output files wrap the pages as `{version, output: {…}}`.
  const record =
    data && typeof data === 'object' && 'output' in data && typeof data.output === 'object'
      ? (data.output as Record<string, unknown>)
      : (data as Record<string, unknown>)
  if (!record || typeof record !== 'object') throw new Error(`${file}: not an object`)
  const texts: Texts = new Map()
  for (const [id, value] of Object.entries(record)) {
    if (value === null || value === undefined) continue
    const text = typeof value === 'string' ? value : (value as Entry).articleBody
    texts.set(id, typeof text === 'string' ? text : '')
  }
  return texts
}

export interface Corpus {
  dir: string
  /** Ground truth, page id → article text, in file order. */
  truth: Texts
  /** Extractor names (file names of `output/` without `.json`), sorted. */
  extractors: string[]
  /** One extractor's outputs (pages it has no entry for are absent). */
  output(extractor: string): Texts
}

export function loadCorpus(dir: string): Corpus {
  const truth = toTexts(readJson(path.join(dir, 'ground-truth.json')), 'ground-truth.json')
  const outputDir = path.join(dir, 'output')
  const extractors = isDirectory(outputDir)
    ? readdirSync(outputDir)
        .filter((name) => name.endsWith('.json'))
        .map((name) => name.slice(0, -'.json'.length))
        .sort((a, b) => a.localeCompare(b, 'en'))
    : []
  const cache = new Map<string, Texts>()
  return {
    dir,
    truth,
    extractors,
    output(extractor) {
      let texts = cache.get(extractor)
      if (!texts) {
        const file = path.join(outputDir, `${extractor}.json`)
        texts = toTexts(readJson(file), file)
        cache.set(extractor, texts)
      }
      return texts
    }
  }
}

/** One row of the README table of raw scores. */
export interface ReferenceRow {
  /** The extractor's file name (`AutoExtract`, `html-text`). */
  extractor: string
  /** The row's label as written (`AutoExtract (commercial)`). */
  label: string
  /** The figures as printed, 3 decimals. */
  f1: string
  precision: string
  recall: string
}

/**
 * The table of raw scores in the corpus README (`| extractor | F1 | precision | recall |`).
 * A label's first word is the extractor's file name.
 */
export function parseReferenceTable(markdown: string): ReferenceRow[] {
  const rows: ReferenceRow[] = []
  let inTable = false
  for (const line of markdown.split('\n')) {
    const trimmed = line.trim()
    if (!trimmed.startsWith('|')) {
      inTable = false
      continue
    }
    const cells = trimmed
      .slice(1, trimmed.endsWith('|') ? -1 : undefined)
      .split('|')
      .map((cell) => cell.trim())
    if (cells.length < 4) continue
    const [label = '', f1 = '', precision = '', recall = ''] = cells
    if (/^extractor$/i.test(label) && /^f1$/i.test(f1)) {
      inTable = true
      continue
    }
    if (!inTable || /^-+$/.test(label.replace(/:/g, ''))) continue
    if (![f1, precision, recall].every((value) => /^\d+(\.\d+)?$/.test(value))) continue
    const extractor = label.split(/\s+/)[0] ?? label
    rows.push({extractor, label, f1, precision, recall})
  }
  return rows
}

/** The README's reference table, or `[]` when the README is missing. */
export function readReferenceTable(dir: string): ReferenceRow[] {
  const file = path.join(dir, 'README.md')
  return existsSync(file) ? parseReferenceTable(readFileSync(file, 'utf8')) : []
}
