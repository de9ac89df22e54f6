import {spawn} from 'node:child_process'
import {mkdtemp, readFile, readdir} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {expect, test} from 'vitest'

// The built CLI (`npm ci` builds it), in a process of its own, so a real signal can stop it.
const cli = new URL('../dist/cli.js', import.meta.url)

test('an interrupted batch leaves only complete outputs, and no temporary files', async () => {
  const directory = await mkdtemp(join(tmpdir(), 'newsroom-jsonld-interrupt-'))
  const out = join(directory, 'out')
  // NDJSON on stdin that stays open: the run cannot finish before the signal, however fast or slow the machine.
  const child = spawn(process.execPath, [cli.pathname, '-', '--input', 'ndjson', '--out-dir', out, '--concurrency', '1'], {
    cwd: directory,
    stdio: ['pipe', 'ignore', 'pipe']
  })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)))
  const body = Array.from({length: 40}, (_, index) => `"We count every ballot," Clerk Ana Ruiz said in paragraph ${index}.`).join('\n\n')
  for (let index = 0; index < 40; index++) {
    child.stdin.write(JSON.stringify({id: `story-${index}`, text: `Story ${index}\n\nDENVER (AP) — ${body}\n`}) + '\n')
  }
  // Stop it once the first outputs exist, with more input still to come.
  for (let tries = 0; tries < 400; tries++) {
    const done = await readdir(out).catch(() => [])
    if (done.filter((name) => name.endsWith('.jsonld')).length >= 5) break
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  child.kill('SIGINT')
  expect(await exited).toBe('SIGINT')
  // It says what it did before it goes.
  expect(stderr).toMatch(/Interrupted by SIGINT: \d+ done, the rest of standard input left\n$/)

  const outputs = await readdir(out)
  expect(outputs.length).toBeGreaterThan(0)
  expect(outputs.filter((name) => !name.endsWith('.jsonld'))).toEqual([])
  for (const name of outputs) expect(JSON.parse(await readFile(join(out, name), 'utf8'))['@graph'][0]['@type']).toBe('NewsArticle')
})
