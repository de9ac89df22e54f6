import fc from 'fast-check'
import rehypeParse from 'rehype-parse'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {articleToJsonLd, serializeJsonLd} from '../src/index.js'
import rehypeNewsArticle from '../src/rehype.js'
import remarkNewsArticle from '../src/remark.js'

// Issue #13: content never throws, and the output is always well-formed.

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** The JSON-LD parses back, and no string in it holds a lone surrogate. */
function expectWellFormed(jsonld: unknown): void {
  const text = serializeJsonLd(jsonld as Parameters<typeof serializeJsonLd>[0])
  const parsed: unknown = JSON.parse(text)
  const visit = (value: unknown, path: string): void => {
    if (typeof value === 'string') {
      if (loneSurrogate.test(value)) throw new Error('Unexpected lone surrogate at ' + path + ': ' + JSON.stringify(value))
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (loneSurrogate.test(key)) throw new Error('Unexpected lone surrogate in key at ' + path)
        visit(item, path + '.' + key)
      }
    }
  }
  visit(parsed, '$')
}

const fields = ['title', 'subtitle', 'description', 'url', 'canonical', 'date', 'updated', 'author', 'publisher', 'image', 'section', 'tags', 'language', 'dateline', 'type', 'paywallSelector']

describe('lone surrogates', () => {
  test('an author name with a lone surrogate is replaced by U+FFFD, with a message at its place', () => {
    const result = articleToJsonLd('---\nauthor: "a\uD800b"\n---\n\n# Title\n\nText.')
    expectWellFormed(result.jsonld)
    expect(result.article.metadata.authors[0]?.name).toBe('a\uFFFDb')
    const message = result.messages.find((item) => item.ruleId === 'invalid-character')
    expect(message?.reason).toBe('Unexpected lone surrogate U+D800, expected well-formed text; replaced by U+FFFD')
    expect([message?.line, message?.column]).toEqual([2, 11])
  })

  test('a lone surrogate written as a YAML escape, in CMS metadata, and in a file name with `baseUrl`', () => {
    const escaped = articleToJsonLd('---\nauthor: "\\ud800"\n---\n\nText.')
    expectWellFormed(escaped.jsonld)
    // The file's text is well-formed; the escape writes the surrogate, so the message is at the value.
    expect(escaped.messages.filter((item) => item.ruleId === 'invalid-character').map((item) => [item.line, item.column, item.reason])).toEqual([
      [2, 9, 'Unexpected lone surrogate U+D800 in frontmatter, expected well-formed text; replaced by U+FFFD']
    ])
    expectWellFormed(articleToJsonLd('Title\n\nText.', {metadata: {author: '\uD800'}}).jsonld)
    const file = new VFile({path: 'story-\uDC00.md', value: '# Title\n\nText.'})
    const result = articleToJsonLd(file, {baseUrl: 'https://example.com/news/'})
    expect(result.article.url).toBe('https://example.com/news/story-%EF%BF%BD')
    expectWellFormed(result.jsonld)
  })

  test('in the remark and rehype plugins', async () => {
    const markdown = unified().use(remarkParse).use(remarkFrontmatter).use(remarkNewsArticle, {baseUrl: 'https://example.com/'})
    const file = new VFile({path: '\uD800.md', value: '---\nauthor: "\\udc00"\n---\n\n# Ti\uD800tle\n\nBy Jane \uDBFF Doe\n\nText.'})
    await markdown.run(markdown.parse(file), file)
    expectWellFormed(file.data.newsArticle?.jsonld)
    const html = unified().use(rehypeParse).use(rehypeNewsArticle, {baseUrl: 'https://example.com/'})
    const page = new VFile({path: '\uD800.html', value: '<html><head><meta name="author" content="\uD800"></head><body><h1>A\uDC00</h1><p>Text.</p></body></html>'})
    await html.run(html.parse(page), page)
    expectWellFormed(page.data.newsArticle?.jsonld)
  })

  test('arbitrary UTF-16 in every string field never throws and gives well-formed output (property)', () => {
    // Full UTF-16, with surrogate halves (alone or paired) made common.
    const half = fc.integer({min: 0xd800, max: 0xdfff}).map((code) => String.fromCharCode(code))
    const text = fc.array(fc.oneof(half, fc.string({unit: 'binary', maxLength: 4})), {maxLength: 12}).map((parts) => parts.join(''))
    fc.assert(
      fc.property(
        fc.constantFrom(...fields),
        text,
        text,
        text,
        fc.constantFrom('auto', 'markdown', 'text', 'html'),
        (field, value, body, name, format) => {
          const options = {baseUrl: 'https://example.com/news/', format: format as 'auto'}
          // As a YAML escape (reaches the metadata reader as it is), as raw frontmatter text, and as CMS metadata.
          for (const source of ['---\n' + field + ': ' + JSON.stringify(value) + '\n---\n\n# Title\n\n' + body, '---\n' + field + ': "' + value.replaceAll(/["\\\n\r]/g, '') + '"\n---\n\n' + body]) {
            expectWellFormed(articleToJsonLd(new VFile({path: name.replaceAll('/', '') + '.md', value: source}), options).jsonld)
          }
          expectWellFormed(articleToJsonLd(new VFile({path: 'a' + name.replaceAll('/', ''), value: body}), {...options, metadata: {[field]: value}}).jsonld)
          expectWellFormed(articleToJsonLd(body, {...options, publisher: {name: 'P' + value}}).jsonld)
        }
      ),
      {numRuns: 150}
    )
  }, 300_000)
})

// Inputs that take the upstream parsers seconds to minutes (or their stack)
// without the nesting check; with it they read at once. No timing is asserted.
describe('nesting and size limits', () => {
  test('Markdown nested past `maxNesting` is read flat, with a warning at the place, and the rest as Markdown', () => {
    const result = articleToJsonLd('---\ntitle: Kept\n---\n\n# H\n\n' + '- '.repeat(4000) + 'x\n\nAfter *this*.', {format: 'markdown'})
    const message = result.messages.find((item) => item.ruleId === 'deep-nesting')
    expect(message?.reason).toBe('Unexpected Markdown nested 101 levels deep, expected at most 100 (the `maxNesting` option); read as plain text')
    expect([message?.line, message?.column]).toEqual([7, 201])
    expect(result.article.metadata.headline).toBe('Kept')
    expect(result.article.headline?.text).toBe('H')
    expect(result.article.lede?.text.startsWith('- - -')).toBe(true)
    expectWellFormed(result.jsonld)
  })

  test.each([
    ['block quotes', '>'.repeat(20_000) + ' x'],
    ['brackets', '['.repeat(20_000) + 'x'],
    ['emphasis', '*a '.repeat(5000) + 'x'],
    // One long run of markers on each side: the parser pairs them one by one.
    ['emphasis runs', '*'.repeat(16_000) + 'x' + '*'.repeat(16_000)],
    ['underscore runs', 'a' + '_'.repeat(16_000) + 'b' + '_'.repeat(16_000) + 'c'],
    ['list markers', '* '.repeat(20_000) + 'x']
  ])('nested %s', (_, markdown) => {
    const result = articleToJsonLd('# H\n\n' + markdown, {format: 'markdown'})
    expect(result.messages.filter((item) => item.ruleId === 'deep-nesting').map((item) => item.line)).toEqual([3])
  })

  test('a run of markers counts the spans it can open, up to the limit', () => {
    expect(articleToJsonLd('# H\n\n' + '*'.repeat(200) + 'x' + '*'.repeat(200)).messages.map((item) => item.ruleId)).not.toContain('deep-nesting')
    expect(articleToJsonLd('# H\n\n' + '*'.repeat(201) + 'x' + '*'.repeat(201)).messages.map((item) => item.ruleId)).toContain('deep-nesting')
    expect(articleToJsonLd('# H\n\n***Both*** and **strong**.').messages.map((item) => item.ruleId)).not.toContain('deep-nesting')
  })

  test('nesting up to the limit is Markdown, and the limit is an option', () => {
    expect(articleToJsonLd('# H\n\n' + '> '.repeat(50) + 'x').messages.map((item) => item.ruleId)).not.toContain('deep-nesting')
    expect(articleToJsonLd('# H\n\n' + '> '.repeat(50) + 'x', {maxNesting: 10}).messages.map((item) => item.ruleId)).toContain('deep-nesting')
    expect(() => articleToJsonLd('x', {maxNesting: 0})).toThrow(/^Expected `maxNesting` to be a positive whole number/)
    expect(() => articleToJsonLd('x', {maxBytes: 1.5})).toThrow(/^Expected `maxBytes` to be a positive whole number/)
  })

  test('HTML nested past `maxNesting` is refused with an error at the place', () => {
    const result = articleToJsonLd('<article>\n' + '<div>'.repeat(2000) + 'deep</article>', {format: 'html'})
    const message = result.messages.find((item) => item.ruleId === 'unreadable-article')
    expect(message?.reason).toBe('Unexpected HTML nested 101 elements deep, expected at most 100 (the `maxNesting` option)')
    expect([message?.line, message?.column, message?.fatal]).toEqual([2, 496, true])
    // Void elements and closed elements do not nest.
    expect(articleToJsonLd('<p>' + '<br><b>x</b>'.repeat(500) + '</p>', {format: 'html'}).messages.map((item) => item.ruleId)).not.toContain('unreadable-article')
  })

  test('an article past `maxBytes` (UTF-8) is refused', () => {
    const result = articleToJsonLd('# H\n\n' + 'é'.repeat(60), {maxBytes: 100})
    expect(result.messages.find((item) => item.ruleId === 'unreadable-article')?.reason).toBe('Unexpected article of 125 bytes, expected at most 100 (the `maxBytes` option)')
    expect(articleToJsonLd('# H\n\n' + 'e'.repeat(60), {maxBytes: 100}).messages.map((item) => item.ruleId)).not.toContain('unreadable-article')
  })
})

describe('dates and numbers', () => {
  test('a local time skipped by a daylight-saving change is a warning naming the chosen offset', () => {
    const result = articleToJsonLd('---\ndate: 2024-03-10T02:30\n---\n\n# Title\n\nText.', {timeZone: 'America/New_York'})
    const message = result.messages.find((item) => item.ruleId === 'unreadable-date')
    expect(message?.reason).toBe(
      'Unexpected local time `2024-03-10T02:30` in `date` that does not exist in America/New_York (the clocks skip it), expected an existing time; read as `2024-03-10T02:30:00-04:00`'
    )
    expect([message?.line, message?.fatal]).toEqual([2, false])
    expect(result.article.metadata.datePublished).toBe('2024-03-10T02:30:00-04:00')
  })

  test('year 0000 is refused', () => {
    const result = articleToJsonLd('---\ndate: 0000-01-01\n---\n\n# Title\n\nText.')
    expect(result.messages.map((item) => item.ruleId)).toContain('unreadable-date')
    expect(result.article.metadata.datePublished).toBeUndefined()
  })

  test('a numeric title keeps its text as written in the YAML', () => {
    const result = articleToJsonLd('---\ntitle: 123456789012345678901234567890\ntags: [007, 2024]\n---\n\nText.')
    expect(result.article.metadata.headline).toBe('123456789012345678901234567890')
    expect(result.article.metadata.keywords).toEqual(['007', '2024'])
  })
})
