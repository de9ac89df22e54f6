/**
 * Reading a configuration file (known entities, the site) written in YAML or
 * JSON: parsed with positions, checked against its valibot schema, and any
 * problem thrown as a `ConfigError` at the file, line and column it is about,
 * before anything runs.
 */
import type * as V from 'valibot'
import {isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument} from 'yaml'
import {describeIssue, issuePath} from './issue-text.js'
import {valibot} from '../load-package.js'

/** A malformed configuration file: what is wrong, and where. */
export class ConfigError extends Error {
  readonly file: string
  readonly line: number
  readonly column: number
  readonly reason: string

  constructor(file: string, line: number, column: number, reason: string) {
    super(file + ':' + line + ':' + column + ': ' + reason)
    this.name = 'ConfigError'
    this.file = file
    this.line = line
    this.column = column
    this.reason = reason
  }
}

/**
 * Parse `text` (YAML, or JSON, which YAML reads too) and check it against
 * `schema`, or the schema `schema` picks for the parsed value (a list or a
 * mapping). Returns the checked value; messages name fields from `root`.
 *
 * @throws {ConfigError} On invalid YAML or JSON, or a value the schema refuses.
 */
export function readConfigFile<T extends V.GenericSchema>(text: string, file: string, schema: T | ((value: unknown) => T), root = ''): V.InferOutput<T> {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, {lineCounter, prettyErrors: false, uniqueKeys: true})
  const at = (offset: number, reason: string) => {
    const {line, col} = lineCounter.linePos(offset)
    return new ConfigError(file, line, col, reason)
  }
  const syntax = document.errors[0]
  if (syntax) throw at(syntax.pos[0], 'Unexpected invalid YAML or JSON (' + firstLine(syntax.message) + ')')
  let value: unknown
  try {
    value = document.toJS({maxAliasCount: 100})
  } catch (error) {
    throw at(0, 'Unexpected ' + (error as Error).message + ', expected plain YAML or JSON')
  }
  const result = valibot().safeParse(typeof schema === 'function' ? schema(value) : schema, value)
  if (result.success) return result.output
  const issue = result.issues[0]
  const path = issuePath(issue)
  const unknownKey = issue.type === 'strict_object' && issue.expected === 'never'
  throw at(offsetOf(document.contents, path, unknownKey), describeIssue(issue, root))
}

/**
 * Where the value at `path` starts; the key itself for an unknown key; the
 * nearest enclosing node when the value is missing.
 */
function offsetOf(root: unknown, path: ReadonlyArray<string | number>, key: boolean): number {
  let node: unknown = root
  let offset = rangeStart(root)
  for (const [index, step] of path.entries()) {
    let next: unknown
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === step)
      if (!pair) break
      if (key && index === path.length - 1) return rangeStart(pair.key) ?? offset ?? 0
      next = pair.value
    } else if (isSeq(node) && typeof step === 'number') {
      next = node.items[step]
    }
    if (next === undefined || next === null) break
    node = next
    offset = rangeStart(next) ?? offset
  }
  return offset ?? 0
}

function rangeStart(node: unknown): number | undefined {
  return (node as Node | null | undefined)?.range?.[0]
}

function firstLine(value: string): string {
  const end = value.indexOf('\n')
  return end === -1 ? value : value.slice(0, end)
}
