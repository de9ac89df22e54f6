// The shared steps of every metadata reader: what a reader is given, reading
// a field as text, a list or a boolean, and reporting a bad value.
import type {VFile} from 'vfile'
import {cleanText} from '../document/clean-text.js'
import {report} from '../messages.js'
import type {Settings} from '../settings.js'
import type {Field, FieldTable} from './fields.js'

/** What every metadata reader is given. */
export interface MetadataContext {
  /** The chosen value of each field (see `collectFields`). */
  readonly fields: FieldTable
  /** The newsroom's defaults (`baseUrl`, `timeZone`, `publisher`, …). */
  readonly settings: Settings
  /** The file that bad values are reported on. */
  readonly file: VFile
}

/** Report `value` under `key` as `invalid-field`, saying what was `expected`; gives `undefined`. */
export function reportInvalid(context: MetadataContext, key: string, value: unknown, expected: string): undefined {
  report(context.file, 'invalid-field', 'Unexpected ' + describe(value) + ' in `' + key + '`, expected ' + expected, {
    place: context.fields.placeOf(key),
    actual: describe(value)
  })
  return undefined
}

/** Report the value of `field` (or one item of it) as invalid; gives `undefined`. */
export function invalid(
  context: MetadataContext,
  field: Field,
  expected: string,
  value: unknown = context.fields.entry(field)?.value
): undefined {
  return reportInvalid(context, context.fields.entry(field)?.key ?? field, value, expected)
}

/** A field as clean text; empty text is absent. */
export function readText(context: MetadataContext, field: Field): string | undefined {
  const entry = context.fields.entry(field)
  if (entry === undefined) return undefined
  const text = textOf(entry.value)
  return text === undefined ? invalid(context, field, 'a string') : text || undefined
}

/** A field as a list of distinct texts; a string is split at commas when `splitCommas` (default: `false`). */
export function readTextList(context: MetadataContext, field: Field, splitCommas = false): string[] {
  const entry = context.fields.entry(field)
  if (entry === undefined) return []
  const items = Array.isArray(entry.value)
    ? entry.value
    : splitCommas && typeof entry.value === 'string'
      ? entry.value.split(',')
      : [entry.value]
  const result: string[] = []
  for (const item of items) {
    const text = textOf(item)
    if (text === undefined) invalid(context, field, 'a string or a list of strings', item)
    else if (text && !result.includes(text)) result.push(text)
  }
  return result
}

/** A field as a boolean: `true`, `false`, or those words as strings. */
export function readBoolean(context: MetadataContext, field: Field): boolean | undefined {
  const entry = context.fields.entry(field)
  if (entry === undefined) return undefined
  if (typeof entry.value === 'boolean') return entry.value
  if (entry.value === 'true' || entry.value === 'false') return entry.value === 'true'
  return invalid(context, field, '`true` or `false`')
}

/** A string or a finite number as clean text; anything else is `undefined`. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return cleanText(value)
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return undefined
}

/** Whether `value` is a plain object (a YAML mapping). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Describe a value for a message: `` `1999` ``, a list, an object. */
export function describe(value: unknown): string {
  if (Array.isArray(value)) return 'list'
  if (value instanceof Date) return 'date'
  if (value === null) return '`null`'
  if (typeof value === 'object') return 'object'
  const text = String(value)
  return '`' + (text.length > 40 ? text.slice(0, 40) + '…' : text) + '`'
}
