/** A JSON object: a plain object, never an array or `null`. */
export type JsonObject = Record<string, unknown>

/** Whether `value` is a JSON object (not an array, not `null`). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The values of a JSON-LD property: an array gives its items (with their
 * indexes), anything else is one value (index `undefined`).
 */
export function propertyValues(value: unknown): ReadonlyArray<readonly [item: unknown, index: number | undefined]> {
  return Array.isArray(value) ? value.map((item: unknown, index) => [item, index] as const) : [[value, undefined]]
}
