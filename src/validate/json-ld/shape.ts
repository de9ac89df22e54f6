/**
 * The JSON-LD shape of a document: one object (a node, or `@context` plus
 * `@graph`), a schema.org `@context`, keywords with values of the right
 * kind, and a `@type` on every node.
 */
import {readContext} from './context.js'
import {keywords} from './document-graph.js'
import {childPointer} from './json-pointer.js'
import {isJsonObject, type JsonObject} from './json-object.js'
import type {State} from '../state.js'
import {code, valueKind} from '../wording.js'

/** The canonical context. */
const SCHEMA_ORG = 'https://schema.org'

/**
 * Check the shape of the document in `state`.
 *
 * @returns Whether the document uses schema.org (or names no vocabulary
 *   at all), so the vocabulary checks apply.
 */
export function checkShape(state: State): boolean {
  const {root} = state.graph
  let schemaOrg = true

  if (Array.isArray(root)) {
    state.report('bare-array', '', 'Unexpected top-level array, expected one object with `@context` and `@graph`', {
      expected: {'@context': SCHEMA_ORG, '@graph': []}
    })
  }
  const documents = Array.isArray(root) ? root : [root]
  documents.forEach((document: unknown, index) => {
    const path = Array.isArray(root) ? childPointer('', index) : ''
    if (!isJsonObject(document)) {
      state.report('not-json-ld', path, `Unexpected ${valueKind(document)}, expected a JSON-LD object`, {actual: document})
      return
    }
    if (!checkDocumentContext(state, document, path)) schemaOrg = false
    const graph = document['@graph']
    if ('@graph' in document && !Array.isArray(graph) && !isJsonObject(graph)) {
      state.report('invalid-keyword-value', childPointer(path, '@graph'), `Unexpected ${valueKind(graph)} as \`@graph\`, expected an array of nodes`, {
        actual: graph
      })
    }
    // A string or number in `@graph` is no node: processors drop it, so what it was meant to say is lost.
    // An array inside is flattened by processors, and its nodes are checked as nodes.
    if (Array.isArray(graph)) {
      graph.forEach((item: unknown, index) => {
        if (isJsonObject(item) || Array.isArray(item)) return
        state.report('invalid-keyword-value', childPointer(childPointer(path, '@graph'), index), `Unexpected ${valueKind(item)} in \`@graph\`, expected a node object`, {
          actual: item
        })
      })
    }
  })

  for (const occurrence of state.graph.nodes) {
    // A value with an `@id` is an identified thing, as Google's breadcrumb `item: {"@id", "name"}` is; it needs no type.
    checkNode(state, occurrence.node, occurrence.path, occurrence.property !== undefined && occurrence.id !== undefined)
  }
  return schemaOrg
}

/**
 * Check the context of one top-level object: its own, or else one on every
 * item of its `@graph`.
 *
 * @returns Whether no context names another vocabulary.
 */
function checkDocumentContext(state: State, document: JsonObject, path: string): boolean {
  if ('@context' in document) return checkContext(state, document['@context'], childPointer(path, '@context'))
  const graph = document['@graph']
  const items = (Array.isArray(graph) ? graph : [graph]).filter((item) => isJsonObject(item))
  if ('@graph' in document && items.length > 0 && items.every((item) => '@context' in item)) {
    let schemaOrg = true
    items.forEach((item) => {
      const index = Array.isArray(graph) ? graph.indexOf(item) : undefined
      const itemPath = index === undefined ? childPointer(path, '@graph') : childPointer(childPointer(path, '@graph'), index)
      if (!checkContext(state, item['@context'], childPointer(itemPath, '@context'))) schemaOrg = false
    })
    return schemaOrg
  }
  state.report('missing-context', path, 'Unexpected object without `@context`, expected `"@context": "https://schema.org"`', {
    expected: SCHEMA_ORG
  })
  return true
}

function checkContext(state: State, context: unknown, path: string): boolean {
  const {vocabulary} = readContext(context)
  if (vocabulary === 'invalid') {
    state.report('invalid-keyword-value', path, `Unexpected ${valueKind(context)} as \`@context\`, expected \`"https://schema.org"\``, {
      actual: context,
      expected: SCHEMA_ORG
    })
  } else if (vocabulary === 'other') {
    state.report('context-not-schema-org', path, `Unexpected context ${code(context)}, expected \`"https://schema.org"\``, {
      actual: context,
      expected: SCHEMA_ORG
    })
    return false
  } else if (vocabulary === 'http') {
    state.report('context-http', path, `Unexpected context ${code(context)}, expected \`"https://schema.org"\``, {
      actual: context,
      expected: SCHEMA_ORG
    })
  }
  return true
}

function checkNode(state: State, node: JsonObject, path: string, typeOptional: boolean): void {
  for (const [key, value] of Object.entries(node)) {
    if (!key.startsWith('@')) continue
    const keyPath = childPointer(path, key)
    if (!keywords.has(key)) {
      state.report('unknown-keyword', keyPath, `Unexpected key ${code(key)}, expected a JSON-LD keyword or a schema.org property`, {
        actual: key
      })
    } else if (key === '@id' && typeof value !== 'string') {
      state.report('invalid-keyword-value', keyPath, `Unexpected ${valueKind(value)} as \`@id\`, expected an IRI string`, {actual: value})
    } else if (key === '@type' && !isTypeValue(value)) {
      const what = Array.isArray(value) && value.length === 0 ? 'empty array' : valueKind(value)
      state.report('invalid-keyword-value', keyPath, `Unexpected ${what} as \`@type\`, expected a type name or a non-empty array of type names`, {
        actual: value
      })
    }
  }
  const types = state.graph.resolve(node, path)?.types ?? []
  // A `@type` of the wrong kind is reported as such, not as missing.
  if (types.length === 0 && !typeOptional && !('@type' in node)) {
    state.report('missing-type', path, 'Unexpected node without `@type`, expected a type such as `"@type": "Person"`')
  }
}

function isTypeValue(value: unknown): boolean {
  const types = Array.isArray(value) ? value : [value]
  return types.length > 0 && types.every((type) => typeof type === 'string' && type !== '')
}
