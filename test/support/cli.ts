/**
 * Running the built `newsclean` command as a child process (test/support/global-setup.ts
 * builds it), for the tests of its flags.
 */
import {spawn} from 'node:child_process'
import path from 'node:path'
import {root} from './helpers.js'

/** The built command. */
export const cli = path.join(root, 'dist', 'cli.js')

/** What a run gave. */
export interface Outcome {
  code: number | null
  stdout: string
  stderr: string
}

/**
 * Run the CLI with arguments and standard input; resolves when it exits.
 *
 * @param args Arguments.
 * @param input Standard input.
 * @param options Working directory and environment.
 * @returns Exit code and output.
 */
export async function runCli(args: string[], input?: string, options: {cwd?: string; env?: NodeJS.ProcessEnv} = {}): Promise<Outcome> {
  const {code, stdout, stderr} = await runCliWith(args, {...options, input})
  return {code, stdout, stderr}
}

/** How to run, for {@link runCliWith}. */
export interface RunOptions {
  cwd?: string
  env?: NodeJS.ProcessEnv
  /** Standard input (a string, or bytes). */
  input?: string | Uint8Array
  /** Called with the child once started (to signal it, close its streams). */
  started?: (child: ReturnType<typeof spawn>) => void
}

/**
 * Run the command with bytes or text on standard input, a hand on the child while it runs,
 * and the signal that ended it, if any; resolves when it exits.
 *
 * @param args Arguments.
 * @param options Input, folder, environment.
 * @returns Exit code, signal, standard output and error.
 */
export function runCliWith(args: string[], options: RunOptions = {}): Promise<Outcome & {signal: NodeJS.Signals | null}> {
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
