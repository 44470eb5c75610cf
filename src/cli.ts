#!/usr/bin/env node
/**
 * The `newsclean` command (built to `dist/cli.js`, the package's `bin`). See docs/cli.md.
 */
import process from 'node:process'
import {removeTemporaryFiles} from './cli/atomic.js'
import {main} from './cli/main.js'

// Outputs are written to temporary files renamed when complete: a run stopped by a signal
// removes them, so that it leaves every output either as it was or whole.
process.on('exit', removeTemporaryFiles)
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    removeTemporaryFiles()
    process.kill(process.pid, signal)
  })
}

process.stderr.on('error', () => {
  // A closed standard error (`newsclean … 2>&1 | head`) loses its messages, not the run:
  // outputs are still written, and the exit code is the run's.
})

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // The reader went away (`newsclean … | head`): stop quietly, as command-line tools do.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  process.stderr.write(`newsclean: cannot write to standard output (${error.message})\n`)
  process.exit(1)
})

main({argv: process.argv.slice(2), stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd()}).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`newsclean: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exitCode = 1
  }
)
