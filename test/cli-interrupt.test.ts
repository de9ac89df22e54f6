import {spawn} from 'node:child_process'
import {mkdir, mkdtemp, readFile, readdir, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {expect, test} from 'vitest'

// The built CLI (`npm ci` builds it), in a process of its own, so a real signal can stop it.
const cli = new URL('../dist/cli.js', import.meta.url)

test('an interrupted batch leaves only complete outputs, and no temporary files', async () => {
  const directory = await mkdtemp(join(tmpdir(), 'newsroom-jsonld-interrupt-'))
  await mkdir(join(directory, 'in'))
  const body = Array.from({length: 40}, (_, index) => `"We count every ballot," Clerk Ana Ruiz said in paragraph ${index}.`).join('\n\n')
  for (let index = 0; index < 400; index++) await writeFile(join(directory, 'in', `story-${String(index).padStart(3, '0')}.txt`), `Story ${index}\n\nDENVER (AP) — ${body}\n`)

  const child = spawn(process.execPath, [cli.pathname, join(directory, 'in'), '--out-dir', join(directory, 'out'), '--concurrency', '1'], {stdio: 'ignore'})
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)))
  // Stop it once the first outputs exist, in the middle of the run.
  for (let tries = 0; tries < 400; tries++) {
    const done = await readdir(join(directory, 'out')).catch(() => [])
    if (done.length >= 5) break
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  child.kill('SIGINT')
  expect(await exited).toBe('SIGINT')

  const outputs = await readdir(join(directory, 'out'))
  expect(outputs.length).toBeGreaterThan(0)
  expect(outputs.length).toBeLessThan(400)
  expect(outputs.filter((name) => !name.endsWith('.jsonld'))).toEqual([])
  for (const name of outputs) expect(JSON.parse(await readFile(join(directory, 'out', name), 'utf8'))['@graph'][0]['@type']).toBe('NewsArticle')
}, 30_000)
