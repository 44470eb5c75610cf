/**
 * A module resolution hook (Node's `module.register`, built to `dist/resolve-hook.js`) for the
 * modules of `--cleaners`: when such a module imports `newsclean` (or `newsclean/stream`) and
 * Node finds no such package from where the module is (a file outside any project that has
 * newsclean installed), the import resolves to the newsclean running the command. Every other
 * import resolves as Node resolves it.
 */

/** What `register` passes: the URL of a file of this package, to resolve `newsclean` from. */
interface HookData {
  parentURL: string
}

interface ResolveContext {
  parentURL?: string
  conditions: string[]
  importAttributes: Record<string, string>
}

type NextResolve = (specifier: string, context?: Partial<ResolveContext>) => Promise<{url: string}>

let own: string | undefined

/** Keep where the package is. */
export function initialize(data: HookData): void {
  own = data.parentURL
}

/** Resolve as Node does; a `newsclean` import Node cannot find resolves from this package. */
export async function resolve(specifier: string, context: ResolveContext, next: NextResolve): Promise<{url: string}> {
  try {
    return await next(specifier, context)
  } catch (error) {
    const code = (error as {code?: string}).code
    if (own !== undefined && code === 'ERR_MODULE_NOT_FOUND' && (specifier === 'newsclean' || specifier.startsWith('newsclean/'))) {
      return next(specifier, {...context, parentURL: own})
    }
    throw error
  }
}
