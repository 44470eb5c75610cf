/**
 * The mark of a {@link CleanerError}, in the global symbol registry: the same symbol in the ESM
 * and the CommonJS build of the package, so that `instanceof` holds across them too.
 */
const CLEANER_ERROR = Symbol.for('newsclean.CleanerError')

/** A custom or built-in cleaner threw while cleaning a page. Nothing of the page is returned. */
export class CleanerError extends Error {
  /**
   * `error instanceof CleanerError` holds for a `CleanerError` of any copy of newsclean (its
   * ESM and CommonJS builds are two copies when one program loads both). Subclasses keep the
   * ordinary check.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (this !== CleanerError) return Function.prototype[Symbol.hasInstance].call(this, value)
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[CLEANER_ERROR] === true
  }

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
    Object.defineProperty(this, CLEANER_ERROR, {value: true})
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
