/**
 * The figures of issue #17, side by side in one run (part of npm run bench):
 * texts as read and the same texts forced through Markdown against
 * remark-parse in one process; a CLI cold run on one article against a
 * process that only imports remark-parse and against `node -e 0`; a batch on
 * 2 workers against 1; and the live heap after warm-up over a
 * remark-parse-only process. Texts: the real news of
 * ../shared/data/dev/quotes-polnear-train.jsonl when it is there, else the
 * synthetic corpus. Writes BENCHMARKS.svg, a chart of the ratios.
 */
import {execFileSync} from 'node:child_process'
import {existsSync, readFileSync, writeFileSync} from 'node:fs'

/** One figure of the table: the measured ratio, its target, and the ratios of every round (for the spread). */
export interface Figure {
  readonly name: string
  readonly value: number
  readonly unit: '×' | 'MB'
  readonly target: number
  readonly runs: readonly number[]
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/** The real news texts when ../shared is beside the clone (or one folder up, for a worktree); else undefined. */
export function realTexts(): string[] | undefined {
  for (const relative of ['../../shared/data/dev/quotes-polnear-train.jsonl', '../../../shared/data/dev/quotes-polnear-train.jsonl']) {
    const url = new URL(relative, import.meta.url)
    if (existsSync(url)) return readFileSync(url, 'utf8').split('\n').filter(Boolean).map((line) => (JSON.parse(line) as {text: string}).text)
  }
  return undefined
}

/** Run `script` (an ES module body) in a fresh Node process and parse the JSON it prints. */
function child<T>(script: string, args: readonly string[] = []): T {
  return JSON.parse(String(execFileSync(process.execPath, [...args, '--input-type=module', '-e', script], {maxBuffer: 64 * 1024 * 1024}))) as T
}

/** Wall seconds of a whole child process, from spawn to exit. */
function wallSeconds(command: readonly string[]): number {
  const start = process.hrtime.bigint()
  execFileSync(process.execPath, command, {stdio: 'ignore'})
  return Number(process.hrtime.bigint() - start) / 1e9
}

export interface IssueTableSetup {
  readonly dist: string
  readonly texts: readonly string[]
  readonly articleFile: string
  readonly remarkOnly: string
  readonly scratch: string
}

/** Measure every figure; prints the table and returns the figures. */
export function issueTable(setup: IssueTableSetup): {figures: Figure[]; compromise: number} {
  const {dist, texts, articleFile, remarkOnly} = setup
  const textsFile = setup.scratch + '/texts.json'
  writeFileSync(textsFile, JSON.stringify(texts))
  const unified = JSON.stringify(import.meta.resolve('unified'))
  const remark = JSON.stringify(import.meta.resolve('remark-parse'))

  // 1, 2: one process, rounds alternating remark-parse, texts as read, texts forced through Markdown.
  const throughput = child<{asRead: number[]; markdown: number[]; compromise: number}>(`
    const {default: nlp} = await import(${JSON.stringify(import.meta.resolve('compromise'))})
    const {unified} = await import(${unified})
    const {default: remarkParse} = await import(${remark})
    const {articleToJsonLd} = await import(${JSON.stringify(dist)})
    const {readFileSync} = await import('node:fs')
    const texts = JSON.parse(readFileSync(${JSON.stringify(textsFile)}, 'utf8'))
    const parser = unified().use(remarkParse)
    const time = (task) => { const start = performance.now(); for (const text of texts) task(text); return performance.now() - start }
    const asRead = [], markdown = []
    for (let round = 0; round < 8; round++) {
      const parse = time((text) => parser.parse(text))
      const read = time((text) => articleToJsonLd(text))
      const forced = time((text) => articleToJsonLd(text, {format: 'markdown'}))
      if (round > 0) { asRead.push(read / parse); markdown.push(forced / parse) }
    }
    // compromise needs about 40 ms an article: 40 texts, once, against remark-parse on the same 40.
    const some = texts.slice(0, 40)
    const timeSome = (task) => { const start = performance.now(); for (const text of some) task(text); return performance.now() - start }
    timeSome((text) => nlp(text))
    const compromise = timeSome((text) => { const d = nlp(text); d.people().json(); d.places().json(); d.organizations().json() }) / timeSome((text) => parser.parse(text))
    console.log(JSON.stringify({asRead, markdown, compromise}))`)

  // 3: cold runs, alternating, wall time of the whole process.
  const cli = new URL('../dist/cli.js', import.meta.url).pathname
  const cold = {cli: [] as number[], remark: [] as number[], empty: [] as number[]}
  for (let round = 0; round < 9; round++) {
    cold.cli.push(wallSeconds([cli, articleFile]))
    cold.remark.push(wallSeconds([remarkOnly]))
    cold.empty.push(wallSeconds(['-e', '0']))
  }
  const coldRatios = cold.cli.map((time, index) => time / cold.remark[index]!)

  // 5: live heap after warm-up and a full collection, against a remark-parse-only process on the same texts.
  const heap = (setupCode: string) =>
    child<number>(
      `${setupCode}
      const {readFileSync} = await import('node:fs')
      const texts = JSON.parse(readFileSync(${JSON.stringify(textsFile)}, 'utf8'))
      for (let round = 0; round < 2; round++) for (const text of texts) convert(text)
      globalThis.gc(); globalThis.gc()
      console.log(JSON.stringify(process.memoryUsage().heapUsed / 1e6))`,
      ['--expose-gc'],
    )
  const heapRuns = [0, 1, 2].map(
    () =>
      heap(`const {articleToJsonLd} = await import(${JSON.stringify(dist)}); const {unified} = await import(${unified}); const {default: remarkParse} = await import(${remark}); const parser = unified().use(remarkParse); const convert = (text) => { parser.parse(text); articleToJsonLd(text) }`) -
      heap(`const {unified} = await import(${unified}); const {default: remarkParse} = await import(${remark}); const parser = unified().use(remarkParse); const convert = (text) => parser.parse(text)`),
  )

  // 4: a batch of the texts repeated, 1 thread against 2 workers, with peak RSS.
  const batch = (concurrency: number) =>
    child<{seconds: number; maxRss: number}>(`
      const {articlesToJsonLd} = await import(${JSON.stringify(dist)})
      const {readFileSync} = await import('node:fs')
      const texts = JSON.parse(readFileSync(${JSON.stringify(textsFile)}, 'utf8'))
      function* sources() { for (let round = 0; round < 6; round++) for (const [index, value] of texts.entries()) yield {id: round + '-' + index, value} }
      const start = performance.now()
      for await (const record of articlesToJsonLd(sources(), {concurrency: ${concurrency}})) {}
      console.log(JSON.stringify({seconds: (performance.now() - start) / 1000, maxRss: process.resourceUsage().maxRSS / 1024}))`)
  const one = batch(1)
  const two = batch(2)

  const figures: Figure[] = [
    {name: 'texts as read, × remark-parse', value: median(throughput.asRead), unit: '×', target: 0.5, runs: throughput.asRead},
    {name: 'texts forced through Markdown, × remark-parse', value: median(throughput.markdown), unit: '×', target: 1.3, runs: throughput.markdown},
    {name: 'CLI cold run on one article, × remark-parse import', value: median(coldRatios), unit: '×', target: 1.3, runs: coldRatios},
    {name: '2 workers against 1 (speed-up)', value: one.seconds / two.seconds, unit: '×', target: 1.8, runs: [one.seconds / two.seconds]},
    {name: 'live heap after warm-up, MB over remark-parse', value: median(heapRuns), unit: 'MB', target: 10, runs: heapRuns},
  ]
  const spread = (runs: readonly number[]) => `${Math.min(...runs).toFixed(2)}–${Math.max(...runs).toFixed(2)}`
  console.log(`issue #17 figures (${texts.length} texts):`)
  console.log('| figure | now | runs | target |')
  console.log('| --- | --- | --- | --- |')
  for (const figure of figures) console.log(`| ${figure.name} | ${figure.value.toFixed(2)}${figure.unit === '×' ? '×' : ' MB'} | ${spread(figure.runs)} | ${figure.name.startsWith('2 workers') ? '≥' : '≤'} ${figure.target} |`)
  console.log(
    `cold runs, median wall: CLI ${(median(cold.cli) * 1000).toFixed(0)} ms, remark-parse import ${(median(cold.remark) * 1000).toFixed(0)} ms, node -e 0 ${(median(cold.empty) * 1000).toFixed(0)} ms`,
  )
  console.log(`batch of ${texts.length * 6}: 1 thread ${one.seconds.toFixed(1)} s (peak RSS ${one.maxRss.toFixed(0)} MB), 2 workers ${two.seconds.toFixed(1)} s (peak RSS ${two.maxRss.toFixed(0)} MB)\n`)
  console.log(`compromise (people, places, organizations) on 40 of the texts: ${throughput.compromise.toFixed(1)}× remark-parse, ${(throughput.compromise / median(throughput.asRead)).toFixed(1)}× the time of newsroom-jsonld on texts as read\n`)
  return {figures, compromise: throughput.compromise}
}

/** A horizontal bar chart of the ratios against remark-parse (1×) and compromise. */
export function chart(bars: ReadonlyArray<{readonly label: string; readonly value: number}>, note: string): string {
  const width = 760
  const left = 330
  const barHeight = 22
  const gap = 10
  const top = 40
  const max = Math.max(...bars.map((bar) => bar.value))
  const scale = (value: number) => ((width - left - 70) * Math.log10(1 + value)) / Math.log10(1 + max)
  const height = top + bars.length * (barHeight + gap) + 40
  const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;')
  const rows = bars.map((bar, index) => {
    const y = top + index * (barHeight + gap)
    return (
      `<text x="${left - 8}" y="${y + 16}" text-anchor="end">${escape(bar.label)}</text>` +
      `<rect x="${left}" y="${y}" width="${scale(bar.value).toFixed(1)}" height="${barHeight}" fill="${bar.label.startsWith('compromise') ? '#b55' : bar.label.startsWith('remark') ? '#888' : '#3a6ea5'}"/>` +
      `<text x="${(left + scale(bar.value) + 6).toFixed(1)}" y="${y + 16}">${bar.value.toFixed(2)}×</text>`
    )
  })
  const one = left + scale(1)
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="13">
<rect width="100%" height="100%" fill="#fff"/>
<text x="10" y="22" font-weight="bold">Time per article, × remark-parse alone (log scale; shorter is faster)</text>
${rows.join('\n')}
<line x1="${one.toFixed(1)}" y1="${top - 6}" x2="${one.toFixed(1)}" y2="${height - 30}" stroke="#444" stroke-dasharray="4 3"/>
<text x="10" y="${height - 10}" fill="#555">${escape(note)}</text>
</svg>
`
}
