// The JSON-LD layer of the validator, each guard on both sides: reading a `@context`, the document graph (nodes,
// references, merging over `@id`, ranks, the depth limit), objects that share an `@id`, and references that must
// resolve. Reports in full (message, path, payload) where each is first met.
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {contextTerms, readContext} from '../../src/validate/json-ld/context.js'
import {indexDocument, indexPage, isReference, typesOf} from '../../src/validate/json-ld/document-graph.js'
import {isJsonObject, propertyValues} from '../../src/validate/json-ld/json-object.js'
import {childPointer} from '../../src/validate/json-ld/json-pointer.js'
import {literal} from '../../src/validate/json-ld/literal.js'
import {validate} from '../../src/validate/validate.js'
import {schemaContext, validArticle} from '../helpers/valid-article.js'

/** `ruleId path` of each issue, notes on pending terms left out. */
const summary = (document: unknown) =>
  validate(document, {profile: 'schema.org'})
    .filter((issue) => issue.ruleId !== 'pending-term')
    .map((issue) => `${issue.ruleId} ${issue.path}`)

describe('readContext', () => {
  test.each([
    ['https://schema.org', 'https'],
    ['https://schema.org/', 'https'],
    ['https://www.schema.org', 'https'],
    ['https://www.schema.org/', 'https'],
    ['https://schema.org/docs/jsonldcontext.json', 'https'],
    ['https://schema.org/docs/jsonldcontext.jsonld', 'https'],
    [' HTTPS://Schema.ORG ', 'https'],
    ['http://schema.org', 'http'],
    ['HTTP://schema.org/', 'http'],
    ['https://schema.org/Person', 'other'],
    ['https://schema.orgs', 'other'],
    ['https://example.org/schema.org', 'other'],
    ['ftp://schema.org', 'other'],
    ['xhttps://schema.org', 'other'],
    ['https:/schema.org', 'other'],
    ['schema.org', 'other'],
    ['', 'other']
  ])('%j names schema.org over %s', (context, vocabulary) => {
    expect(readContext(context)).toEqual({vocabulary, terms: new Set()})
    expect(readContext({'@vocab': context}).vocabulary).toBe(vocabulary)
  })

  test('https wins over http in either order; http over another vocabulary', () => {
    expect(readContext(['http://schema.org', 'https://schema.org']).vocabulary).toBe('https')
    expect(readContext(['https://schema.org', 'http://schema.org']).vocabulary).toBe('https')
    expect(readContext(['https://example.org/', 'http://schema.org', 'https://example.org/']).vocabulary).toBe('http')
    expect(readContext([{'@vocab': 'http://schema.org/'}, 'https://schema.org/']).vocabulary).toBe('https')
  })

  test('terms are the keys that are no keywords; @vocab that is no text names nothing', () => {
    expect(readContext({'@vocab': 'https://schema.org/', '@language': 'en', dc: 'http://purl.org/dc/terms/', rating: {'@id': 'x'}})).toEqual({
      vocabulary: 'https',
      terms: new Set(['dc', 'rating'])
    })
    expect(readContext({'@vocab': ['https://schema.org/']})).toEqual({vocabulary: 'other', terms: new Set()})
    expect(readContext([{a: 1}, 'https://schema.org', {b: 2}])).toEqual({vocabulary: 'https', terms: new Set(['a', 'b'])})
  })

  test('null items are skipped; any other kind makes the context invalid, keeping the terms read so far', () => {
    expect(readContext(null)).toEqual({vocabulary: 'other', terms: new Set()})
    expect(readContext([null, 'https://schema.org'])).toEqual({vocabulary: 'https', terms: new Set()})
    for (const invalid of [42, true, [['https://schema.org']], undefined]) {
      expect(readContext(invalid).vocabulary, JSON.stringify(invalid)).toBe('invalid')
    }
    expect(readContext([{a: 1}, 42, {b: 2}])).toEqual({vocabulary: 'invalid', terms: new Set(['a'])})
    expect(readContext(['https://schema.org', 42]).vocabulary).toBe('invalid')
  })
})

describe('contextTerms', () => {
  test('from the root, each item of a root array, and every node’s own context', () => {
    const nodes = [{node: {'@context': {c: 'https://example.org/c'}}}, {node: {'@context': 'https://schema.org'}}, {node: {d: 1}}]
    expect(contextTerms({'@context': {a: 'https://example.org/a'}}, nodes)).toEqual(new Set(['a', 'c']))
    expect(contextTerms([{'@context': {a: 'x'}}, 'text', {'@context': [{b: 'y'}]}, {e: 1}], [])).toEqual(new Set(['a', 'b']))
    expect(contextTerms('text', [])).toEqual(new Set())
  })

  test('a term the document defines is not checked against schema.org', () => {
    const document = {'@context': ['https://schema.org', {rating: 'https://example.org/rating'}], '@type': 'Person', name: 'Ann', rating: 5, ratin: 5}
    expect(summary(document)).toEqual(['unknown-property /ratin'])
    const inner = {'@context': schemaContext, '@graph': [{'@context': {rating: 'https://example.org/rating'}, '@type': 'Person', name: 'Ann', rating: 5}]}
    expect(summary(inner)).toEqual([])
  })
})

describe('small JSON helpers', () => {
  test('childPointer escapes ~ before /, so each reads back', () => {
    expect(childPointer('', 'a')).toBe('/a')
    expect(childPointer('/a', 0)).toBe('/a/0')
    expect(childPointer('/a', '~/')).toBe('/a/~0~1')
    expect(childPointer('', '~1')).toBe('/~01')
    expect(childPointer('', 'a/b~c~d/e')).toBe('/a~1b~0c~0d~1e')
    // RFC 6901 reads `~1` first as `/`, then `~0` as `~`: every key comes back.
    fc.assert(
      fc.property(fc.string(), (key) => {
        const pointer = childPointer('', key)
        return pointer.slice(1).replaceAll('~1', '/').replaceAll('~0', '~') === key
      })
    )
  })

  test('isJsonObject: plain objects only', () => {
    expect(isJsonObject({})).toBe(true)
    expect(isJsonObject([])).toBe(false)
    expect(isJsonObject(null)).toBe(false)
    expect(isJsonObject('{}')).toBe(false)
    expect(isJsonObject(undefined)).toBe(false)
  })

  test('propertyValues: items with indexes, or one value without', () => {
    expect(propertyValues(['a', 'b'])).toEqual([
      ['a', 0],
      ['b', 1]
    ])
    expect(propertyValues('a')).toEqual([['a', undefined]])
    expect(propertyValues([])).toEqual([])
  })

  test('literal: the @value of a value object, else the value', () => {
    expect(literal({'@value': 5, '@type': 'x'})).toBe(5)
    expect(literal({'@value': undefined})).toBeUndefined()
    expect(literal({value: 5})).toEqual({value: 5})
    expect(literal(['@value'])).toEqual(['@value'])
    expect(literal('@value')).toBe('@value')
  })

  test('isReference: exactly one key, @id', () => {
    expect(isReference({'@id': '#a'})).toBe(true)
    expect(isReference({'@id': 7})).toBe(true)
    expect(isReference({'@id': '#a', name: 'A'})).toBe(false)
    expect(isReference({name: 'A'})).toBe(false)
    expect(isReference({})).toBe(false)
    expect(isReference([{'@id': '#a'}])).toBe(false)
    expect(isReference('#a')).toBe(false)
  })

  test('typesOf: the strings of @type', () => {
    expect(typesOf({'@type': 'Person'})).toEqual(['Person'])
    expect(typesOf({'@type': ['Person', 7, 'Thing']})).toEqual(['Person', 'Thing'])
    expect(typesOf({})).toEqual([])
  })
})

describe('indexDocument', () => {
  test('nodes and references in document order, with their property', () => {
    const document = {
      '@context': schemaContext,
      '@graph': [
        {'@type': 'NewsArticle', '@id': '#a', author: [{'@id': '#p'}, {'@type': 'Person', name: 'B'}], about: {'@id': 7}},
        {'@type': 'Person', '@id': '#p', knows: {'@list': [{'@id': '#a'}]}}
      ]
    }
    const graph = indexDocument(document)
    expect(graph.root).toBe(document)
    expect(graph.nodes.map(({path, id, types, property}) => ({path, id, types, property}))).toEqual([
      {path: '/@graph/0', id: '#a', types: ['NewsArticle'], property: undefined},
      {path: '/@graph/0/author/1', id: undefined, types: ['Person'], property: 'author'},
      {path: '/@graph/1', id: '#p', types: ['Person'], property: undefined}
    ])
    // A reference whose @id is no text is no reference to follow.
    expect(graph.references).toEqual([
      {id: '#p', path: '/@graph/0/author/0', property: 'author'},
      {id: '#a', path: '/@graph/1/knows/@list/0', property: 'knows'}
    ])
  })

  test('a root of @context and @graph is no node; any other key makes it one, and so does a nested one', () => {
    expect(indexDocument({'@context': schemaContext, '@graph': []}).nodes).toEqual([])
    expect(indexDocument({'@graph': []}).nodes).toEqual([])
    expect(indexDocument({'@context': schemaContext, '@graph': [], name: 'A'}).nodes.map((node) => node.path)).toEqual([''])
    expect(indexDocument({'@type': 'Thing', about: {'@graph': []}}).nodes.map((node) => node.path)).toEqual(['', '/about'])
    // Each document of a page is a root too.
    expect(indexPage([{'@graph': [{'@id': '#a'}, {'@id': '#b', name: 'B'}]}, {'@id': '#c', '@graph': []}])).toEqual(
      new Map([
        ['#b', [{node: {'@id': '#b', name: 'B'}, path: '~0/@graph/1', id: '#b', types: [], property: undefined}]],
        ['#c', [{node: {'@id': '#c', '@graph': []}, path: '~1', id: '#c', types: [], property: undefined}]]
      ])
    )
  })

  test('@reverse, @included and @graph are followed with no property; value objects are not', () => {
    const document = {
      '@type': 'Person',
      '@reverse': {author: [{'@type': 'Book', name: 'A'}]},
      '@included': {'@type': 'Place'},
      '@graph': [{'@type': 'Thing'}],
      '@nest': {'@type': 'Thing'},
      name: {'@value': {'@type': 'Thing'}},
      knows: {'@set': [{'@type': 'Person'}]}
    }
    expect(indexDocument(document).nodes.map(({path, property}) => `${path} ${property}`)).toEqual([
      ' undefined',
      '/@reverse/author/0 undefined',
      '/@included undefined',
      '/@graph/0 undefined',
      '/knows/@set/0 knows'
    ])
  })

  test('nodesWithId and isDefined: the document’s own nodes, and the siblings’ for isDefined', () => {
    const graph = indexDocument({'@graph': [{'@id': '#a', name: 'A'}, {'@id': '#a', url: 'u'}]}, [{'@id': '#s', name: 'S'}])
    expect(graph.nodesWithId('#a').map((node) => node.path)).toEqual(['/@graph/0', '/@graph/1'])
    expect(graph.nodesWithId('#s')).toEqual([])
    expect(graph.nodesWithId('#none')).toEqual([])
    expect([graph.isDefined('#a'), graph.isDefined('#s'), graph.isDefined('#none')]).toEqual([true, true, false])
  })

  test('resolve merges every object with the @id, the given one first; own nodes before the siblings’', () => {
    const second = {'@id': '#a', '@type': ['Person', 'Thing'], name: 'Second', url: 'u'}
    const document = {'@graph': [{'@id': '#a', '@type': 'Person', name: 'First'}, second]}
    const graph = indexDocument(document, [{'@id': '#a', '@type': 'Patient', email: 'e'}, {'@id': '#s', '@type': 'Thing', name: 'S'}])
    const byReference = graph.resolve({'@id': '#a'}, '/ref')!
    expect(byReference).toMatchObject({id: '#a', types: ['Person', 'Thing'], path: '/@graph/0'})
    expect(byReference.get('name')).toEqual({value: 'First', path: '/@graph/0/name'})
    expect(byReference.get('url')).toEqual({value: 'u', path: '/@graph/1/url'})
    expect(byReference.get('email')).toBeUndefined()
    // The object itself first, wherever it is.
    const inline = graph.resolve(second, '/@graph/1')!
    expect(inline.path).toBe('/@graph/1')
    expect(inline.get('name')).toEqual({value: 'Second', path: '/@graph/1/name'})
    // A sibling's node, when the document has none.
    expect(graph.resolve({'@id': '#s'}, '/x')).toMatchObject({id: '#s', types: ['Thing'], path: '~1'})
    // Any spelling of a property, never a keyword.
    const spelled = indexDocument({'@id': '#b', 'schema:name': 'B', 'https://schema.org/url': 'u', '@type': 'T'})
    const node = spelled.resolve(spelled.root, '')!
    expect(node.get('name')).toEqual({value: 'B', path: '/schema:name'})
    expect(node.get('url')).toEqual({value: 'u', path: '/https:~1~1schema.org~1url'})
    expect(node.get('@type')).toBeUndefined()
    expect(node.get('type')).toBeUndefined()
  })

  test('resolve: no node for literals, value objects, lists, sets and dangling references; a node without @id stands alone', () => {
    const graph = indexDocument({'@id': '#a', name: 'A'})
    for (const value of ['#a', 5, null, [{'@id': '#a'}], {'@value': 'x', '@id': '#a'}, {'@list': [], '@id': '#a'}, {'@set': [], '@id': '#a'}, {'@id': '#none'}]) {
      expect(graph.resolve(value, '/x'), JSON.stringify(value)).toBeUndefined()
    }
    const loose = {'@type': 'Thing', '@id': 7, name: 'L'}
    expect(graph.resolve(loose, '/l')).toMatchObject({id: undefined, types: ['Thing'], path: '/l'})
    // An inline object not in the document, with a known @id: itself first, then the others.
    const extra = graph.resolve({'@id': '#a', url: 'u'}, '/e')!
    expect(extra.path).toBe('/e')
    expect(extra.get('name')).toEqual({value: 'A', path: '/name'})
  })

  test('siblings indexed once by indexPage serve as they are; a @reverse that is no object is only ranked', () => {
    const page = indexPage([{'@id': '#s', '@type': 'Thing', name: 'S'}])
    const graph = indexDocument({'@type': 'Thing', about: {'@id': '#s'}, '@reverse': 'x'}, page)
    expect(graph.resolve({'@id': '#s'}, '/about')).toMatchObject({id: '#s', path: '~0'})
    expect(graph.nodes.map((node) => node.path)).toEqual([''])
    expect(graph.rank('/@reverse')).toBe(3)
  })

  test('rank: document order, of the pointer or its closest ranked ancestor; 0 for the unknown', () => {
    const graph = indexDocument({'@context': schemaContext, '@type': 'Thing', name: ['a', 'b'], '@reverse': {about: {'@type': 'Thing'}}})
    const paths = ['', '/@context', '/@type', '/name', '/name/0', '/name/1', '/@reverse', '/@reverse/about']
    expect(paths.map((path) => graph.rank(path))).toEqual([0, 1, 2, 3, 4, 5, 6, 7])
    expect(graph.rank('/name/1/deeper/still')).toBe(5)
    expect(graph.rank('/unknown')).toBe(0)
    expect(graph.rank('~1/x')).toBe(0)
  })

  test('stops at 200 levels and at cycles, without losing what it found', () => {
    let deep: Record<string, unknown> = {'@type': 'Thing', name: 'bottom'}
    for (let level = 0; level < 250; level++) deep = {'@type': 'Thing', about: deep}
    // Objects and arrays each take a level: 201 nodes, the root's and 200 below it.
    expect(indexDocument(deep).nodes).toHaveLength(201)
    let listed: unknown = {'@type': 'Thing'}
    for (let level = 0; level < 199; level++) listed = [listed]
    expect(indexDocument({'@type': 'Thing', about: listed}).nodes).toHaveLength(2)
    expect(indexDocument({'@type': 'Thing', about: [listed]}).nodes).toHaveLength(1)
    const cyclic: Record<string, unknown> = {'@type': 'Thing'}
    cyclic['about'] = cyclic
    cyclic['knows'] = [cyclic]
    expect(indexDocument(cyclic).nodes.map((node) => node.path)).toEqual([''])
  })
})

describe('objects sharing an @id', () => {
  const shared = (...objects: Array<Record<string, unknown>>) => ({'@context': schemaContext, '@graph': objects.map((object) => ({'@id': '#x', ...object}))})

  test('a conflicting value, in full', () => {
    expect(validate(shared({'@type': 'Person', name: 'Ann'}, {name: ['Bo']}), {profile: 'schema.org'})).toEqual([
      {
        severity: 'error',
        ruleId: 'conflicting-id',
        message: 'Unexpected second value `["Bo"]` for `name` of `#x`, expected `Ann` as at `/@graph/0/name`',
        path: '/@graph/1/name',
        actual: ['Bo'],
        expected: 'Ann'
      }
    ])
  })

  test('a conflicting type, in full, with the types as written', () => {
    expect(validate(shared({'@type': ['Person', 'Patient']}, {'@type': ['Organization', 'Place']}), {profile: 'schema.org'})).toEqual([
      {
        severity: 'error',
        ruleId: 'conflicting-id',
        message: 'Unexpected type `Organization, Place` for `#x`, expected `Person, Patient` as at `/@graph/0/@type`',
        path: '/@graph/1/@type',
        actual: ['Organization', 'Place'],
        expected: ['Person', 'Patient']
      }
    ])
  })

  test('types agree when any one of each side is the same term or a subtype either way', () => {
    expect(summary(shared({'@type': 'Organization'}, {'@type': 'NewsMediaOrganization'}))).toEqual([])
    expect(summary(shared({'@type': 'NewsMediaOrganization'}, {'@type': 'Organization'}))).toEqual([])
    expect(summary(shared({'@type': ['Place', 'Person']}, {'@type': ['Organization', 'Person']}))).toEqual([])
    expect(summary(shared({'@type': 'schema:Person'}, {'@type': 'https://schema.org/Person'}))).toEqual([])
    // Other vocabularies agree only when written the same.
    expect(summary(shared({'@type': 'https://example.org/T'}, {'@type': 'https://example.org/T'}))).toEqual([])
    expect(summary(shared({'@type': 'https://example.org/T'}, {'@type': 'https://example.org/U'}))).toEqual(['conflicting-id /@graph/1/@type'])
    expect(summary(shared({'@type': 'Person'}, {'@type': 'https://example.org/Person'}))).toEqual(['conflicting-id /@graph/1/@type'])
    // Each object is held to the first typed one; untyped objects in between change nothing.
    expect(summary(shared({name: 'Ann'}, {'@type': 'Person'}, {'@type': 'Place'}))).toEqual(['conflicting-id /@graph/2/@type'])
  })

  test('values agree in any order, wrapped or not, with keys in any order; more or fewer values conflict', () => {
    expect(summary(shared({'@type': 'Person', sameAs: ['https://a.example/', 'https://b.example/']}, {sameAs: ['https://b.example/', 'https://a.example/']}))).toEqual([])
    const conflicts = (...objects: Array<Record<string, unknown>>) => summary(shared(...objects)).filter((line) => line.startsWith('conflicting-id'))
    expect(conflicts({'@type': 'Person', address: {a: 1, b: {c: [1, 2]}}}, {address: [{b: {c: [1, 2]}, a: 1}]})).toEqual([])
    expect(conflicts({'@type': 'Person', address: {a: 1, b: {c: [1, 2]}}}, {address: [{b: {c: [2, 1]}, a: 1}]})).toEqual(['conflicting-id /@graph/1/address'])
    expect(conflicts({'@type': 'Person', address: {a: 1}}, {address: {a: 1, b: 2}})).toEqual(['conflicting-id /@graph/1/address'])
    expect(summary(shared({'@type': 'Person', sameAs: ['https://a.example/']}, {sameAs: ['https://a.example/', 'https://a.example/']}))).toEqual([
      'conflicting-id /@graph/1/sameAs'
    ])
    expect(summary(shared({'@type': 'Person', sameAs: ['https://a.example/', 'https://a.example/']}, {sameAs: 'https://a.example/'}))).toEqual([
      'conflicting-id /@graph/1/sameAs'
    ])
    // Either side may be the one out of order; one value in common among several is not agreement.
    expect(summary(shared({'@type': 'Person', sameAs: ['https://b.example/', 'https://a.example/']}, {sameAs: ['https://a.example/', 'https://b.example/']}))).toEqual([])
    expect(summary(shared({'@type': 'Person', sameAs: ['https://a.example/', 'https://b.example/']}, {sameAs: ['https://a.example/', 'https://c.example/']}))).toEqual([
      'conflicting-id /@graph/1/sameAs'
    ])
    // Array order inside a value counts: it is a list, not a set of values.
    expect(summary(shared({'@type': 'Person', knows: {'@list': [{'@id': '#a'}, {'@id': '#b'}]}}, {knows: {'@list': [{'@id': '#b'}, {'@id': '#a'}]}}))).toContain(
      'conflicting-id /@graph/1/knows'
    )
    // Numbers and their text are different values; so are 1 and true.
    expect(summary(shared({'@type': 'Person', height: 180}, {height: '180'}))).toContain('conflicting-id /@graph/1/height')
    expect(summary(shared({'@type': 'Person', height: 1}, {height: true}))).toContain('conflicting-id /@graph/1/height')
  })

  test('values compare as their JSON: lists nested in lists, objects nested in objects, and no two different values alike', () => {
    const conflicts = (first: unknown, second: unknown) =>
      summary(shared({'@type': 'Person', award: first}, {award: second})).filter((line) => line.startsWith('conflicting-id'))
    const list = (...items: unknown[]) => ({'@list': items})
    // Where an array or object ends, and what separates its items, count.
    expect(conflicts(list(1, 2), list(12))).toEqual(['conflicting-id /@graph/1/award'])
    expect(conflicts(list(1, [2]), list([1, 2]))).toEqual(['conflicting-id /@graph/1/award'])
    expect(conflicts(list([1], 2), list([1, 2]))).toEqual(['conflicting-id /@graph/1/award'])
    expect(conflicts({a: {b: 1}, c: 2}, {a: {b: 1, c: 2}})).toEqual(['conflicting-id /@graph/1/award'])
    expect(conflicts(list('a', 'b'), {'@list': {0: 'a', 1: 'b'}})).toEqual(['conflicting-id /@graph/1/award'])
    expect(conflicts(list(1, [2, {a: [3]}]), list(1, [2, {a: [3]}]))).toEqual([])
    // null is a value like any other.
    expect(conflicts(null, null)).toEqual([])
    expect(conflicts([null], 'x')).toEqual(['conflicting-id /@graph/1/award'])
    expect(conflicts({a: null}, {a: null})).toEqual([])
  })

  test('a property or key set to undefined is absent, as in its JSON; undefined in an array is null', () => {
    const conflicts = (...objects: Array<Record<string, unknown>>) => summary(shared(...objects)).filter((line) => line.startsWith('conflicting-id'))
    // It was reported: "Unexpected second value `A` for `name` of `#x`, expected `undefined`".
    expect(conflicts({'@type': 'Person', name: undefined}, {name: 'A'})).toEqual([])
    expect(conflicts({'@type': 'Person', name: 'A'}, {name: undefined})).toEqual([])
    expect(conflicts({'@type': 'Person', name: undefined}, {name: 'A'}, {name: 'B'})).toEqual(['conflicting-id /@graph/2/name'])
    expect(conflicts({'@type': 'Person', address: {a: undefined, b: 1}}, {address: {b: 1}})).toEqual([])
    expect(conflicts({'@type': 'Person', address: {a: undefined}}, {address: {a: null}})).toEqual(['conflicting-id /@graph/1/address'])
    expect(conflicts({'@type': 'Person', award: {'@list': [undefined, 'a']}}, {award: {'@list': [null, 'a']}})).toEqual([])
    expect(conflicts({'@type': 'Person', award: {'@list': [undefined]}}, {award: {'@list': ['null']}})).toEqual(['conflicting-id /@graph/1/award'])
  })

  test('values deeper than 100 levels are compared down to level 100 only (a guard against cycles)', () => {
    // `levels` arrays around the leaf: the leaf sits at level `levels` of the value.
    const nested = (levels: number, leaf: unknown): unknown => {
      let value = leaf
      for (let level = 0; level < levels; level++) value = [value]
      return value
    }
    const conflicts = (first: unknown, second: unknown) =>
      summary(shared({'@type': 'Person', award: {'@list': first}}, {award: {'@list': second}})).filter((line) => line.startsWith('conflicting-id'))
    // The @list object is level 0, its array level 1: a leaf inside `levels` more arrays sits at level levels + 1.
    expect(conflicts(nested(99, 'a'), nested(99, 'b'))).toEqual(['conflicting-id /@graph/1/award'])
    expect(conflicts(nested(100, 'a'), nested(100, 'b'))).toEqual([])
    expect(conflicts(nested(150, 'a'), nested(150, 'b'))).toEqual([])
    // What is cut stands for something: it differs from nothing at all.
    expect(conflicts(nested(100, 'a'), nested(99, []))).toEqual(['conflicting-id /@graph/1/award'])
    const objects = (levels: number, leaf: unknown): unknown => {
      let value = leaf
      for (let level = 0; level < levels; level++) value = {a: value}
      return value
    }
    expect(conflicts(objects(99, 'a'), objects(99, 'b'))).toEqual(['conflicting-id /@graph/1/award'])
    expect(conflicts(objects(100, 'a'), objects(100, 'b'))).toEqual([])
  })

  test('each @id is checked once, and objects without @id never', () => {
    const document = {
      '@context': schemaContext,
      '@graph': [
        {'@id': '#x', '@type': 'Person', name: 'A'},
        {'@id': '#y', '@type': 'Person', name: 'C'},
        {'@id': '#x', name: 'B'},
        {'@type': 'Person', name: 'D'},
        {'@type': 'Person', name: 'E'}
      ]
    }
    expect(summary(document)).toEqual(['conflicting-id /@graph/2/name'])
  })

  test('values JSON cannot hold are compared without throwing', () => {
    const cyclic: Record<string, unknown> = {}
    cyclic['self'] = cyclic
    expect(summary(shared({'@type': 'Person', award: cyclic}, {award: cyclic}))).toContain('range-mismatch /@graph/0/award')
    expect(summary(shared({'@type': 'Person', award: 10n}, {award: 10n}))).not.toContain('conflicting-id /@graph/1/award')
    expect(summary(shared({'@type': 'Person', award: 10n}, {award: 11n}))).toContain('conflicting-id /@graph/1/award')
    // A bigint (from a parser that keeps big integers exact) reads as the number a JSON-LD processor reads from
    // its digits, not as its text: 10n is 10; a bigint past 2^53 is the nearest double, and 10^21 is 1e21.
    expect(summary(shared({'@type': 'Person', award: 10n}, {award: 10}))).not.toContain('conflicting-id /@graph/1/award')
    expect(summary(shared({'@type': 'Person', award: 10n}, {award: '10'}))).toContain('conflicting-id /@graph/1/award')
    expect(summary(shared({'@type': 'Person', award: 10n ** 21n}, {award: 1e21}))).not.toContain('conflicting-id /@graph/1/award')
    expect(summary(shared({'@type': 'Person', award: 2n ** 53n + 1n}, {award: 2 ** 53}))).not.toContain('conflicting-id /@graph/1/award')
    expect(summary(shared({'@type': 'Person', award: [{'@value': 2n ** 53n + 2n}]}, {award: {'@value': 2 ** 53}}))).toContain('conflicting-id /@graph/1/award')
  })
})

describe('references', () => {
  test('a dangling reference, in full', () => {
    expect(validate({...validArticle, author: [{'@id': '#nobody'}]})).toEqual([
      {
        severity: 'warning',
        ruleId: 'unresolved-reference',
        message: 'Unexpected reference to `#nobody`, expected a node with that `@id` in the document',
        path: '/author/0',
        actual: '#nobody'
      }
    ])
  })

  test('a page address needs no node: absolute, without fragment, where a URL fits', () => {
    const person = (values: Record<string, unknown>) => summary({'@context': schemaContext, '@type': 'Person', name: 'Ann', ...values})
    expect(person({url: {'@id': 'https://example.com/ann'}})).toEqual([])
    expect(person({'schema:url': {'@id': 'https://example.com/ann'}})).toEqual([])
    expect(person({url: {'@id': 'https://example.com/ann#me'}})).toEqual(['unresolved-reference /url'])
    expect(person({url: {'@id': '/ann'}})).toEqual(['unresolved-reference /url'])
    expect(person({url: {'@id': ' https://example.com/ann'}})).toEqual(['unresolved-reference /url'])
    // Where no URL fits, or at the top level, an address is a node to find.
    expect(person({worksFor: {'@id': 'https://example.com/'}})).toEqual(['unresolved-reference /worksFor'])
    expect(summary({'@context': schemaContext, '@graph': [{'@id': 'https://example.com/'}]})).toEqual(['unresolved-reference /@graph/0'])
    // A property of another vocabulary has no range to read.
    expect(person({'https://example.org/page': {'@id': 'https://example.com/'}})).toEqual(['unresolved-reference /https:~1~1example.org~1page'])
    expect(person({urll: {'@id': 'https://example.com/'}})).toContain('unresolved-reference /urll')
  })
})

describe('shape', () => {
  const all = (document: unknown) => validate(document, {profile: 'schema.org'})

  test('a bare array, in full, and each of its items checked at its index', () => {
    expect(all([{'@context': schemaContext, '@type': 'Thing', name: 'A'}, 7])).toEqual([
      {
        severity: 'info',
        ruleId: 'bare-array',
        message: 'Unexpected top-level array, expected one object with `@context` and `@graph`',
        path: '',
        expected: {'@context': 'https://schema.org', '@graph': []}
      },
      {severity: 'error', ruleId: 'not-json-ld', message: 'Unexpected number, expected a JSON-LD object', path: '/1', actual: 7}
    ])
    expect(all('text')).toEqual([{severity: 'error', ruleId: 'not-json-ld', message: 'Unexpected string, expected a JSON-LD object', path: '', actual: 'text'}])
  })

  test('a bare array of documents with @context and @graph: each item is a document, not a node without @type', () => {
    const document = (name: string) => ({'@context': schemaContext, '@graph': [{'@type': 'Thing', name}]})
    expect(summary([document('A'), document('B')])).toEqual(['bare-array '])
    // Deeper down, an object of only `@graph` is a node like any other.
    expect(summary({'@context': schemaContext, '@graph': [{'@graph': [{'@type': 'Thing', name: 'A'}]}]})).toContain('missing-type /@graph/0')
  })

  test('@graph of the wrong kind, in full; an object is one node', () => {
    expect(all({'@context': schemaContext, '@graph': 'nodes'})).toEqual([
      {severity: 'error', ruleId: 'invalid-keyword-value', message: 'Unexpected string as `@graph`, expected an array of nodes', path: '/@graph', actual: 'nodes'}
    ])
    expect(summary({'@context': schemaContext, '@graph': {'@type': 'Thing', name: 'A'}})).toEqual([])
  })

  test('an item of @graph that is no node, in full: a string, number, boolean or null; nested arrays are walked, not reported', () => {
    const node = {'@type': 'Thing', name: 'A'}
    expect(all({'@context': schemaContext, '@graph': [node, 'text']})).toEqual([
      {severity: 'error', ruleId: 'invalid-keyword-value', message: 'Unexpected string in `@graph`, expected a node object', path: '/@graph/1', actual: 'text'}
    ])
    expect(summary({'@context': schemaContext, '@graph': [7, node, true, null, '']})).toEqual([
      'invalid-keyword-value /@graph/0',
      'invalid-keyword-value /@graph/2',
      'invalid-keyword-value /@graph/3',
      'invalid-keyword-value /@graph/4'
    ])
    expect(all({'@context': schemaContext, '@graph': [null]})[0]?.message).toBe('Unexpected null in `@graph`, expected a node object')
    expect(all({'@context': schemaContext, '@graph': ['']})[0]?.message).toBe('Unexpected empty string in `@graph`, expected a node object')
    // Processors flatten an array inside @graph; its nodes are checked as nodes.
    expect(summary({'@context': schemaContext, '@graph': [[node], node]})).toEqual([])
    expect(summary({'@context': schemaContext, '@graph': [[{name: 'B'}]]})).toEqual(['missing-type /@graph/0/0'])
    // In each document of a bare array.
    expect(summary([{'@context': schemaContext, '@graph': [node, 'text']}])).toContain('invalid-keyword-value /0/@graph/1')
  })

  test('contexts: missing, in full; on every @graph item instead (array or object); not when an item lacks one', () => {
    expect(all({'@type': 'Thing', name: 'A'})).toEqual([
      {
        severity: 'error',
        ruleId: 'missing-context',
        message: 'Unexpected object without `@context`, expected `"@context": "https://schema.org"`',
        path: '',
        expected: 'https://schema.org'
      }
    ])
    const item = (context: unknown) => ({'@context': context, '@type': 'Thing', name: 'A'})
    // Only objects need a context.
    expect(summary({'@graph': [item(schemaContext), 'text', item('http://schema.org')]})).toEqual(['invalid-keyword-value /@graph/1', 'context-http /@graph/2/@context'])
    expect(summary({'@graph': item('http://schema.org')})).toEqual(['context-http /@graph/@context'])
    expect(summary({'@graph': [item(schemaContext), {'@type': 'Thing', name: 'B'}]})).toEqual(['missing-context '])
    expect(summary({'@graph': []})).toEqual(['missing-context '])
    expect(summary({'@graph': ['text']})).toEqual(['missing-context ', 'invalid-keyword-value /@graph/0'])
    // Another vocabulary on one item stops the vocabulary checks for the document.
    expect(summary({'@graph': [item(schemaContext), {...item('https://example.org/'), nme: 'x'}]})).toEqual(['context-not-schema-org /@graph/1/@context'])
  })

  test('context reports in full: invalid still checks the vocabulary, another vocabulary does not', () => {
    expect(all({'@context': 42, '@type': 'Thing', nme: 'A'})).toEqual([
      {
        severity: 'error',
        ruleId: 'invalid-keyword-value',
        message: 'Unexpected number as `@context`, expected `"https://schema.org"`',
        path: '/@context',
        actual: 42,
        expected: 'https://schema.org'
      },
      expect.objectContaining({ruleId: 'unknown-property', path: '/nme'})
    ])
    expect(all({'@context': 'https://example.org/', '@type': 'Thing', nme: 'A'})).toEqual([
      {
        severity: 'warning',
        ruleId: 'context-not-schema-org',
        message: 'Unexpected context `https://example.org/`, expected `"https://schema.org"`',
        path: '/@context',
        actual: 'https://example.org/',
        expected: 'https://schema.org'
      }
    ])
    expect(all({'@context': 'http://schema.org', '@type': 'Thing', name: 'A'})).toEqual([
      {
        severity: 'info',
        ruleId: 'context-http',
        message: 'Unexpected context `http://schema.org`, expected `"https://schema.org"`',
        path: '/@context',
        actual: 'http://schema.org',
        expected: 'https://schema.org'
      }
    ])
  })

  test('keywords: unknown, @id and @type of the wrong kind, each in full', () => {
    const node = (values: Record<string, unknown>) => all({'@context': schemaContext, name: 'A', ...values})
    expect(node({'@type': 'Thing', '@foo': 1})).toEqual([
      {severity: 'warning', ruleId: 'unknown-keyword', message: 'Unexpected key `@foo`, expected a JSON-LD keyword or a schema.org property', path: '/@foo', actual: '@foo'}
    ])
    expect(node({'@type': 'Thing', '@id': 7})).toEqual([
      {severity: 'error', ruleId: 'invalid-keyword-value', message: 'Unexpected number as `@id`, expected an IRI string', path: '/@id', actual: 7}
    ])
    expect(node({'@type': []})).toEqual([
      {
        severity: 'error',
        ruleId: 'invalid-keyword-value',
        message: 'Unexpected empty array as `@type`, expected a type name or a non-empty array of type names',
        path: '/@type',
        actual: []
      }
    ])
    expect(node({'@type': ''})[0]?.message).toBe('Unexpected empty string as `@type`, expected a type name or a non-empty array of type names')
    expect(node({'@type': ['Thing', '']})[0]?.message).toBe('Unexpected array as `@type`, expected a type name or a non-empty array of type names')
    expect(summary({'@context': schemaContext, '@type': ['Thing', 'Person'], '@id': '#a', '@language': 'en', name: 'A'})).toEqual([])
  })

  test('a missing type, in full; not for an identified value, nor where @type is there but wrong', () => {
    expect(all({'@context': schemaContext, name: 'A'})).toEqual([
      {severity: 'warning', ruleId: 'missing-type', message: 'Unexpected node without `@type`, expected a type such as `"@type": "Person"`', path: ''}
    ])
    expect(summary({'@context': schemaContext, '@type': 'Thing', subjectOf: {'@id': '#w', name: 'W'}})).toEqual([])
    expect(summary({'@context': schemaContext, '@graph': [{'@id': '#w', name: 'W'}]})).toEqual(['missing-type /@graph/0'])
    expect(summary({'@context': schemaContext, '@type': 'Thing', subjectOf: {name: 'W'}})).toEqual(['missing-type /subjectOf'])
    expect(summary({'@context': schemaContext, '@type': 7, name: 'A'})).toEqual(['invalid-keyword-value /@type'])
    // Typed by another object with its @id.
    expect(summary({'@context': schemaContext, '@graph': [{'@id': '#w', name: 'W'}, {'@id': '#w', '@type': 'Thing'}]})).toEqual([])
  })
})
