/**
 * The nodes of a JSON-LD document, found once and indexed by `@id`, so every
 * check can follow `{"@id"}` references the way a JSON-LD processor merges
 * nodes: all objects with one `@id` describe one node.
 */
import {childPointer} from './json-pointer.js'
import {isJsonObject, type JsonObject} from './json-object.js'
import {schemaTerm} from '../schema-org/schema-term.js'

/** A node object of the document: not a reference, value object or list. */
export interface NodeOccurrence {
  readonly node: JsonObject
  /** JSON pointer of the object. */
  readonly path: string
  /** Its `@id`, when that is a string. */
  readonly id: string | undefined
  /** Its own `@type` values, as written. */
  readonly types: readonly string[]
  /** The property it is a value of; undefined for top-level nodes (the root, `@graph` items). */
  readonly property: string | undefined
}

/** An object with only `@id`: it stands for the node with that `@id`. */
export interface ReferenceOccurrence {
  readonly id: string
  readonly path: string
  /** The property it is a value of; undefined for a reference at the top level. */
  readonly property: string | undefined
}

/** A property value of a node, with its JSON pointer. */
export interface LocatedValue {
  readonly value: unknown
  readonly path: string
}

/** A node merged over every object of the document that has its `@id`. */
export interface ResolvedNode {
  readonly id: string | undefined
  /** `@type` values of all its objects, as written, without repeats. */
  readonly types: readonly string[]
  /** JSON pointer of its first object. */
  readonly path: string
  /** The value of a property (any spelling: `name`, `schema:name`…), from the first object that has it. */
  get(property: string): LocatedValue | undefined
}

/** The document's nodes. */
export interface DocumentGraph {
  readonly root: unknown
  /** Every node object, in document order. */
  readonly nodes: readonly NodeOccurrence[]
  /** Every reference object, in document order. */
  readonly references: readonly ReferenceOccurrence[]
  /** Node objects of the document itself with this `@id`. */
  nodesWithId(id: string): readonly NodeOccurrence[]
  /** Whether a node of the document or of a sibling document has this `@id`. */
  isDefined(id: string): boolean
  /** The node a value is (an inline node) or refers to (`{"@id"}`); undefined for other values and dangling references. */
  resolve(value: unknown, path: string): ResolvedNode | undefined
  /** Rank of a JSON pointer in document order, so issues can be sorted the way the document reads. */
  rank(path: string): number
}

/** JSON-LD keywords (JSON-LD 1.1 § 1.7). */
export const keywords: ReadonlySet<string> = new Set([
  '@base', '@container', '@context', '@direction', '@graph', '@id', '@import', '@included', '@index', '@json',
  '@language', '@list', '@nest', '@none', '@prefix', '@propagate', '@protected', '@reverse', '@set', '@type',
  '@value', '@version', '@vocab'
])

/** Deeper than any real document; stops runaway recursion on generated input. */
const MAX_DEPTH = 200

const NO_NODES: readonly NodeOccurrence[] = Object.freeze([])

/** Whether `value` is a reference object: exactly one key, `@id`. */
export function isReference(value: unknown): value is {'@id': unknown} {
  if (!isJsonObject(value)) return false
  const keys = Object.keys(value)
  return keys.length === 1 && keys[0] === '@id'
}

/** `@type` values as written: strings only. */
export function typesOf(node: JsonObject): string[] {
  const type = node['@type']
  const types = Array.isArray(type) ? type : [type]
  return types.filter((item): item is string => typeof item === 'string')
}

/** What a walk over a document collects. */
interface Collection {
  readonly nodes: NodeOccurrence[]
  readonly references: ReferenceOccurrence[]
  readonly ranks: Map<string, number>
  readonly seen: WeakSet<object>
}

/**
 * Find the nodes and references of a document.
 *
 * @param root The document.
 * @param siblings Other documents of the same page (its other JSON-LD
 *   blocks): references may point at their nodes, as a consumer reading the
 *   whole page merges them, but their nodes are not the document's own
 *   (default: none).
 */
export function indexDocument(root: unknown, siblings: readonly unknown[] | PageNodes = []): DocumentGraph {
  const own = collect(root)
  const byId = groupById(own.nodes)
  const siblingsById = siblings instanceof Map ? siblings : indexPage(siblings as readonly unknown[])
  const occurrencesOf = (id: string): readonly NodeOccurrence[] => byId.get(id) ?? siblingsById.get(id) ?? NO_NODES

  return {
    root,
    nodes: own.nodes,
    references: own.references,
    nodesWithId: (id) => byId.get(id) ?? NO_NODES,
    isDefined: (id) => byId.has(id) || siblingsById.has(id),
    resolve(value, path) {
      if (!isJsonObject(value) || '@value' in value || '@list' in value || '@set' in value) return undefined
      const id = typeof value['@id'] === 'string' ? value['@id'] : undefined
      const others = id === undefined ? NO_NODES : occurrencesOf(id)
      if (isReference(value)) return merge(others, id)
      // The inline object first, then the other objects with its `@id`.
      const self: NodeOccurrence = others.find((occurrence) => occurrence.node === value) ?? {
        node: value,
        path,
        id,
        types: typesOf(value),
        property: undefined
      }
      return merge([self, ...others.filter((occurrence) => occurrence !== self)], id)
    },
    rank(path) {
      // The pointer itself, or its closest ranked ancestor.
      for (let current = path; ; current = current.slice(0, current.lastIndexOf('/'))) {
        const rank = own.ranks.get(current)
        if (rank !== undefined) return rank
        if (current === '') return 0
      }
    }
  }
}

/** The identified nodes of a page's documents, found once for all of them; see `indexPage`. */
export type PageNodes = ReadonlyMap<string, readonly NodeOccurrence[]>

/**
 * The nodes with an `@id` of all documents of a page, for `indexDocument`
 * to resolve references against. A document may be among them: its own
 * nodes are found first.
 */
export function indexPage(documents: readonly unknown[]): PageNodes {
  // Paths start with `~N`, no JSON pointer of a document: issues found there are that document's own.
  return groupById(documents.flatMap((document, index) => collect(document, '~' + index).nodes))
}

function collect(root: unknown, path = ''): Collection {
  const collection: Collection = {nodes: [], references: [], ranks: new Map(), seen: new WeakSet()}
  walk(collection, root, path, undefined, 0, true)
  return collection
}

/** `topLevel`: the value is the document, or an item of a document that is an array (each item is then a document of its own). */
function walk(collection: Collection, value: unknown, path: string, property: string | undefined, depth: number, topLevel = false): void {
  collection.ranks.set(path, collection.ranks.size)
  if (depth > MAX_DEPTH || typeof value !== 'object' || value === null || collection.seen.has(value)) return
  collection.seen.add(value)
  if (Array.isArray(value)) {
    value.forEach((item: unknown, index) => walk(collection, item, childPointer(path, index), property, depth + 1, topLevel))
    return
  }
  const object = value as JsonObject
  if ('@value' in object) return
  if ('@list' in object || '@set' in object) {
    const key = '@list' in object ? '@list' : '@set'
    walk(collection, object[key], childPointer(path, key), property, depth + 1)
    return
  }
  if (isReference(object)) {
    if (typeof object['@id'] === 'string') collection.references.push({id: object['@id'], path, property})
    return
  }
  // A document of only `@context` and `@graph` holds nodes but is none.
  const isContainer = topLevel && Object.keys(object).every((key) => key === '@context' || key === '@graph')
  if (!isContainer) {
    const id = typeof object['@id'] === 'string' ? object['@id'] : undefined
    collection.nodes.push({node: object, path, id, types: typesOf(object), property})
  }
  walkMembers(collection, object, path, depth)
}

function walkMembers(collection: Collection, object: JsonObject, path: string, depth: number): void {
  for (const [key, child] of Object.entries(object)) {
    const childPath = childPointer(path, key)
    if (key === '@graph' || key === '@included') {
      walk(collection, child, childPath, undefined, depth + 1)
    } else if (key === '@reverse' && isJsonObject(child)) {
      collection.ranks.set(childPath, collection.ranks.size)
      for (const [reverseKey, reverseValue] of Object.entries(child)) {
        walk(collection, reverseValue, childPointer(childPath, reverseKey), undefined, depth + 2)
      }
    } else if (key.startsWith('@')) {
      collection.ranks.set(childPath, collection.ranks.size)
    } else {
      walk(collection, child, childPath, key, depth + 1)
    }
  }
}

function groupById(nodes: readonly NodeOccurrence[]): Map<string, NodeOccurrence[]> {
  const byId = new Map<string, NodeOccurrence[]>()
  for (const occurrence of nodes) {
    if (occurrence.id === undefined) continue
    const list = byId.get(occurrence.id) ?? []
    list.push(occurrence)
    byId.set(occurrence.id, list)
  }
  return byId
}

/** One node over every object with its `@id`. */
function merge(occurrences: readonly NodeOccurrence[], id: string | undefined): ResolvedNode | undefined {
  const first = occurrences[0]
  if (!first) return undefined
  return {
    id,
    types: [...new Set(occurrences.flatMap((occurrence) => occurrence.types))],
    path: first.path,
    get(property) {
      for (const occurrence of occurrences) {
        for (const [key, value] of Object.entries(occurrence.node)) {
          if (!key.startsWith('@') && schemaTerm(key) === property) return {value, path: childPointer(occurrence.path, key)}
        }
      }
      return undefined
    }
  }
}
