/**
 * `--audit report.html`: one self-contained HTML page (no script, no outside file) that shows
 * each record's lines, the removed ones struck through and coloured by rule with the rule's
 * reason on hover, and a summary per rule with its counts. Records are written as they come
 * (memory stays flat on a crawl of any length); the summary comes last in the file and is
 * shown first (CSS `order`).
 */
import type {RecordFacts} from './exports.js'

/** Text for HTML (element content and attribute values). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

/** Colours of rules: dark enough to read on white, far apart. */
const PALETTE = ['#b91c1c', '#c2410c', '#a16207', '#4d7c0f', '#047857', '#0e7490', '#1d4ed8', '#6d28d9', '#a21caf', '#be123c', '#57534e', '#0f766e']

/** A colour for a rule, the same in every report: picked by a hash of its name. */
export function ruleColor(rule: string): string {
  let hash = 0
  for (let index = 0; index < rule.length; index++) hash = (hash * 31 + rule.charCodeAt(index)) >>> 0
  return PALETTE[hash % PALETTE.length]!
}

const STYLE = `
body{font:15px/1.45 system-ui,sans-serif;margin:0;background:#fafafa;color:#222}
main{display:flex;flex-direction:column;gap:1.5rem;max-width:70rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.4rem;margin:0;order:-2}
#summary{order:-1;background:#fff;border:1px solid #ddd;border-radius:6px;padding:1rem}
#summary table{border-collapse:collapse}
#summary td,#summary th{padding:.2rem .8rem;text-align:left}
#summary td.count,#summary td.pages{text-align:right;font-variant-numeric:tabular-nums}
.swatch{display:inline-block;width:.8em;height:.8em;border-radius:2px;margin-right:.4em;background:var(--c)}
.record{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.5rem 1rem}
.record h2{font-size:1rem;margin:.3rem 0}
.record h2 small{font-weight:normal;color:#666}
.flag{background:#fde68a;border-radius:3px;padding:0 .3em;margin-left:.4em;font-size:.8em}
ol.lines{margin:0;padding-left:3.5em}
ol.lines li{white-space:pre-wrap;overflow-wrap:anywhere}
li.removed{color:var(--c);text-decoration:line-through;cursor:help}
li.removed::marker{color:var(--c)}
`

/** Counts of one rule. */
interface RuleCounts {
  category: string
  lines: number
  records: Set<number>
}

/** Writes an audit report through a sink, record by record. */
export class AuditWriter {
  readonly #write: (text: string) => Promise<void>
  readonly #rules = new Map<string, RuleCounts>()
  #records = 0
  #lines = 0
  #removed = 0

  /** @param write Appends text to the report. */
  constructor(write: (text: string) => Promise<void>) {
    this.#write = write
  }

  /** The head of the page. */
  async start(title = 'newsclean audit'): Promise<void> {
    await this.#write(
      `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escapeHtml(title)}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n<main>\n<h1>${escapeHtml(title)}</h1>\n`
    )
  }

  /**
   * One record: its lines as given, the removed ones struck through.
   *
   * @param facts The record (with its text).
   */
  async record(facts: RecordFacts): Promise<void> {
    const index = this.#records++
    this.#lines += facts.lines
    this.#removed += facts.removed.length
    const byLine = new Map(facts.removed.map((row) => [row[0], row]))
    for (const [, rule, category] of facts.removed) {
      let counts = this.#rules.get(rule)
      if (!counts) this.#rules.set(rule, (counts = {category, lines: 0, records: new Set()}))
      counts.lines++
      counts.records.add(index)
    }
    const items: string[] = []
    const lines = (facts.text ?? '').split(/\r\n|\r|\n/)
    lines.forEach((text, at) => {
      if (text.trim() === '') return
      const line = at + 1
      const row = byLine.get(line)
      if (!row) {
        items.push(`<li value="${line}" class="kept">${escapeHtml(text)}</li>`)
        return
      }
      const [, rule, category, reason] = row
      items.push(
        `<li value="${line}" class="removed" data-rule="${escapeHtml(rule)}" style="--c:${ruleColor(rule)}" title="${escapeHtml(`${rule} (${category}): ${reason}`)}">${escapeHtml(text)}</li>`
      )
    })
    const flags = [...(facts.languageMatch ? [] : ['other language']), ...(facts.empty ? ['empty'] : [])]
    const heading = `${escapeHtml(facts.record)} <small>${escapeHtml(facts.language)} · ${facts.removed.length} of ${facts.lines} lines removed</small>${flags
      .map((flag) => `<span class="flag">${flag}</span>`)
      .join('')}`
    await this.#write(
      `<section class="record" data-record="${escapeHtml(facts.record)}" data-removed="${facts.removed.length}" data-lines="${facts.lines}">\n<h2>${heading}</h2>\n<ol class="lines">\n${items.join('\n')}\n</ol>\n</section>\n`
    )
  }

  /** The summary per rule, and the end of the page. */
  async end(): Promise<void> {
    const rules = [...this.#rules].sort((a, b) => b[1].lines - a[1].lines || a[0].localeCompare(b[0]))
    const rows = rules.map(
      ([rule, counts]) =>
        `<tr data-rule="${escapeHtml(rule)}" style="--c:${ruleColor(rule)}"><td><span class="swatch"></span>${escapeHtml(rule)}</td><td>${escapeHtml(counts.category)}</td><td class="count">${counts.lines}</td><td class="pages">${counts.records.size}</td></tr>`
    )
    await this.#write(
      `<section id="summary" data-records="${this.#records}" data-lines="${this.#lines}" data-removed="${this.#removed}">\n<h2>Summary</h2>\n<p>${this.#records} records, ${this.#lines} lines, ${this.#removed} removed.</p>\n<table>\n<thead><tr><th>rule</th><th>category</th><th>lines removed</th><th>records</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>\n</section>\n</main>\n</body>\n</html>\n`
    )
  }
}
