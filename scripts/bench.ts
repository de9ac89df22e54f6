/**
 * Benchmarks. Run: npm run bench (builds first; takes about three minutes).
 *
 * 1. The synthetic corpus (scripts/synthetic-articles.ts, seed 2026), side
 *    by side for three contenders, each in a fresh Node process: remark-parse
 *    alone (the floor: extraction cannot be faster than parsing), the whole
 *    pipeline (`articleToJsonLd` and `serializeJsonLd`: parsing, extraction,
 *    gazetteer, graph, JSON text), and compromise's people, places and
 *    organizations (what a JavaScript developer would otherwise reach for).
 *    For each: articles/s, words/s, p50 and p95 ms per article, cold start
 *    (import plus the first article, median of 5 processes) and peak RSS.
 *    Targets: within 3× of remark-parse, 10× faster than compromise, cold
 *    start <= 300 ms, peak RSS <= 150 MB on one thread.
 * 2. The fixture corpus (Markdown, wire copy and HTML), pipeline against
 *    remark-parse in this process.
 * 3. Worker scaling: `articlesToJsonLd` over a long run on one thread and
 *    with 2 worker threads (target: 1.7×), and, as the machine's ceiling,
 *    two independent one-thread processes at once.
 * 4. Growth: time per KB of ordinary and adversarial inputs from 1 KB to
 *    1 MB. Linear time means time per KB stays flat (within 2×).
 * 0 (first). The figures of issue #17 side by side (scripts/bench-issue-table.ts),
 *    and BENCHMARKS.svg; BENCH_TABLE_ONLY=1 stops after them.
 * Numbers go to stdout; BENCHMARKS.md records a run.
 */
import {execFile, execFileSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {cpus, tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {articleToJsonLd} from '../src/index.js'
import {chart, issueTable, realTexts} from './bench-issue-table.js'
import {syntheticArticles} from './synthetic-articles.js'

const run = promisify(execFile)
const scratch = mkdtempSync(join(tmpdir(), 'newsroom-jsonld-bench-'))
const dist = new URL('../dist/index.js', import.meta.url).href
const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const percentile = (values: readonly number[], p: number) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * p)]!
const format = (value: number, digits = 0) => value.toLocaleString('en-US', {maximumFractionDigits: digits, minimumFractionDigits: digits})

console.log(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}\n`)

// 0. The figures of issue #17, side by side, and the chart of BENCHMARKS.md.
{
  const real = realTexts()
  if (real === undefined) console.log('real news texts: ../shared/data/dev is absent; the issue table uses the synthetic corpus')
  const texts = real ?? syntheticArticles(2026, 500)
  const articleFile = join(scratch, 'article.txt')
  writeFileSync(articleFile, readFileSync(new URL('../test/fixtures/wire-kenya-tax-protests/input.txt', import.meta.url), 'utf8'))
  const remarkOnly = join(scratch, 'remark-only.mjs')
  writeFileSync(remarkOnly, `import {unified} from ${JSON.stringify(import.meta.resolve('unified'))}\nimport remarkParse from ${JSON.stringify(import.meta.resolve('remark-parse'))}\nunified().use(remarkParse).parse('x')\n`)
  const {figures, compromise} = issueTable({dist, texts, articleFile, remarkOnly, scratch})
  const bars = [
    {label: 'remark-parse alone', value: 1},
    {label: 'newsroom-jsonld, texts as read', value: figures[0]!.value},
    {label: 'newsroom-jsonld, forced through Markdown', value: figures[1]!.value},
    {label: 'compromise (people, places, orgs)', value: compromise},
  ]
  const note = `${real ? texts.length + ' real news articles' : 'synthetic corpus'}, ${process.version}, one process, median of 7 rounds; npm run bench`
  writeFileSync(new URL('../BENCHMARKS.svg', import.meta.url), chart(bars, note))
  if (process.env.BENCH_TABLE_ONLY) {
    rmSync(scratch, {recursive: true, force: true})
    process.exit(0)
  }
}

// 1. The synthetic corpus, one fresh process per contender.
const synthetic = syntheticArticles(2026, 500)
const syntheticFile = join(scratch, 'synthetic.json')
writeFileSync(syntheticFile, JSON.stringify(synthetic))
const syntheticWords = synthetic.map(countWords)

/** Code that defines `convert(text)` in a child process: the import is part of the cold start. */
const contenders = {
  'remark-parse alone': `
    const {unified} = await import(${JSON.stringify(import.meta.resolve('unified'))})
    const {default: remarkParse} = await import(${JSON.stringify(import.meta.resolve('remark-parse'))})
    const parser = unified().use(remarkParse)
    const convert = (text) => parser.parse(text)`,
  'newsroom-jsonld': `
    const {articleToJsonLd, serializeJsonLd} = await import(${JSON.stringify(dist)})
    const convert = (text) => serializeJsonLd(articleToJsonLd(text).jsonld)`,
  'compromise (people, places, organizations)': `
    const {default: nlp} = await import(${JSON.stringify(import.meta.resolve('compromise'))})
    const convert = (text) => {
      const document = nlp(text)
      return [document.people().json(), document.places().json(), document.organizations().json()]
    }`
} as const

/** Run a contender over `count` articles (`rounds` passes, after one warm-up pass) in a new process. */
async function measure(setup: string, count: number, rounds: number) {
  const script = `
    const start = performance.now()
    ${setup}
    const {readFileSync} = await import('node:fs')
    const texts = JSON.parse(readFileSync(${JSON.stringify(syntheticFile)}, 'utf8')).slice(0, ${count})
    convert(texts[0])
    const cold = performance.now() - start
    for (const text of texts) convert(text)
    const times = []
    for (let round = 0; round < ${rounds}; round++) {
      for (const text of texts) {
        const begin = performance.now()
        convert(text)
        times.push(performance.now() - begin)
      }
    }
    console.log(JSON.stringify({cold, times, maxRss: process.resourceUsage().maxRSS}))`
  const {stdout} = await run(process.execPath, ['--input-type=module', '-e', script], {maxBuffer: 64 * 1024 * 1024})
  return JSON.parse(stdout) as {cold: number; times: number[]; maxRss: number}
}

/** Import plus the first article in a new process, median of 5. */
async function coldStart(setup: string): Promise<number> {
  const colds: number[] = []
  for (let index = 0; index < 5; index++) colds.push((await measure(setup, 1, 0)).cold)
  return median(colds)
}

interface Row {
  readonly name: string
  readonly articlesPerSecond: number
  readonly wordsPerSecond: number
  readonly p50: number
  readonly p95: number
  readonly cold: number
  readonly peakRss: number
}

const rows: Row[] = []
for (const [name, setup] of Object.entries(contenders)) {
  // compromise needs about 40 ms an article: a fifth of the corpus, once, is enough.
  const isSlow = name.startsWith('compromise')
  const count = isSlow ? 100 : synthetic.length
  const {times, maxRss} = await measure(setup, count, isSlow ? 1 : 5)
  const seconds = times.reduce((sum, time) => sum + time, 0) / 1000
  const words = syntheticWords.slice(0, count).reduce((sum, value) => sum + value, 0) * (times.length / count)
  rows.push({
    name,
    articlesPerSecond: times.length / seconds,
    wordsPerSecond: words / seconds,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    cold: await coldStart(setup),
    peakRss: maxRss / 1024
  })
}
const sortedWords = [...syntheticWords].sort((a, b) => a - b)
console.log(
  `synthetic corpus (seed 2026): ${synthetic.length} articles (half wire copy, half Markdown with frontmatter), ${format(sortedWords[0]!)}–${format(sortedWords.at(-1)!)} words, median ${format(median(sortedWords))}`
)
console.log('| | articles/s | words/s | p50 ms | p95 ms | cold start ms | peak RSS MB |')
console.log('| --- | --- | --- | --- | --- | --- | --- |')
for (const row of rows) {
  console.log(
    `| ${row.name} | ${format(row.articlesPerSecond)} | ${format(row.wordsPerSecond)} | ${format(row.p50, 2)} | ${format(row.p95, 2)} | ${format(row.cold)} | ${format(row.peakRss)} |`
  )
}
const [floor, pipeline, compromise] = rows as [Row, Row, Row]
console.log(
  `pipeline: ${(floor.articlesPerSecond / pipeline.articlesPerSecond).toFixed(2)}× remark-parse's time (target: within 3×), ${(pipeline.articlesPerSecond / compromise.articlesPerSecond).toFixed(1)}× faster than compromise (target: 10×)\n`
)

// 2. The fixture corpus: Markdown, wire copy and HTML, in this process.
const fixtures = new URL('../test/fixtures/', import.meta.url)
const corpus = readdirSync(fixtures, {withFileTypes: true})
  .filter((entry) => entry.isDirectory() && entry.name !== 'newsroom')
  .map((entry) => {
    const folder = new URL(entry.name + '/', fixtures)
    const input = readdirSync(folder).find((name) => name.startsWith('input.'))!
    return readFileSync(new URL(input, folder), 'utf8')
  })
const parser = unified().use(remarkParse)
const time = (task: () => void) => {
  const start = performance.now()
  task()
  return performance.now() - start
}
const fixtureRounds = Array.from({length: 21}, () => [
  time(() => corpus.forEach((text) => parser.parse(text))),
  time(() => corpus.forEach((text) => articleToJsonLd(text)))
]).slice(1) // the first round warms up
const fixtureParse = median(fixtureRounds.map(([parse]) => parse!))
const fixturePipeline = median(fixtureRounds.map(([, pipeline]) => pipeline!))
console.log(
  `fixture corpus: ${corpus.length} articles (Markdown, wire copy, HTML): remark-parse ${format(corpus.length / (fixtureParse / 1000))} articles/s, newsroom-jsonld ${format(corpus.length / (fixturePipeline / 1000))} articles/s, ${(fixturePipeline / fixtureParse).toFixed(2)}× remark-parse\n`
)

// 3. Workers: the built package's articlesToJsonLd over a long run.
const scalingRounds = 80
const batchScript = (concurrency: number, rounds = scalingRounds) => `
  const {articlesToJsonLd} = await import(${JSON.stringify(dist)})
  const {readFileSync} = await import('node:fs')
  const texts = JSON.parse(readFileSync(${JSON.stringify(syntheticFile)}, 'utf8'))
  function* sources() { for (let round = 0; round < ${rounds}; round++) for (const [index, value] of texts.entries()) yield {id: round + '-' + index, value} }
  const start = performance.now()
  let count = 0
  for await (const record of articlesToJsonLd(sources(), {concurrency: ${concurrency}})) count++
  const usage = process.resourceUsage()
  console.log(JSON.stringify({rate: count / ((performance.now() - start) / 1000), maxRss: usage.maxRSS, cpu: (usage.userCPUTime + usage.systemCPUTime) / 1e6}))`
const batch = (concurrency: number) =>
  JSON.parse(String(execFileSync(process.execPath, ['--input-type=module', '-e', batchScript(concurrency)]))) as {rate: number; maxRss: number; cpu: number}
const articlesPerRun = scalingRounds * synthetic.length
const one = batch(1)
const two = batch(2)
// The same articles split between two processes that share nothing: what two cores give at best.
const pairStart = performance.now()
await Promise.all([0, 1].map(() => run(process.execPath, ['--input-type=module', '-e', batchScript(1, scalingRounds / 2)])))
const pairRate = articlesPerRun / ((performance.now() - pairStart) / 1000)
console.log(`workers, ${format(articlesPerRun)} articles a run:`)
console.log(`  1 thread:         ${format(one.rate)} articles/s, ${format(one.cpu, 1)} s CPU, peak RSS ${format(one.maxRss / 1024)} MB`)
console.log(
  `  2 worker threads: ${format(two.rate)} articles/s, ${format(two.cpu, 1)} s CPU, peak RSS ${format(two.maxRss / 1024)} MB: ${(two.rate / one.rate).toFixed(2)}× (target: 1.7×)`
)
console.log(`  ceiling, two 1-thread processes with half the articles each: ${format(pairRate)} articles/s together: ${(pairRate / one.rate).toFixed(2)}×\n`)

// 4. Growth: time per KB must stay flat from 1 KB to 1 MB.
const ordinary = corpus.join('\n\n')
const generators: Record<string, (size: number) => string> = {
  'ordinary text': (size) => ordinary.repeat(Math.ceil(size / ordinary.length)).slice(0, size),
  'quote marks': (size) => 'Headline\n\n' + '"'.repeat(size),
  'alternating quote styles': (size) => 'Headline\n\n' + '“a" \'b’ «c» „d“ '.repeat(size / 16),
  'capitalized words': (size) => 'Headline\n\n' + 'Denver Aurora Mike Johnston Said '.repeat(size / 33),
  'list items': (size) => '# Headline\n\n' + '- "Item," she said\n'.repeat(size / 19),
  'one long line': (size) => 'Headline\n\n' + 'word "quote" Name, '.repeat(size / 19),
  // remark's own time grows with the square of these when they are read in one call.
  'setext headings': (size) => '# Headline\n\n' + 'Title\n---\n\n'.repeat(size / 11),
  'block quotes': (size) => '# Headline\n\n' + '> "Quoted," she said.\n\n'.repeat(size / 23)
}
/** µs per KB of `convert` on inputs of 1 KB to 1 MB: half a megabyte per size, best of three (noise only ever adds time). */
function growth(generate: (size: number) => string, convert: (text: string) => unknown): number[] {
  return [1_000, 10_000, 100_000, 1_000_000].map((size) => {
    const input = generate(size)
    const runs = Math.max(1, Math.round(500_000 / size))
    convert(input)
    const elapsed = Math.min(
      ...Array.from({length: 3}, () =>
        time(() => {
          for (let index = 0; index < runs; index++) convert(input)
        })
      )
    )
    return (elapsed * 1000) / runs / (input.length / 1000)
  })
}
const printRow = (name: string, row: readonly number[]) =>
  console.log(`${name.padEnd(30)} ${row.map((value) => value.toFixed(0).padStart(9)).join(' ')}   ${(Math.max(...row) / Math.min(...row)).toFixed(2)}`)
console.log('growth (µs per KB)                1 KB     10 KB    100 KB      1 MB   max/min')
for (const [name, generate] of Object.entries(generators)) printRow(name, growth(generate, (text) => articleToJsonLd(text)))
// The floor on the same list: remark-parse's own time per KB grows on long lists.
printRow('list items, remark-parse alone', growth(generators['list items']!, (text) => parser.parse(text)))
rmSync(scratch, {recursive: true, force: true})
