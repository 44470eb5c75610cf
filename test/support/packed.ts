/**
 * The package as npm would install it: `npm pack` of the built project (test/support/global-setup.ts
 * builds it), unpacked into the `node_modules` of a consumer project in a temporary folder. Only
 * the packed files are there, so a file missing from the tarball fails the tests that load it.
 * The dependencies are links to this project's own (Node follows them to their real place).
 */
import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {root} from './helpers.js'

/** One file of `npm pack --json`. */
export interface PackedFile {
  path: string
  size: number
}

/** What `npm pack --json` says of the tarball. */
export interface PackReport {
  size: number
  unpackedSize: number
  files: PackedFile[]
  filename: string
}

/** Run npm (the one running the tests when known) with arguments, in the project. */
function npm(args: string[], cwd = root): string {
  const cli = process.env.npm_execpath
  return cli && cli.endsWith('.js')
    ? execFileSync(process.execPath, [cli, ...args], {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']})
    : execFileSync('npm', args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']})
}

/**
 * Pack the project (without its `prepack` build: the tests' setup has built it).
 *
 * @param destination Folder for the tarball; none: a dry run.
 * @returns npm's report.
 */
export function pack(destination?: string): PackReport {
  const args = ['pack', '--json', '--ignore-scripts', ...(destination ? ['--pack-destination', destination] : ['--dry-run'])]
  return (JSON.parse(npm(args)) as PackReport[])[0]!
}

/** A consumer project with the packed newsclean installed. */
export interface Consumer {
  /** Its folder (write scripts here and run them with `cwd` set to it). */
  folder: string
  /** Where the package was unpacked. */
  installed: string
  /** Remove the folder. */
  remove(): void
}

/**
 * Make a consumer project with the packed package in its `node_modules`.
 *
 * @param prefix Name prefix of the temporary folder.
 * @returns The consumer.
 */
export function packedConsumer(prefix: string): Consumer {
  const folder = mkdtempSync(path.join(tmpdir(), prefix))
  const modules = path.join(folder, 'node_modules')
  const installed = path.join(modules, 'newsclean')
  mkdirSync(installed, {recursive: true})
  const report = pack(folder)
  execFileSync('tar', ['-xzf', path.join(folder, report.filename), '-C', installed, '--strip-components=1'])
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {dependencies: Record<string, string>}
  for (const name of Object.keys(manifest.dependencies)) {
    const target = path.join(modules, name)
    mkdirSync(path.dirname(target), {recursive: true})
    symlinkSync(path.join(root, 'node_modules', name), target, 'dir')
  }
  return {folder, installed, remove: () => rmSync(folder, {recursive: true, force: true})}
}
