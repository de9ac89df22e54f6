// Writing a batch's outputs: each file whole or not at all (a temporary file, then a rename).
import {rmSync, writeFile as writeFileCallback} from 'node:fs'
import {mkdir, readdir, rename, rm, unlink} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import {promisify} from 'node:util'

// The callback version: a million files make the promise API's file handles a visible cost.
const writeFile = promisify(writeFileCallback)

/** Temporary files being written, removed if the run is interrupted. */
const pendingWrites = new Set<string>()

/** The temporary file `path` is written to before its rename: `story.jsonld.<pid>.tmp`. */
export function temporaryPath(path: string): string {
  return path + '.' + process.pid + '.tmp'
}

/** Remove the temporary files of writes in progress (on an interrupt: no half-written output is left). */
export function removePendingWrites(): void {
  for (const path of pendingWrites) rmSync(path, {force: true})
}

/** Write `path` by way of a temporary file; `folders` are those this run has made, so each is made once. */
export async function writeAtomically(path: string, content: string, folders: Set<string>): Promise<void> {
  const folder = dirname(path)
  if (!folders.has(folder)) {
    await mkdir(folder, {recursive: true})
    folders.add(folder)
  }
  const temporary = temporaryPath(path)
  pendingWrites.add(temporary)
  try {
    await writeFile(temporary, content)
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, {force: true})
    throw error
  } finally {
    pendingWrites.delete(temporary)
  }
}

/** Remove the temporary files that a killed run (`kill -9`) left below `outDir`; resolves to how many there were. */
export async function removeLeftovers(outDir: string): Promise<number> {
  const entries = await readdir(outDir, {recursive: true, withFileTypes: true}).catch(() => [])
  const leftovers = entries.filter((entry) => entry.isFile() && /\.(?:jsonld|html)\.\d+\.tmp$/.test(entry.name))
  await Promise.all(leftovers.map((entry) => rm(join(entry.parentPath, entry.name), {force: true})))
  return leftovers.length
}

/** Remove the output an earlier run wrote for an input that now fails; resolves to whether there was one. */
export async function removeStale(path: string): Promise<boolean> {
  try {
    await unlink(path)
    return true
  } catch {
    return false
  }
}
