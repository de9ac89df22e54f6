// Normalizing an article's dates for the output: ISO 8601 text, read by the
// one reader in `src/dates/iso-8601.ts`, or a `Date`, in the article's zone.
import {type IsoParts, readIsoParts, wallTimeOf} from '../dates/iso-8601.js'

/** A date read from frontmatter, normalized for the output. */
export type DateResult =
  | {
      readonly ok: true
      readonly value: string
      readonly zoned: boolean
      /** A local time that the zone skips (a daylight-saving gap): read with the later offset. */
      readonly skipped?: true | undefined
    }
  | {readonly ok: false; readonly reason: 'invalid' | 'no-time-zone'}

/**
 * Read an ISO 8601 date or date-time into `YYYY-MM-DDTHH:MM:SS±HH:MM`,
 * keeping the offset as written. A date-time without offset is read in
 * `timeZone` (an IANA name), never in the machine's zone; without one it is
 * read as UTC and flagged. A date without time stays a date. A `Date`
 * (what hosts' YAML parsers give) is an instant, written in `timeZone` when
 * given; at midnight UTC it is a date.
 */
export function normalizeDate(value: unknown, timeZone: string | undefined): DateResult {
  if (value instanceof Date) {
    const time = value.getTime()
    if (Number.isNaN(time)) return {ok: false, reason: 'invalid'}
    // Hosts' YAML parsers (Astro, gray-matter) make `2026-02-11` midnight UTC: still a date.
    if (time % 86_400_000 === 0) return {ok: true, value: value.toISOString().slice(0, 10), zoned: true}
    // An instant: written with the newsroom's offset at that instant when there is a zone.
    if (timeZone === undefined) return {ok: true, value: formatUtc(time), zoned: true}
    const offset = offsetAt(time, timeZone)
    return {ok: true, value: formatUtc(time + offset * 60_000).slice(0, 19) + formatOffset(offset), zoned: true}
  }
  if (typeof value !== 'string' || value.length > 40) return {ok: false, reason: 'invalid'}
  const parts = readIsoParts(toExtendedForm(value.trim()))
  if (parts === undefined || !isNewsTime(parts)) return {ok: false, reason: 'invalid'}
  const date = `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}`
  if (parts.kind === 'date') return {ok: true, value: date, zoned: true}
  // The fraction of a second is dropped: no news time is that precise.
  const time = `${pad(parts.hour)}:${pad(parts.minute)}:${pad(parts.second)}`
  if (parts.offset !== undefined) return {ok: true, value: `${date}T${time}${formatOffset(parts.offset)}`, zoned: true}

  const wall = wallTimeOf({...parts, millisecond: 0})
  if (timeZone === undefined) return {ok: true, value: `${date}T${time}+00:00`, zoned: false}
  const offset = offsetOfWallTime(wall, timeZone)
  const normalized = `${date}T${time}${formatOffset(offset)}`
  // The instant read back in the zone shows another wall-clock time: this one does not exist there.
  const instant = wall - offset * 60_000
  const exists = instant + offsetAt(instant, timeZone) * 60_000 === wall
  return exists ? {ok: true, value: normalized, zoned: true} : {ok: true, value: normalized, zoned: true, skipped: true}
}

/**
 * Frontmatter is written by hand: a space or `t` between date and time, a
 * space before the zone and a lowercase `z` stand for ISO 8601's `T`,
 * nothing and `Z`.
 */
function toExtendedForm(text: string): string {
  return text
    .replace(/^(\d{4}-\d{2}-\d{2})[ t]/, '$1T')
    .replace(/\s(?=(?:[+-]\d{2}(?::?\d{2})?|[zZ])$)/, '')
    .replace(/z$/, 'Z')
}

/**
 * The ISO 8601 values a news article's date can be: a whole date from year
 * 1 on (year 0000 is 1 BC: a typo), a clock time before `24:00` without leap
 * second, an offset of at most 14 hours (the largest in use).
 */
function isNewsTime(parts: IsoParts): boolean {
  if (parts.kind === 'time' || parts.precision !== 'day' || parts.year === 0) return false
  if (parts.hour > 23 || parts.second > 59) return false
  return parts.offset === undefined || Math.floor(Math.abs(parts.offset) / 60) <= 14
}

/** Whether a time zone name is known to this runtime. */
export function isTimeZone(name: string): boolean {
  try {
    formatter(name)
    return true
  } catch {
    return false
  }
}

/** Milliseconds since the epoch of a normalized date, for comparisons. */
export function dateTime(value: string): number {
  return Date.parse(value.length === 10 ? value + 'T00:00:00Z' : value)
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(timeZone: string): Intl.DateTimeFormat {
  let result = formatters.get(timeZone)
  if (!result) {
    result = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric'
    })
    formatters.set(timeZone, result)
  }
  return result
}

/** Offset in minutes of `timeZone` at the instant `utc`. */
function offsetAt(utc: number, timeZone: string): number {
  const parts: Record<string, number> = {}
  for (const part of formatter(timeZone).formatToParts(utc)) parts[part.type] = Number(part.value)
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!)
  return Math.round((wall - utc) / 60_000)
}

/** Offset of a wall-clock time in a zone; in a DST gap the later offset wins. */
function offsetOfWallTime(wall: number, timeZone: string): number {
  const first = offsetAt(wall, timeZone)
  const second = offsetAt(wall - first * 60_000, timeZone)
  return second
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const absolute = Math.abs(minutes)
  return sign + pad(Math.floor(absolute / 60)) + ':' + pad(absolute % 60)
}

function formatUtc(time: number): string {
  return new Date(time).toISOString().slice(0, 19) + '+00:00'
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0')
}
