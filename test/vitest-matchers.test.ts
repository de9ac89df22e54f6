// #12 items 5 and 8: the matchers fail a news article without a headline,
// and take `ignore` and per-rule severities; `failOn: 'info'` ignores `pending-term`.
import {describe, expect, test} from 'vitest'
import {articleToJsonLd, toScriptTag} from '../src/index.js'
import '../src/vitest/index.js'

const graph = {
  '@context': 'https://schema.org',
  '@graph': [
    {
      '@type': 'NewsArticle',
      '@id': 'https://news.example.com/story#article',
      headline: 'Council approves water rate increase',
      datePublished: '2024-03-05T09:30:00-07:00',
      image: 'https://news.example.com/images/council.jpg',
      author: {'@id': 'https://news.example.com/staff/jane-doe#person'},
      publisher: {'@type': 'Organization', name: 'Example News', url: 'https://news.example.com/'}
    },
    {'@type': 'Person', '@id': 'https://news.example.com/staff/jane-doe#person', name: 'Jane Doe', url: 'https://news.example.com/staff/jane-doe'},
    {'@type': 'Quotation', text: 'We are ready.', creator: {'@id': 'https://news.example.com/staff/jane-doe#person'}}
  ]
}

/** The graph with its article changed: `undefined` removes a property. */
function withArticle(changes: Record<string, unknown>): {'@context': string; '@graph': unknown[]} {
  const [first, ...rest] = graph['@graph']
  const article: Record<string, unknown> = {...first, ...changes}
  for (const [key, value] of Object.entries(changes)) if (value === undefined) delete article[key]
  return {...graph, '@graph': [article, ...rest]}
}

function page(jsonld: unknown): string {
  return '<!doctype html>\n<html><head>\n' + toScriptTag(jsonld as Parameters<typeof toScriptTag>[0]) + '\n</head><body><p>Story</p></body></html>'
}

function failureOf(run: () => void): string {
  try {
    run()
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('Expected the matcher to fail')
}

describe('an article without a headline fails closed', () => {
  test.each([
    ['no headline', withArticle({headline: undefined}), 'error missing-headline /@graph/0: Unexpected article without `headline`, expected its title'],
    ['an empty headline', withArticle({headline: '  '}), 'error missing-headline /@graph/0/headline: Unexpected empty `headline`, expected the article’s title']
  ])('%s fails toHaveValidNewsArticle and toBeValidNewsArticle, in both profiles', (_name, jsonld, line) => {
    for (const profile of ['google', 'schema.org'] as const) {
      expect(failureOf(() => expect(page(jsonld)).toHaveValidNewsArticle({profile}))).toContain('\n  ' + line)
      expect(failureOf(() => expect(jsonld).toBeValidNewsArticle({profile, failOn: 'error'}))).toContain('\n  ' + line)
    }
  })

  test('the headline rule can still be turned off by the user', () => {
    expect(page(withArticle({headline: undefined}))).toHaveValidNewsArticle({rules: {'missing-headline': 'off'}})
    expect(withArticle({headline: undefined})).toBeValidNewsArticle({ignore: ['missing-headline']})
  })

  test('our own output for an article with a headline passes; a headless one has no NewsArticle', () => {
    const good = articleToJsonLd('Council votes\n\nDENVER (AP) — The council voted on Monday, officials said.\n', {baseUrl: 'https://news.example.com/'})
    expect(page(good.jsonld)).toHaveValidNewsArticle({failOn: 'error'})
    const headless = articleToJsonLd('---\nauthor: Jane Doe\n---\n', {baseUrl: 'https://news.example.com/'})
    expect(page(headless.jsonld)).not.toHaveValidNewsArticle({failOn: 'error'})
  })
})

describe('failOn, ignore and per-rule severities', () => {
  test("`failOn: 'info'` does not fail on `pending-term` unless the user asks", () => {
    expect(graph).toBeValidNewsArticle({failOn: 'info'})
    expect(failureOf(() => expect(graph).toBeValidNewsArticle({failOn: 'info', rules: {'pending-term': 'info'}}))).toMatch(/\n {2}info pending-term /)
    expect(failureOf(() => expect(graph).toBeValidNewsArticle({rules: {'pending-term': 'warning'}}))).toMatch(/\n {2}warning pending-term /)
  })

  test('`ignore` drops rules; `rules` raises or lowers a severity, and the failure shows the severity counted', () => {
    const dateOnly = withArticle({datePublished: '2024-03-05'})
    expect(dateOnly).not.toBeValidNewsArticle()
    expect(dateOnly).toBeValidNewsArticle({ignore: ['date-without-time-zone']})
    expect(dateOnly).toBeValidNewsArticle({rules: {'date-without-time-zone': 'info'}})
    const noAuthor = withArticle({author: undefined})
    expect(noAuthor).toBeValidNewsArticle({failOn: 'error'})
    expect(failureOf(() => expect(noAuthor).toBeValidNewsArticle({failOn: 'error', rules: {'missing-author': 'error'}}))).toContain(
      '\n  error missing-author /@graph/0: '
    )
    // An entry left undefined keeps the default.
    expect(noAuthor).toBeValidNewsArticle({rules: {'missing-author': undefined}})
  })

  test.each([
    [{ignore: ['no-such-rule']}, 'Expected `ignore` to name rules of `validate`, not `no-such-rule`'],
    [{rules: {'no-such-rule': 'error'}}, 'Expected `rules` to name rules of `validate`, not `no-such-rule`'],
    [{rules: {'missing-author': 'fatal'}}, 'Expected `rules["missing-author"]` to be `error`, `warning`, `info` or `off`, not `fatal`'],
    [{failOn: 'fatal'}, 'Expected `failOn` to be `error`, `warning` or `info`, not `fatal`']
  ])('bad options throw: %j', (options, reason) => {
    expect(() => expect(graph).toBeValidNewsArticle(options as never)).toThrow(reason)
    expect(() => expect(page(graph)).toHaveValidNewsArticle(options as never)).toThrow(reason)
  })
})
