/**
 * Builds the package (dist/) when it is missing or older than its sources.
 * `npm ci` does not build it (the build runs in `prepack`), but the tests of
 * the built package and `npm run example` need it.
 * Run: tsx scripts/build-if-stale.ts (the vitest global setup calls it too)
 */
import {execFileSync} from 'node:child_process'
import {existsSync, readdirSync, statSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const root = new URL('../', import.meta.url)
const stamp = new URL('dist/.built', root)
const sources = ['src/', 'tsup.config.ts', 'scripts/workerd-modules.ts', 'package.json', 'tsconfig.json']

/** The newest modification time of a file or of anything in a folder. */
function newest(path: string): number {
  const stats = statSync(path)
  if (!stats.isDirectory()) return stats.mtimeMs
  let time = stats.mtimeMs
  for (const entry of readdirSync(path, {recursive: true, withFileTypes: true})) {
    if (entry.isFile()) time = Math.max(time, statSync(entry.parentPath + '/' + entry.name).mtimeMs)
  }
  return time
}

/** Build dist/ unless it is newer than every source; the build's log goes to stderr. */
export function buildIfStale(): void {
  const builtAt = existsSync(stamp) ? statSync(stamp).mtimeMs : 0
  const changedAt = Math.max(...sources.map((source) => newest(fileURLToPath(new URL(source, root)))))
  if (builtAt > changedAt) return
  console.error('Building dist/ (missing, or older than its sources)…')
  execFileSync(fileURLToPath(new URL('node_modules/.bin/tsup', root)), ['--silent'], {cwd: fileURLToPath(root), stdio: ['ignore', 2, 2]})
  writeFileSync(stamp, new Date().toISOString() + '\n')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildIfStale()
