// The vocabulary check of types and properties, each branch with its report in full; the wording helpers that
// every message uses (quoting, cutting at 60 characters, lists); and what validate does with options, replaced
// rules and sibling documents.
import {describe, expect, test} from 'vitest'
import {indexDocument} from '../../src/validate/json-ld/document-graph.js'
import {isOfType, nodesOfType} from '../../src/validate/schema-org/nodes-of-type.js'
import {vocabulary} from '../../src/validate/schema-org/vocabulary.js'
import {code, codeList, valueKind} from '../../src/validate/wording.js'
import {isActionAnnotation} from '../../src/validate/schema-org/action-annotation.js'
import {schemaTerm} from '../../src/validate/schema-org/schema-term.js'
import {validate, validateInPage} from '../../src/validate/validate.js'

const context = 'https://schema.org'
const issues = (node: Record<string, unknown>) => validate({'@context': context, ...node}, {profile: 'schema.org'})
const rules = (node: Record<string, unknown>) => issues(node).map((issue) => `${issue.ruleId} ${issue.path}`)

describe('types', () => {
  test('an unknown type, with and without a close name, in full; at its index in a list', () => {
    expect(issues({'@type': 'Persn', name: 'A'})).toEqual([
      {severity: 'error', ruleId: 'unknown-type', message: 'Unexpected unknown type `Persn`, expected `Person`', path: '/@type', actual: 'Persn', expected: 'Person'}
    ])
    expect(issues({'@type': 'Qwxyz'})).toEqual([
      {severity: 'error', ruleId: 'unknown-type', message: 'Unexpected unknown type `Qwxyz`, expected a schema.org type', path: '/@type', actual: 'Qwxyz'}
    ])
    expect(rules({'@type': ['Person', 'Persn'], name: 'A'})).toEqual(['unknown-type /@type/1'])
  })

  test('data types, other vocabularies and context terms are no unknown types', () => {
    expect(rules({'@type': 'Text'})).toEqual([])
    expect(rules({'@type': ['Person', 'https://example.org/Writer', 'ex:Writer'], name: 'A'})).toEqual([])
    expect(validate({'@context': [context, {Writer: 'https://example.org/Writer'}], '@type': 'Writer', name: 'A'}, {profile: 'schema.org'})).toEqual([])
  })

  test('a superseded type, in full; pending terms noted once for the document, at the first, in full', () => {
    expect(issues({'@type': 'Code', name: 'A'})).toEqual([
      {
        severity: 'warning',
        ruleId: 'superseded-term',
        message: 'Unexpected superseded type `Code`, expected `SoftwareSourceCode`',
        path: '/@type',
        actual: 'Code',
        expected: 'SoftwareSourceCode'
      }
    ])
    expect(issues({'@type': 'Quotation', text: 'A'})).toEqual([
      {
        severity: 'info',
        ruleId: 'pending-term',
        message: 'Unexpected pending term `Quotation`, expected terms of the core vocabulary (pending terms may still change)',
        path: '/@type',
        actual: 'Quotation'
      }
    ])
    expect(issues({'@type': 'Quotation', text: 'A', abstract: 'B', about: {'@type': 'Quotation', text: 'C'}})).toEqual([
      {
        severity: 'info',
        ruleId: 'pending-term',
        message: 'Unexpected pending terms `Quotation` and `abstract`, expected terms of the core vocabulary (pending terms may still change)',
        path: '/@type',
        actual: ['Quotation', 'abstract']
      }
    ])
  })
})

describe('properties', () => {
  test('an unknown property, with a close name of the type preferred, in full', () => {
    expect(issues({'@type': 'Person', nme: 'A'})).toEqual([
      {severity: 'error', ruleId: 'unknown-property', message: 'Unexpected unknown property `nme`, expected `name`', path: '/nme', actual: 'nme', expected: 'name'}
    ])
    expect(issues({'@type': 'Person', qqqqqqqqq: 'A'})[0]).toEqual({
      severity: 'error',
      ruleId: 'unknown-property',
      message: 'Unexpected unknown property `qqqqqqqqq`, expected a schema.org property',
      path: '/qqqqqqqqq',
      actual: 'qqqqqqqqq'
    })
  })

  test('a type used as a property, in full', () => {
    expect(issues({'@type': 'Person', Person: 'A'})).toEqual([
      {
        severity: 'error',
        ruleId: 'unknown-property',
        message: 'Unexpected type `Person` as a property, expected a property whose value is a `Person`',
        path: '/Person',
        actual: 'Person'
      }
    ])
    expect(rules({'@type': 'Person', 'schema:Person': 'A'})).toEqual(['unknown-property /schema:Person'])
  })

  test('a superseded property, in full', () => {
    expect(issues({'@type': 'MusicGroup', name: 'A', albums: {'@type': 'MusicAlbum', name: 'B'}})).toEqual([
      {
        severity: 'warning',
        ruleId: 'superseded-term',
        message: 'Unexpected superseded property `albums`, expected `album`',
        path: '/albums',
        actual: 'albums',
        expected: 'album'
      }
    ])
  })

  test('a property for another type, in full; a supertype’s or a domainless one fits; an unknown type is not judged', () => {
    expect(issues({'@type': ['Person', 'Patient'], headline: 'A'})).toEqual([
      {
        severity: 'warning',
        ruleId: 'property-not-for-type',
        message: 'Unexpected property `headline` on `Person` and `Patient`, expected it on `CreativeWork` or a subtype',
        path: '/headline',
        actual: 'headline',
        expected: ['CreativeWork']
      }
    ])
    // interactionCount has no domain (and is superseded): it fits any type.
    expect(rules({'@type': 'NewsArticle', headline: 'A', name: 'B', interactionCount: '5'})).toEqual(['superseded-term /interactionCount'])
    expect(rules({'@type': ['NewsArticle', 'https://example.org/Story'], flavour: 'A'})).toEqual(['unknown-property /flavour'])
    expect(rules({'@type': ['Person', 'https://example.org/Writer'], headline: 'A'})).toEqual([])
  })

  test('a Role may carry the property it qualifies, and only that one', () => {
    const article = (author: unknown) => rules({'@type': 'NewsArticle', headline: 'A', author})
    expect(article({'@type': 'Role', roleName: 'Editor', author: {'@type': 'Person', name: 'Ann'}})).toEqual([])
    expect(article({'@type': 'Role', roleName: 'Editor', headline: 'B'})).toEqual(['property-not-for-type /author/headline'])
    expect(rules({'@type': 'Role', roleName: 'Editor', author: {'@type': 'Person', name: 'Ann'}})).toEqual(['property-not-for-type /author'])
  })

  test('action annotations of real properties are no properties; keywords and context terms are skipped', () => {
    const search = {'@type': 'SearchAction', target: 'https://example.com/?q={q}', 'query-input': 'required name=q', 'target-output': 'x', 'flavour-input': 'x'}
    expect(rules(search)).toEqual(['unknown-property /flavour-input'])
    expect(isActionAnnotation('query-input', (name) => name === 'query')).toBe(true)
    expect(isActionAnnotation('query-inputs', () => true)).toBe(false)
    expect(isActionAnnotation('-input', () => true)).toBe(false)
    expect(isActionAnnotation('query-output', (name) => name === 'query')).toBe(true)
  })
})

describe('schemaTerm', () => {
  test('every spelling of a schema.org term, and nothing for another vocabulary or the bare namespace', () => {
    expect(['Person', 'schema:Person', 'https://schema.org/Person', 'http://schema.org/Person'].map((name) => schemaTerm(name))).toEqual(['Person', 'Person', 'Person', 'Person'])
    expect(['ex:Person', 'https://example.org/Person', 'https://schema.org/', 'schema:'].map((name) => schemaTerm(name))).toEqual([undefined, undefined, undefined, undefined])
  })
})

describe('wording', () => {
  test('code: text as it is, other values and the empty string as JSON, cut to 60 characters', () => {
    expect(code('By Jane Doe')).toBe('`By Jane Doe`')
    expect(code('')).toBe('`""`')
    expect(code({'@id': '#a'})).toBe('`{"@id":"#a"}`')
    expect(code(undefined)).toBe('`undefined`')
    expect(code(10n)).toBe('`bigint`')
    expect(code('x'.repeat(60))).toBe('`' + 'x'.repeat(60) + '`')
    expect(code('x'.repeat(61))).toBe('`' + 'x'.repeat(59) + '…`')
    // Counted in code points: an astral character is never cut in half.
    expect(code('𝐱'.repeat(61))).toBe('`' + '𝐱'.repeat(59) + '…`')
  })

  test('codeList: nothing, one, two and three names', () => {
    expect(codeList([])).toBe('')
    expect(codeList(['A'])).toBe('`A`')
    expect(codeList(['A', 'B'])).toBe('`A` or `B`')
    expect(codeList(['A', 'B', 'C'], 'and')).toBe('`A`, `B` and `C`')
  })

  test('valueKind names each JSON kind', () => {
    expect([null, [], 'a', '', 1, true, {}, undefined].map((value) => valueKind(value))).toEqual(['null', 'array', 'string', 'empty string', 'number', 'boolean', 'object', 'undefined'])
  })
})

describe('validate', () => {
  const article = {'@context': context, '@type': 'NewsArticle', headline: 'A', url: '/a'}

  test('a base URL resolves relative URLs; a relative or malformed one throws', () => {
    expect(validate(article, {profile: 'schema.org'}).map((issue) => issue.ruleId)).toEqual(['relative-url'])
    expect(validate(article, {profile: 'schema.org', baseUrl: 'https://news.example/'})).toEqual([])
    expect(validate(article, {profile: 'schema.org', baseUrl: null})).toHaveLength(1)
    expect(() => validate(article, {baseUrl: '/news'})).toThrow('Expected `baseUrl` to be an absolute URL, not `/news`')
  })

  test('a profile of null is the default', () => {
    expect(validate(article, {profile: null}).map((issue) => issue.ruleId)).toContain('missing-author')
  })

  test('a rule that stands in for another at the same path replaces it there only', () => {
    // `headline-array` replaces nothing; `text-for-thing` is not replaced by `author-is-publisher` at another path.
    const document = {'@context': context, '@type': 'Book', name: 'A', author: 'Ann Lee', numberOfPages: '12'}
    expect(validate(document, {profile: 'schema.org'}).map((issue) => `${issue.ruleId} ${issue.path}`)).toEqual([
      'text-for-thing /author',
      'number-as-text /numberOfPages'
    ])
  })

  test('in a page: references resolve to siblings, whose own issues are theirs', () => {
    const own = {'@context': context, '@type': 'WebPage', name: 'P', about: {'@id': '#thing'}}
    const sibling = {'@context': context, '@type': 'Thing', '@id': '#thing', nam: 'x'}
    expect(validateInPage(own, [sibling], {profile: 'schema.org'})).toEqual([])
    expect(validateInPage(own, [], {profile: 'schema.org'}).map((issue) => issue.ruleId)).toEqual(['unresolved-reference'])
  })
})

describe('nodesOfType', () => {
  const graph = (...nodes: unknown[]) => indexDocument({'@context': context, '@graph': nodes})
  const paths = (...nodes: unknown[]) => nodesOfType(graph(...nodes), 'Article', vocabulary()).map((node) => node.path)

  test('subtypes count, each @id once at its first object, nodes without @id each time', () => {
    expect(
      paths(
        {'@type': 'NewsArticle', '@id': '#a'},
        {'@type': 'Person', '@id': '#p'},
        {'@id': '#a', headline: 'A'},
        {'@type': 'BlogPosting'},
        {'@type': 'schema:Article'},
        {'@type': 'https://example.org/Article'}
      )
    ).toEqual(['/@graph/0', '/@graph/3', '/@graph/4'])
    // A node typed by another object with its @id is found where it first appears.
    expect(paths({'@id': '#a', headline: 'A'}, {'@type': 'Article', '@id': '#a'})).toEqual(['/@graph/0'])
  })

  test('isOfType: any written type, in any schema.org spelling', () => {
    const [node] = nodesOfType(graph({'@type': ['https://example.org/Story', 'http://schema.org/Report']}), 'Article', vocabulary())
    expect(node && isOfType(node, 'Report', vocabulary())).toBe(true)
    expect(node && isOfType(node, 'NewsArticle', vocabulary())).toBe(false)
  })
})
