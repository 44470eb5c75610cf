/**
 * Site profiles on disk for the command: which site a record comes from (its registrable
 * domain, from the public suffix list of `tldts`), where the site's profile is kept
 * (`DIR/<domain>.json`), reading and writing it.
 */
import {readFileSync} from 'node:fs'
import {mkdir, readFile, rename, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {domainToASCII} from 'node:url'
import {getDomain, getHostname} from 'tldts'
import {loadProfile, type SiteProfile} from '../profile/profile.js'
import {systemMessage} from './io.js'

/** A file name of a site: lower-case ASCII letters, digits, dots and hyphens (punycode for the rest). */
const safeName = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/

/**
 * The site of a record: the registrable domain of its URL or host name (`https://www.bbc.co.uk/news`
 * gives `bbc.co.uk`, `blogs.nfl.com` gives `nfl.com`), in punycode; the host name itself when it
 * has no registrable domain (an IP address, `localhost`).
 *
 * @param value The record's site field.
 * @returns The site, or `undefined` when the value names none.
 */
export function siteOf(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined
  const host = getHostname(value.trim())
  if (!host) return undefined
  const ascii = domainToASCII(host)
  if (ascii === '') return undefined
  const site = getDomain(ascii) ?? ascii
  return site.length <= 253 && safeName.test(site) ? site : undefined
}

/**
 * Where a site's profile is kept.
 *
 * @param dir The profiles folder.
 * @param site A site from {@link siteOf}.
 * @returns `DIR/<site>.json`.
 */
export function profileFile(dir: string, site: string): string {
  return path.join(dir, `${site}.json`)
}

/** A profile that could not be read: the problem, for stderr. */
export class ProfileFileError extends Error {
  override name = 'ProfileFileError'
}

/**
 * Read a site's profile, if it has one.
 *
 * @param dir The profiles folder.
 * @param site The site.
 * @returns The profile, or `undefined` when there is no file.
 * @throws {ProfileFileError} When the file cannot be read or is no profile.
 */
export async function readProfile(dir: string, site: string): Promise<SiteProfile | undefined> {
  const file = profileFile(dir, site)
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new ProfileFileError(`${file}: cannot read (${systemMessage(error)})`)
  }
  return parse(file, text)
}

/** The same, synchronous (worker threads read profiles as records need them). */
export function readProfileSync(dir: string, site: string): SiteProfile | undefined {
  const file = profileFile(dir, site)
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new ProfileFileError(`${file}: cannot read (${systemMessage(error)})`)
  }
  return parse(file, text)
}

function parse(file: string, text: string): SiteProfile {
  try {
    return loadProfile(text)
  } catch (error) {
    throw new ProfileFileError(`${file}: ${(error as Error).message}`)
  }
}

/**
 * Write a site's profile: to a file beside it first, then renamed over it, so that a run
 * stopped halfway leaves the old profile or the new one, never half of one.
 *
 * @param dir The profiles folder.
 * @param site The site.
 * @param profile Its profile.
 */
export async function writeProfile(dir: string, site: string, profile: SiteProfile): Promise<void> {
  await mkdir(dir, {recursive: true})
  const file = profileFile(dir, site)
  const temporary = `${file}.${process.pid}.tmp`
  await writeFile(temporary, `${JSON.stringify(profile)}\n`)
  await rename(temporary, file)
}
