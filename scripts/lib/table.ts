/**
 * Plain-text tables for a person to read at a glance.
 */

export interface Column {
  title: string
  /** Numbers read best right-aligned (default: left). */
  align?: 'left' | 'right'
}

/** Width of a cell as a terminal shows it (code points; good enough for these reports). */
function width(text: string): number {
  return Array.from(text).length
}

function pad(text: string, size: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, size - width(text)))
  return align === 'right' ? fill + text : text + fill
}

/** Render rows under a header, columns separated by two spaces, a rule under the header. */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((column, index) => Math.max(width(column.title), ...rows.map((row) => width(row[index] ?? ''))))
  const line = (cells: readonly string[]): string =>
    columns
      .map((column, index) => pad(cells[index] ?? '', widths[index] ?? 0, column.align ?? 'left'))
      .join('  ')
      .trimEnd()
  return [line(columns.map((column) => column.title)), widths.map((size) => '─'.repeat(size)).join('  '), ...rows.map(line)].join('\n')
}

/** A section heading. */
export function heading(title: string): string {
  return `\n${title}\n${'═'.repeat(width(title))}`
}

/** A figure with a fixed number of decimals. */
export function num(value: number | undefined, digits = 3): string {
  if (value === undefined || Number.isNaN(value)) return '–'
  const text = value.toFixed(digits)
  // A tiny negative value rounds to "-0.000": show it as 0.
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text
}

/** A signed difference (`+0.0040`, `-0.0010`, `0` shown as `±0`). */
export function delta(value: number, digits = 4): string {
  const text = Math.abs(value).toFixed(digits)
  if (Number(text) === 0) return `±${text}`
  return (value > 0 ? '+' : '-') + text
}

/** A share as a percentage. */
export function percent(part: number, whole: number, digits = 1): string {
  return whole === 0 ? '–' : `${((100 * part) / whole).toFixed(digits)}%`
}

/** Cut a line for display, marking the cut. */
export function cut(text: string, size = 200): string {
  const chars = Array.from(text)
  return chars.length <= size ? text : `${chars.slice(0, size - 1).join('')}…`
}

/** A short form of a page id (the corpus uses 64-hex ids). */
export function shortId(id: string): string {
  return id.length > 12 ? id.slice(0, 12) : id
}
