/**
 * `--explain`: a page for a person to read, every removed line marked with its rule and
 * reason, kept lines plain, and a summary (language, counts by rule, metadata) at the end.
 */
import picocolors from 'picocolors'
import type {PageReport} from '../api/report.js'
import {isBlank, splitLines} from '../text/lines.js'

/** Metadata fields in summary order, with their labels. */
const metadataFields = [
  ['title', 'Title'],
  ['byline', 'Byline'],
  ['category', 'Category'],
  ['tags', 'Tags'],
  ['source', 'Source'],
  ['published', 'Published'],
  ['modified', 'Modified'],
  ['readingTime', 'Reading']
] as const

/**
 * Explain a cleaned page.
 *
 * @param text The page as it was given.
 * @param report What cleaning it gave.
 * @param name The page's name for the heading (a path, `<stdin>`, `records.jsonl:12`).
 * @param color Use ANSI colours.
 * @returns The explanation, ending with a line break.
 */
export function explain(text: string, report: PageReport, name: string, color: boolean): string {
  const c = picocolors.createColors(color)
  // A removal of several lines (a wrapped paragraph, a Markdown block) marks each; its reason goes under the last.
  const byLine = new Map<number, PageReport['removed'][number]>()
  for (const removal of report.removed) for (let line = removal.line; line <= (removal.endLine ?? removal.line); line++) byLine.set(line, removal)
  const lines = splitLines(text)
  const width = String(lines.length).length
  const out: string[] = [c.bold(`==> ${name} <==`)]

  let blocks = 0
  for (const line of lines) {
    if (isBlank(line.text)) {
      out.push('')
      continue
    }
    blocks++
    const number = String(line.line).padStart(width)
    const removal = byLine.get(line.line)
    if (removal) {
      out.push(`${c.dim(number)} ${c.red('-')} ${c.red(line.text)}`)
      if (line.line === (removal.endLine ?? removal.line))
        out.push(`${' '.repeat(width)}   ${c.dim('└')} ${c.yellow(`[${removal.rule}]`)} ${c.dim(removal.reason)}`)
    } else {
      out.push(`${c.dim(number)}   ${line.text}`)
    }
  }
  // Blank lines at the end of the page say nothing.
  while (out.length > 1 && out[out.length - 1] === '') out.pop()

  out.push('', summary(report, blocks, c).join('\n'), '')
  return out.join('\n')
}

/** The summary lines: counts, rules, language and metadata. */
function summary(report: PageReport, blocks: number, c: ReturnType<typeof picocolors.createColors>): string[] {
  const flags = [...(report.languageMatch ? [] : ['not a target language']), ...(report.empty ? ['empty'] : [])]
  const removedLines = report.removed.reduce((sum, removal) => sum + (removal.endLine ?? removal.line) - removal.line + 1, 0)
  const lines = [
    `${c.bold('Removed')}   ${removedLines} of ${blocks} lines${removedLines === report.removed.length ? '' : ` (${report.removed.length} blocks)`}`,
    `${c.bold('Language')}  ${report.language} (confidence ${report.languageConfidence})${flags.length > 0 ? `, ${flags.join(', ')}` : ''}`,
    `${c.bold('Format')}    ${report.format}${report.wrapped ? ' (hard-wrapped)' : ''}`
  ]
  const counts = new Map<string, number>()
  for (const removal of report.removed) counts.set(removal.rule, (counts.get(removal.rule) ?? 0) + 1)
  if (counts.size > 0) lines.push(`${c.bold('Rules')}     ${[...counts].map(([rule, n]) => `${c.yellow(rule)} ${n}`).join(', ')}`)
  for (const [key, label] of metadataFields) {
    const value = report.metadata[key]
    if (value === undefined) continue
    lines.push(`${c.bold(label.padEnd(9))} ${Array.isArray(value) ? value.join(', ') : key === 'readingTime' ? `${value} min` : value}`)
  }
  return lines
}
