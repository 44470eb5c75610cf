/**
 * `npm run lint` (last step): commit subjects are at most 72 characters, the why and the
 * figures go in the body. Checked for the commits since the rule was adopted (older history
 * is left as it is). Outside a git checkout, or in a shallow one without that commit, it says
 * so and passes.
 */
import {spawnSync} from 'node:child_process'

/** The last commit before the rule: subjects after it are checked. */
const SINCE = 'ac3b9ae'
/** Longest subject line. */
const MAX_SUBJECT = 72

const git = (...args: string[]) => spawnSync('git', args, {encoding: 'utf8'})
if (git('cat-file', '-e', `${SINCE}^{commit}`).status !== 0) {
  console.log(`check-commits: commit ${SINCE} is not here (no git history), not checked`)
  process.exit(0)
}
const log = git('log', '--format=%h %s', `${SINCE}..HEAD`)
if (log.status !== 0) {
  console.error(`check-commits: git log failed: ${log.stderr.trim()}`)
  process.exit(1)
}
const long = log.stdout
  .split('\n')
  .filter(Boolean)
  .filter((line) => line.length - line.indexOf(' ') - 1 > MAX_SUBJECT)
for (const line of long) console.error(`check-commits: subject longer than ${MAX_SUBJECT} characters: ${line}`)
if (long.length > 0) process.exit(1)
console.log(`check-commits: ${log.stdout.split('\n').filter(Boolean).length} subjects of ${MAX_SUBJECT} characters or fewer`)
