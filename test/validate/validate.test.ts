import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {rules} from '../../src/validate/rules.js'
import {checkInPage, validate, validateInPage, type ValidateOptions} from '../../src/validate/validate.js'
import {schemaContext, validArticle} from '../helpers/valid-article.js'

const context = schemaContext
const article = validArticle

/** `ruleId path` of each issue: short enough to pin. */
function summary(jsonld: unknown, options?: ValidateOptions): string[] {
  return validate(jsonld, options).map((issue) => `${issue.ruleId} ${issue.path}`)
}

/** The same without notes on pending terms, which many properties are (`jobTitle`, `height`). */
function summaryWithoutPending(jsonld: unknown, options?: ValidateOptions): string[] {
  return summary(jsonld, options).filter((line) => !line.startsWith('pending-term'))
}

describe('validate', () => {
  test('finds nothing wrong in a good article', () => {
    expect(validate(article)).toEqual([])
    expect(validate(article, null)).toEqual([])
    expect(validate(article, {profile: undefined})).toEqual([])
  })

  test('reports a full issue', () => {
    expect(validate({...article, wordCount: 'about 500'})).toEqual([
      {
        severity: 'error',
        ruleId: 'range-mismatch',
        message: 'Unexpected text `about 500` in `wordCount`, expected `Integer`',
        path: '/wordCount',
        actual: 'about 500',
        expected: ['Integer']
      }
    ])
  })

  test('the google profile is the default and adds Google’s rules to schema.org’s', () => {
    const document = {'@context': context, '@type': 'NewsArticle', headline: ['A', 'B'], datePublised: '2024-03-05'}
    expect(summary(document)).toEqual(summary(document, {profile: 'google'}))
    expect(summary(document, {profile: 'schema.org'})).toEqual(['unknown-property /datePublised'])
    expect(summary(document)).toEqual([
      'missing-author ',
      'missing-date-published ',
      'missing-image ',
      'headline-array /headline',
      'unknown-property /datePublised'
    ])
  })

  test('throws on a bad profile', () => {
    expect(() => validate(article, {profile: 'bing' as 'google'})).toThrow(/^Expected `profile` to be `'google'` or `'schema.org'`, not `bing`$/)
  })

  test('lists issues in document order', () => {
    const document = {
      '@context': context,
      '@graph': [
        {'@type': 'Person', name: 'Ann Lee', headline: 'x'},
        {'@type': 'NewsArticle', headline: 'A', wordCount: '12', author: {'@id': '#ann'}}
      ]
    }
    expect(summary(document, {profile: 'schema.org'})).toEqual([
      'property-not-for-type /@graph/0/headline',
      'number-as-text /@graph/1/wordCount',
      'unresolved-reference /@graph/1/author'
    ])
  })

  test('rules are kebab-case, described, with a known severity', () => {
    for (const [ruleId, rule] of Object.entries(rules)) {
      expect(ruleId).toMatch(/^[a-z]+(?:-[a-z\d]+)*$/)
      expect(['error', 'warning', 'info']).toContain(rule.severity)
      expect(rule.description.length).toBeGreaterThan(10)
    }
  })
})

describe('one problem, one issue; a page’s blocks', () => {
  test('a rule that stands for a more general one replaces it at the same path only', () => {
    const found = (document: unknown) => validate(document).map((issue) => `${issue.ruleId} ${issue.path}`)
    // An empty image is `empty-image`, not also `empty-value`; an empty description elsewhere stays `empty-value`.
    expect(found({...article, image: ''})).toContain('empty-image /image')
    expect(found({...article, image: ''})).not.toContain('empty-value /image')
    expect(found({...article, description: ''})).toContain('empty-value /description')
    expect(found({...article, image: '', description: ''}).filter((line) => line.startsWith('empty-'))).toEqual(['empty-image /image', 'empty-value /description'])
  })

  test('a check that reads a sibling’s node reports there: validateInPage leaves it out, checkInPage keeps it after its own', () => {
    const own = {...article, author: {'@id': '#jane'}, nam: 'x'}
    const sibling = {'@context': context, '@type': 'Person', '@id': '#jane', name: 'By Jane Doe', url: 'https://news.example/jane'}
    const found = (issues: readonly {ruleId: string; path: string}[]) => issues.map((issue) => `${issue.ruleId} ${issue.path}`)
    expect(found(validateInPage(own, [sibling]))).toEqual(['unknown-property /nam'])
    expect(found(checkInPage(own, [sibling]))).toEqual(['unknown-property /nam', 'author-name-prefix ~0/name'])
    // Alone, the reference dangles (issues in document order); the sibling by itself has no article whose author it is.
    expect(found(validateInPage(own, []))).toEqual(['unresolved-reference /author', 'unknown-property /nam'])
    expect(found(validate(sibling))).toEqual([])
  })
})

describe('JSON-LD shape', () => {
  test.each([
    ['https://schema.org'],
    ['https://schema.org/'],
    ['HTTPS://schema.org'],
    ['https://schema.org/docs/jsonldcontext.jsonld'],
    [{'@vocab': 'https://schema.org/'}],
    [['https://schema.org', {'@language': 'en'}]],
    [[null, {'@vocab': 'https://schema.org/'}]]
  ])('accepts the context %j', (value) => {
    expect(validate({...article, '@context': value})).toEqual([])
  })

  test('notes http contexts, in strings and in @vocab', () => {
    expect(summary({...article, '@context': {'@vocab': 'http://schema.org/'}})).toEqual(['context-http /@context'])
    expect(summary({...article, '@context': ['http://schema.org', 'https://schema.org']})).toEqual([])
  })

  test('faults a context of another kind and stops at another vocabulary', () => {
    expect(summary({...article, '@context': 42})).toEqual(['invalid-keyword-value /@context'])
    // Vocabulary checks would only repeat that the terms are not schema.org's.
    expect(summary({'@context': 'https://example.org/', '@type': 'Thing2', foo: 1})).toEqual(['context-not-schema-org /@context'])
  })

  test('accepts contexts on every @graph item instead of the root', () => {
    const {'@context': _, ...node} = article
    expect(validate({'@graph': [{'@context': context, ...node}]})).toEqual([])
    expect(summary({'@graph': [node]})).toEqual(['missing-context '])
  })

  test('checks each item of a bare array', () => {
    expect(summary([article, {'@type': 'WebSite', name: 'Example', nam: 'x'}, 'text'])).toEqual([
      'bare-array ',
      'missing-context /1',
      'unknown-property /1/nam',
      'not-json-ld /2'
    ])
  })

  test('faults keyword values of the wrong kind', () => {
    expect(summary({...article, '@type': ['NewsArticle', 7]})).toEqual(['invalid-keyword-value /@type'])
    // The node's own issue comes before those inside it.
    expect(summary({...article, '@type': []})).toEqual(['invalid-keyword-value /@type'])
    expect(summary({'@context': context, '@graph': 'nodes'})).toEqual(['invalid-keyword-value /@graph'])
  })

  test('a node gets its @type from another object with its @id', () => {
    const document = {
      '@context': context,
      '@graph': [
        {'@id': '#org', name: 'Example News'},
        {'@type': 'Organization', '@id': '#org', url: 'https://news.example.com/'}
      ]
    }
    expect(validate(document)).toEqual([])
  })

  test('objects sharing an @id may repeat values, in any order or wrapping, and agree on related types', () => {
    const document = {
      '@context': context,
      '@graph': [
        {'@type': 'NewsMediaOrganization', '@id': '#org', name: 'Example News', sameAs: ['https://a.example/', 'https://b.example/']},
        {'@type': 'Organization', '@id': '#org', name: 'Example News', sameAs: ['https://b.example/', 'https://a.example/']},
        {'@type': 'Organization', '@id': '#org', name: ['Example News'], logo: {url: 'https://news.example.com/logo.png', '@type': 'ImageObject'}},
        {'@type': 'Organization', '@id': '#org', logo: {'@type': 'ImageObject', url: 'https://news.example.com/logo.png'}}
      ]
    }
    expect(summary(document)).toEqual(['pending-term /@graph/0/@type'])
  })

  test('holds each object sharing an @id to the first that gives a property', () => {
    const document = {
      '@context': context,
      '@graph': [
        {'@type': 'Organization', '@id': '#org'},
        {'@id': '#org', name: 'Example News'},
        {'@id': '#org', name: 'Example Times', '@type': 'Person'}
      ]
    }
    // In document order: `name` comes before `@type` in the third object.
    expect(validate(document).map((issue) => issue.message)).toEqual([
      'Unexpected second value `Example Times` for `name` of `#org`, expected `Example News` as at `/@graph/1/name`',
      'Unexpected type `Person` for `#org`, expected `Organization` as at `/@graph/0/@type`'
    ])
  })

  test('follows @graph, @included, @reverse and @list', () => {
    const document = {
      '@context': context,
      '@type': 'Person',
      name: 'Ann Lee',
      '@reverse': {author: {'@type': 'NewsArticle', headline: 'A', datePublished: 'soon'}},
      '@included': [{'@type': 'Persn', name: 'B'}],
      knowsLanguage: {'@list': ['en', {'@value': 5}]},
      '@graph': [{'@type': 'Place', nam: 'C'}]
    }
    expect(summaryWithoutPending(document, {profile: 'schema.org'})).toEqual([
      'invalid-date /@reverse/author/datePublished',
      'unknown-type /@included/0/@type',
      'unknown-property /@graph/0/nam'
    ])
  })
})

describe('schema.org vocabulary', () => {
  test('reads full and compact schema.org IRIs, and leaves other vocabularies alone', () => {
    const document = {
      '@context': {'@vocab': 'https://schema.org/', dc: 'http://purl.org/dc/terms/', rating: 'https://example.org/rating'},
      '@type': ['https://schema.org/NewsArticle', 'http://example.org/Story'],
      'schema:headline': 'A',
      'http://schema.org/wordCount': 'many',
      'dc:title': 'A',
      'http://purl.org/dc/terms/creator': 'Ann',
      rating: 5
    }
    expect(summary(document, {profile: 'schema.org'})).toEqual(['range-mismatch /http:~1~1schema.org~1wordCount'])
  })

  test('suggests close names, preferring properties of the type', () => {
    const [type, property] = validate({'@context': context, '@type': 'newsarticle', haedline: 'A'}, {profile: 'schema.org'})
    expect(type?.message).toBe('Unexpected unknown type `newsarticle`, expected `NewsArticle`')
    expect(property?.expected).toBe('headline')
    expect(validate({'@context': context, '@type': 'Xyzzy'})[0]?.message).toBe('Unexpected unknown type `Xyzzy`, expected a schema.org type')
    expect(validate({'@context': context, '@type': 'Person', zzzzzzzz: 1})[0]).toMatchObject({
      message: 'Unexpected unknown property `zzzzzzzz`, expected a schema.org property'
    })
  })

  test('a property of any supertype fits; one of several types is enough', () => {
    const document = {
      '@context': context,
      '@type': ['NewsArticle', 'LiveBlogPosting'],
      headline: 'A',
      liveBlogUpdate: {'@type': 'BlogPosting', headline: 'B'},
      dateline: 'DENVER'
    }
    expect(summary(document, {profile: 'schema.org'})).toEqual([])
  })

  test('leaves the properties of a node of unknown type to the type error', () => {
    expect(summary({'@context': context, '@type': 'Persn', headline: 'A'}, {profile: 'schema.org'})).toEqual(['unknown-type /@type'])
  })

  test('notes pending terms once, and superseded types', () => {
    const document = {
      '@context': context,
      '@graph': [
        {'@type': 'Quotation', text: 'A'},
        {'@type': 'Quotation', text: 'B'},
        {'@type': 'Code', name: 'C'}
      ]
    }
    expect(summary(document)).toEqual(['pending-term /@graph/0/@type', 'superseded-term /@graph/2/@type'])
  })

  test('a Role stands in for a value, and may carry the property it qualifies', () => {
    const document = {
      ...article,
      author: {'@type': 'Role', roleName: 'Editor', author: {'@type': 'Person', name: 'Jane Doe', url: 'https://news.example.com/jane'}}
    }
    expect(summary(document)).toEqual([])
    const byRole = {...article, author: {'@type': 'Role', roleName: 'Editor', author: [{'@type': 'Person', name: 'By Jane Doe'}]}}
    expect(summary(byRole)).toEqual(['author-url /author/author/0', 'author-name-prefix /author/author/0/name'])
  })
})

describe('ranges', () => {
  const person = (values: Record<string, unknown>): unknown => ({'@context': context, '@type': 'Person', name: 'Ann Lee', ...values})

  test.each([
    ['Text takes text and numbers', {name: 'Ann', telephone: 5551234}],
    ['URL takes absolute URLs of any scheme', {url: 'https://example.com/ann', sameAs: ['mailto:ann@example.com', 'urn:isbn:0451450523']}],
    ['Date takes reduced precision', {birthDate: '1970'}],
    ['Date takes a month', {birthDate: '1970-06'}],
    ['Number takes integers and fractions', {height: 1.8}],
    ['a value object holds a literal', {birthDate: {'@value': '1970-06-01'}}],
    ['a node of a subtype fits', {worksFor: {'@type': 'NewsMediaOrganization', name: 'Example'}}],
    ['a reference to a node of a fitting type fits', {affiliation: {'@type': 'Organization', name: 'Example'}}],
    ['a quantity may be written as text', {height: '180 cm'}],
    ['an enumeration member by IRI or name', {gender: 'https://schema.org/Female'}],
    ['a reference to a web page is an IRI where a URL fits', {url: {'@id': 'https://example.com/ann'}}]
  ])('%s', (_, values) => {
    expect(summaryWithoutPending(person(values))).toEqual([])
  })

  test('a reference to a fragment or where no URL fits must resolve', () => {
    expect(summary(person({url: {'@id': 'https://example.com/ann#me'}, worksFor: {'@id': 'https://example.com/'}}))).toEqual([
      'unresolved-reference /url',
      'unresolved-reference /worksFor'
    ])
  })

  test.each([
    ['text where a Boolean is expected', {'@type': 'Book', name: 'A', abridged: 'yes'}, 'range-mismatch /abridged'],
    ['a boolean where text is expected', {'@type': 'Book', name: true}, 'range-mismatch /name'],
    ['a number where a Date is expected', {'@type': 'Book', name: 'A', datePublished: 2024}, 'range-mismatch /datePublished'],
    ['a number where only nodes fit', {'@type': 'Book', name: 'A', author: 7}, 'range-mismatch /author'],
    ['a non-finite number', {'@type': 'Book', name: 'A', numberOfPages: Number.NaN}, 'range-mismatch /numberOfPages'],
    ['an untyped node where only literals fit', {'@type': 'Book', name: 'A', datePublished: {name: 'x'}}, 'missing-type /datePublished'],
    ['a malformed URL', {'@type': 'Book', name: 'A', url: 'https://exa mple.com/'}, 'invalid-url /url'],
    ['a time that does not exist', {'@type': 'Event', name: 'A', doorTime: '25:00'}, 'invalid-date /doorTime'],
    ['an offset that does not exist', {'@type': 'Event', name: 'A', startDate: '2024-03-05T10:00:00+24:00'}, 'invalid-date /startDate'],
    ['whitespace around a URL', {'@type': 'Book', name: 'A', url: ' https://example.com/'}, 'invalid-url /url'],
    ['an empty object', {'@type': 'Book', name: 'A', author: {}}, 'empty-value /author'],
    ['an empty array', {'@type': 'Book', name: 'A', author: []}, 'empty-value /author'],
    ['text of only spaces', {'@type': 'Book', name: '  '}, 'empty-value /name']
  ])('faults %s', (_, values, expected) => {
    expect(summary({'@context': context, ...values}, {profile: 'schema.org'})).toContain(expected)
  })

  test('a node referenced by @id is checked by its type', () => {
    const document = {
      '@context': context,
      '@graph': [
        {'@type': 'Book', '@id': '#book', name: 'A', datePublished: {'@id': '#ann'}, author: {'@id': '#ann'}},
        {'@type': 'Person', '@id': '#ann', name: 'Ann Lee'}
      ]
    }
    expect(summary(document)).toEqual(['range-mismatch /@graph/0/datePublished'])
  })

  test('a dangling reference where only literals fit is a mismatch too', () => {
    const document = {'@context': context, '@type': 'Book', name: 'A', datePublished: {'@id': '#nothing'}}
    expect(summary(document)).toEqual(['unresolved-reference /datePublished', 'range-mismatch /datePublished'])
  })

  test('Text is accepted where a node is expected, as a note', () => {
    expect(validate({'@context': context, '@type': 'Book', name: 'A', author: 'Ann Lee'})).toMatchObject([
      {severity: 'info', ruleId: 'text-for-thing', path: '/author'}
    ])
  })

  test('booleans and enumeration members may be written as text or IRIs', () => {
    const document = {
      '@context': context,
      '@type': 'Event',
      name: 'Council meeting',
      startDate: '2024-03-05T18:00:00-07:00',
      isAccessibleForFree: 'True',
      eventStatus: 'EventScheduled',
      eventAttendanceMode: 'schema:OfflineEventAttendanceMode'
    }
    expect(summaryWithoutPending(document)).toEqual([])
  })
})

describe('Google’s Article guidance', () => {
  test('accepts a well-linked graph', () => {
    const document = {
      '@context': context,
      '@graph': [
        {
          '@type': 'NewsArticle',
          '@id': '#article',
          headline: {'@value': 'A'},
          datePublished: '2024-03-05T09:30:00Z',
          dateModified: '2024-03-05T03:30:00-06:00',
          image: [{'@id': '#image'}, 'https://news.example.com/b.jpg'],
          author: [{'@id': '#jane'}, {'@type': 'Person', name: 'John Smith, Jr.', sameAs: 'https://example.com/js'}],
          publisher: {'@id': '#org'},
          isAccessibleForFree: false,
          hasPart: [{'@type': 'WebPageElement', isAccessibleForFree: 'False', cssSelector: '.paywall'}]
        },
        {'@type': 'ImageObject', '@id': '#image', contentUrl: 'https://news.example.com/a.jpg', width: {'@type': 'QuantitativeValue', value: 1200, unitCode: 'E37'}, height: '675'},
        {'@type': 'Person', '@id': '#jane', name: 'Jane Doe', url: 'https://news.example.com/jane'},
        {'@type': 'Organization', '@id': '#org', name: 'Example News'}
      ]
    }
    expect(summaryWithoutPending(document)).toEqual([])
  })

  test('compares dates as instants when both have a zone', () => {
    const dates = (datePublished: string, dateModified: string): string[] =>
      summary({...article, datePublished, dateModified}).filter((line) => line.startsWith('modified'))
    expect(dates('2024-03-05T10:00:00-07:00', '2024-03-05T16:30:00Z')).toEqual(['modified-before-published /dateModified'])
    expect(dates('2024-03-05T10:00:00-07:00', '2024-03-05T17:30:00Z')).toEqual([])
    expect(dates('2024-03-05', '2024-03-04T23:00:00')).toEqual(['modified-before-published /dateModified'])
  })

  test('leaves organization names with "and" or "&" alone, and prefers the publisher rule', () => {
    const byCompany = {...article, author: {'@type': 'Organization', name: 'Johnson & Johnson', url: 'https://jnj.example/'}}
    expect(validate(byCompany)).toEqual([])
    expect(summary({...article, author: 'Example News'})).toEqual(['text-for-thing /author', 'author-is-publisher /author'])
    expect(summary({...article, author: [{'@id': '#x'}], publisher: 'Example News'})).toEqual(['unresolved-reference /author/0', 'text-for-thing /publisher'])
  })

  test('takes apart author names', () => {
    const names = (name: string): string[] =>
      validate({...article, author: {'@type': 'Person', name, url: 'https://news.example.com/a'}}).map((issue) => `${issue.ruleId}: ${issue.message}`)
    expect(names('Jane Doe, PhD')).toEqual(['author-name-extra: Unexpected honorific `PhD` in author name `Jane Doe, PhD`, expected only the name'])
    expect(names('Jane Doe (jane@example.com)')).toEqual([
      'author-name-extra: Unexpected contact `jane@example.com` in author name `Jane Doe (jane@example.com)`, expected only the name'
    ])
    expect(names('Jane Doe www.janedoe.example')).toEqual([
      'author-name-extra: Unexpected contact `www.janedoe.example` in author name `Jane Doe www.janedoe.example`, expected only the name'
    ])
    expect(names('Jane Doe / jane@example.com')).toEqual([
      'author-name-extra: Unexpected contact `jane@example.com` in author name `Jane Doe / jane@example.com`, expected only the name'
    ])
    expect(names('By Jane Doe and John Roe')).toEqual([
      'author-name-prefix: Unexpected `By` in author name `By Jane Doe and John Roe`, expected only the name',
      'author-multiple-in-one: Unexpected 2 names in one author `By Jane Doe and John Roe`, expected one `author` entry per person (`Jane Doe` and `John Roe`)'
    ])
    expect(names('Byron Lee')).toEqual([])
  })

  test('reads image sizes in pixels only', () => {
    const image = (width: unknown, height: unknown): string[] =>
      summary({...article, image: {'@type': 'ImageObject', url: 'https://news.example.com/a.jpg', width, height}}).filter((line) => line.startsWith('image'))
    expect(image(100, 100)).toEqual(['image-too-small /image'])
    expect(image('100 px', '100PX')).toEqual(['image-too-small /image'])
    expect(image({'@type': 'QuantitativeValue', value: '10', unitText: 'cm'}, 10)).toEqual([])
    expect(image([100], 100)).toEqual([])
    expect(image(1200, 900)).toEqual([])
    expect(image(1200, 1200)).toEqual([])
    expect(image(1200, 675)).toEqual([])
  })

  test('checks each article once, even when it appears twice', () => {
    const node = {'@type': 'NewsArticle', '@id': '#a', headline: 'A'}
    const issues = summary({'@context': context, '@graph': [node, node]})
    expect(issues.filter((line) => line.startsWith('missing-author'))).toEqual(['missing-author /@graph/0'])
  })
})

/** Arbitrary JSON shaped like JSON-LD, so generated values reach deep into every check. */
const jsonLdLike = fc.letrec((tie) => ({
  value: fc.oneof(
    {depthSize: 'small'},
    fc.constantFrom(
      'NewsArticle', 'Person', 'WebPageElement', 'ImageObject', 'Role', '#a', '#b', '', ' ', 'By A and B, Staff Writer',
      '2024-03-05T09:30:00', '2024-13-01', '.paywall', 'https://schema.org/False', 'schema:', '1200px', 'True', '450'
    ),
    fc.jsonValue({maxDepth: 1}),
    tie('node'),
    fc.array(tie('value'), {maxLength: 3})
  ),
  node: fc.dictionary(
    fc.constantFrom(
      '@context', '@type', '@id', '@graph', '@value', '@list', '@set', '@reverse', '@included', '@foo', 'author', 'name',
      'image', 'width', 'height', 'datePublished', 'dateModified', 'headline', 'hasPart', 'isAccessibleForFree',
      'cssSelector', 'publisher', 'url', 'sameAs', 'mentions', 'wordCount', 'eventStatus', 'schema:name', 'dc:x', 'haedline'
    ),
    tie('value'),
    {maxKeys: 6}
  )
}))

describe('robustness', () => {
  test('never throws on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom<ValidateOptions['profile']>('google', 'schema.org'), (value, profile) => {
        expect(Array.isArray(validate(value, {profile}))).toBe(true)
      }),
      {numRuns: 500}
    )
  }, 120_000)

  test('never throws on arbitrary JSON-LD-like values, and every issue is well formed', () => {
    fc.assert(
      fc.property(jsonLdLike.node, (node) => {
        for (const issue of validate({'@context': context, ...node})) {
          expect(rules[issue.ruleId as keyof typeof rules].severity).toBe(issue.severity)
          expect(issue.path === '' || issue.path.startsWith('/')).toBe(true)
          expect(issue.message).toMatch(/^Unexpected /)
        }
      }),
      {numRuns: 1000}
    )
  }, 120_000)

  test('survives what JSON cannot hold: cycles, bigints, undefined', () => {
    const cyclic: Record<string, unknown> = {'@context': context, '@type': 'NewsArticle'}
    cyclic['author'] = cyclic
    cyclic['hasPart'] = {'@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: [cyclic]}
    expect(() => validate(cyclic)).not.toThrow()
    expect(() => validate({'@context': context, '@type': 'Book', name: 10n, author: undefined, sameAs: [10n, 10n]})).not.toThrow()
    const deep: unknown[] = []
    let current = deep
    for (let index = 0; index < 10_000; index++) current = current[0] = [] as unknown[]
    expect(() => validate({'@context': context, '@type': 'Thing', name: deep})).not.toThrow()
  })
})
