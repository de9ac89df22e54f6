import type {DocumentGraph, ResolvedNode} from '../json-ld/document-graph.js'
import {schemaTerm} from './schema-term.js'
import type {Vocabulary} from './vocabulary.js'

/**
 * The nodes of a document that are of a schema.org type or one of its
 * subtypes (`'Article'` finds `NewsArticle`s and `BlogPosting`s too), each
 * once, merged over its `@id`, in document order.
 *
 * @param graph The document's graph (see `indexDocument`).
 * @param type A schema.org type name (`'NewsArticle'`).
 * @param schema The vocabulary.
 */
export function nodesOfType(graph: DocumentGraph, type: string, schema: Vocabulary): ResolvedNode[] {
  const nodes: ResolvedNode[] = []
  const seenIds = new Set<string>()
  for (const occurrence of graph.nodes) {
    const node = graph.resolve(occurrence.node, occurrence.path)
    if (!node || !isOfType(node, type, schema)) continue
    if (node.id !== undefined) {
      if (seenIds.has(node.id)) continue
      seenIds.add(node.id)
    }
    nodes.push(node)
  }
  return nodes
}

/** Whether a node is of a schema.org type or one of its subtypes. */
export function isOfType(node: ResolvedNode, type: string, schema: Vocabulary): boolean {
  return node.types.some((written) => {
    const term = schemaTerm(written)
    return term !== undefined && schema.isSubtypeOf(term, type)
  })
}
