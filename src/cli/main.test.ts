import {mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {parse} from 'parse5'
import {beforeAll, describe, expect, test} from 'vitest'
import {main} from './main.js'

let directory: string

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'newsroom-jsonld-cli-'))
  await writeFile(join(directory, 'snow.txt'), 'Snow closes schools\n\nDENVER (KDVR) — Snow closed schools </script> on Tuesday.\n')
  await writeFile(join(directory, 'bad.md'), '---\ntitle: [oops\n---\n\nText.\n')
  await writeFile(join(directory, 'warn.md'), '---\ntitle: A\ndatePublised: 2026-01-01\n---\n\nText.\n')
  await writeFile(join(directory, 'newsroom.json'), JSON.stringify({baseUrl: 'https://kdvr.example/news/', publisher: {name: 'KDVR'}}))
  await writeFile(join(directory, 'broken.json'), '{"baseUrl": ')
})

async function run(args: string[], stdin: string[] = [], isTty = false) {
  let stdout = ''
  let stderr = ''
  const code = await main(args, {
    isTty,
    stdin: (async function* () {
      yield* stdin
    })(),
    stdout: {write: (chunk: string) => (stdout += chunk)},
    stderr: {write: (chunk: string) => (stderr += chunk)}
  })
  return {code, stdout, stderr}
}

const path = (name: string) => join(directory, name)

describe('cli', () => {
  test('prints the pretty JSON-LD of one file', async () => {
    const {code, stdout} = await run([path('snow.txt'), '--config', path('newsroom.json')])
    expect(code).toBe(0)
    expect(stdout.startsWith('{\n  "@context": "https://schema.org",\n  "@graph": [')).toBe(true)
    expect(JSON.parse(stdout)['@graph'][0]['@id']).toBe('https://kdvr.example/news/snow#article')
  })

  test('reads standard input', async () => {
    const {code, stdout} = await run(['-'], ['Snow\n\n', 'Text.'])
    expect(code).toBe(0)
    expect(JSON.parse(stdout)['@graph'][0].headline).toBe('Snow')
  })

  test('--format script prints one safe script element', async () => {
    const {stdout} = await run([path('snow.txt'), '--format', 'script'])
    expect(stdout).toMatch(/^<script type="application\/ld\+json">\{.*\}<\/script>\n$/)
    expect(stdout).toContain('\\u003c/script\\u003e')
    const body = parse(stdout).childNodes[0] as unknown as {childNodes: Array<{nodeName: string; childNodes: Array<{nodeName: string}>}>}
    expect(body.childNodes.map((node) => [node.nodeName, node.childNodes.map((child) => child.nodeName)])).toEqual([
      ['head', ['script', '#text']],
      ['body', []]
    ])
  })

  test('--format meta prints Open Graph tags', async () => {
    const {stdout} = await run([path('snow.txt'), '--format', 'meta'])
    expect(stdout).toContain('<meta property="og:type" content="article">\n<meta property="og:title" content="Snow closes schools">')
  })

  test('--format ndjson prints one record per input, errors included', async () => {
    const {code, stdout, stderr} = await run([path('snow.txt'), path('bad.md'), path('missing.md'), '--format', 'ndjson', '--concurrency', '1', '--timeout', '0'])
    expect(code).toBe(1)
    const records = stdout.trim().split('\n').map((line) => JSON.parse(line))
    expect(records.map((record) => [record.file, 'jsonld' in record, record.error?.line])).toEqual([
      [path('snow.txt'), true, undefined],
      [path('bad.md'), false, 2],
      [path('missing.md'), false, undefined]
    ])
    expect(records[2].error.reason).toBe('Cannot read file (ENOENT), expected a readable article file')
    expect(stderr).toContain(path('bad.md') + ':2:')
    expect(stderr).toContain(path('missing.md') + ':1:1: error: Cannot read file (ENOENT)')
    expect(stderr).toContain('1 ok, 2 failed; 2 errors, 0 warnings\n')
  })

  test('errors go to stderr as file:line:column and exit 1', async () => {
    const {code, stdout, stderr} = await run([path('bad.md')])
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/bad\.md:2:13: error: Unexpected invalid YAML in frontmatter .* \[invalid-frontmatter\]\n/)
  })

  test('warnings go to stderr and do not fail', async () => {
    const {code, stderr} = await run([path('warn.md')])
    expect(code).toBe(0)
    expect(stderr).toContain(path('warn.md') + ':3:1: warning: Unexpected unknown frontmatter field `datePublised`, expected `datePublished` [unknown-frontmatter-key]')
  })

  test.each([
    [[], 'Expected a FILE or - for standard input'],
    [['--format', 'xml', 'a'], 'Expected `--format` to be one of jsonld, script, meta, ndjson, not `xml`'],
    [['a', '--resume'], 'Expected `--out-dir` with `--resume`'],
    [['--input', 'xml', 'a'], 'Expected `--input` to be auto, markdown, text, html or ndjson, not `xml`'],
    [['a', '--concurrency', '0'], 'Expected `--concurrency` to be a whole number, 1 or more, not `0`'],
    [['a', 'b'], 'Expected one FILE with `--format jsonld`, got 2; use `--format ndjson` or `--out-dir` for several'],
    [['--nope'], "Unknown option '--nope'"],
    [['a', '--config', '/nonexistent.json'], 'Cannot read config `/nonexistent.json`, expected a JSON file of options']
  ])('usage error %j exits 2', async (args, reason) => {
    const {code, stderr} = await run(args)
    expect(code).toBe(2)
    expect(stderr).toContain(reason)
  })

  test('a broken or invalid config is a usage error', async () => {
    expect((await run(['a', '--config', path('broken.json')])).stderr).toContain('Unexpected invalid JSON in config')
    await writeFile(path('invalid.json'), JSON.stringify({timeZone: 'Mars/Base'}))
    expect((await run(['a', '--config', path('invalid.json')])).stderr).toContain('Expected `timeZone` to be an IANA time zone')
  })

  test('--out-dir mirrors a folder of articles, atomically, and --resume skips what is done', async () => {
    const {mkdir, readFile: read, readdir} = await import('node:fs/promises')
    await mkdir(path('archive/2026'), {recursive: true})
    await writeFile(path('archive/2026/one.txt'), 'One\n\nDENVER (AP) — Text.')
    await writeFile(path('archive/two.md'), '# Two\n\nText.')
    await writeFile(path('archive/notes.json'), '{}')
    const first = await run([path('archive'), '--out-dir', path('out'), '--concurrency', '1', '--timeout', '0'])
    expect(first.code).toBe(0)
    expect(first.stderr).toBe('2 ok, 0 failed; 0 errors, 0 warnings\n')
    expect((await readdir(path('out'), {recursive: true})).sort()).toEqual(['2026', '2026/one.jsonld', 'two.jsonld'])
    expect(JSON.parse(await read(path('out/2026/one.jsonld'), 'utf8'))['@graph'][0].headline).toBe('One')
    const again = await run([path('archive'), '--out-dir', path('out'), '--resume', '--concurrency', '1', '--timeout', '0'])
    expect(again.stderr).toBe('0 ok, 0 failed, 2 skipped (up to date); 0 errors, 0 warnings\n')
  })

  test('glob patterns expand to article files and mirror from the folder before the first wildcard', async () => {
    const {mkdir, readdir} = await import('node:fs/promises')
    await mkdir(path('wire/2025/may'), {recursive: true})
    await writeFile(path('wire/2025/may/storm.md'), '# Storm\n\nText.')
    await writeFile(path('wire/2025/flood.txt'), 'Flood\n\nText.')
    await writeFile(path('wire/2025/photo.jpg'), 'not an article')
    const {code, stderr} = await run([path('wire/*/**/*'), '--out-dir', path('wire-out'), '--concurrency', '1', '--timeout', '0'])
    expect(stderr).toBe('2 ok, 0 failed; 0 errors, 0 warnings\n')
    expect(code).toBe(0)
    expect((await readdir(path('wire-out'), {recursive: true})).sort()).toEqual(['2025', '2025/flood.jsonld', '2025/may', '2025/may/storm.jsonld'])
    const unmatched = await run([path('wire/**/*.md'), path('wire/*.html'), '--format', 'ndjson', '--concurrency', '1', '--timeout', '0'])
    expect(unmatched.code).toBe(1)
    expect(unmatched.stderr).toContain(path('wire/*.html') + ':1:1: error: No article file matches this pattern, expected at least one')
    expect(unmatched.stdout.trim().split('\n').map((line) => JSON.parse(line).file)).toEqual([path('wire/2025/may/storm.md'), path('wire/*.html')])
  })

  test('files read ahead and written behind still come out in input order', async () => {
    const {mkdir} = await import('node:fs/promises')
    await mkdir(path('many'))
    const names = Array.from({length: 40}, (_, index) => `story-${String(index).padStart(2, '0')}.txt`)
    // Sizes vary so reads finish out of order.
    for (const [index, name] of names.entries()) await writeFile(path('many/' + name), `Story ${index}\n\n` + 'Text. '.repeat(((index * 7919) % 40) * 500))
    const {stdout} = await run([path('many'), '--format', 'ndjson', '--concurrency', '1', '--timeout', '0'])
    expect(stdout.trim().split('\n').map((line) => JSON.parse(line).file)).toEqual(names.map((name) => path('many/' + name)))
  }, 60_000)

  test('an output that cannot be written fails its article, and the run goes on', async () => {
    await writeFile(path('blocker'), 'a file where the output folder should be')
    const {code, stderr} = await run([path('archive'), '--out-dir', path('blocker'), '--concurrency', '1', '--timeout', '0'])
    expect(code).toBe(1)
    expect(stderr).toContain(path('archive/2026/one.txt') + ':1:1: error: Cannot write `' + path('blocker/2026/one.jsonld') + '` (ENOTDIR), expected a writable `--out-dir`')
    expect(stderr).toMatch(/0 ok, 2 failed; 2 errors, 0 warnings\n$/)
  })

  test('a progress line with a total and an ETA on a terminal, none with --quiet', async () => {
    const {stderr} = await run([path('archive'), '--out-dir', path('progress-out'), '--concurrency', '1', '--timeout', '0'], [], true)
    // The first article draws the line; later redraws wait 100 ms; the end always draws.
    expect(stderr).toMatch(/^\r\[#{10}\.{10}\] 1\/2 done, 0 failed\u001B\[K(?:\r.*\u001B\[K)?\r\[#{20}\] 2\/2 done, 0 failed, \d+ articles\/s, ETA 0:00\u001B\[K\n2 ok, 0 failed; 0 errors, 0 warnings\n$/)
    const quiet = await run([path('archive'), '--out-dir', path('progress-out'), '--concurrency', '1', '--timeout', '0', '--quiet'], [], true)
    expect(quiet.stderr).toBe('2 ok, 0 failed; 0 errors, 0 warnings\n')
  })

  test('NDJSON records on stdin, one output line each, bad lines included', async () => {
    const lines = [JSON.stringify({id: 'a-1', markdown: '# A\n\nText.', url: 'https://e.com/a'}), 'not json', JSON.stringify({id: 'b-2', text: 'B\n\nText.'})]
    const {code, stdout, stderr} = await run(['-', '--input', 'ndjson', '--concurrency', '1', '--timeout', '0'], [lines.join('\n') + '\n'])
    expect(code).toBe(1)
    expect(stderr).toContain('<stdin>:2:1: error: Unexpected invalid NDJSON line')
    const records = stdout.trim().split('\n').map((line) => JSON.parse(line))
    expect(records.map((record) => [record.file, record.jsonld?.['@graph'][0].headline ?? record.error.reason])).toEqual([
      ['a-1', 'A'],
      ['<stdin>', "Unexpected invalid NDJSON line (Unexpected token 'o', \"not json\" is not valid JSON), expected a JSON object"],
      ['b-2', 'B']
    ])
    expect(records[0].jsonld['@graph'][0].url).toBe('https://e.com/a')
  })

  test('--lint turns on the editorial checks', async () => {
    const {code, stderr} = await run([path('snow.txt'), '--lint'])
    expect(code).toBe(0)
    expect(stderr).toContain(path('snow.txt') + ':1:1: warning: Unexpected article without author')
  })

  test('validate: our own output passes; broken documents fail with paths', async () => {
    const {stdout: jsonld} = await run([path('snow.txt'), '--config', path('newsroom.json')])
    await writeFile(path('ok.jsonld'), jsonld)
    await writeFile(path('bad.json'), JSON.stringify({'@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'A', datePublised: '2026-01-01T00:00:00Z'}))
    await writeFile(path('page.html'), '<html><head>\n<script type="application/ld+json">{"@context": "https://schema.org", </script></head></html>')
    const ok = await run(['validate', path('ok.jsonld')])
    expect(ok.code).toBe(0)
    expect(ok.stderr).toMatch(/1 file, \d+ issues?, 0 errors\n$/)
    const bad = await run(['validate', path('bad.json'), path('page.html')])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain(path('bad.json') + ':1:1: error:')
    expect(bad.stderr).toContain('[unknown-property] at /datePublised')
    expect(bad.stderr).toMatch(new RegExp(path('page.html').replaceAll('.', '\\.') + ':2:\\d+: error: .*\\[invalid-json\\]'))
    await writeFile(path('broken.jsonld'), '{\n  "@context": "https://schema.org",\n  "@type": "NewsArticle",\n  "headline": "A",,\n}')
    const broken = await run(['validate', path('broken.jsonld')])
    expect(broken.code).toBe(1)
    expect(broken.stderr).toMatch(new RegExp(path('broken.jsonld').replaceAll('.', '\\.') + ':4:19: error: Unexpected invalid JSON .*\\[invalid-json\\]'))
    const json = await run(['validate', '--format', 'json', path('bad.json')])
    expect(JSON.parse(json.stdout)[0].documents[0].issues.map((issue: {ruleId: string}) => issue.ruleId)).toContain('unknown-property')
    expect((await run(['validate'])).code).toBe(2)
    const piped = await run(['validate', '-'], [jsonld])
    expect(piped.code).toBe(0)
    expect(piped.stderr).toMatch(/^<stdin>:1:1: info: .*\n[^]*1 file, \d+ issues?, 0 errors\n$/)
    const missing = await run(['validate', path('nowhere.json')])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain(path('nowhere.json') + ':1:1: error: Cannot read file (ENOENT), expected a readable .html, .json or .jsonld file')
  })

  test('--help and --version', async () => {
    expect((await run(['--help'])).stdout).toContain('Usage: newsroom-jsonld [options] FILE...')
    expect((await run(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+/)
  })
})

test.each(['abc', '-1', '', 'Infinity'])('--timeout %j is a usage error', async (value) => {
  const {code, stderr} = await run([path('snow.txt'), '--timeout=' + value])
  expect(code).toBe(2)
  expect(stderr).toContain('Expected `--timeout` to be a number of seconds, 0 for no limit, not `' + value + '`')
})

describe('--max-nesting and --max-bytes', () => {
  test.each([
    ['--max-nesting', 'abc', 'levels'],
    ['--max-nesting', '0', 'levels'],
    ['--max-nesting', '-3', 'levels'],
    ['--max-nesting', '1e3', 'levels'],
    ['--max-bytes', '', 'bytes'],
    ['--max-bytes', '0x10', 'bytes'],
    ['--max-bytes', '2.5', 'bytes'],
    ['--max-bytes', '99999999999999999999', 'bytes']
  ])('%s %j is a usage error', async (flag, value, unit) => {
    const {code, stdout, stderr} = await run([path('snow.txt'), flag + '=' + value])
    expect([code, stdout]).toEqual([2, ''])
    expect(stderr).toBe('newsroom-jsonld: Expected `' + flag + '` to be a whole number of ' + unit + ', 1 or more, not `' + value + '`\nTry `newsroom-jsonld --help`.\n')
  })

  test('--max-nesting reads deeper Markdown as plain text, with a warning at its place', async () => {
    await writeFile(path('nested.md'), '# Deep\n\n' + '> '.repeat(6) + 'quoted\n')
    const shallow = await run([path('nested.md'), '--max-nesting', '4'])
    expect(shallow.code).toBe(0)
    expect(shallow.stderr).toContain(path('nested.md') + ':3:9: warning: Unexpected Markdown nested 5 levels deep, expected at most 4 (the `maxNesting` option); read as plain text [deep-nesting]')
    expect((await run([path('nested.md')])).stderr).not.toContain('deep-nesting')
  })

  test('--max-bytes refuses a larger article, in one file and in a batch; the flag wins over --config', async () => {
    await writeFile(path('limits.json'), JSON.stringify({maxBytes: 10}))
    const one = await run([path('snow.txt'), '--max-bytes', '20'])
    expect(one.code).toBe(1)
    expect(one.stderr).toMatch(/snow\.txt:1:1: error: Unexpected article of \d+ bytes, expected at most 20 \(the `maxBytes` option\) \[unreadable-article\]/)
    const batch = await run([path('snow.txt'), path('warn.md'), '--format', 'ndjson', '--max-bytes', '20', '--concurrency', '1', '--timeout', '0'])
    expect(batch.code).toBe(1)
    expect(batch.stderr).toContain('0 ok, 2 failed')
    expect((await run([path('snow.txt'), '--config', path('limits.json'), '--max-bytes', '1000'])).code).toBe(0)
    expect((await run([path('snow.txt'), '--config', path('limits.json')])).code).toBe(1)
  })

  test('--help names both flags', async () => {
    const {stdout} = await run(['--help'])
    expect(stdout).toContain('--max-nesting <n>')
    expect(stdout).toContain('--max-bytes <n>')
  })
})
