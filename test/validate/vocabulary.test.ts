import {existsSync, readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {buildVocabularyText, SOURCE} from '../../scripts/build-vocabulary.js'
import type {VocabularyData} from '../../src/validate/schema-org/vocabulary-data.js'
import {vocabulary} from '../../src/validate/schema-org/vocabulary.js'

const dataUrl = new URL('../../src/validate/schema-org/vocabulary.data.json', import.meta.url)
const text = readFileSync(dataUrl, 'utf8')
const data = JSON.parse(text) as VocabularyData

describe('vocabulary.data.json', () => {
  test('credits schema.org under its licence', () => {
    expect(data.header.attribution).toContain('schema.org vocabulary, CC BY-SA 3.0')
    expect(data.header.licence).toBe('CC BY-SA 3.0')
  })

  test('holds every property and the data type hierarchy, and stays small', () => {
    expect(Object.keys(data.properties)).toHaveLength(1502)
    expect(Object.keys(data.classes).length).toBeGreaterThan(900)
    expect(data.dataTypes).toMatchObject({Text: [], URL: ['Text'], Date: [], DateTime: [], Time: [], Number: [], Integer: ['Number'], Float: ['Number'], Boolean: []})
    expect(Buffer.byteLength(text)).toBeLessThan(250_000)
  })

  test('has no cycle of superclasses: every walk up the hierarchy ends', () => {
    const parents = (name: string): readonly string[] => data.classes[name]?.subClassOf ?? data.dataTypes[name] ?? []
    const done = new Set<string>()
    // Depth first, with the types on the current path: meeting one of them again would be a cycle.
    const visit = (name: string, path: ReadonlySet<string>): void => {
      expect(path.has(name), [...path, name].join(' < ')).toBe(false)
      if (done.has(name)) return
      for (const parent of parents(name)) visit(parent, new Set([...path, name]))
      done.add(name)
    }
    for (const name of [...Object.keys(data.classes), ...Object.keys(data.dataTypes)]) visit(name, new Set())
    expect(done.size).toBeGreaterThan(900)
  })

  test.skipIf(!existsSync(SOURCE))('is what scripts/build-vocabulary.ts makes of the release file', () => {
    expect(buildVocabularyText()).toBe(text)
  })
})

describe('vocabulary', () => {
  const schema = vocabulary()

  test('knows types, data types and properties', () => {
    expect(schema.isType('NewsArticle')).toBe(true)
    expect(schema.isType('URL')).toBe(true)
    expect(schema.isDataType('URL')).toBe(true)
    expect(schema.isDataType('Person')).toBe(false)
    expect(schema.isType('NewsArticel')).toBe(false)
    expect(schema.classEntry('Quotation')).toEqual({subClassOf: ['CreativeWork'], pending: true})
    expect(schema.classEntry('Text')).toBeUndefined()
    expect(schema.property('author')).toEqual({domain: ['CreativeWork', 'Rating'], range: ['Organization', 'Person']})
    expect(schema.property('photos')?.supersededBy).toBe('photo')
    expect(schema.property('datePublised')).toBeUndefined()
    expect(schema.typeNames).toContain('Text')
    expect(schema.propertyNames).toContain('headline')
  })

  test('follows every superclass', () => {
    expect(schema.isSubtypeOf('ReportageNewsArticle', 'Thing')).toBe(true)
    expect(schema.isSubtypeOf('NewsArticle', 'NewsArticle')).toBe(true)
    expect(schema.isSubtypeOf('Article', 'NewsArticle')).toBe(false)
    expect(schema.isSubtypeOf('Integer', 'Number')).toBe(true)
    // Two parents: a LocalBusiness is an Organization and a Place.
    expect(schema.isSubtypeOf('Restaurant', 'Organization')).toBe(true)
    expect(schema.isSubtypeOf('Restaurant', 'Place')).toBe(true)
    expect(schema.isSubtypeOf('Unknown', 'Thing')).toBe(false)
  })

  test('knows enumeration members', () => {
    expect(schema.isMemberOf('EventScheduled', 'EventStatusType')).toBe(true)
    expect(schema.isMemberOf('EventScheduled', 'Enumeration')).toBe(true)
    expect(schema.isMemberOf('True', 'Boolean')).toBe(true)
    expect(schema.isMemberOf('Monday', 'EventStatusType')).toBe(false)
  })
})
