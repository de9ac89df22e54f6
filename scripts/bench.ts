/**
 * Benchmarks. Run: npm run bench (builds first; takes about a minute).
 *
 * 1. Throughput on the fixture corpus: the full pipeline against
 *    remark-parse alone on the same texts (the floor: extraction cannot be
 *    faster than parsing). Target: within 3× of remark-parse.
 * 2. Cold start: a fresh Node process importing the built package and
 *    converting one article (gazetteer and lexicon loads included).
 * 3. Growth: time per KB of ordinary and adversarial inputs from 1 KB to
 *    1 MB. Linear time means time per KB stays flat (within 2×).
 * Numbers go to stdout; BENCHMARKS.md records a run.
 */
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import nlp from 'compromise'
import {articleToJsonLd} from '../src/index.js'
import {syntheticArticles} from './synthetic-articles.js'

const fixtures = new URL('../test/fixtures/', import.meta.url)
const corpus = readdirSync(fixtures, {withFileTypes: true})
  .filter((entry) => entry.isDirectory())
  .map((entry) => {
    const folder = new URL(entry.name + '/', fixtures)
    const input = readdirSync(folder).find((name) => name.startsWith('input.'))!
    return readFileSync(new URL(input, folder), 'utf8')
  })
const words = corpus.reduce((sum, text) => sum + text.split(/\s+/).length, 0)
const parser = unified().use(remarkParse)

function time(run: () => void): number {
  const start = performance.now()
  run()
  return performance.now() - start
}

// Warm up both paths, then take the median of five rounds.
const rounds = 5
const repeat = 10
const parseTimes: number[] = []
const pipelineTimes: number[] = []
const perArticle: number[] = []
for (let round = 0; round < rounds + 1; round++) {
  const parse = time(() => {
    for (let index = 0; index < repeat; index++) for (const text of corpus) parser.parse(text)
  })
  const pipeline = time(() => {
    for (let index = 0; index < repeat; index++) {
      for (const text of corpus) {
        const start = performance.now()
        articleToJsonLd(text)
        if (round > 0) perArticle.push(performance.now() - start)
      }
    }
  })
  if (round > 0) {
    parseTimes.push(parse)
    pipelineTimes.push(pipeline)
  }
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * p)]!
const parseMs = median(parseTimes)
const pipelineMs = median(pipelineTimes)
const articles = corpus.length * repeat

console.log(`corpus: ${corpus.length} fixture articles, ${words} words, × ${repeat} per round, median of ${rounds} rounds`)
console.log(`remark-parse alone   ${(articles / (parseMs / 1000)).toFixed(0).padStart(7)} articles/s ${((words * repeat) / (parseMs / 1000)).toFixed(0).padStart(9)} words/s`)
console.log(`newsroom-jsonld      ${(articles / (pipelineMs / 1000)).toFixed(0).padStart(7)} articles/s ${((words * repeat) / (pipelineMs / 1000)).toFixed(0).padStart(9)} words/s   ${(pipelineMs / parseMs).toFixed(2)}× remark-parse`)
console.log(`per article: p50 ${percentile(perArticle, 0.5).toFixed(2)} ms, p95 ${percentile(perArticle, 0.95).toFixed(2)} ms`)

// A seeded synthetic corpus: the same 500 original articles on every run.
const synthetic = syntheticArticles(2026, 500)
const syntheticWords = synthetic.reduce((sum, text) => sum + text.split(/\s+/).length, 0)
const syntheticParse = median(Array.from({length: 3}, () => time(() => synthetic.forEach((text) => parser.parse(text)))))
const syntheticPipeline = median(Array.from({length: 3}, () => time(() => synthetic.forEach((text) => articleToJsonLd(text)))))
console.log(`synthetic corpus (seed 2026): 500 articles, ${syntheticWords} words: remark-parse ${(500 / (syntheticParse / 1000)).toFixed(0)} articles/s, newsroom-jsonld ${(500 / (syntheticPipeline / 1000)).toFixed(0)} articles/s, ${(syntheticWords / (syntheticPipeline / 1000)).toFixed(0)} words/s, ${(syntheticPipeline / syntheticParse).toFixed(2)}× remark-parse`)

// The general-purpose alternative: compromise's tagger with its people, places and organizations.
const compromiseMs = time(() => {
  for (const text of corpus) {
    const document = nlp(text)
    document.people().json()
    document.places().json()
    document.organizations().json()
  }
})
console.log(`compromise           ${(corpus.length / (compromiseMs / 1000)).toFixed(0).padStart(7)} articles/s ${(words / (compromiseMs / 1000)).toFixed(0).padStart(9)} words/s   newsroom-jsonld is ${(compromiseMs / (pipelineMs / repeat)).toFixed(1)}× faster`)
console.log(`peak RSS of this process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`)

// Cold start: import the built package and convert one article in a new process.
const cold: number[][] = []
for (let run = 0; run < 5; run++) {
  const output = execFileSync(process.execPath, [
    '--input-type=module',
    '-e',
    `const start = performance.now(); const {articleToJsonLd} = await import(${JSON.stringify(new URL('../dist/index.js', import.meta.url).href)}); const imported = performance.now(); articleToJsonLd(${JSON.stringify(corpus[0])}); console.log(imported - start, performance.now() - imported, process.resourceUsage().maxRSS)`
  ])
  cold.push(String(output).trim().split(' ').map(Number))
}
const column = (index: number) => median(cold.map((row) => row[index]!))
console.log(`cold start (built package, median of 5): import ${column(0).toFixed(0)} ms + first article ${column(1).toFixed(0)} ms (gazetteer and word lists load here) = ${(column(0) + column(1)).toFixed(0)} ms; RSS ${(column(2) / 1024).toFixed(0)} MB`)

// Workers: the built package's pool over 20 copies of the corpus, 1 and 2 threads.
const corpusFile = join(mkdtempSync(join(tmpdir(), 'newsroom-jsonld-bench-')), 'corpus.json')
writeFileSync(corpusFile, JSON.stringify(corpus))
const batchScript = (concurrency: number) => `
  const {articlesToJsonLd} = await import(${JSON.stringify(new URL('../dist/index.js', import.meta.url).href)})
  const {readFileSync} = await import('node:fs')
  const texts = JSON.parse(readFileSync(${JSON.stringify(corpusFile)}, 'utf8'))
  function* sources() { for (let round = 0; round < 20; round++) for (const [index, value] of texts.entries()) yield {id: round + '-' + index, value} }
  const start = performance.now()
  let count = 0
  for await (const record of articlesToJsonLd(sources(), {concurrency: ${concurrency}})) count++
  console.log(count / ((performance.now() - start) / 1000), process.resourceUsage().maxRSS)`
const scaling = [1, 2].map((concurrency) => String(execFileSync(process.execPath, ['--input-type=module', '-e', batchScript(concurrency)])).trim().split(' ').map(Number))
console.log(`workers: 1 → ${scaling[0]![0]!.toFixed(0)} articles/s (peak RSS ${(scaling[0]![1]! / 1024).toFixed(0)} MB), 2 → ${scaling[1]![0]!.toFixed(0)} articles/s: ${(scaling[1]![0]! / scaling[0]![0]!).toFixed(2)}× (2 workers add thread start-up and message copies)`)

// Growth: time per KB must stay flat from 1 KB to 1 MB.
const ordinary = corpus.join('\n\n')
const generators: Record<string, (size: number) => string> = {
  'ordinary text': (size) => ordinary.repeat(Math.ceil(size / ordinary.length)).slice(0, size),
  'quote marks': (size) => 'Headline\n\n' + '"'.repeat(size),
  'alternating quote styles': (size) => 'Headline\n\n' + '“a" \'b’ «c» „d“ '.repeat(size / 16),
  'capitalized words': (size) => 'Headline\n\n' + 'Denver Aurora Mike Johnston Said '.repeat(size / 33),
  'list items': (size) => '# Headline\n\n' + '- "Item," she said\n'.repeat(size / 19),
  'one long line': (size) => 'Headline\n\n' + 'word "quote" Name, '.repeat(size / 19)
}
console.log('\ngrowth (µs per KB)          1 KB     10 KB    100 KB      1 MB   max/min')
for (const [name, generate] of Object.entries(generators)) {
  const row: number[] = []
  for (const size of [1_000, 10_000, 100_000, 1_000_000]) {
    const input = generate(size)
    const runs = Math.max(1, Math.round(200_000 / size))
    articleToJsonLd(input)
    const elapsed = time(() => {
      for (let index = 0; index < runs; index++) articleToJsonLd(input)
    })
    row.push((elapsed * 1000) / runs / (input.length / 1000))
  }
  console.log(`${name.padEnd(24)} ${row.map((value) => value.toFixed(0).padStart(9)).join(' ')}   ${(Math.max(...row) / Math.min(...row)).toFixed(2)}`)
}
