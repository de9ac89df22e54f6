import {existsSync} from 'node:fs'
import {readdir, readFile} from 'node:fs/promises'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {articleToJsonLd, type Options} from '../../src/index.js'
import {validate} from '../../src/validate/validate.js'

/**
 * The library's own output, as pinned in test/fixtures/<case>/output.jsonld,
 * must validate under the google profile with no error and no warning.
 */
const fixtures = new URL('../fixtures/', import.meta.url)
const newsroom = JSON.parse(await readFile(new URL('newsroom.json', fixtures), 'utf8')) as Options
// `newsroom/` is a newsroom of several articles, validated in test/newsroom.test.ts.
const names = (await readdir(fixtures, {withFileTypes: true})).filter((entry) => entry.isDirectory() && entry.name !== 'newsroom').map((entry) => entry.name)

/** The pinned output, or the same output made as test/fixtures.test.ts makes it when it is not written yet. */
async function outputOf(name: string): Promise<unknown> {
  const folder = new URL(name + '/', fixtures)
  const output = new URL('output.jsonld', folder)
  if (existsSync(output)) return JSON.parse(await readFile(output, 'utf8'))
  const input = (await readdir(folder)).find((file) => file.startsWith('input.'))!
  const file = new VFile({path: name + input.slice('input'.length), value: await readFile(new URL(input, folder), 'utf8')})
  return articleToJsonLd(file, newsroom).jsonld
}

describe('the library’s output validates', () => {
  test('there are fixtures', () => {
    expect(names.length).toBeGreaterThan(0)
  })

  for (const name of names) {
    test(name, async () => {
      const problems = validate(await outputOf(name), {profile: 'google'})
        .filter((issue) => issue.severity !== 'info')
        .map((issue) => `${issue.severity} ${issue.ruleId} ${issue.path}`)
      expect(problems).toEqual([])
    })
  }
})
