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

// `2026-02-11`, `2026-02-11T17:45`, `2026-02-11 17:45:30.5`, with `Z`, `+01:00` or `-0700`.
const isoPattern =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s?(Z|[+-]\d{2}:?\d{2})?)?$/i

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
  const match = isoPattern.exec(value.trim())
  if (!match) return {ok: false, reason: 'invalid'}
  const [, year, month, day, hour, minute, second = '00', , zone] = match
  const y = Number(year)
  const mo = Number(month)
  const d = Number(day)
  // ISO 8601 has a year 0000 (1 BC), but no news article was published then: a typo.
  if (y === 0 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return {ok: false, reason: 'invalid'}
  const date = `${year}-${month}-${day}`
  if (hour === undefined || minute === undefined) return {ok: true, value: date, zoned: true}
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return {ok: false, reason: 'invalid'}
  const time = `${hour}:${minute}:${second}`

  if (zone !== undefined) {
    const offset = zone.toUpperCase() === 'Z' ? '+00:00' : zone.length === 5 ? zone.slice(0, 3) + ':' + zone.slice(3) : zone
    if (Number(offset.slice(1, 3)) > 14 || Number(offset.slice(4)) > 59) return {ok: false, reason: 'invalid'}
    return {ok: true, value: `${date}T${time}${offset}`, zoned: true}
  }

  const wall = Date.UTC(y, mo - 1, d, Number(hour), Number(minute), Number(second))
  if (timeZone === undefined) return {ok: true, value: `${date}T${time}+00:00`, zoned: false}
  const offset = offsetOfWallTime(wall, timeZone)
  const normalized = `${date}T${time}${formatOffset(offset)}`
  // The instant read back in the zone shows another wall-clock time: this one does not exist there.
  const instant = wall - offset * 60_000
  const exists = instant + offsetAt(instant, timeZone) * 60_000 === wall
  return exists ? {ok: true, value: normalized, zoned: true} : {ok: true, value: normalized, zoned: true, skipped: true}
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

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}
