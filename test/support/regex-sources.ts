/**
 * Every regular expression newsclean runs, gathered for the ReDoS check: the literals written
 * in `src/**\/*.ts` (found with the TypeScript parser, not by a text search) and the
 * expressions compiled from the rule packs (`ruleExpressions`). `new RegExp` calls in src are
 * listed too, so that the check can insist each one is a known pack compiler.
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import {languagePacks, universalPack} from '../../src/language/packs/index.js'
import {ruleExpressions} from '../../src/language/compile.js'
import {packSchema} from '../../src/cleaners/index.js'

/** One expression to check. */
export interface Expression {
  /** Where it is (`src/text.ts:16`, `pack 'fr', rule 'timestamp', patterns[2]`). */
  where: string
  source: string
  flags: string
}

/** A `new RegExp(…)` or `RegExp(…)` call in the sources. */
export interface DynamicRegExp {
  /** File, relative to the project root. */
  file: string
  line: number
}

/** Every `.ts` file under `dir`, recursively, sorted. */
function sourceFiles(dir: string): string[] {
  const files: string[] = []
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) files.push(...sourceFiles(full))
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) files.push(full)
  }
  return files.sort()
}

/**
 * The regular expression literals and the `RegExp` constructor calls of every `.ts` file
 * under `dir`.
 *
 * @param root Project root (paths are reported relative to it).
 * @param dir Directory to scan.
 * @returns Literals and dynamic constructions.
 */
export function scanSources(root: string, dir: string): {literals: Expression[]; dynamic: DynamicRegExp[]} {
  const literals: Expression[] = []
  const dynamic: DynamicRegExp[] = []
  for (const file of sourceFiles(dir)) {
    const relative = path.relative(root, file)
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true)
    const lineOf = (node: ts.Node): number => source.getLineAndCharacterOfPosition(node.getStart()).line + 1
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const text = node.text
        const slash = text.lastIndexOf('/')
        literals.push({where: `${relative}:${lineOf(node)}`, source: text.slice(1, slash), flags: text.slice(slash + 1)})
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        dynamic.push({file: relative, line: lineOf(node)})
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return {literals, dynamic}
}

/**
 * The expressions compiled from every built-in pack.
 *
 * @returns Expressions.
 */
export function packExpressions(): Expression[] {
  return ruleExpressions([universalPack, ...languagePacks.values()], packSchema).map(({where, regex}) => ({where, source: regex.source, flags: regex.flags}))
}
