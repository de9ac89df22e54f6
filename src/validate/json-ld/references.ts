import {schemaTerm} from '../schema-org/schema-term.js'
import type {State} from '../state.js'
import {isAbsoluteUrl} from '../schema-org/url.js'
import {code} from '../wording.js'

/**
 * Check that every `{"@id"}` reference points at a node of the document:
 * a consumer cannot learn the type or name of a node that is not there
 * (Yoast once referenced an author `@id` absent from its graph).
 *
 * A web address without fragment, in a property that takes a URL
 * (`"mainEntityOfPage": {"@id": "https://example.com/story"}`), names a page
 * rather than a node, and needs no node.
 */
export function checkReferences(state: State): void {
  for (const reference of state.graph.references) {
    if (state.graph.isDefined(reference.id) || isPageAddress(state, reference.id, reference.property)) continue
    state.report(
      'unresolved-reference',
      reference.path,
      `Unexpected reference to ${code(reference.id)}, expected a node with that \`@id\` in the document`,
      {actual: reference.id}
    )
  }
}

function isPageAddress(state: State, id: string, property: string | undefined): boolean {
  const term = property === undefined ? undefined : schemaTerm(property)
  const range = term === undefined ? [] : (state.vocabulary.property(term)?.range ?? [])
  return range.includes('URL') && isAbsoluteUrl(id) && !id.includes('#')
}
