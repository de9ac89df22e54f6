// Where the common hosts put a Markdown file's frontmatter before remark
// plugins run, and the newsroom's time zone applied to what they give.
import rehypeParse from 'rehype-parse'
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {parse} from 'parse5'
import {describe, expect, test} from 'vitest'
import rehypeNewsArticle from '../src/rehype.js'
import remarkNewsArticle, {type Options} from '../src/remark.js'

// The body a host hands to remark once it has taken the frontmatter off.
const body = 'LAKEWOOD, Colo. (KXYZ) — "We will wait," Mayor Rosalind Okafor said.\n'
const frontmatter = {title: 'Lakewood delays water rate hike', author: 'Dana Whitfield', date: '2026-02-11T17:45', url: 'https://news.example.com/lakewood'}

/** The article node of the graph remark builds for a file with `data`. */
async function articleNode(data: Record<string, unknown>, options?: Options): Promise<Record<string, unknown>> {
  const file = new VFile({path: 'lakewood.md', value: body, data})
  await unified().use(remarkParse).use(remarkNewsArticle, options).use(remarkStringify).process(file)
  return file.data.newsArticle!.jsonld['@graph'][0] as Record<string, unknown>
}

describe('frontmatter from the host', () => {
  test.each([
    ['Astro (file.data.astro.frontmatter)', {astro: {frontmatter}}],
    ['next-mdx-remote, vfile-matter (file.data.matter)', {matter: frontmatter}],
    ['Docusaurus (file.data.frontMatter)', {frontMatter: frontmatter}],
    ['remark-parse-frontmatter (file.data.frontmatter)', {frontmatter}]
  ])('%s gives headline, author and date', async (_host, data) => {
    const node = await articleNode(data, {timeZone: 'America/Denver'})
    expect(node).toMatchObject({headline: frontmatter.title, datePublished: '2026-02-11T17:45:00-07:00', url: frontmatter.url})
    expect(node.author).toEqual([{'@id': expect.stringContaining('dana-whitfield')}])
  })

  test('a date without offset is read in the `timeZone` option, not UTC', async () => {
    expect((await articleNode({astro: {frontmatter}}, {timeZone: 'America/New_York'})).datePublished).toBe('2026-02-11T17:45:00-05:00')
  })

  test('a zone written in the frontmatter wins over the option', async () => {
    const node = await articleNode({astro: {frontmatter: {...frontmatter, timeZone: 'America/Denver'}}}, {timeZone: 'America/New_York'})
    expect(node.datePublished).toBe('2026-02-11T17:45:00-07:00')
  })

  test('a bad zone in the frontmatter is reported and the option is used', async () => {
    const file = new VFile({path: 'lakewood.md', value: body, data: {astro: {frontmatter: {...frontmatter, timeZone: 'Mars/Olympus'}}}})
    await unified().use(remarkParse).use(remarkNewsArticle, {timeZone: 'America/Denver'}).use(remarkStringify).process(file)
    expect(file.messages.map((message) => [message.ruleId, message.reason])).toContainEqual([
      'invalid-field',
      'Unexpected `Mars/Olympus` in `timeZone`, expected an IANA time zone such as `America/Denver`'
    ])
    expect((file.data.newsArticle!.jsonld['@graph'][0] as {datePublished?: string}).datePublished).toBe('2026-02-11T17:45:00-07:00')
  })

  test('dates the host already parsed (YAML timestamps become `Date`s) come out in the newsroom zone', async () => {
    const astro = {frontmatter: {...frontmatter, date: new Date('2026-07-04T16:30:00Z'), updated: new Date('2026-07-05T00:00:00Z')}}
    const node = await articleNode({astro}, {timeZone: 'America/Denver'})
    // The same instant with the zone's offset; a bare YAML date (midnight UTC) stays that date.
    expect(node).toMatchObject({datePublished: '2026-07-04T10:30:00-06:00', dateModified: '2026-07-05'})
  })

  test('the frontmatter wins over rehype-meta and over what the text implies', async () => {
    const node = await articleNode({meta: {title: 'From rehype-meta'}, astro: {frontmatter: {title: 'From Astro'}}})
    expect(node.headline).toBe('From Astro')
  })
})

/** The attributes of every script element of a page, as an HTML5 parser sees them. */
function scriptAttributes(html: string): Array<Record<string, string>> {
  type Node = {nodeName: string; attrs?: Array<{name: string; value: string}>; childNodes?: Node[]}
  const found: Array<Record<string, string>> = []
  const walk = (node: Node) => {
    if (node.nodeName === 'script') found.push(Object.fromEntries((node.attrs ?? []).map((attribute) => [attribute.name, attribute.value])))
    for (const child of node.childNodes ?? []) walk(child)
  }
  walk(parse(html) as unknown as Node)
  return found
}

describe('a CSP nonce on the embedded script element', () => {
  const nonce = 'dGhpcyBpcyBhIG5vbmNl+/_-=='

  test('remark-stringify writes it', async () => {
    const file = await unified().use(remarkParse).use(remarkNewsArticle, {embed: true, nonce}).use(remarkStringify).process(body)
    expect(scriptAttributes(String(file))).toEqual([{type: 'application/ld+json', nonce}])
  })

  test('remark-rehype keeps it', async () => {
    const file = await unified().use(remarkParse).use(remarkNewsArticle, {embed: true, nonce}).use(remarkRehype).use(rehypeStringify).process(body)
    expect(scriptAttributes(String(file))).toEqual([{type: 'application/ld+json', nonce}])
  })

  test('rehype writes it in the head', async () => {
    const html = '<!doctype html><html><head><title>Lakewood</title></head><body><h1>Lakewood</h1><p>' + body + '</p></body></html>'
    const file = await unified().use(rehypeParse).use(rehypeNewsArticle, {embed: true, nonce}).use(rehypeStringify).process(html)
    expect(String(file)).toMatch(/<script type="application\/ld\+json" nonce="[^"]+">[^<]*<\/script><\/head>/)
    expect(scriptAttributes(String(file))).toEqual([{type: 'application/ld+json', nonce}])
  })

  test.each([['"><script>alert(1)</script>'], ['a b'], [''], ["x'"]])('rejects the nonce %j when configured', (bad) => {
    expect(() => unified().use(remarkParse).use(remarkNewsArticle, {embed: true, nonce: bad}).freeze()).toThrow(/Unexpected nonce/)
    expect(() => unified().use(rehypeParse).use(rehypeNewsArticle, {embed: true, nonce: bad}).freeze()).toThrow(/Unexpected nonce/)
  })
})
