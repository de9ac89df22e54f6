import type {Root} from 'mdast'
import rehypeStringify from 'rehype-stringify'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {removePosition} from 'unist-util-remove-position'
import {VFile} from 'vfile'
import {parse} from 'parse5'
import {describe, expect, test} from 'vitest'
import remarkNewsArticle from '../src/remark.js'
import {articleToJsonLd} from '../src/index.js'

const markdown = [
  '---',
  'title: Lakewood delays water rate hike',
  'url: https://news.example.com/lakewood-water',
  'datePublished: 2026-02-11T17:45:00-07:00',
  '---',
  '',
  '# Lakewood delays water rate hike',
  '',
  'LAKEWOOD, Colo. (KXYZ) — The council voted 6-5 to wait.',
  '',
  '"Nobody wants to raise a bill </script>," Mayor Rosalind Okafor said.',
  ''
].join('\n')

function pipeline(options?: Parameters<typeof remarkNewsArticle>[0]) {
  return unified().use(remarkParse).use(remarkFrontmatter).use(remarkNewsArticle, options)
}

describe('remarkNewsArticle', () => {
  test('exposes the plugin as default and named export', async () => {
    expect(Object.keys(await import('../src/remark.js')).sort()).toEqual(['default', 'remarkNewsArticle', 'remarkNewsroomLint'])
  })

  test('stores the same JSON-LD as articleToJsonLd at file.data.newsArticle', async () => {
    const file = await pipeline().use(remarkStringify).process(new VFile({path: 'lakewood.md', value: markdown}))
    expect(file.data.newsArticle?.jsonld).toEqual(articleToJsonLd(new VFile({path: 'lakewood.md', value: markdown})).jsonld)
    expect(file.data.newsArticle?.article.quotations[0]?.speaker?.name).toBe('Rosalind Okafor')
  })

  test('without embed, the Markdown round-trips unchanged', async () => {
    const file = await pipeline().use(remarkStringify).process(markdown)
    expect(String(file)).toBe(markdown)
  })

  test('embed adds the script element for remark-stringify', async () => {
    const file = await pipeline({embed: true}).use(remarkStringify).process(markdown)
    const output = String(file)
    expect(output.startsWith(markdown)).toBe(true)
    const script = output.slice(markdown.length).trim()
    expect(script).toMatch(/^<script type="application\/ld\+json">\{.*\}<\/script>$/)
    expect(JSON.parse(script.slice(script.indexOf('>') + 1, -'</script>'.length))).toEqual(file.data.newsArticle?.jsonld)
  })

  test('embed adds a real script element through remark-rehype', async () => {
    const file = await pipeline({embed: true}).use(remarkRehype).use(rehypeStringify).process(markdown)
    type Node = {nodeName: string; childNodes?: Node[]; value?: string}
    const scripts: Node[] = []
    const walk = (node: Node) => {
      if (node.nodeName === 'script') scripts.push(node)
      for (const child of node.childNodes ?? []) walk(child)
    }
    walk(parse(String(file)) as unknown as Node)
    expect(scripts).toHaveLength(1)
    expect(JSON.parse(scripts[0]!.childNodes![0]!.value!)).toEqual(file.data.newsArticle?.jsonld)
  })

  test('values in file.data.matter and file.data.meta win over inferred ones', async () => {
    const file = new VFile({value: '# From the text\n\nBody.', data: {meta: {title: 'From meta', published: '2026-01-02T03:04:05Z', tags: ['a']}, matter: {description: 'From matter'}}})
    await pipeline().run(pipeline().parse(file), file)
    expect(file.data.newsArticle?.jsonld['@graph'][0]).toMatchObject({headline: 'From meta', description: 'From matter', datePublished: '2026-01-02T03:04:05+00:00', keywords: ['a']})
  })

  test('works on a tree without positions, and reports messages on the file', async () => {
    const tree = pipeline().parse('# Title\n\n"A quote nobody owns, really."\n') as Root
    removePosition(tree, {force: true})
    const file = new VFile()
    await pipeline().run(tree, file)
    expect(file.data.newsArticle?.article.quotations.map((quotation) => quotation.text)).toEqual(['A quote nobody owns, really.'])
    expect(file.messages.map((message) => message.ruleId)).toEqual(['quote-unattributed', 'missing-url'])
  })

  test('bad options throw when the plugin is used', () => {
    expect(() => pipeline({timeZone: 'Nowhere/Land'}).freeze()).toThrow(/^Expected `timeZone` to be an IANA time zone/)
    expect(() => pipeline({embed: 'no' as never}).freeze()).toThrow(/^Expected `embed` to be a boolean, not `no`/)
    expect(() => pipeline({anchors: 1 as never}).freeze()).toThrow(/^Expected `anchors` to be a boolean, not `1`/)
  })
})

describe('remarkNewsroomLint', () => {
  const article = [
    '# ' + 'A very long headline that goes on and on about the water rates and the council and the hearing and more',
    '',
    'The council voted 6-5 to wait.',
    '',
    '"We will decide in March," he said.',
    '',
    '"This one never closes,',
    '',
    'Nothing reopens it.',
    ''
  ].join('\n')

  test('reports editorial problems at their place, each rule configurable', async () => {
    const {default: remarkNewsroomLint} = await import('../src/plugins/remark-newsroom-lint.js')
    const file = await unified().use(remarkParse).use(remarkNewsroomLint, {rules: {'missing-article-image': 'off', 'missing-date': 'error'}, maxHeadlineLength: 80}).use(remarkStringify).process(new VFile({path: 'x.md', value: article}))
    expect(file.messages.map((message) => [String(message.place ? message.line + ':' + message.column : ''), message.ruleId, message.fatal])).toEqual([
      ['1:1', 'missing-url', undefined],
      ['1:3', 'missing-byline', false],
      ['1:3', 'missing-date', true],
      ['1:3', 'missing-description', false],
      ['1:3', 'long-headline', false],
      ['3:1', 'missing-dateline', false],
      ['5:2', 'quote-unattributed', false],
      ['5:28', 'pronoun-unresolved', false],
      ['7:2', 'quote-unattributed', false],
      ['7:24', 'unbalanced-quote', false]
    ])
    for (const message of file.messages) {
      expect(message.source).toBe('newsroom-jsonld')
      expect(message.url).toBe('https://github.com/newsroom-jsonld/newsroom-jsonld#' + message.ruleId)
    }
  })

  test('the core API keeps editorial rules off', () => {
    expect(articleToJsonLd(article).messages.map((message) => message.ruleId)).toEqual(['missing-url', 'quote-unattributed', 'quote-unattributed'])
  })
})

describe('anchors', () => {
  test('quoted paragraphs get ids and Quotations point at them', async () => {
    const file = await pipeline({anchors: true}).use(remarkRehype).use(rehypeStringify).process(markdown)
    expect(String(file)).toContain('<p id="quote-1">')
    expect(file.data.newsArticle?.jsonld['@graph']).toContainEqual(
      expect.objectContaining({'@type': 'Quotation', '@id': 'https://news.example.com/lakewood-water#quote-1', url: 'https://news.example.com/lakewood-water#quote-1'})
    )
  })

  test('the same for HTML through rehype', async () => {
    const {default: rehypeParse} = await import('rehype-parse')
    const {default: rehypeNewsArticle} = await import('../src/rehype.js')
    const html = '<article><h1>Title</h1><p>"It is over," said Mayor Lena Park.</p></article>'
    const file = await unified().use(rehypeParse, {fragment: true}).use(rehypeNewsArticle, {anchors: true}).use(rehypeStringify).process(html)
    expect(String(file)).toContain('<p id="quote-1">')
    expect(file.data.newsArticle?.jsonld['@graph']).toContainEqual(expect.objectContaining({'@type': 'Quotation', url: '#quote-1'}))
  })

  test('a paragraph keeps the id it has, and the Quotation points at it', async () => {
    const {default: rehypeParse} = await import('rehype-parse')
    const {default: rehypeNewsArticle} = await import('../src/rehype.js')
    const html = '<article><h1>Title</h1><p id="lede">"It is over," said Mayor Lena Park.</p></article>'
    const file = await unified().use(rehypeParse, {fragment: true}).use(rehypeNewsArticle, {anchors: true}).use(rehypeStringify).process(html)
    expect(String(file)).toContain('<p id="lede">')
    expect(file.data.newsArticle?.jsonld['@graph']).toContainEqual(expect.objectContaining({'@type': 'Quotation', url: '#lede'}))
  })
})

test('the plugin gives the same JSON-LD as articleToJsonLd on every Markdown fixture', async () => {
  const {readdir, readFile} = await import('node:fs/promises')
  const fixtures = new URL('fixtures/', import.meta.url)
  const newsroom = JSON.parse(await readFile(new URL('newsroom.json', fixtures), 'utf8'))
  let count = 0
  for (const entry of await readdir(fixtures, {withFileTypes: true})) {
    if (!entry.isDirectory()) continue
    const input = new URL(entry.name + '/input.md', fixtures)
    const value = await readFile(input, 'utf8').catch(() => undefined)
    if (value === undefined) continue
    const file = new VFile({path: entry.name + '.md', value})
    await pipeline(newsroom).run(pipeline(newsroom).parse(file), file)
    expect(file.data.newsArticle?.jsonld).toEqual(articleToJsonLd(new VFile({path: entry.name + '.md', value}), newsroom).jsonld)
    count++
  }
  expect(count).toBeGreaterThan(15)
})
