/** A JSON-LD node as the graph builders make it, before pruning. */
export type GraphNode = Record<string, unknown>
