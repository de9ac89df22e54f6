/**
 * An item of structured data written in a page's HTML attributes
 * (microdata or RDFa Lite), and its translation into the JSON-LD the
 * validator reads, with the place in the page of every node and value.
 */
import {childPointer} from '../json-ld/json-pointer.js'
import type {JsonObject} from '../json-ld/json-object.js'
import {schemaTerm} from '../schema-org/schema-term.js'

/** A place in the page: 1-based line and column (UTF-16 code units). */
export interface PagePosition {
  readonly line: number
  readonly column: number
}

/** A reference to a node by its IRI (RDFa `resource`). */
export interface HtmlReference {
  readonly id: string
}

/** One property of an item, as written on one element. */
export interface HtmlProperty {
  /** The property as an IRI or schema.org term, as the syntax resolves it. */
  readonly name: string
  readonly value: string | HtmlItem | HtmlReference
  readonly position: PagePosition
}

/** One item (microdata) or typed resource (RDFa). */
export interface HtmlItem {
  /** Types as IRIs (or terms when no vocabulary resolves them). */
  readonly types: readonly string[]
  /** Its IRI (`itemid`, RDFa `resource`), when given. */
  readonly id: string | undefined
  readonly properties: HtmlProperty[]
  readonly position: PagePosition
}

/** A JSON-LD document read from HTML attributes, with places. */
export interface HtmlDocument {
  readonly value: JsonObject
  /** Place in the page of each node and value, by JSON pointer. */
  readonly positions: ReadonlyMap<string, PagePosition>
}

/** Deeper than any real page; items can nest through `itemref` without end. */
const MAX_DEPTH = 100

/**
 * The JSON-LD of a top-level item: schema.org IRIs become plain terms, so
 * the vocabulary checks read them as they read JSON-LD; other IRIs stay
 * whole, and are not checked. A property with one value has it bare, with
 * more it has an array, as JSON-LD is written.
 */
export function itemToJsonLd(item: HtmlItem): HtmlDocument {
  const positions = new Map<string, PagePosition>()
  const value = {'@context': 'https://schema.org', ...node(item, '', positions, 0)}
  return {value, positions}
}

function node(item: HtmlItem, path: string, positions: Map<string, PagePosition>, depth: number): JsonObject {
  positions.set(path, item.position)
  const object: Record<string, unknown> = {}
  const types = item.types.map((type) => term(type))
  if (types.length > 0) object['@type'] = types.length === 1 ? types[0] : types
  if (item.id !== undefined) object['@id'] = item.id
  if (depth > MAX_DEPTH) return object

  const byName = new Map<string, HtmlProperty[]>()
  for (const property of item.properties) {
    const name = term(property.name)
    byName.set(name, [...(byName.get(name) ?? []), property])
  }
  for (const [name, properties] of byName) {
    const propertyPath = childPointer(path, name)
    const values = properties.map((property, index) => {
      const valuePath = properties.length === 1 ? propertyPath : childPointer(propertyPath, index)
      positions.set(valuePath, property.position)
      const {value} = property
      if (typeof value === 'string') return value
      if ('properties' in value) return node(value, valuePath, positions, depth + 1)
      return {'@id': value.id}
    })
    positions.set(propertyPath, properties[0]!.position)
    object[name] = values.length === 1 ? values[0] : values
  }
  return object
}

/** A schema.org IRI as its term; anything else as written. */
function term(iri: string): string {
  return (iri.includes('://') ? schemaTerm(iri) : undefined) ?? iri
}

/**
 * The place of the closest value at or above `path` in a document read
 * from HTML; undefined when no part of it is placed.
 */
export function locate(positions: ReadonlyMap<string, PagePosition>, path: string): PagePosition | undefined {
  for (let current = path; ; current = current.slice(0, current.lastIndexOf('/'))) {
    const position = positions.get(current)
    if (position !== undefined) return position
    if (current === '') return undefined
  }
}
