/**
 * The smallest scorer for the wceb corpus (`../shared/corpora/wceb/pages.jsonl.gz`, read in
 * place): the metric of its README. To be replaced by the shared `scripts/lib/wceb.ts` when that
 * reaches main.
 *
 * Tokens are lower-cased `[\p{L}\p{N}]+` runs. Per page: P = overlap / output tokens, R = overlap /
 * truth tokens (multiset overlap), F1; figures are means over pages. "Lost": of the truth tokens
 * the input has, the share the output misses. "Boilerplate removed": of the input's tokens not in
 * the truth, the share cleaning removed. Markdown is scored on its visible text: images dropped,
 * links reduced to their text, bare URLs dropped; HTML left in by turndown counts as text (the
 * README's convention) unless `stripHtml`, where only its text content counts (what a renderer
 * shows). A page without Markdown scores 0 (the README's convention) unless skipped.
 */
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {gunzipSync} from 'node:zlib'
import {fromHtml} from 'hast-util-from-html'
import {toText} from 'hast-util-to-text'
import type {Nodes} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {gfmFromMarkdown} from 'mdast-util-gfm'
import {gfm} from 'micromark-extension-gfm'
import {projectRoot} from './corpus.js'

export const DATASETS = ['cleaneval', 'cleanportaleval', 'dragnet', 'l3s-gn1', 'readability'] as const
export type Dataset = (typeof DATASETS)[number]
export type InputName = 'page' | 'readability' | 'markdown'

export interface WcebPage {
  id: string
  dataset: Dataset
  news: boolean
  truth: string
  page: string
  readability: string
  markdown: string | null
}

/** The corpus file: `--wceb DIR`, `$NEWSCLEAN_WCEB`, else `../shared/corpora/wceb` beside the project. */
export function resolveWceb(option?: string): string | undefined {
  const dir = path.resolve(option ?? process.env.NEWSCLEAN_WCEB ?? path.join(projectRoot, '..', 'shared', 'corpora', 'wceb'))
  const file = path.join(dir, 'pages.jsonl.gz')
  if (existsSync(file)) return file
  if (option !== undefined || process.env.NEWSCLEAN_WCEB) throw new Error(`No wceb corpus at ${dir} (expected pages.jsonl.gz)`)
  return undefined
}

export function loadWceb(file: string): WcebPage[] {
  const text = gunzipSync(readFileSync(file)).toString('utf8')
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as WcebPage)
}

const TOKEN = /[\p{L}\p{N}]+/gu

export type Bag = Map<string, number>

export function bagOf(text: string): Bag {
  const bag: Bag = new Map()
  for (const token of text.toLowerCase().match(TOKEN) ?? []) bag.set(token, (bag.get(token) ?? 0) + 1)
  return bag
}

function size(bag: Bag): number {
  let sum = 0
  for (const count of bag.values()) sum += count
  return sum
}

function overlap(a: Bag, b: Bag): number {
  let sum = 0
  for (const [token, count] of a) sum += Math.min(count, b.get(token) ?? 0)
  return sum
}

const URL = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>()[\]]*/giu

/** Markdown's visible text (see the module's description), through mdast. */
export function markdownVisible(markdown: string, stripHtml = false): string {
  const parts: string[] = []
  const walk = (node: Nodes): void => {
    switch (node.type) {
      case 'image':
      case 'imageReference':
      case 'definition':
        return
      case 'text':
      case 'inlineCode':
      case 'code':
        parts.push(node.value)
        return
      case 'html':
        parts.push(stripHtml ? toText(fromHtml(node.value, {fragment: true})) : node.value)
        return
      case 'break':
        parts.push(' ')
        return
      default:
        if ('children' in node) {
          for (const child of node.children) walk(child)
          parts.push('\n')
        }
    }
  }
  walk(fromMarkdown(markdown, {extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()]}))
  return parts.join('').replace(URL, ' ')
}

export interface PageScore {
  p: number
  r: number
  f1: number
  lost?: number
  removed?: number
}

function prf(hit: number, output: number, truth: number): PageScore {
  const p = output === 0 ? 0 : hit / output
  const r = truth === 0 ? 0 : hit / truth
  return {p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r)}
}

/** Raw and cleaned scores of one page. */
export function scorePage(truth: Bag, input: Bag, output: Bag): {raw: PageScore; cleaned: PageScore} {
  const inputHit = overlap(truth, input)
  const outputHit = overlap(truth, output)
  const nInput = size(input)
  const nOutput = size(output)
  const nTruth = size(truth)
  const raw = prf(inputHit, nInput, nTruth)
  const cleaned = prf(outputHit, nOutput, nTruth)
  if (inputHit > 0) cleaned.lost = Math.max(0, inputHit - outputHit) / inputHit
  const junk = nInput - inputHit
  if (junk > 0) cleaned.removed = Math.max(0, junk - (nOutput - outputHit)) / junk
  return {raw, cleaned}
}

export interface Figures {
  pages: number
  raw: PageScore
  cleaned: PageScore
  lost: number
  removed: number
  worse: number
  better: number
}

const mean = (values: number[]): number => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length)

/** Means over pages. */
export function figures(scores: ReadonlyArray<{raw: PageScore; cleaned: PageScore}>): Figures {
  const avg = (pick: (s: {raw: PageScore; cleaned: PageScore}) => PageScore): PageScore => ({
    p: mean(scores.map((s) => pick(s).p)),
    r: mean(scores.map((s) => pick(s).r)),
    f1: mean(scores.map((s) => pick(s).f1))
  })
  return {
    pages: scores.length,
    raw: avg((s) => s.raw),
    cleaned: avg((s) => s.cleaned),
    lost: mean(scores.flatMap((s) => (s.cleaned.lost === undefined ? [] : [s.cleaned.lost]))),
    removed: mean(scores.flatMap((s) => (s.cleaned.removed === undefined ? [] : [s.cleaned.removed]))),
    worse: scores.filter((s) => s.cleaned.f1 < s.raw.f1 - 1e-9).length,
    better: scores.filter((s) => s.cleaned.f1 > s.raw.f1 + 1e-9).length
  }
}
