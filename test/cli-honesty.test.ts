import {mkdir, mkdtemp, readdir, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {beforeAll, expect, test} from 'vitest'
import {runCli} from './helpers/run-cli.js'

let directory: string
const path = (name: string) => join(directory, name)
const oneThread = ['--concurrency', '1', '--timeout', '0']

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'newsroom-jsonld-honest-'))
  await mkdir(path('news'))
  await writeFile(path('news/a-good.md'), '# Good\n\nText.')
  await writeFile(path('news/b-warn.md'), '---\ntitle: Warned\ndatePublised: 2026-01-01\n---\n\nText.\n')
  await writeFile(path('news/c-bad.md'), '---\ntitle: [oops\n---\n\nText.\n')
})

test('the summary counts errors and warnings, and says how to see them', async () => {
  const {code, stderr} = await runCli([path('news'), '--format', 'ndjson', ...oneThread])
  expect(code).toBe(1)
  expect(stderr).not.toContain('datePublised')
  expect(stderr).toMatch(/\n2 ok, 1 failed; 1 error, 1 warning \(--verbose lists them\)\n$/)
})

test('--verbose prints every message of every article', async () => {
  const {stderr} = await runCli([path('news'), '--format', 'ndjson', '--verbose', ...oneThread])
  expect(stderr).toContain(path('news/b-warn.md') + ':3:1: warning: Unexpected unknown frontmatter field `datePublised`, expected `datePublished` [unknown-frontmatter-key]')
  expect(stderr).toMatch(/c-bad\.md:2:\d+: error: Unexpected invalid YAML in frontmatter/)
  expect(stderr).toMatch(/\n2 ok, 1 failed; 1 error, 1 warning\n$/)
})

test('NDJSON records carry every message with its position, errors and warnings', async () => {
  const {stdout} = await runCli([path('news'), '--format', 'ndjson', ...oneThread])
  const [, warned, bad] = stdout.trim().split('\n').map((line) => JSON.parse(line))
  expect(warned.messages).toContainEqual({line: 3, column: 1, severity: 'warning', ruleId: 'unknown-frontmatter-key', reason: 'Unexpected unknown frontmatter field `datePublised`, expected `datePublished`'})
  expect(bad.error).toMatchObject({line: 2, severity: 'error', ruleId: 'invalid-frontmatter'})
  expect(bad.messages).toContainEqual(bad.error)
})

test('on a terminal, the progress line is cleared before a message, and drawn again after it', async () => {
  const {stderr} = await runCli([path('news'), '--format', 'ndjson', ...oneThread], [], true)
  expect(stderr).toMatch(/\u001B\[K\r\u001B\[K[^\r\n]*c-bad\.md:2:\d+: error: [^\n]*\n\r\[/)
})

test('a folder and the list of its files behave the same', async () => {
  const files = ['a-good.md', 'b-warn.md', 'c-bad.md'].map((name) => path('news/' + name))
  const folder = await runCli([path('news'), '--format', 'ndjson', ...oneThread])
  const list = await runCli([...files, '--format', 'ndjson', ...oneThread])
  expect(list).toEqual(folder)
  const folderOut = await runCli([path('news'), '--out-dir', path('out-folder'), ...oneThread])
  const listOut = await runCli([...files, '--out-dir', path('out-list'), ...oneThread])
  expect(listOut.code).toBe(folderOut.code)
  expect(await readdir(path('out-list'))).toEqual(await readdir(path('out-folder')))
  // Without --out-dir or --format ndjson, several articles are a usage error either way.
  const folderPlain = await runCli([path('news')])
  const listPlain = await runCli(files)
  expect([folderPlain.code, listPlain.code]).toEqual([2, 2])
  expect(folderPlain.stderr).toContain('use `--format ndjson` or `--out-dir` for several')
})

test('validate: diagnostics go to stderr, leaving stdout to results', async () => {
  await writeFile(path('bad.json'), JSON.stringify({'@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'A', datePublised: '2026-01-01T00:00:00Z'}))
  const text = await runCli(['validate', path('bad.json')])
  expect(text.code).toBe(1)
  expect(text.stdout).toBe('')
  expect(text.stderr).toContain('[unknown-property] at /datePublised')
  const json = await runCli(['validate', '--format', 'json', path('bad.json')])
  expect(JSON.parse(json.stdout)[0].file).toBe(path('bad.json'))
})

test('--lint does not report missing-description when the dek gives the article one', async () => {
  await writeFile(path('dek.txt'), 'Snow closes schools\nDistricts shut for a second day as crews clear roads\n\nDENVER (AP) — Snow closed schools on Tuesday.\n')
  const {stdout, stderr} = await runCli([path('dek.txt'), '--lint'])
  expect(JSON.parse(stdout)['@graph'][0].description).toBe('Districts shut for a second day as crews clear roads')
  expect(stderr).not.toContain('missing-description')
  await writeFile(path('no-dek.md'), '# Snow closes schools\n\nDENVER (AP) — Snow closed schools on Tuesday.\n')
  expect((await runCli([path('no-dek.md'), '--lint'])).stderr).toContain('[missing-description]')
})

test('a message quoting a line break from the article stays on one line, so no article can forge another message line (#13, found by fuzzing)', async () => {
  const path = join(await mkdtemp(join(tmpdir(), 'newsroom-jsonld-one-line-')), 'page.html')
  await writeFile(path, '<html><head><link rel="canonical" href="x\n/tmp/other.md:1:1: error: forged"></head><body><h1>H</h1><p>Text.</p></body></html>')
  const {stderr} = await runCli([path])
  expect(stderr).toContain(path + ':1:13: warning: Unexpected URL `x\\n/tmp/other.md:1:1: error: forged` in `canonical`')
  expect(stderr.split('\n').filter((line) => line.startsWith('/tmp/other.md'))).toEqual([])
})
