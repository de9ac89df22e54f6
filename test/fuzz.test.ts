// Fuzzing every entry point with structured hostile articles (#13): the API for Markdown, text and HTML, the
// remark and rehype plugins, the CLI on one file, in a batch, and on NDJSON with `--out-dir`. Each property holds
// for every input: nothing throws; the JSON-LD is valid JSON that our own `validate` finds no error in;
// `toScriptTag` cannot leave its `<script>`; every message is at a place inside the input.
// `npm test` runs a few cases per property; `npm run fuzz` sets FUZZ_RUNS (thousands).
import {mkdir, mkdtemp, readdir, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import fc from 'fast-check'
import {parse} from 'parse5'
import rehypeParse from 'rehype-parse'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import type {Graph} from 'schema-dts'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import {beforeAll, describe, expect, test} from 'vitest'
import {articleToJsonLd, serializeJsonLd, toScriptTag, validate} from '../src/index.js'
import rehypeNewsArticle from '../src/rehype.js'
import remarkNewsArticle from '../src/remark.js'
import {coreShape, hostileHtml, hostileMarkdown, hostileText, pluginShape} from './helpers/hostile-input.js'
import {runCli} from './helpers/run-cli.js'

/** Cases per property: `FUZZ_RUNS` when set (npm run fuzz), else a few, so `npm test` stays fast. */
function runs(few: number): number {
  const given = Number(process.env.FUZZ_RUNS)
  return Number.isInteger(given) && given > 0 ? given : few
}

const options = fc.record(
  {
    baseUrl: fc.constantFrom('https://example.com/news/', 'https://news.example/a b/'),
    timeZone: fc.constantFrom('America/New_York', 'Asia/Kolkata', 'UTC'),
    maxNesting: fc.integer({min: 1, max: 120}),
    publisher: fc.constant({name: 'Example News', url: 'https://example.com/'}),
    rules: fc.constant({'missing-dateline': 'warning', 'unbalanced-quote': 'warning'} as const)
  },
  {requiredKeys: []}
)

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** Valid JSON, well-formed, read back the same, with no error from our own validator; and safe in a script element. */
function checkJsonLd(jsonld: Graph): void {
  const text = serializeJsonLd(jsonld)
  expect(loneSurrogate.test(text), 'well-formed UTF-16').toBe(false)
  const parsed: unknown = JSON.parse(text)
  expect(parsed).toEqual(JSON.parse(JSON.stringify(jsonld)))
  expect(validate(parsed).filter((issue) => issue.severity === 'error')).toEqual([])
  checkScriptTag(jsonld, parsed)
}

/** In a page, the script element holds the JSON-LD, is the only one, and the body after it is intact. */
function checkScriptTag(jsonld: Graph, parsed: unknown): void {
  const page = parse('<!doctype html><html><head>' + toScriptTag(jsonld) + '</head><body><p id="after">after</p></body></html>')
  const html = page.childNodes.find((node) => node.nodeName === 'html') as ParentNode
  const [head, body] = html.childNodes as ParentNode[]
  expect(head!.childNodes.map((node) => node.nodeName)).toEqual(['script'])
  const script = head!.childNodes[0] as ParentNode
  expect(JSON.parse(script.childNodes.map((node) => (node as {value?: string}).value ?? '').join(''))).toEqual(parsed)
  expect(body!.childNodes.map((node) => node.nodeName)).toEqual(['p'])
}

interface ParentNode {
  readonly nodeName: string
  readonly childNodes: ReadonlyArray<{readonly nodeName: string}>
}

/** Every message has a line and column, and each point (start and end) is inside `input`. */
function checkPlaces(messages: ReadonlyArray<{line?: number | null | undefined; column?: number | null | undefined; reason: string; place?: unknown}>, input: string): void {
  const place = location(new VFile(input))
  for (const message of messages) {
    const where = message.reason + ' at ' + message.line + ':' + message.column
    expect(place.toOffset({line: message.line ?? 0, column: message.column ?? 0}), where).toBeTypeOf('number')
    const end = (message.place as {end?: {line: number; column: number}} | undefined)?.end
    if (end) expect(place.toOffset(end), where + ' (end)').toBeTypeOf('number')
  }
}

describe('API: articleToJsonLd', () => {
  test.each(['markdown', 'text', 'auto'] as const)('hostile Markdown and text, read as %s (property)', (format) => {
    fc.assert(
      fc.property(hostileMarkdown(coreShape), options, (input, given) => {
        const {jsonld, messages} = articleToJsonLd(input, {...given, format})
        checkJsonLd(jsonld)
        checkPlaces(messages, input)
      }),
      {numRuns: runs(20)}
    )
  })

  test('hostile HTML pages and fragments (property)', () => {
    fc.assert(
      fc.property(hostileHtml(coreShape), options, (input, given) => {
        const {jsonld, messages} = articleToJsonLd(input, {...given, format: 'html'})
        checkJsonLd(jsonld)
        checkPlaces(messages, input)
      }),
      {numRuns: runs(20)}
    )
  })
})

describe('plugins', () => {
  test('remarkNewsArticle with embed (property)', async () => {
    const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkNewsArticle, {baseUrl: 'https://example.com/news/', embed: true, nonce: 'n0nce'})
    await fc.assert(
      fc.asyncProperty(hostileMarkdown(pluginShape), async (input) => {
        const file = new VFile({path: 'story.md', value: input})
        await processor.run(processor.parse(file), file)
        checkJsonLd(file.data.newsArticle!.jsonld)
        checkPlaces(file.messages, input)
      }),
      {numRuns: runs(15)}
    )
  })

  test('rehypeNewsArticle with embed (property)', async () => {
    const processor = unified().use(rehypeParse).use(rehypeNewsArticle, {baseUrl: 'https://example.com/news/', embed: true})
    await fc.assert(
      fc.asyncProperty(hostileHtml(pluginShape), async (input) => {
        const file = new VFile({path: 'story.html', value: input})
        await processor.run(processor.parse(file), file)
        checkJsonLd(file.data.newsArticle!.jsonld)
        checkPlaces(file.messages, input)
      }),
      {numRuns: runs(15)}
    )
  })
})

describe('CLI', () => {
  let directory: string
  let run = 0
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'newsroom-jsonld-fuzz-'))
  })

  /** `file:line:column: severity: reason [rule]` lines, checked to be inside the file's text. */
  function checkStderr(stderr: string, files: ReadonlyMap<string, string>): void {
    for (const line of stderr.split('\n')) {
      if (line === '' || /^\d+ ok, \d+ failed/.test(line)) continue
      const file = [...files.keys()].find((path) => line.startsWith(path + ':'))
      expect(file, line).toBeDefined()
      const [, lineNumber, column, reason] = /^:(\d+):(\d+): (?:error|warning|info): (.*)$/s.exec(line.slice(file!.length))!
      checkPlaces([{line: Number(lineNumber), column: Number(column), reason: reason!}], files.get(file!)!)
    }
  }

  test('one file: exit 0 with valid JSON-LD, or 1 with an error; every message placed (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileMarkdown(coreShape), hostileHtml(coreShape)), fc.constantFrom('.md', '.txt', '.html'), fc.constantFrom('jsonld', 'script'), async (input, extension, format) => {
        const path = join(directory, 'one-' + run++ + extension)
        await writeFile(path, input)
        const {code, stdout, stderr} = await runCli([path, '--format', format])
        const text = new TextDecoder().decode(Buffer.from(input))
        checkStderr(stderr, new Map([[path, text]]))
        expect(code, stderr).toBe(/: error: /.test(stderr) ? 1 : 0)
        if (code === 1) {
          expect(stdout).toBe('')
        } else if (format === 'jsonld') {
          checkJsonLd(JSON.parse(stdout) as Graph)
        } else {
          // The script element printed is the only element in the head, and the body after it is intact.
          const page = parse('<!doctype html><html><head>' + stdout + '</head><body><p id="after">after</p></body></html>')
          const html = page.childNodes.find((node) => node.nodeName === 'html') as ParentNode
          expect(html.childNodes.map((node) => (node as ParentNode).childNodes.map((child) => child.nodeName))).toEqual([['script', '#text'], ['p']])
        }
      }),
      {numRuns: runs(10)}
    )
  })

  test('a batch: one record per file, in order; counted; every message placed (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.oneof(hostileMarkdown(coreShape), hostileHtml(coreShape)), fc.constantFrom('.md', '.txt', '.html')), {minLength: 1, maxLength: 5}), async (inputs) => {
        const folder = join(directory, 'batch-' + run++)
        await mkdir(folder)
        const files = new Map<string, string>()
        for (const [index, [input, extension]] of inputs.entries()) {
          const path = join(folder, 'story-' + index + extension)
          await writeFile(path, input)
          files.set(path, new TextDecoder().decode(Buffer.from(input)))
        }
        const {code, stdout, stderr} = await runCli([folder, '--format', 'ndjson', '--concurrency', '1', '--timeout', '0', '-q'])
        const records = stdout.trim().split('\n').map((line) => JSON.parse(line) as {file: string; jsonld?: Graph; error?: unknown; messages: Array<{line: number; column: number; reason: string}>})
        expect(records.map((record) => record.file)).toEqual([...files.keys()])
        const failed = records.filter((record) => record.error).length
        expect(stderr).toContain(`${records.length - failed} ok, ${failed} failed`)
        expect(code).toBe(failed > 0 ? 1 : 0)
        for (const record of records) {
          checkPlaces(record.messages, files.get(record.file)!)
          if (record.jsonld) checkJsonLd(record.jsonld)
        }
        checkStderr(stderr, files)
      }),
      {numRuns: runs(5)}
    )
  })

  const hostileIds = fc.oneof(
    fc.constantFrom('../outside/x', '../../outside/y', 'a/../../outside/z', '/tmp/newsroom-jsonld-fuzz-absolute', 'C:\\outside', 'c:x', 'a\\..\\..\\outside', 'con', 'nul.txt', '.', '..', '', ' ', 'a/./b', 'a//b', '\ud800', 'story', 'sports/story', 'story'),
    fc.string({unit: 'binary', maxLength: 8}),
    fc.integer()
  )

  test('NDJSON with --out-dir: outputs stay inside it, one record per line (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(hostileIds, fc.constantFrom('markdown', 'text', 'html'), hostileText(coreShape, 12)), {minLength: 1, maxLength: 6}), async (records) => {
        const folder = join(directory, 'ndjson-' + run++)
        const outDir = join(folder, 'out')
        await mkdir(outDir, {recursive: true})
        const lines = records.map(([id, key, text]) => JSON.stringify({id, [key]: text, title: text.slice(0, 40)}) + '\n')
        const {stderr} = await runCli(['-', '--input', 'ndjson', '--out-dir', outDir, '--format', 'script', '--concurrency', '1', '--timeout', '0', '-q'], lines)
        expect(stderr).toMatch(new RegExp(`^\\d+ ok, \\d+ failed`, 'm'))
        const [ok, failed] = /(\d+) ok, (\d+) failed/.exec(stderr)!.slice(1).map(Number)
        expect(ok! + failed!).toBe(records.length)
        // Nothing beside `out/` in the run's folder: no id escaped it.
        expect(await readdir(folder)).toEqual(['out'])
        for (const entry of await readdir(outDir, {recursive: true})) expect(relative(outDir, join(outDir, entry)).startsWith('..')).toBe(false)
      }),
      {numRuns: runs(5)}
    )
  })
})
