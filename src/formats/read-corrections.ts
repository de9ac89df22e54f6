/** Reading the `corrections` field: a list of `{date, text}` (or texts alone). */
import {type MetadataContext, isRecord, reportInvalid, textOf} from '../metadata/field-reader.js'
import type {Correction} from './correction.js'
import {toDate} from '../metadata/read-dates.js'

/** The article's corrections as its fields state them; bad items are reported and left out. */
export function readCorrections(context: MetadataContext, timeZone: string | undefined): Correction[] {
  const entry = context.fields.entry('corrections')
  if (entry === undefined) return []
  const result: Correction[] = []
  for (const item of Array.isArray(entry.value) ? entry.value : [entry.value]) {
    const fields: Record<string, unknown> = typeof item === 'string' ? {text: item} : isRecord(item) ? item : {}
    const text = textOf(fields.text)
    if (!text) {
      reportInvalid(context, entry.key, item, 'a correction such as `{date: 2026-02-12, text: …}`')
      continue
    }
    const date = fields.date ?? fields.datePublished
    result.push({text, datePublished: date === undefined ? undefined : toDate(context, {key: entry.key, value: date}, timeZone)})
  }
  return result
}
