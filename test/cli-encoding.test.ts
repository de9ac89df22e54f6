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

// #13 item 5: only a high share of bad bytes is refused; a few in an otherwise good file are replaced and said where.
const longArticle = 'Snow closes schools\n\nDENVER (AP) — ' + 'Snow closed schools on Tuesday, officials said. '.repeat(20) + '\n\nThe district will reopen Thursday.\n'

test('a few bytes that are not UTF-8 are replaced, with a warning at the first and their count; the article converts', async () => {
  // Windows-1252 curly quotes (0x93, 0x94) in an otherwise UTF-8 file.
  const [head, tail] = longArticle.split('The district')
  await writeFile(path('few-bad.txt'), Buffer.concat([Buffer.from(head!), Buffer.from([0x93]), Buffer.from('The district'), Buffer.from([0x94]), Buffer.from(tail!)]))
  const {code, stdout, stderr} = await runCli([path('few-bad.txt')])
  expect(code).toBe(0)
  expect(stderr).toContain(path('few-bad.txt') + ':5:1: warning: Unexpected 2 byte sequences that are not UTF-8, expected a well-formed UTF-8 text file; replaced by U+FFFD [invalid-character]')
  expect(JSON.parse(stdout)['@graph'][0].headline).toBe('Snow closes schools')
})

test('in a batch, the warning is in the record and counted', async () => {
  await writeFile(path('one-bad.txt'), Buffer.concat([Buffer.from('Snow closes schools\n\nDENVER (AP) — Caf'), Buffer.from([0xe9]), Buffer.from(' ' + longArticle.slice(20))]))
  const {code, stdout, stderr} = await runCli([path('one-bad.txt'), path('good.txt'), '--format', 'ndjson', '--concurrency', '1', '--timeout', '0'])
  expect(code).toBe(0)
  const [record] = stdout.trim().split('\n').map((line) => JSON.parse(line))
  expect(record.messages[0]).toEqual({
    line: 3,
    column: 18,
    severity: 'warning',
    ruleId: 'invalid-character',
    reason: 'Unexpected byte sequence that is not UTF-8, expected a well-formed UTF-8 text file; replaced by U+FFFD'
  })
  expect(stderr).toContain('2 ok, 0 failed; 0 errors, 1 warning (--verbose lists them)')
})

test('U+FFFD written in a UTF-8 file is text: no warning, never refused', async () => {
  await writeFile(path('written.txt'), 'Snow \uFFFD\uFFFD\uFFFD closes schools\n\nDENVER (AP) — Snow \uFFFD closed schools.\n')
  const {code, stderr} = await runCli([path('written.txt')])
  expect(code).toBe(0)
  expect(stderr).not.toContain('not UTF-8')
})

test('a lone surrogate in a UTF-16 file is replaced with a warning at its place', async () => {
  const text = Buffer.from(longArticle, 'utf16le')
  // The first character of line 3 becomes a lone high surrogate.
  const offset = 2 * longArticle.indexOf('DENVER')
  text.writeUInt16LE(0xd800, offset)
  await writeFile(path('utf16-lone.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), text]))
  const {code, stderr} = await runCli([path('utf16-lone.txt')])
  expect(code).toBe(0)
  expect(stderr).toContain(path('utf16-lone.txt') + ':3:1: warning: Unexpected byte sequence that is not UTF-16, expected a well-formed UTF-16 text file; replaced by U+FFFD [invalid-character]')
})

test('a config that turns invalid-character off or up silences or raises it in batch records too, as in one file', async () => {
  await writeFile(path('one-bad-config.txt'), Buffer.concat([Buffer.from('Snow closes schools\n\nDENVER (AP) — Caf'), Buffer.from([0xe9]), Buffer.from(' ' + longArticle.slice(20))]))
  const records = async (severity: string) => {
    await writeFile(path(severity + '.json'), JSON.stringify({rules: {'invalid-character': severity}}))
    const {stdout, stderr} = await runCli([path('one-bad-config.txt'), path('good.txt'), '--config', path(severity + '.json'), '--format', 'ndjson', '--concurrency', '1', '--timeout', '0'])
    const single = await runCli([path('one-bad-config.txt'), '--config', path(severity + '.json')])
    return {messages: stdout.trim().split('\n').flatMap((line) => JSON.parse(line).messages as Array<{ruleId: string; severity: string}>), stderr, single: single.stderr}
  }
  const off = await records('off')
  expect(off.messages.filter((message) => message.ruleId === 'invalid-character')).toEqual([])
  expect(off.stderr).toContain('0 errors, 0 warnings')
  expect(off.single).not.toContain('invalid-character')
  const raised = await records('error')
  expect(raised.messages.filter((message) => message.ruleId === 'invalid-character').map((message) => message.severity)).toEqual(['error'])
  expect(raised.single).toContain('error: Unexpected byte sequence that is not UTF-8')
})
