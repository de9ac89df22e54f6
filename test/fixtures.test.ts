import {readdir, readFile} from 'node:fs/promises'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {articleToJsonLd, type Options} from '../src/index.js'

const fixtures = new URL('fixtures/', import.meta.url)

// The newsroom every fixture is published by (the evaluation uses it too).
const newsroom = JSON.parse(await readFile(new URL('newsroom.json', fixtures), 'utf8')) as Options

const names = (await readdir(fixtures, {withFileTypes: true})).filter((entry) => entry.isDirectory()).map((entry) => entry.name)

describe('fixtures', () => {
  test('there are fixtures', () => {
    expect(names.length).toBeGreaterThan(0)
  })

  for (const name of names) {
    test(name, async () => {
      const folder = new URL(name + '/', fixtures)
      const files = await readdir(folder)
      const input = files.find((file) => file.startsWith('input.'))!
      // Named after the folder, so the article URL is `<baseUrl><folder>`.
      const file = new VFile({path: name + input.slice('input'.length), value: await readFile(new URL(input, folder), 'utf8')})
      const {jsonld, messages} = articleToJsonLd(file, newsroom)
      await expect(JSON.stringify(jsonld, undefined, 2) + '\n').toMatchFileSnapshot(new URL('output.jsonld', folder).pathname)
      const lines = messages.map((message) => `${message.line ?? 1}:${message.column ?? 1} ${message.fatal ? 'error' : message.fatal === false ? 'warning' : 'info'} ${message.reason} [${message.ruleId}]`)
      await expect(lines.join('\n') + '\n').toMatchFileSnapshot(new URL('messages.txt', folder).pathname)
    })
  }
})
