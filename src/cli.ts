#!/usr/bin/env node
/**
 * The `newsclean` command (built to `dist/cli.js`, the package's `bin`). See docs/cli.md.
 */
import process from 'node:process'
import {main} from './cli/main.js'

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
