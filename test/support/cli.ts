/**
 * Running the built `newsclean` command as a child process (test/support/global-setup.ts
 * builds it), with arguments, standard input and a working folder.
 */
import {spawn} from 'node:child_process'
import path from 'node:path'
import {root} from './helpers.js'

export const cli = path.join(root, 'dist', 'cli.js')

/** What a run gave. */
export interface Outcome {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

/** How to run. */
export interface RunOptions {
  cwd?: string
  env?: NodeJS.ProcessEnv
  /** Standard input (a string, or bytes). */
  input?: string | Uint8Array
  /** Called with the child once started (to signal it, close its streams). */
  started?: (child: ReturnType<typeof spawn>) => void
}

/**
 * Run the command; resolves when it exits.
 *
 * @param args Arguments.
 * @param options Input, folder, environment.
 * @returns Exit code, signal, standard output and error.
 */
export function runCli(args: string[], options: RunOptions = {}): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: options.cwd ?? root,
      env: {...process.env, NO_COLOR: '', FORCE_COLOR: '', ...options.env}
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code, signal) => resolve({code, signal, stdout, stderr}))
    child.stdin.on('error', () => {})
    options.started?.(child)
    child.stdin.end(options.input)
  })
}
