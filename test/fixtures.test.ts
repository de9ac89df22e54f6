// Fixture articles checked against their gold annotations, under the rules of `npm run eval`.
import {readdir, readFile} from 'node:fs/promises'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {compareWithGold, type Gold} from '../scripts/gold-match.js'
import {articleToJsonLd, type Options} from '../src/index.js'

const fixtures = new URL('fixtures/', import.meta.url)

// The newsroom every fixture is published by (the evaluation uses it too).
const newsroom = JSON.parse(await readFile(new URL('newsroom.json', fixtures), 'utf8')) as Options

// Disagreements with the gold that are the extractor's fault today, each with its cause.
// The list may only shrink: a miss not listed fails, and so does a listed miss that is fixed.
const knownMisses = JSON.parse(await readFile(new URL('known-misses.json', fixtures), 'utf8')) as Record<string, Array<{miss: string; reason: string}>>

// `newsroom/` is a newsroom of several articles (test/newsroom.test.ts), not one fixture.
const names = (await readdir(fixtures, {withFileTypes: true})).filter((entry) => entry.isDirectory() && entry.name !== 'newsroom').map((entry) => entry.name)

describe('fixtures', () => {
  test('there are fixtures, and known misses name only fixtures, once each, with a reason', () => {
    expect(names.length).toBeGreaterThan(50)
    for (const [name, misses] of Object.entries(knownMisses)) {
      expect(names).toContain(name)
      expect(new Set(misses.map((item) => item.miss)).size).toBe(misses.length)
      for (const item of misses) expect(item.reason.length, item.miss).toBeGreaterThan(10)
    }
  })

  for (const name of names) {
    test(name, async () => {
      const folder = new URL(name + '/', fixtures)
      const files = await readdir(folder)
      const input = files.find((file) => file.startsWith('input.'))!
      // Named after the folder, so the article URL is `<baseUrl><folder>`.
      const file = new VFile({path: name + input.slice('input'.length), value: await readFile(new URL(input, folder), 'utf8')})
      const {article, jsonld, messages} = articleToJsonLd(file, newsroom)
      const gold = JSON.parse(await readFile(new URL('gold.json', folder), 'utf8')) as Gold
      expect(gold.dateline, 'every fixture annotates its dateline (null for none)').not.toBeUndefined()

      const {misses} = compareWithGold(article, gold)
      const known = (knownMisses[name] ?? []).map((item) => item.miss)
      expect(
        {new: misses.filter((miss) => !known.includes(miss)), fixed: known.filter((miss) => !misses.includes(miss))},
        'a new miss is a regression; a fixed one leaves test/fixtures/known-misses.json'
      ).toEqual({new: [], fixed: []})

      // Bad input is elsewhere: a fixture reads without errors.
      expect(messages.filter((message) => message.fatal)).toEqual([])
      // The serialized form only; what the extractor found is judged against the gold above.
      await expect(JSON.stringify(jsonld, undefined, 2) + '\n').toMatchFileSnapshot(new URL('output.jsonld', folder).pathname)
    })
  }
})
