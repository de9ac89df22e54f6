/** Longest value quoted in a message; longer ones are cut with `…`. */
const MAX_QUOTED = 60

/**
 * A value as code in a message: strings as they are, anything else
 * (and the empty string) as JSON, cut to 60 characters (`` `By Jane Doe` ``, `` `{"@id":"#a"}` ``).
 */
export function code(value: unknown): string {
  // An empty string shows as `""`: two bare backticks would read as nothing.
  const text = typeof value === 'string' && value !== '' ? value : toJson(value)
  const characters = [...text]
  return '`' + (characters.length > MAX_QUOTED ? characters.slice(0, MAX_QUOTED - 1).join('') + '…' : text) + '`'
}

/** Names as code, joined for a sentence: `` `Date` or `DateTime` ``, `` `A`, `B` or `C` ``. */
export function codeList(names: readonly string[], conjunction: 'or' | 'and' = 'or'): string {
  const quoted = names.map((name) => code(name))
  if (quoted.length <= 1) return quoted.join('')
  return quoted.slice(0, -1).join(', ') + ' ' + conjunction + ' ' + quoted.at(-1)!
}

/** JSON of a value, or a plain description of what JSON cannot hold (a `bigint`, a cycle). */
function toJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? typeof value
  } catch {
    return typeof value
  }
}

/** A JSON value's kind, for messages: `string`, `number`, `array`, `null`… */
export function valueKind(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'string') return value === '' ? 'empty string' : 'string'
  return typeof value
}
