import {mkdir, mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import fc from 'fast-check'
import {beforeAll, expect, test} from 'vitest'
import {shardOf} from '../src/cli/shard.js'
import {runCli} from './helpers/run-cli.js'

let directory: string
const oneThread = ['--concurrency', '1', '--timeout', '0', '--format', 'ndjson']
const names = Array.from({length: 30}, (_, index) => `f${index % 3}/story-${index}.txt`)

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'newsroom-jsonld-shard-'))
  for (const folder of ['f0', 'f1', 'f2']) await mkdir(join(directory, 'news', folder), {recursive: true})
  for (const name of names) await writeFile(join(directory, 'news', name), 'Story\n\nText.\n')
})

const files = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line).file as string)

test('shards of the files partition them exactly: each file in one shard, none twice, none lost', async () => {
  const all = files((await runCli([join(directory, 'news'), ...oneThread])).stdout)
  const shards = []
  for (let index = 1; index <= 4; index++) shards.push(files((await runCli([join(directory, 'news'), '--shard', index + '/4', ...oneThread])).stdout))
  expect(shards.flat().sort()).toEqual([...all].sort())
  expect(shards.every((shard) => shard.length > 0)).toBe(true)
})

test('a shard takes the same files whatever the folder is called or where it lies: the hash is of the path below it', async () => {
  const moved = await mkdtemp(join(tmpdir(), 'newsroom-jsonld-shard-moved-'))
  for (const folder of ['f0', 'f1', 'f2']) await mkdir(join(moved, 'archive', folder), {recursive: true})
  for (const name of names) await writeFile(join(moved, 'archive', name), 'Story\n\nText.\n')
  const here = files((await runCli([join(directory, 'news'), '--shard', '2/3', ...oneThread])).stdout)
  const there = files((await runCli([join(moved, 'archive'), '--shard', '2/3', ...oneThread])).stdout)
  expect(there.map((path) => path.slice(join(moved, 'archive').length))).toEqual(here.map((path) => path.slice(join(directory, 'news').length)))
})

test('shards of NDJSON records partition them by id', async () => {
  const lines = Array.from({length: 40}, (_, index) => JSON.stringify({id: 'story-' + index, text: 'Story\n\nText.'})).join('\n') + '\n'
  const shards = []
  for (let index = 1; index <= 3; index++) shards.push(files((await runCli(['-', '--input', 'ndjson', '--shard', index + '/3', ...oneThread], [lines])).stdout))
  expect(shards.flat().sort()).toEqual(Array.from({length: 40}, (_, index) => 'story-' + index).sort())
})

test('every key falls in exactly one shard, for any count (property)', () => {
  fc.assert(
    fc.property(fc.string({unit: 'binary'}), fc.integer({min: 1, max: 64}), (key, count) => {
      const shard = shardOf(key, count)
      expect(Number.isInteger(shard) && shard >= 1 && shard <= count).toBe(true)
      expect(shardOf(key, count)).toBe(shard)
    })
  )
})

test.each(['0/3', '4/3', 'a/b', '1/0', '1', '1.5/3'])('--shard %s is a usage error', async (value) => {
  const {code, stderr} = await runCli([join(directory, 'news'), '--shard', value, ...oneThread])
  expect(code).toBe(2)
  expect(stderr).toContain('Expected `--shard` to be K/N, whole numbers with 1 ≤ K ≤ N (such as 2/8), not `' + value + '`')
})
