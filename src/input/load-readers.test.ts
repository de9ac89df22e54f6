import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {articleToJsonLd} from '../article-to-json-ld.js'
import {convertArticle} from '../convert-article.js'
import {loadReaders} from './load-readers.js'

const text = 'Council backs bus plan\n\nDENVER (AP) — The council voted 9-4 on Monday, Mayor Ana Ruiz said.'
const markdown = '---\ntitle: Council backs bus plan\n---\n\n# Council backs bus plan\n\nThe council voted, **Mayor Ana Ruiz** said.'
const html = '<!doctype html><html><body><article><h1>Council backs bus plan</h1><p>The council voted.</p></article></body></html>'

describe('loadReaders', () => {
  test('loads nothing for plain text, Markdown with its frontmatter reader, or HTML', async () => {
    expect(Object.keys(await loadReaders(new VFile({value: text}), {format: 'auto'}))).toEqual([])
    expect(Object.keys(await loadReaders(new VFile({value: markdown}), {format: 'auto'})).sort()).toEqual(['frontmatter', 'markdown'])
    expect(Object.keys(await loadReaders(new VFile({value: html}), {format: 'auto'}))).toEqual(['html'])
    expect(Object.keys(await loadReaders(new VFile({value: text}), {format: 'markdown'})).sort()).toEqual(['frontmatter', 'markdown'])
  })
})

describe('convertArticle', () => {
  test.each([text, markdown, html])('with the loaded readers gives what articleToJsonLd gives', async (value) => {
    const readers = await loadReaders(new VFile({value}), {format: 'auto'})
    const result = convertArticle(new VFile({value}), {}, readers)
    const expected = articleToJsonLd(new VFile({value}), {})
    expect(result.jsonld).toEqual(expected.jsonld)
    expect(result.messages.map(String)).toEqual(expected.messages.map(String))
  })

  test('throws, rather than reporting bad input, when a needed reader was not loaded', () => {
    expect(() => convertArticle(markdown, {}, {})).toThrow(/Expected the markdown reader to be loaded/)
    expect(() => convertArticle(html, {}, {})).toThrow(/Expected the html reader/)
    expect(convertArticle(text, {}, {}).jsonld).toEqual(articleToJsonLd(text).jsonld)
  })
})
