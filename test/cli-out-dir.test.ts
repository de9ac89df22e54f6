import {mkdir, mkdtemp, readdir} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join, relative, sep} from 'node:path'
import fc from 'fast-check'
import {expect, test} from 'vitest'
import {runCli} from './helpers/run-cli.js'

/** Every file below `folder`, as paths relative to it. */
async function filesBelow(folder: string): Promise<string[]> {
  const entries = await readdir(folder, {recursive: true, withFileTypes: true})
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(folder, join(entry.parentPath, entry.name)))
}

test('an NDJSON id that escapes --out-dir is an error record naming it; nothing is written outside', async () => {
  const directory = await mkdtemp(join(tmpdir(), 'newsroom-jsonld-traversal-'))
  // Deep enough that the unfixed CLI's `../../` lands inside this temporary folder.
  const out = join(directory, 'a', 'b', 'out')
  await mkdir(out, {recursive: true})
  const line = JSON.stringify({id: '../../www/index', markdown: '# Pwned\n\nB'}) + '\n'
  const {code, stderr} = await runCli(['-', '--input', 'ndjson', '--out-dir', out, '--format', 'script', '--concurrency', '1', '--timeout', '0'], [line])
  expect(await filesBelow(directory)).toEqual([])
  expect(code).toBe(1)
  expect(stderr).toContain('../../www/index:1:1: error: Unexpected id `../../www/index` that leaves `--out-dir`')
})

test('whatever the ids, every output is written inside --out-dir, and every record is written or an error (property)', async () => {
  const directory = await mkdtemp(join(tmpdir(), 'newsroom-jsonld-ids-'))
  const fragment = fc.constantFrom('..', '.', '/', '\\', 'C:', 'c:\\', 'a', 'B', ' ', '\u0000', '\n', '%2e%2e', '~', 'con', 'nul.txt', '\ud800', '\udc00', 'é', '//', '\\\\?\\')
  const id = fc.oneof(fc.array(fragment, {minLength: 1, maxLength: 8}).map((parts) => parts.join('')), fc.string({unit: 'binary', maxLength: 12}))
  let run = 0
  await fc.assert(
    fc.asyncProperty(fc.uniqueArray(id, {minLength: 1, maxLength: 5}), async (ids) => {
      const sandbox = join(directory, String(run++))
      const out = join(sandbox, 'a', 'b', 'c', 'd', 'out')
      await mkdir(sandbox)
      const lines = ids.map((id) => JSON.stringify({id, markdown: '# T\n\nB'}) + '\n')
      const {stdout, stderr} = await runCli(['-', '--input', 'ndjson', '--out-dir', out, '--concurrency', '1', '--timeout', '0', '--quiet'], lines)
      const written = await filesBelow(sandbox)
      for (const file of written) expect(file.startsWith(join('a', 'b', 'c', 'd', 'out') + sep)).toBe(true)
      expect(stdout).toBe('')
      expect(written.length + (stderr.match(/: error: /g)?.length ?? 0)).toBe(ids.length)
    }),
    {numRuns: 60}
  )
})

test.each(['/etc/cron.d/x', 'C:\\Windows\\x', 'C:x', '..\\..\\x', 'a/../../b', 'a//b', './a', 'con', 'a\u0000b', 'a\ud800'])('id %j is refused with --out-dir', async (id) => {
  const out = join(await mkdtemp(join(tmpdir(), 'newsroom-jsonld-id-')), 'out')
  const {code, stderr} = await runCli(['-', '--input', 'ndjson', '--out-dir', out, '--concurrency', '1', '--timeout', '0'], [JSON.stringify({id, text: 'T\n\nB'}) + '\n'])
  expect(code).toBe(1)
  expect(stderr).toContain(': error: Unexpected id `' + JSON.stringify(id).slice(1, -1) + '` that leaves `--out-dir`')
  expect(await readdir(out).catch(() => [])).toEqual([])
})
