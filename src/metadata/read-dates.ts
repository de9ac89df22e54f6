// Reading the article's dates: `datePublished` and `dateModified` in ISO
// 8601, read in the article's (or the newsroom's) `timeZone`, in order.
import {report} from '../messages.js'
import {dateTime, isTimeZone, normalizeDate} from './dates.js'
import {type MetadataContext, describe, reportInvalid} from './field-reader.js'
import type {Field} from './fields.js'

/** The dates of an article, normalized (`YYYY-MM-DDTHH:MM:SS±HH:MM` or a date alone). */
export interface ArticleDates {
  readonly datePublished: string | undefined
  readonly dateModified: string | undefined
}

/**
 * The article's dates, date-times without offset read in `timeZone`
 * (see `readTimeZone`). A `dateModified` before `datePublished` is reported
 * and left out.
 */
export function readDates(context: MetadataContext, timeZone: string | undefined): ArticleDates {
  const datePublished = readDate(context, 'datePublished', timeZone)
  const dateModified = readDate(context, 'dateModified', timeZone)
  if (datePublished && dateModified && isBefore(dateModified, datePublished)) {
    const key = context.fields.entry('dateModified')!.key
    report(
      context.file,
      'modified-too-early',
      'Unexpected `' + key + '` before the publication date, expected `' + dateModified + '` to be on or after `' + datePublished + '`',
      {place: context.fields.placeOf(key), actual: dateModified, expected: [datePublished]}
    )
    return {datePublished, dateModified: undefined}
  }
  return {datePublished, dateModified}
}

/** The zone of the article's date-times: its `timeZone` field wins over the newsroom's option. */
export function readTimeZone(context: MetadataContext): string | undefined {
  const entry = context.fields.entry('timeZone')
  if (entry === undefined) return context.settings.timeZone
  if (typeof entry.value === 'string' && isTimeZone(entry.value)) return entry.value
  reportInvalid(context, entry.key, entry.value, 'an IANA time zone such as `America/Denver`')
  return context.settings.timeZone
}

function readDate(context: MetadataContext, field: Field, timeZone: string | undefined): string | undefined {
  const entry = context.fields.entry(field)
  return entry === undefined ? undefined : toDate(context, entry, timeZone)
}

/**
 * A date written under a key (a field, or a date inside one: a correction's
 * `date`, a video's `uploadDate`), normalized; a bad one is reported at the key.
 */
export function toDate(context: MetadataContext, entry: {readonly key: string; readonly value: unknown}, timeZone: string | undefined): string | undefined {
  const place = context.fields.placeOf(entry.key)
  const result = normalizeDate(entry.value, timeZone)
  if (!result.ok) {
    report(
      context.file,
      'unreadable-date',
      'Unexpected ' + describe(entry.value) + ' in `' + entry.key + '`, expected an ISO 8601 date such as `2026-02-11T17:45:00-07:00`',
      {place, actual: describe(entry.value)}
    )
    return undefined
  }
  if (result.skipped) {
    report(
      context.file,
      'unreadable-date',
      'Unexpected local time `' + String(entry.value) + '` in `' + entry.key + '` that does not exist in ' + timeZone + ' (the clocks skip it), expected an existing time; read as `' + result.value + '`',
      {place, actual: String(entry.value), expected: [result.value]}
    )
  }
  if (!result.zoned) {
    report(
      context.file,
      'date-read-as-utc',
      'Unexpected date-time without offset in `' + entry.key + '`, expected an offset such as `-07:00` or the `timeZone` option; read as UTC',
      {place, actual: String(entry.value), expected: [result.value]}
    )
  }
  return result.value
}

/** Whether one date is before another; a date alone compares by day. */
function isBefore(a: string, b: string): boolean {
  if (a.length === 10 || b.length === 10) return a.slice(0, 10) < b.slice(0, 10)
  return dateTime(a) < dateTime(b)
}
