// `newsroom-jsonld entities`: a draft known-entities file from the fixture newsroom's archive, checked against what
// the ten articles say (counted by hand), and loadable as it stands.
import {mkdtemp, readFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {expect, test} from 'vitest'
import type {KnownEntity} from '../src/index.js'
import {readKnownEntities} from '../src/known/read-known-entities.js'
import {runCli} from './helpers/run-cli.js'

const newsroom = new URL('fixtures/newsroom/', import.meta.url).pathname
const archive = newsroom + 'articles'

test('drafts the most named people, organizations and places, with counts, titles and GeoNames ids, marked for review', async () => {
  const out = join(await mkdtemp(join(tmpdir(), 'entities-')), 'entities.yaml')
  const run = await runCli(['entities', archive, '--out', out, '--site', newsroom + 'site.yaml', '--concurrency', '1'])
  expect(run.code).toBe(0)
  expect(run.stderr).toMatch(/^Drafted \d+ entries from 10 articles into /)
  const text = await readFile(out, 'utf8')
  expect(text).toMatch(/^# Known entities drafted by `newsroom-jsonld entities` from 10 articles\./)
  // Usable as it stands: it loads as a known-entities file.
  const entries = readKnownEntities(text, out)
  const named = (name: string) => entries.filter((entry) => entry.name === name)
  // The mayor is named in all ten articles.
  expect(named('Delphine Castellano')).toEqual([expect.objectContaining({type: 'Person', jobTitle: 'Mayor', count: 10, review: true})])
  expect(entries[0]!.count).toBe(10)
  // Renata Oyelaran writes nine of them.
  expect(named('Renata Oyelaran')).toEqual([expect.objectContaining({type: 'Person', count: 9, review: true})])
  expect(named('Holyoke')).toEqual([expect.objectContaining({geonameId: 4939783, review: true})])
  expect(named('Springfield Ironworkers')).toEqual([expect.objectContaining({type: 'Organization', review: true})])
  // Without configuration the gazetteer reads Springfield two ways: both are drafted, for an editor to settle.
  expect(named('Springfield').map((entry) => entry.geonameId).sort()).toEqual([4250542, 4951788])
  // Counts never rise, and an entity named once is left out.
  const counts = entries.map((entry) => entry.count!)
  expect(counts).toEqual([...counts].sort((a, b) => b - a))
  expect(Math.min(...counts)).toBeGreaterThanOrEqual(2)
})

test('entries of a confirmed file are kept as written, with their counts, and not marked', async () => {
  const run = await runCli(['entities', archive, '--entities', newsroom + 'entities.yaml', '--site', newsroom + 'site.yaml', '--concurrency', '1', '--top', '5'])
  expect(run.code).toBe(0)
  const entries = readKnownEntities(run.stdout, 'stdout')
  expect(entries).toHaveLength(5)
  const mayor = entries.find((entry) => entry.name === 'Delphine Castellano')!
  const confirmed = readKnownEntities(await readFile(newsroom + 'entities.yaml', 'utf8'), 'entities.yaml').find((entry) => entry.name === 'Delphine Castellano')!
  expect(mayor).toEqual<KnownEntity>({...confirmed, count: 10})
  expect(entries.find((entry) => entry.name === 'Springfield')).toMatchObject({geonameId: 4951788, count: 10})
  expect(entries.find((entry) => entry.name === 'Springfield')!.review).toBeUndefined()
})

test('usage errors', async () => {
  expect((await runCli(['entities'])).code).toBe(2)
  const bad = await runCli(['entities', archive, '--top', '0'])
  expect([bad.code, bad.stderr.split('\n')[0]]).toEqual([2, 'newsroom-jsonld entities: Expected `--top` to be a whole number, 1 or more'])
})
