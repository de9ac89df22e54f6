/**
 * Drop `undefined`, `null`, `NaN`, empty strings, empty arrays and objects
 * left with nothing but `@type`, deeply: the output never carries them.
 */
export function prune<T>(value: T): T {
  return (pruneValue(value) ?? {}) as T
}

// Plain loops, no `Object.entries` pairs or `map`/`filter` copies: every node of every graph goes through here.
function pruneValue(value: unknown): unknown {
  if (value === null || value === undefined) return undefined
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined
  if (typeof value === 'string') return value.length > 0 ? value : undefined
  if (Array.isArray(value)) {
    const items: unknown[] = []
    for (const item of value as unknown[]) {
      const pruned = pruneValue(item)
      if (pruned !== undefined) items.push(pruned)
    }
    return items.length > 0 ? items : undefined
  }
  if (typeof value === 'object') {
    const result: Record<string, unknown> = {}
    let keys = 0
    // (`for…in` with an own-key check, not `Object.keys`: the same keys in the same order, with no array of them made.)
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue
      const pruned = pruneValue((value as Record<string, unknown>)[key])
      if (pruned !== undefined) {
        result[key] = pruned
        if (key !== '@type') keys++
      }
    }
    return keys > 0 ? result : undefined
  }
  return value
}
