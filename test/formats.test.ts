// The coverage-format fixtures (test/fixtures/format-*): their graphs against
// gold written by hand (gold-graph.json: properties of the article node,
// whole nodes by `@id`, and the messages), and the validator.
import {readdir, readFile} from 'node:fs/promises'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {articleToJsonLd, type Options, validate} from '../src/index.js'

const fixtures = new URL('fixtures/', import.meta.url)
const newsroom = JSON.parse(await readFile(new URL('newsroom.json', fixtures), 'utf8')) as Options
const names = (await readdir(fixtures, {withFileTypes: true})).filter((entry) => entry.isDirectory() && entry.name.startsWith('format-')).map((entry) => entry.name)

interface GoldGraph {
  article: Record<string, unknown>
  nodes: Array<Record<string, unknown>>
  /** `line:column ruleId`, in order. */
  messages: string[]
}

describe('format fixtures', () => {
  test('there is a fixture of each format', () => {
    for (const format of ['video', 'correction', 'fact-check', 'live-blog', 'speakable']) {
      expect(names.some((name) => name.startsWith('format-' + format + '-')), format).toBe(true)
    }
  })

  for (const name of names) {
    test(name, async () => {
      const folder = new URL(name + '/', fixtures)
      const input = (await readdir(folder)).find((file) => file.startsWith('input.'))!
      const file = new VFile({path: name + input.slice('input'.length), value: await readFile(new URL(input, folder), 'utf8')})
      // The editorial rule of corrections on, as remarkNewsroomLint has it.
      const {jsonld, messages} = articleToJsonLd(file, {...newsroom, rules: {'modified-before-correction': 'warning'}})
      const gold = JSON.parse(await readFile(new URL('gold-graph.json', folder), 'utf8')) as GoldGraph
      const graph = jsonld['@graph'] as unknown as Array<Record<string, unknown>>

      expect(graph[0]).toMatchObject(gold.article)
      for (const node of gold.nodes) expect(graph.find((item) => item['@id'] === node['@id']), String(node['@id'])).toEqual(node)
      expect(messages.map((message) => message.line + ':' + message.column + ' ' + message.ruleId)).toEqual(gold.messages)
      expect(validate(jsonld).filter((issue) => issue.severity === 'error')).toEqual([])
    })
  }
})
