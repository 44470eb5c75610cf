/** A custom or built-in cleaner threw while cleaning a page. Nothing of the page is returned. */
export class CleanerError extends Error {
  /** Name of the cleaner that failed. */
  readonly cleaner: string
  /** 1-based line the cleaner was judging, when it failed inside `test`. */
  readonly line: number | undefined

  constructor(cleaner: string, line: number | undefined, cause: unknown) {
    const what = cause instanceof Error ? cause.message : String(cause)
    super(`newsclean: cleaner '${cleaner}' failed${line === undefined ? '' : ` on line ${line}`}: ${what}`, {cause})
    this.name = 'CleanerError'
    this.cleaner = cleaner
    this.line = line
  }
}

/**
 * Describe a value for an error message (`a number (42)`, `null`, `an array`).
 *
 * @param value Anything.
 * @returns Its description.
 */
export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  const type = typeof value
  if (type === 'string') return `a string (${JSON.stringify((value as string).slice(0, 40))})`
  if (type === 'number' || type === 'boolean' || type === 'bigint') return `${type === 'number' ? 'a' : 'a'} ${type} (${String(value)})`
  if (type === 'undefined') return 'undefined'
  if (type === 'object') {
    const name = (value as object).constructor?.name
    return name && name !== 'Object' ? `an instance of ${name}` : 'an object'
  }
  return `a ${type}`
}
