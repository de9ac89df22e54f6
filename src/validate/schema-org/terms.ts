/**
 * The schema.org terms a document uses: every `@type` and property must
 * exist (with a "did you mean" hint when it does not), a property should be
 * one schema.org expects on the node's type or a supertype, and pending or
 * superseded terms are pointed out.
 */
import type {NodeOccurrence} from '../json-ld/document-graph.js'
import {childPointer} from '../json-ld/json-pointer.js'
import {isActionAnnotation} from './action-annotation.js'
import {schemaTerm} from './schema-term.js'
import type {State} from '../state.js'
import {closestName} from '../../spelling/closest-name.js'
import {code, codeList} from '../wording.js'

/** Check the types and properties of every node in `state`. */
export function checkTerms(state: State): void {
  // Pending terms are noted once per document: the note is the same everywhere, and says nothing about the page.
  const pending = new Map<string, string>()
  const notePending = (term: string, path: string): void => {
    if (!pending.has(term)) pending.set(term, path)
  }

  for (const occurrence of state.graph.nodes) {
    const types = checkTypes(state, occurrence, notePending)
    for (const key of Object.keys(occurrence.node)) {
      if (key.startsWith('@') || state.contextTerms.has(key)) continue
      const term = schemaTerm(key)
      if (term !== undefined && isActionAnnotation(term, (name) => state.vocabulary.property(name) !== undefined)) continue
      if (term !== undefined) checkProperty(state, occurrence, key, term, types, notePending)
    }
  }
  const [first] = pending.values()
  if (first !== undefined) {
    const terms = [...pending.keys()]
    state.report(
      'pending-term',
      first,
      `Unexpected pending ${terms.length === 1 ? 'term' : 'terms'} ${codeList(terms, 'and')}, expected terms of the core vocabulary (pending terms may still change)`,
      {actual: terms.length === 1 ? terms[0] : terms}
    )
  }
}

/**
 * Check the `@type`s of a node.
 *
 * @returns The node's known schema.org types (merged over its `@id`), or
 *   undefined when it has a type from another vocabulary or an unknown
 *   one, so its properties cannot be held to schema.org's domains.
 */
function checkTypes(
  state: State,
  occurrence: NodeOccurrence,
  notePending: (term: string, path: string) => void
): readonly string[] | undefined {
  const typePath = childPointer(occurrence.path, '@type')
  const written = occurrence.node['@type']
  occurrence.types.forEach((type) => {
    const term = schemaTerm(type)
    if (term === undefined || state.contextTerms.has(type)) return
    const path = Array.isArray(written) ? childPointer(typePath, written.indexOf(type)) : typePath
    const entry = state.vocabulary.classEntry(term)
    if (!entry) {
      if (state.vocabulary.isType(term)) return
      const suggestion = closestName(term, state.vocabulary.typeNames)
      state.report(
        'unknown-type',
        path,
        `Unexpected unknown type ${code(type)}, expected ${suggestion === undefined ? 'a schema.org type' : code(suggestion)}`,
        {actual: type, ...(suggestion === undefined ? {} : {expected: suggestion})}
      )
      return
    }
    if (entry.pending) notePending(term, path)
    if (entry.supersededBy !== undefined) {
      state.report('superseded-term', path, `Unexpected superseded type ${code(term)}, expected ${code(entry.supersededBy)}`, {
        actual: term,
        expected: entry.supersededBy
      })
    }
  })

  const types: string[] = []
  for (const type of state.graph.resolve(occurrence.node, occurrence.path)?.types ?? []) {
    const term = schemaTerm(type)
    if (term === undefined || state.contextTerms.has(type) || !state.vocabulary.isType(term)) return undefined
    types.push(term)
  }
  return types.length > 0 ? types : undefined
}

function checkProperty(
  state: State,
  occurrence: NodeOccurrence,
  key: string,
  term: string,
  types: readonly string[] | undefined,
  notePending: (term: string, path: string) => void
): void {
  const path = childPointer(occurrence.path, key)
  const {vocabulary} = state
  const property = vocabulary.property(term)
  if (!property) {
    if (vocabulary.isType(term)) {
      state.report('unknown-property', path, `Unexpected type ${code(key)} as a property, expected a property whose value is a ${code(term)}`, {
        actual: key
      })
      return
    }
    const suggestion = closestName(term, vocabulary.propertyNames, (candidate) => types !== undefined && isExpectedOn(state, candidate, types))
    state.report(
      'unknown-property',
      path,
      `Unexpected unknown property ${code(key)}, expected ${suggestion === undefined ? 'a schema.org property' : code(suggestion)}`,
      {actual: key, ...(suggestion === undefined ? {} : {expected: suggestion})}
    )
    return
  }
  if (property.pending) notePending(term, path)
  if (property.supersededBy !== undefined) {
    state.report('superseded-term', path, `Unexpected superseded property ${code(term)}, expected ${code(property.supersededBy)}`, {
      actual: term,
      expected: property.supersededBy
    })
  }
  if (types === undefined || isExpectedOn(state, term, types)) return
  // A Role stands in for the value of the property it qualifies: `author: {"@type": "Role", "author": …}`.
  if (occurrence.property !== undefined && schemaTerm(occurrence.property) === term && types.some((type) => vocabulary.isSubtypeOf(type, 'Role'))) return
  state.report(
    'property-not-for-type',
    path,
    `Unexpected property ${code(term)} on ${codeList(types, 'and')}, expected it on ${codeList(property.domain)} or a subtype`,
    {actual: term, expected: property.domain}
  )
}

/** Whether schema.org expects `property` on one of `types` or a supertype; properties without a domain fit anywhere. */
function isExpectedOn(state: State, property: string, types: readonly string[]): boolean {
  const domain = state.vocabulary.property(property)?.domain ?? []
  return domain.length === 0 || domain.some((expected) => types.some((type) => state.vocabulary.isSubtypeOf(type, expected)))
}
