import {describe, expect, test} from 'vitest'
import {toScriptTag} from '../../src/serialize/json-ld.js'
import '../../src/vitest/index.js'
import {formatIssue, matchers} from '../../src/vitest/index.js'

const article = {
  '@context': 'https://schema.org',
  '@graph': [
    {
      '@type': 'ReportageNewsArticle',
      '@id': 'https://news.example.com/story#article',
      headline: 'Council approves water rate increase',
      datePublished: '2024-03-05T09:30:00-07:00',
      image: 'https://news.example.com/images/council.jpg',
      author: {'@id': 'https://news.example.com/staff/jane-doe#person'},
      publisher: {'@type': 'Organization', name: 'Example News', url: 'https://news.example.com/'},
      mentions: [{'@id': 'https://news.example.com/story#aurora'}, {'@id': 'https://news.example.com/staff/ann-lee#person'}, 'water rates']
    },
    {'@type': 'Person', '@id': 'https://news.example.com/staff/jane-doe#person', name: 'Jane Doe', url: 'https://news.example.com/staff/jane-doe'},
    {'@type': 'Person', '@id': 'https://news.example.com/staff/ann-lee#person', name: 'Ann Lee'},
    {'@type': 'City', '@id': 'https://news.example.com/story#aurora', name: 'Aurora'},
    {
      '@type': 'Quotation',
      text: 'We have pipes in the ground older than most of the people in this room.',
      creator: {'@id': 'https://news.example.com/staff/ann-lee#person'}
    },
    {'@type': 'Quotation', text: 'No comment.', creator: 'City spokesperson'}
  ]
}

/** The article with one change to its first node. */
function withArticle(changes: Record<string, unknown>): unknown {
  const [first, ...rest] = article['@graph']
  return {...article, '@graph': [{...first, ...changes}, ...rest]}
}

function page(...scripts: string[]): string {
  return '<!doctype html>\n<html><head>\n' + scripts.join('\n') + '\n</head><body><p>Story</p></body></html>'
}

/** The failure message of an assertion that must fail. */
function failureOf(assertion: () => void): string {
  try {
    assertion()
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('Expected the assertion to fail')
}

describe('toBeValidNewsArticle', () => {
  test('passes on a valid NewsArticle (of a subtype too), fails under .not', () => {
    expect(article).toBeValidNewsArticle()
    expect(JSON.stringify(article)).toBeValidNewsArticle()
    expect(failureOf(() => expect(article).not.toBeValidNewsArticle())).toBe(
      'expected the JSON-LD not to have a valid NewsArticle, but it has one with no issue at or above warning'
    )
  })

  test('fails with every issue as `severity ruleId path: message`', () => {
    const broken = withArticle({wordCount: 'about 500', datePublished: '2024-03-05T09:30:00'})
    expect(broken).not.toBeValidNewsArticle()
    expect(failureOf(() => expect(broken).toBeValidNewsArticle())).toBe(
      [
        'expected the JSON-LD to have a valid NewsArticle (failing on warning and above):',
        '  warning date-without-time-zone /@graph/0/datePublished: Unexpected date-time without time zone `2024-03-05T09:30:00` in `datePublished`, expected an offset such as `2024-03-05T09:30:00-05:00` or `Z`',
        '  error range-mismatch /@graph/0/wordCount: Unexpected text `about 500` in `wordCount`, expected `Integer`'
      ].join('\n')
    )
  })

  test('`failOn` sets the severity that fails, `profile` the checks', () => {
    const warned = withArticle({datePublished: '2024-03-05'})
    expect(warned).not.toBeValidNewsArticle()
    expect(warned).toBeValidNewsArticle({failOn: 'error'})
    expect(warned).toBeValidNewsArticle({profile: 'schema.org'})
    // The Quotation is a pending type: an info, which fails only when asked for (issue #12).
    expect(article).toBeValidNewsArticle({failOn: 'info', ignore: ['text-for-thing']})
    expect(article).not.toBeValidNewsArticle({failOn: 'info', ignore: ['text-for-thing'], rules: {'pending-term': 'info'}})
  })

  test('fails without a NewsArticle', () => {
    const blogPosting = withArticle({'@type': 'BlogPosting'})
    expect(failureOf(() => expect(blogPosting).toBeValidNewsArticle())).toContain(
      'error no-news-article: expected a node of type NewsArticle or a subtype, found none in 1 JSON-LD block(s)'
    )
  })

  test('fails on text that is not JSON, with or without .not', () => {
    expect(failureOf(() => expect('<p>HTML</p>').toBeValidNewsArticle())).toBe('expected a JSON-LD value or JSON text, not `<p>HTML</p>`')
    expect(failureOf(() => expect('<p>HTML</p>').not.toBeValidNewsArticle())).toContain('expected a JSON-LD value or JSON text')
  })
})

describe('toHaveValidNewsArticle', () => {
  test('passes on a page with a valid NewsArticle among other blocks', () => {
    const website = {'@context': 'https://schema.org', '@type': 'WebSite', name: 'Example News', url: 'https://news.example.com/'}
    expect(page(toScriptTag(website), toScriptTag(article))).toHaveValidNewsArticle()
    expect(page(toScriptTag(withArticle({wordCount: -1.5})))).not.toHaveValidNewsArticle()
  })

  test('fails on a page whose JSON does not parse, giving line and column', () => {
    const html = page(toScriptTag(article), '<script type="application/ld+json">{"@type": }</script>')
    const message = failureOf(() => expect(html).toHaveValidNewsArticle())
    expect(message).toMatch(/^expected the page to have a valid NewsArticle \(failing on warning and above\):\n {2}error json-syntax line 4, column 46: /)
  })

  test('labels issues with their block when the page has several', () => {
    const other = {'@context': 'https://schema.org', '@type': 'WebSite', name: 'Example News'}
    const message = failureOf(() => expect(page(toScriptTag(other), toScriptTag(withArticle({headline: ['A', 'B']})))).toHaveValidNewsArticle())
    expect(message).toContain('\n  JSON-LD at line 4, column 1:\n  warning headline-array /@graph/0/headline: Unexpected array of 2 headlines, expected one headline')
  })

  test('fails on a page without JSON-LD, and on anything but a string', () => {
    expect(failureOf(() => expect(page()).toHaveValidNewsArticle())).toContain('found none in 0 JSON-LD block(s)')
    expect(failureOf(() => expect(article).toHaveValidNewsArticle())).toMatch(/^expected an HTML string, not `\{"@context":"https:\/\/schema.org","@graph":/)
  })

  test('works as an asymmetric matcher', () => {
    expect({html: page(toScriptTag(article))}).toEqual({html: expect.toHaveValidNewsArticle()})
  })
})

describe('toContainQuotation', () => {
  test('finds a quotation by its speaker and part of its text, in JSON-LD or a page', () => {
    const quotation = {speaker: 'Ann Lee', text: 'older than   most of the people'}
    expect(article).toContainQuotation(quotation)
    expect(page(toScriptTag(article))).toContainQuotation(quotation)
    expect(article).toContainQuotation({speaker: 'City spokesperson', text: 'No comment'})
  })

  test('fails on another speaker or text, listing the quotations found', () => {
    expect(article).not.toContainQuotation({speaker: 'Jane Doe', text: 'older than most'})
    expect(failureOf(() => expect(article).toContainQuotation({speaker: 'Ann Lee', text: 'newer'}))).toBe(
      [
        'expected a Quotation by Ann Lee containing “newer”, found 2:',
        '  Ann Lee: “We have pipes in the ground older than most of the people in this room.”',
        '  City spokesperson: “No comment.”'
      ].join('\n')
    )
    expect(failureOf(() => expect({'@type': 'Article'}).toContainQuotation({speaker: 'A', text: 'b'}))).toBe(
      'expected a Quotation by A containing “b”, found no quotations'
    )
  })

  test('.not fails on a match, saying where it is', () => {
    expect(failureOf(() => expect(page(toScriptTag(article))).not.toContainQuotation({speaker: 'Ann Lee', text: 'pipes'}))).toBe(
      'expected no Quotation by Ann Lee containing “pipes”, found one at JSON-LD at line 3, column 1 /@graph/4'
    )
  })
})

describe('toMention', () => {
  test('finds a mention by name and type, subtypes included', () => {
    expect(article).toMention({name: 'Aurora', type: 'City'})
    expect(article).toMention({name: 'Aurora', type: 'Place'})
    expect(page(toScriptTag(article))).toMention({name: 'Ann Lee', type: 'Person'})
    // JSON text, as `toBeValidNewsArticle` takes it, is JSON-LD, not a page.
    expect(JSON.stringify(article)).toMention({name: 'Ann Lee', type: 'Person'})
  })

  test('fails on another type or name, listing the mentions found', () => {
    expect(article).not.toMention({name: 'Aurora', type: 'Person'})
    expect(failureOf(() => expect(article).toMention({name: 'Denver', type: 'City'}))).toBe(
      ['expected a mention of City Denver, found 3:', '  City Aurora', '  Person Ann Lee', '  text water rates'].join('\n')
    )
    expect(failureOf(() => expect({'@type': 'NewsArticle'}).toMention({name: 'A', type: 'Person'}))).toBe(
      'expected a mention of Person A, found no mentions'
    )
  })

  test('.not fails on a match, saying where it is', () => {
    expect(failureOf(() => expect(article).not.toMention({name: 'Ann Lee', type: 'Person'}))).toBe(
      'expected no mention of Person Ann Lee, found one at JSON-LD /@graph/0/mentions/1'
    )
  })
})

test('exports the matchers and the issue format', () => {
  expect(Object.keys(matchers).sort()).toEqual(['toBeValidNewsArticle', 'toContainQuotation', 'toHaveValidNewsArticle', 'toMention'])
  expect(formatIssue({severity: 'error', ruleId: 'not-json-ld', path: '', message: 'Unexpected string, expected a JSON-LD object'})).toBe(
    'error not-json-ld (root): Unexpected string, expected a JSON-LD object'
  )
})
