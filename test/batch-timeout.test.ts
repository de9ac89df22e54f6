import {expect, test} from 'vitest'
import {convertInPool} from '../src/batch/pool.js'
import type {ArticleRecord} from '../src/index.js'

const worker = new URL('helpers/spinning-worker.mjs', import.meta.url).href

async function collect(records: AsyncIterable<ArticleRecord>): Promise<ArticleRecord[]> {
  const result: ArticleRecord[] = []
  for await (const record of records) result.push(record)
  return result
}

test('an article past the time limit fails alone: its worker is stopped, and every other article of its group still converts', async () => {
  // Ten articles: the one that never finishes sits in the middle of the first group of eight.
  const sources = Array.from({length: 10}, (_, index) => ({id: 'a' + index, value: index === 3 ? 'spin' : 'fine'}))
  const records = await collect(convertInPool(sources, {}, {concurrency: 1, timeout: 500, filename: worker}))
  expect(records.map((record) => record.id)).toEqual(sources.map((source) => source.id))
  expect(records.map((record) => record.error?.reason ?? 'ok')).toEqual([
    ...Array.from({length: 3}, () => 'ok'),
    'Unexpected article still converting after 0.5 s, expected it done within the time limit (`timeout`, `--timeout`)',
    ...Array.from({length: 6}, () => 'ok')
  ])
})

test('every article that spins fails, with two workers, and the run ends', async () => {
  const sources = Array.from({length: 20}, (_, index) => ({id: 'a' + index, value: index % 7 === 0 ? 'spin' : 'fine'}))
  const records = await collect(convertInPool(sources, {}, {concurrency: 2, timeout: 300, filename: worker}))
  expect(records.filter((record) => record.error).map((record) => record.id)).toEqual(['a0', 'a7', 'a14'])
})

test('a timeout of 0 or less is refused before any article is read', async () => {
  const {articlesToJsonLd} = await import('../src/index.js')
  await expect(collect(articlesToJsonLd([], {timeout: 0}))).rejects.toThrow(/^Expected `timeout` to be a number of milliseconds above 0, not `0`/)
})
