import {execFileSync} from 'node:child_process'
import {existsSync, readdirSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** Newest modification time of the files below a folder. */
function newest(folder: string): number {
  let time = 0
  for (const entry of readdirSync(folder, {withFileTypes: true, recursive: true})) {
    if (entry.isFile()) time = Math.max(time, statSync(path.join(entry.parentPath, entry.name)).mtimeMs)
  }
  return time
}

/** Build the package once before the tests that run the built output, when `dist/` is missing or stale. */
export default function setup(): void {
  const source = Math.max(newest(path.join(root, 'src')), statSync(path.join(root, 'tsup.config.ts')).mtimeMs)
  // The library, and the CLI with its pool's worker (run as child processes by test/cli/e2e.test.ts).
  const outputs = ['index.js', 'cli.js', 'worker.js'].map((name) => path.join(root, 'dist', name))
  const stale = outputs.some((built) => !existsSync(built) || statSync(built).mtimeMs < source)
  if (stale) execFileSync(process.execPath, [path.join(root, 'node_modules', 'tsup', 'dist', 'cli-default.js')], {cwd: root, stdio: 'inherit'})
}
