/**
 * A date inside a structured field (a correction's `date`, a video's
 * `uploadDate`): ISO 8601, date-times without offset read in the article's zone.
 */
import {report} from '../messages.js'
import {normalizeDate} from '../metadata/dates.js'
import {type MetadataContext, describe} from '../metadata/field-reader.js'

/** `value`, written under `key`, as a normalized date; a bad one is reported as `invalid-date`. */
export function toDate(context: MetadataContext, value: unknown, key: string, timeZone: string | undefined): string | undefined {
  const place = context.fields.placeOf(key)
  const result = normalizeDate(value, timeZone)
  if (!result.ok) {
    report(context.file, 'unreadable-date', 'Unexpected ' + describe(value) + ' in `' + key + '`, expected an ISO 8601 date such as `2026-02-11T17:45:00-07:00`', {
      place,
      actual: describe(value)
    })
    return undefined
  }
  if (!result.zoned) {
    report(
      context.file,
      'date-read-as-utc',
      'Unexpected date-time without offset in `' + key + '`, expected an offset such as `-07:00` or the `timeZone` option; read as UTC',
      {place, actual: String(value), expected: [result.value]}
    )
  }
  return result.value
}
