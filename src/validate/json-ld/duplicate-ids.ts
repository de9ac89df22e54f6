import type {NodeOccurrence} from './document-graph.js'
import {propertyValues} from './json-object.js'
import {childPointer} from './json-pointer.js'
import {schemaTerm} from '../schema-org/schema-term.js'
import type {State} from '../state.js'
import {code} from '../wording.js'

/**
 * Check that objects sharing an `@id` agree: JSON-LD merges them into one
 * node, so two different `name`s (or a `Person` and an `Organization`)
 * become one node with both, which is never what the author meant.
 * Repeating a value, or adding properties, is fine.
 */
export function checkDuplicateIds(state: State): void {
  const checked = new Set<string>()
  for (const {id} of state.graph.nodes) {
    if (id === undefined || checked.has(id)) continue
    checked.add(id)
    // Each object is held to the first object that gives the same property.
    let firstTyped: NodeOccurrence | undefined
    const firstByProperty = new Map<string, NodeOccurrence>()
    for (const occurrence of state.graph.nodesWithId(id)) {
      if (occurrence.types.length > 0) {
        if (!firstTyped) firstTyped = occurrence
        else if (!typesAgree(state, firstTyped.types, occurrence.types)) {
          state.report(
            'conflicting-id',
            childPointer(occurrence.path, '@type'),
            `Unexpected type ${code(occurrence.types.join(', '))} for ${code(id)}, ` +
              `expected ${code(firstTyped.types.join(', '))} as at \`${childPointer(firstTyped.path, '@type')}\``,
            {actual: occurrence.node['@type'], expected: firstTyped.node['@type']}
          )
        }
      }
      for (const [key, value] of Object.entries(occurrence.node)) {
        // A property set to undefined (by a JavaScript caller) is absent, as in the document's JSON.
        if (key.startsWith('@') || value === undefined) continue
        const first = firstByProperty.get(key)
        if (!first) {
          firstByProperty.set(key, occurrence)
        } else if (!sameValues(first.node[key], value)) {
          state.report(
            'conflicting-id',
            childPointer(occurrence.path, key),
            `Unexpected second value ${code(value)} for \`${key}\` of ${code(id)}, ` +
              `expected ${code(first.node[key])} as at \`${childPointer(first.path, key)}\``,
            {actual: value, expected: first.node[key]}
          )
        }
      }
    }
  }
}

/** Types agree when one of each side is the same or a subtype of the other (`NewsMediaOrganization` and `Organization`). */
function typesAgree(state: State, a: readonly string[], b: readonly string[]): boolean {
  const related = (x: string, y: string): boolean => {
    if (x === y) return true
    const termX = schemaTerm(x)
    const termY = schemaTerm(y)
    if (termX === undefined || termY === undefined) return false
    return termX === termY || state.vocabulary.isSubtypeOf(termX, termY) || state.vocabulary.isSubtypeOf(termY, termX)
  }
  return a.some((x) => b.some((y) => related(x, y)))
}

/** Same values, ignoring order and whether one value is wrapped in an array. */
function sameValues(a: unknown, b: unknown): boolean {
  const canonicalA = propertyValues(a).map(([item]) => canonicalJson(item)).sort()
  const canonicalB = propertyValues(b).map(([item]) => canonicalJson(item)).sort()
  return canonicalA.length === canonicalB.length && canonicalA.every((item, index) => item === canonicalB[index])
}

/** Deeper than any real value; keeps a cyclic JavaScript object from recursing forever. */
const MAX_DEPTH = 100

/** JSON with object keys sorted, so key order does not count as a difference. */
function canonicalJson(value: unknown, depth = 0): string {
  if (depth > MAX_DEPTH) return '…'
  if (Array.isArray(value)) return '[' + value.map((item) => canonicalJson(item, depth + 1)).join(',') + ']'
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return '{' + entries.map(([key, item]) => JSON.stringify(key) + ':' + canonicalJson(item, depth + 1)).join(',') + '}'
  }
  // A bigint, from a parser that keeps big integers exact, is the number a JSON-LD processor reads from its digits.
  return JSON.stringify(typeof value === 'bigint' ? Number(value) : value) ?? 'null'
}
