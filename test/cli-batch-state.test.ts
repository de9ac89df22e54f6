import {mkdir, mkdtemp, readdir, utimes, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {expect, test} from 'vitest'
import {runCli} from './helpers/run-cli.js'

const oneThread = ['--concurrency', '1', '--timeout', '0']

test('--resume removes the temporary files a killed run left behind', async () => {
  const directory = await mkdtemp(join(tmpdir(), 'newsroom-jsonld-resume-'))
  await mkdir(join(directory, 'news'))
  await writeFile(join(directory, 'news', 'a.md'), '# A\n\nText.')
  // What `kill -9` leaves mid-write: a temporary file of a process that no longer exists.
  await mkdir(join(directory, 'out', 'deep'), {recursive: true})
  await writeFile(join(directory, 'out', 'a.jsonld.99999.tmp'), '{"@context": "https://sch')
  await writeFile(join(directory, 'out', 'deep', 'b.html.12345.tmp'), '<script')
  await writeFile(join(directory, 'out', 'notes.tmp'), 'not ours')
  const {code, stderr} = await runCli([join(directory, 'news'), '--out-dir', join(directory, 'out'), '--resume', ...oneThread])
  expect(code).toBe(0)
  expect(stderr).toContain('Removed 2 temporary files left in `' + join(directory, 'out') + '` by an interrupted run')
  expect((await readdir(join(directory, 'out'), {recursive: true})).sort()).toEqual(['a.jsonld', 'deep', 'notes.tmp'])
})

test('an input that turned bad has its old output removed, and says so', async () => {
  const directory = await mkdtemp(join(tmpdir(), 'newsroom-jsonld-stale-'))
  await mkdir(join(directory, 'news'))
  await writeFile(join(directory, 'news', 'a.md'), '# A\n\nText.')
  await writeFile(join(directory, 'news', 'b.md'), '# B\n\nText.')
  const out = join(directory, 'out')
  expect((await runCli([join(directory, 'news'), '--out-dir', out, ...oneThread])).code).toBe(0)
  // Edited after the run, into something that fails: its output is stale.
  await writeFile(join(directory, 'news', 'b.md'), '---\ntitle: [broken\n---\n\nText.')
  const later = new Date(Date.now() + 60_000)
  await utimes(join(directory, 'news', 'b.md'), later, later)
  const {code, stderr} = await runCli([join(directory, 'news'), '--out-dir', out, '--resume', ...oneThread])
  expect(code).toBe(1)
  expect(stderr).toContain(join(directory, 'news', 'b.md') + ':1:1: info: Removed `' + join(out, 'b.jsonld') + '`, the output of an earlier run: this input now fails')
  expect(await readdir(out)).toEqual(['a.jsonld'])
})
