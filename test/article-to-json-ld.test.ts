import type {Root} from 'mdast'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {articleToJsonLd} from '../src/index.js'

type Node = Record<string, unknown>

function articleNode(input: string, options?: Parameters<typeof articleToJsonLd>[1]): Node {
  return articleToJsonLd(input, options).jsonld['@graph'][0] as Node
}

function messages(input: string, options?: Parameters<typeof articleToJsonLd>[1]): string[] {
  return articleToJsonLd(input, options).messages.map((message) => String(message) + ' [' + message.ruleId + ']')
}

const story = 'DENVER (KDVR) — Snow closed schools across the metro area on Tuesday.\n\nCrews worked overnight.'

describe('frontmatter', () => {
  test('reads every documented field', () => {
    const node = articleNode(
      [
        '---',
        'title: "Snow closes &amp; delays <em>schools</em>"',
        'subtitle: Crews worked overnight',
        'description: Schools closed.',
        'canonical: https://example.com/news/snow',
        'date: 2026-02-11T06:00:00-07:00',
        'updated: 2026-02-11T09:30:00-07:00',
        'author: [Jane Doe, {name: John Roe, url: "https://example.com/staff/john", jobTitle: Meteorologist, sameAs: "https://social.example/@john"}]',
        'publisher: {name: KDVR, url: "https://kdvr.example", logo: "https://kdvr.example/logo.png"}',
        'image: [{url: "https://example.com/a.jpg", width: 1200, height: 675, caption: Plows, credit: Jo Ng}, "https://example.com/b.jpg"]',
        'section: [Weather, Local]',
        'tags: snow, schools',
        'language: en-US',
        'isAccessibleForFree: false',
        'paywallSelector: .paywall',
        'dateline: DENVER',
        'type: ReportageNewsArticle',
        '---',
        '',
        story
      ].join('\n')
    )
    expect(node).toEqual({
      '@type': 'ReportageNewsArticle',
      '@id': 'https://example.com/news/snow#article',
      headline: 'Snow closes & delays schools',
      alternativeHeadline: 'Crews worked overnight',
      description: 'Schools closed.',
      url: 'https://example.com/news/snow',
      mainEntityOfPage: {'@id': 'https://example.com/news/snow#webpage'},
      datePublished: '2026-02-11T06:00:00-07:00',
      dateModified: '2026-02-11T09:30:00-07:00',
      author: [{'@id': 'https://example.com/news/snow#person-jane-doe'}, {'@id': 'https://example.com/staff/john#person'}],
      publisher: {'@id': 'https://kdvr.example/#organization'},
      image: [
        {'@type': 'ImageObject', url: 'https://example.com/a.jpg', width: 1200, height: 675, caption: 'Plows', creditText: 'Jo Ng'},
        {'@type': 'ImageObject', url: 'https://example.com/b.jpg'}
      ],
      articleSection: ['Weather', 'Local'],
      keywords: ['snow', 'schools'],
      inLanguage: 'en-US',
      wordCount: 14,
      isAccessibleForFree: false,
      hasPart: {'@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: '.paywall'},
      copyrightYear: 2026,
      copyrightHolder: {'@id': 'https://kdvr.example/#organization'},
      dateline: 'DENVER',
      locationCreated: {'@id': 'https://example.com/news/snow#place-5419384'},
      contentLocation: {'@id': 'https://example.com/news/snow#place-5419384'},
      mentions: [{'@id': 'https://example.com/news/snow#place-5419384'}],
      sourceOrganization: {'@id': 'https://kdvr.example/#organization'}
    })
  })

  test('reports malformed YAML at its line and column, and still builds the article', () => {
    const result = articleToJsonLd('---\ntitle: Snow\nauthor: [Jane\n---\n\n# Snow\n\nText.', {metadata: {url: 'https://e.com/a'}})
    expect(result.messages.map(String)).toEqual([
      '3:14: Unexpected invalid YAML in frontmatter (Flow sequence in block collection must be sufficiently indented and end with a ]), expected a YAML mapping of article fields'
    ])
    expect(result.messages[0]).toMatchObject({fatal: true, ruleId: 'invalid-frontmatter', source: 'newsroom-jsonld'})
    expect((result.jsonld['@graph'][0] as Node).headline).toBe('Snow')
  })

  test('reports frontmatter that is not a mapping', () => {
    expect(messages('---\n- a\n- b\n---\n\n# Snow', {metadata: {url: 'https://e.com/a'}})).toEqual([
      '2:1: Unexpected frontmatter that is not a mapping, expected `key: value` lines such as `title: …` [invalid-frontmatter]'
    ])
  })

  test('warns about unknown keys, suggesting the nearest', () => {
    expect(messages('---\ntitle: Snow\ndatePublised: 2026-02-11T06:00:00Z\nlayout: post\nfoo: 1\n---\n\nText.')).toEqual([
      '1:1: Unexpected article without URL, expected `url` in frontmatter or the `baseUrl` option; `@id`s are relative [missing-url]',
      '3:1: Unexpected unknown frontmatter field `datePublised`, expected `datePublished` [unknown-frontmatter-key]',
      '5:1: Unexpected unknown frontmatter field `foo`, expected a field listed in the README [unknown-frontmatter-key]'
    ])
  })

  test('an article with no headline is an error and gives no NewsArticle (fail closed)', () => {
    const result = articleToJsonLd('---\nurl: https://example.com/x\n---\n\nText of a story with no title.')
    expect(result.messages.map((message) => [message.ruleId, message.fatal])).toContainEqual(['no-headline', true])
    expect(result.jsonld['@graph']).toEqual([{'@type': 'WebPage', '@id': 'https://example.com/x#webpage', url: 'https://example.com/x'}])
  })

  test('leaves out wrong values with a message at the field', () => {
    const input = [
      '---',
      'title: [a, b]',
      'date: last Tuesday',
      'image: not a url',
      'url: https://example.com/x',
      'language: English please',
      'isAccessibleForFree: maybe',
      'paywallSelector: "#paywall"',
      'type: BlogPosting',
      'author: 42',
      '---',
      '',
      'Text.'
    ].join('\n')
    expect(messages(input)).toEqual([
      '1:1: Unexpected article without headline, expected a `title` in frontmatter or a first heading [no-headline]',
      '2:1: Unexpected list in `title`, expected a string [invalid-field]',
      '3:1: Unexpected `last Tuesday` in `date`, expected an ISO 8601 date such as `2026-02-11T17:45:00-07:00` [unreadable-date]',
      '4:1: Unexpected URL `not a url` in `image`, expected an absolute `https:` URL (or set `baseUrl` to resolve relative ones) [unreadable-url]',
      '6:1: Unexpected `English please` in `language`, expected a BCP 47 language tag such as `en` or `en-US` [invalid-field]',
      '7:1: Unexpected `maybe` in `isAccessibleForFree`, expected `true` or `false` [invalid-field]',
      '8:1: Unexpected `#paywall` in `paywallSelector`, expected a class selector such as `.paywall` [invalid-field]',
      '9:1: Unexpected `BlogPosting` in `type`, expected `NewsArticle` or a subtype such as `ReportageNewsArticle` [invalid-field]',
      '10:1: Unexpected `42` in `author`, expected a name or an object with `name` [invalid-field]'
    ])
    // No headline: no article, only its page (fail closed).
    expect(articleToJsonLd(input).jsonld['@graph']).toEqual([{'@type': 'WebPage', '@id': 'https://example.com/x#webpage', url: 'https://example.com/x'}])
  })

  test('resolves relative URLs against baseUrl', () => {
    const node = articleNode('---\ntitle: A\nurl: /news/a\nimage: /img/a.jpg\n---\n\nText.', {baseUrl: 'https://example.com/'})
    expect(node).toMatchObject({url: 'https://example.com/news/a', image: [{url: 'https://example.com/img/a.jpg'}]})
  })

  test('drops dateModified before datePublished', () => {
    expect(messages('---\ntitle: A\nurl: https://e.com/a\ndate: 2026-02-11T06:00:00Z\nupdated: 2026-02-10T06:00:00Z\n---\n\nText.')).toEqual([
      '5:1: Unexpected `updated` before the publication date, expected `2026-02-10T06:00:00+00:00` to be on or after `2026-02-11T06:00:00+00:00` [modified-too-early]'
    ])
  })

  test('reads naive date-times in the configured zone, never the machine’s', () => {
    const input = '---\ntitle: A\nurl: https://e.com/a\ndate: 2026-02-11 06:00\n---\n\nText.'
    expect(articleNode(input, {timeZone: 'America/New_York'}).datePublished).toBe('2026-02-11T06:00:00-05:00')
    expect(articleNode(input).datePublished).toBe('2026-02-11T06:00:00+00:00')
    expect(messages(input)).toEqual([
      '4:1: Unexpected date-time without offset in `date`, expected an offset such as `-07:00` or the `timeZone` option; read as UTC [date-read-as-utc]'
    ])
  })

  test('CMS metadata wins over frontmatter', () => {
    const node = articleNode('---\ntitle: From file\n---\n\nText.', {metadata: {title: 'From CMS'}})
    expect(node.headline).toBe('From CMS')
  })

  test('CMS metadata wins over frontmatter under any name of the field, and its problems point nowhere in the file', () => {
    const input = '---\ntitle: From file\ndate: 2026-02-11T17:45:00-07:00\n---\n\nText.'
    const node = articleNode(input, {metadata: {headline: 'From CMS', datePublished: '2026-03-01T08:00:00-07:00'}})
    expect(node.headline).toBe('From CMS')
    expect(node.datePublished).toBe('2026-03-01T08:00:00-07:00')
    const [bad] = articleToJsonLd(input, {metadata: {date: 'garbage'}}).messages.filter((message) => message.ruleId === 'unreadable-date')
    expect([bad?.line, bad?.reason]).toEqual([undefined, 'Unexpected `garbage` in `date`, expected an ISO 8601 date such as `2026-02-11T17:45:00-07:00`'])
  })
})

describe('text', () => {
  test('plain text: headline, dek as description, dateline, source', () => {
    const result = articleToJsonLd('Snow closes schools\nCrews worked overnight.\n\n' + story)
    const [node] = result.jsonld['@graph'] as readonly Node[]
    expect(node).toMatchObject({
      headline: 'Snow closes schools',
      description: 'Crews worked overnight.',
      dateline: 'DENVER (KDVR)',
      locationCreated: {'@id': '#place-5419384'},
      sourceOrganization: {'@id': '#org-kdvr'}
    })
    expect(result.article.dateline).toMatchObject({
      text: 'DENVER (KDVR)',
      city: 'Denver',
      position: {start: {line: 4, column: 1, offset: 45}, end: {line: 4, column: 14, offset: 58}}
    })
  })

  test('the lede without its dateline is the description when there is no dek', () => {
    expect(articleNode('Snow closes schools\n\n' + story).description).toBe('Snow closed schools across the metro area on Tuesday.')
  })

  test('a byline name with any name particle is a byline (the recognizer and the byline share the particles)', () => {
    expect(articleToJsonLd('# Snow\n\nBy Omar ibn Rashid\n\n' + story).article.byline).toMatchObject({authors: [{name: 'Omar ibn Rashid'}]})
  })

  test('a byline at the top of the body gives the authors', () => {
    const result = articleToJsonLd('# Snow\n\nBy Jane Doe and John Roe, Associated Press\n\n' + story)
    expect(result.article.byline).toMatchObject({authors: [{name: 'Jane Doe'}, {name: 'John Roe'}]})
    const people = (result.jsonld['@graph'] as readonly Node[]).filter((node) => node['@type'] === 'Person')
    expect(people).toEqual([
      {'@type': 'Person', '@id': '#person-jane-doe', name: 'Jane Doe', affiliation: {'@type': 'Organization', name: 'Associated Press'}},
      {'@type': 'Person', '@id': '#person-john-roe', name: 'John Roe', affiliation: {'@type': 'Organization', name: 'Associated Press'}}
    ])
  })

  test('a date-only first line is skipped, not a dateline', () => {
    const result = articleToJsonLd('Snow closes schools\n\nFeb. 11, 2026\n\n' + story)
    expect(result.article.dateline?.text).toBe('DENVER (KDVR)')
  })

  test('a story without dateline has none', () => {
    expect(articleToJsonLd('Snow\n\nSnow closed schools on Tuesday - again.').article.dateline).toBeUndefined()
  })

  test('forcing the format', () => {
    const input = '# Not a heading\n\nText.'
    expect(articleNode(input, {format: 'text'}).headline).toBe('# Not a heading')
    expect(articleNode(input).headline).toBe('Not a heading')
  })

  test('accepts a VFile, bytes and an mdast tree', () => {
    const file = new VFile({path: 'snow.txt', value: 'Snow\n\n' + story})
    expect(articleNode(file as never, {baseUrl: 'https://e.com/news/'})['@id']).toBe('https://e.com/news/snow#article')
    expect(articleNode(new TextEncoder().encode('Snow\n\n' + story) as never).headline).toBe('Snow')
    const tree: Root = {
      type: 'root',
      children: [
        {type: 'heading', depth: 1, children: [{type: 'text', value: 'Snow'}]},
        {type: 'paragraph', children: [{type: 'text', value: story}]}
      ]
    }
    const result = articleToJsonLd(tree)
    expect(result.article.dateline).toMatchObject({text: 'DENVER (KDVR)', position: undefined})
  })
})

describe('options', () => {
  test.each([
    [{format: 'xml'}, /^Expected `format` to be `auto`, `markdown`, `text` or `html`, not `xml`/],
    [{baseUrl: 'example.com'}, /^Expected `baseUrl` to be an absolute `http:` or `https:` URL/],
    [{timeZone: 'Mountain'}, /^Expected `timeZone` to be an IANA time zone/],
    [{type: 'BlogPosting'}, /^Expected `type` to be `NewsArticle` or a subtype/],
    [{language: 'English'}, /^Expected `language` to be a BCP 47 tag/],
    [{publisher: {name: ''}}, /^Expected `publisher.name` to be a non-empty string/],
    [{publisher: {name: 'X', url: 'nope'}}, /^Expected `publisher.url` to be an absolute URL/],
    // `.-5` is no class selector Google (or our validator) accepts.
    [{paywallSelector: '.-5'}, /^Expected `paywallSelector` to be a class selector/]
  ])('throws on bad options: %j', (options, expected) => {
    expect(() => articleToJsonLd('x', options as never)).toThrow(expected)
  })

  test('an author with a URL who is also quoted is one Person node', () => {
    const markdown = '---\ntitle: Snow\nauthor:\n  name: Jane Doe\n  url: https://news.example/staff/jane-doe\n---\n\n"Roads are closed," Jane Doe said.\n'
    const {jsonld} = articleToJsonLd(markdown, {format: 'markdown'})
    const people = jsonld['@graph'].filter((node) => (node as {'@type'?: unknown})['@type'] === 'Person') as Array<Record<string, unknown>>
    expect(people.map((person) => person['@id'])).toEqual(['https://news.example/staff/jane-doe#person'])
    const quotation = jsonld['@graph'].find((node) => (node as {'@type'?: unknown})['@type'] === 'Quotation') as Record<string, unknown>
    expect(quotation.creator).toEqual({'@id': 'https://news.example/staff/jane-doe#person'})
  })

  test('an empty publisher `sameAs` entry is left out, not written as null', () => {
    const {jsonld} = articleToJsonLd('Snow\n\n' + story, {publisher: {name: 'KDVR', sameAs: ['', 'https://x.example/kdvr']}})
    const publisher = jsonld['@graph'].find((node) => (node as {name?: unknown}).name === 'KDVR')
    expect((publisher as {sameAs?: unknown}).sameAs).toEqual(['https://x.example/kdvr'])
  })

  test('publisher and language defaults apply', () => {
    const result = articleToJsonLd('Snow\n\n' + story, {
      publisher: {name: 'KDVR', url: 'https://kdvr.example', logo: 'https://kdvr.example/logo.png', sameAs: 'https://x.example/kdvr'},
      language: 'en'
    })
    expect(result.jsonld['@graph']).toContainEqual({
      '@type': 'NewsMediaOrganization',
      '@id': 'https://kdvr.example/#organization',
      name: 'KDVR',
      url: 'https://kdvr.example/',
      logo: {'@type': 'ImageObject', url: 'https://kdvr.example/logo.png'},
      sameAs: ['https://x.example/kdvr']
    })
    expect((result.jsonld['@graph'][0] as Node).inLanguage).toBe('en')
  })
})

test('every message carries ruleId, source and url', () => {
  const inputs = [
    '',
    '---\nfoo: [\n---\n',
    '---\n- a\n---\n\nText',
    '---\ndatePublised: x\ndate: x\nupdated: 2020-01-01\nimage: 3\nurl: x\n---\n\nText',
    '---\ndate: 2026-01-02T03:04:05\nupdated: 2026-01-01T00:00:00Z\n---'
  ]
  let count = 0
  for (const input of inputs) {
    for (const message of articleToJsonLd(input).messages) {
      count++
      expect(message.ruleId).toMatch(/^[a-z]+(?:-[a-z]+)*$/)
      expect(message.source).toBe('newsroom-jsonld')
      expect(message.url).toBe('https://github.com/newsroom-jsonld/newsroom-jsonld#' + message.ruleId)
    }
  }
  expect(count).toBeGreaterThan(8)
})
