import {mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import fc from 'fast-check'
import {beforeAll, expect, test} from 'vitest'
import {runCli} from './helpers/run-cli.js'

let directory: string
const path = (name: string) => join(directory, name)
const article = 'Snow closes schools\n\nDENVER (AP) — Snow closed schools on Tuesday, officials said.\n'

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'newsroom-jsonld-encoding-'))
  await writeFile(path('utf16le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article, 'utf16le')]))
  await writeFile(path('utf16be.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(article, 'utf16le').swap16()]))
  await writeFile(path('nul.txt'), 'Headline\n\nText with a\u0000NUL.\n')
  await writeFile(path('latin1.txt'), Buffer.from('Caf\u00e9 \u00e0 la cr\u00e8me d\u00e9j\u00e0 \u00e9t\u00e9\n\nTr\u00e8s s\u00fbr.\n', 'latin1'))
  await writeFile(path('good.txt'), article)
})

test.each(['utf16le.txt', 'utf16be.txt'])('a UTF-16 file with a BOM is decoded (%s)', async (name) => {
  const {code, stdout} = await runCli([path(name)])
  expect(code).toBe(0)
  expect(JSON.parse(stdout)['@graph'][0].headline).toBe('Snow closes schools')
})

test('a file with a NUL byte is refused as binary, at its line', async () => {
  const {code, stdout, stderr} = await runCli([path('nul.txt')])
  expect(code).toBe(1)
  expect(stdout).toBe('')
  expect(stderr).toBe(path('nul.txt') + ':3:1: error: Unexpected NUL byte, expected a text file (UTF-8 or UTF-16 with a BOM), not binary data\n')
})

test('a file that is mostly not UTF-8 is refused', async () => {
  const {code, stderr} = await runCli([path('latin1.txt')])
  expect(code).toBe(1)
  expect(stderr).toMatch(/latin1\.txt:1:1: error: Unexpected bytes that are not UTF-8 \(\d+ of \d+ characters\), expected a UTF-8 or UTF-16 text file/)
})

test('in a batch, binary and mis-encoded files fail and are counted; the others convert', async () => {
  const {code, stderr} = await runCli([path('good.txt'), path('nul.txt'), path('latin1.txt'), path('utf16le.txt'), '--format', 'ndjson', '--concurrency', '1', '--timeout', '0'])
  expect(code).toBe(1)
  expect(stderr).toContain(path('nul.txt') + ':3:1: error: Unexpected NUL byte')
  expect(stderr).toMatch(/2 ok, 2 failed/)
})

test('random bytes never crash the CLI nor reach the JSON-LD as NUL characters (property)', async () => {
  let run = 0
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({minLength: 1, maxLength: 400}), async (bytes) => {
      const file = path('random-' + run++ + '.bin.txt')
      await writeFile(file, bytes)
      const {code, stdout} = await runCli([file])
      expect([0, 1]).toContain(code)
      expect(stdout).not.toContain('\\u0000')
    }),
    {numRuns: 200}
  )
})
