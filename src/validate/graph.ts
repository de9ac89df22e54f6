/**
 * The nodes of a JSON-LD document, found once and indexed by `@id`, so every
 * check can follow `{"@id"}` references the way a JSON-LD processor merges
 * nodes: all objects with one `@id` describe one node.
 */
import {childPointer} from './json-pointer.js'
import {isJsonObject, type JsonObject} from './json-object.js'
import {schemaTerm} from './schema-term.js'

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
  /** Node objects with this `@id`. */
  nodesWithId(id: string): readonly NodeOccurrence[]
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

/** Find the nodes and references of a document. */
export function buildGraph(root: unknown): DocumentGraph {
  const nodes: NodeOccurrence[] = []
  const references: ReferenceOccurrence[] = []
  const ranks = new Map<string, number>()
  const seen = new WeakSet<object>()

  function walk(value: unknown, path: string, property: string | undefined, depth: number): void {
    ranks.set(path, ranks.size)
    if (depth > MAX_DEPTH || typeof value !== 'object' || value === null || seen.has(value)) return
    seen.add(value)
    if (Array.isArray(value)) {
      value.forEach((item: unknown, index) => walk(item, childPointer(path, index), property, depth + 1))
      return
    }
    const object = value as JsonObject
    if ('@value' in object) return
    if ('@list' in object || '@set' in object) {
      const key = '@list' in object ? '@list' : '@set'
      walk(object[key], childPointer(path, key), property, depth + 1)
      return
    }
    if (isReference(object)) {
      if (typeof object['@id'] === 'string') references.push({id: object['@id'], path, property})
      return
    }
    // A root of only `@context` and `@graph` holds nodes but is none.
    const isContainer = path === '' && Object.keys(object).every((key) => key === '@context' || key === '@graph')
    if (!isContainer) {
      const id = typeof object['@id'] === 'string' ? object['@id'] : undefined
      nodes.push({node: object, path, id, types: typesOf(object), property})
    }
    for (const [key, child] of Object.entries(object)) {
      const childPath = childPointer(path, key)
      if (key === '@graph' || key === '@included') {
        walk(child, childPath, undefined, depth + 1)
      } else if (key === '@reverse' && isJsonObject(child)) {
        ranks.set(childPath, ranks.size)
        for (const [reverseKey, reverseValue] of Object.entries(child)) {
          walk(reverseValue, childPointer(childPath, reverseKey), undefined, depth + 2)
        }
      } else if (key.startsWith('@')) {
        ranks.set(childPath, ranks.size)
      } else {
        walk(child, childPath, key, depth + 1)
      }
    }
  }

  walk(root, '', undefined, 0)

  const byId = new Map<string, NodeOccurrence[]>()
  for (const occurrence of nodes) {
    if (occurrence.id === undefined) continue
    const list = byId.get(occurrence.id) ?? []
    list.push(occurrence)
    byId.set(occurrence.id, list)
  }

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

  return {
    root,
    nodes,
    references,
    nodesWithId: (id) => byId.get(id) ?? NO_NODES,
    resolve(value, path) {
      if (!isJsonObject(value) || '@value' in value || '@list' in value || '@set' in value) return undefined
      const id = typeof value['@id'] === 'string' ? value['@id'] : undefined
      const others = id === undefined ? NO_NODES : (byId.get(id) ?? NO_NODES)
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
        const rank = ranks.get(current)
        if (rank !== undefined) return rank
        if (current === '') return 0
      }
    }
  }
}
