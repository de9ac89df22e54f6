import {execFileSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
// The built package: its worker threads run `dist/worker.cjs`, which loads `dist/worker.js` (the tests build it).
import {type ArticleSource, articlesToJsonLd} from 'newsroom-jsonld'
import {articlesToJsonLd as inProcess} from '../src/index.js'

async function collect(records: AsyncIterable<{id: string; jsonld?: unknown; error?: unknown}>) {
  const result: Array<{id: string; jsonld?: unknown; error?: unknown}> = []
  for await (const record of records) result.push(record)
  return result
}

const article = (index: number): ArticleSource => ({
  id: 'article-' + index,
  value: `Headline ${index}\n\nDENVER (AP) — "We are ready," Mayor Ana Ruiz said on day ${index}.`,
  path: 'article-' + index + '.txt'
})

describe('articlesToJsonLd', () => {
  test('worker threads give the same records, in input order, as one thread', async () => {
    const sources = Array.from({length: 40}, (_, index) => article(index))
    const one = await collect(inProcess(sources))
    const two = await collect(articlesToJsonLd(sources, {concurrency: 2}))
    expect(two.map((record) => record.id)).toEqual(sources.map((source) => source.id))
    expect(JSON.stringify(two)).toBe(JSON.stringify(one))
  })

  test('every input yields one record, output or error, nothing lost or duplicated (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({maxLength: 200}), {maxLength: 30}), async (values) => {
        const sources = values.map((value, index) => ({id: String(index), value}))
        const records = await collect(inProcess(sources))
        expect(records.map((record) => record.id)).toEqual(sources.map((source) => source.id))
        for (const record of records) expect(Boolean(record.jsonld) !== Boolean(record.error)).toBe(true)
      }),
      {numRuns: 100}
    )
  })

  test('any mix of articles and junk gives the same records with 2 workers as with one thread (property)', async () => {
    const value = fc.oneof(
      fc.string({maxLength: 300}),
      fc.constantFrom('', '---\ntitle: [broken\n---\n', '<html><body><h1>H</h1><p>"Quote," said Ana Ruiz.</p>'),
      fc.nat(1000).map((index) => article(index).value)
    )
    await fc.assert(
      fc.asyncProperty(fc.array(value, {minLength: 1, maxLength: 40}), async (values) => {
        const sources = values.map((text, index) => ({id: String(index), value: text}))
        const one = await collect(inProcess(sources))
        const two = await collect(articlesToJsonLd(sources, {concurrency: 2}))
        expect(JSON.stringify(two)).toBe(JSON.stringify(one))
      }),
      {numRuns: 5}
    )
  })

  test('reads lazily: a slow consumer never has more than twice the workers in flight', async () => {
    let read = 0
    async function* sources() {
      for (let index = 0; index < 200; index++) {
        read++
        yield article(index)
      }
    }
    const records = articlesToJsonLd(sources(), {concurrency: 2})
    await records.next()
    expect(read).toBeLessThanOrEqual(4 * 8 + 1)
    await records.return(undefined)
  })

  test('an article that cannot be copied to a worker costs no other article, and converts as with one thread', async () => {
    const sources = Array.from({length: 8}, (_, index) => article(index))
    const odd = {...article(3), metadata: {title: 'Odd one', onSave: () => 'a CMS callback'}}
    sources[3] = odd
    const one = await collect(inProcess(sources))
    const two = await collect(articlesToJsonLd(sources, {concurrency: 2}))
    expect(two.map((record) => Boolean(record.error))).toEqual(Array.from({length: 8}, () => false))
    expect(JSON.stringify(two)).toBe(JSON.stringify(one))
  })

  test('bad options throw before any article is read', async () => {
    await expect(collect(inProcess([], {concurrency: 0}))).rejects.toThrow(/^Expected `concurrency` to be a whole number/)
    await expect(collect(inProcess([], {timeZone: 'Nowhere'}))).rejects.toThrow(/^Expected `timeZone`/)
  })

  test('the worker script loads with require() and no ES module through it (require(esm) can abort Node under load)', () => {
    // With require(esm) turned off, a worker script that reached an ES module through require() would throw here.
    const script = fileURLToPath(new URL('../dist/worker.cjs', import.meta.url))
    const task = JSON.stringify({sources: [article(1)], options: {}})
    const output = execFileSync(process.execPath, ['--no-experimental-require-module', '-e', `require(${JSON.stringify(script)})(${task}).then((text) => console.log(text))`], {encoding: 'utf8'})
    const [record] = JSON.parse(output) as Array<{id: string; jsonld: {'@graph': Array<{'@type': string}>}}>
    expect(record!.id).toBe('article-1')
    expect(record!.jsonld['@graph'][0]!['@type']).toBe('NewsArticle')
  })
})
