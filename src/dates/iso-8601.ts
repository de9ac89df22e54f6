// ISO 8601 text in the extended forms schema.org uses: the one reader of
// dates, date-times and times, for an article's own fields and for the
// validator alike.

/** The fields of ISO 8601 text, each within its calendar or clock limits. */
export interface IsoParts {
  readonly kind: 'date' | 'date-time' | 'time'
  /** How much of the date is written: `2024`, `2024-03` or `2024-03-05` (`day` for date-times and times). */
  readonly precision: 'year' | 'month' | 'day'
  /** The year, `0` to `9999` (`0` for times). */
  readonly year: number
  /** The month, `1` to `12` (`1` when not written). */
  readonly month: number
  /** The day of the month (`1` when not written). */
  readonly day: number
  /** `0` to `24` (`24` only as `24:00:00`, the end of a day). */
  readonly hour: number
  readonly minute: number
  /** `0` to `60` (`60` is a leap second). */
  readonly second: number
  /** Milliseconds of the fraction of a second (`0` when not written). */
  readonly millisecond: number
  /** Offset of the zone in minutes east of UTC; `undefined` when no zone is written. */
  readonly offset: number | undefined
}

/** A date, date-time or time read from ISO 8601 text. */
export interface IsoDate {
  readonly kind: 'date' | 'date-time' | 'time'
  /** Whether it states a time zone (`Z` or an offset such as `-05:00`). */
  readonly hasTimeZone: boolean
  /**
   * Milliseconds since 1970 for dates and date-times: the instant when there
   * is a time zone, else the wall-clock time read as UTC (only comparable
   * with another value without zone). Undefined for times.
   */
  readonly time: number | undefined
  /** Wall-clock time read as UTC, whatever the zone: comparable between any two values. */
  readonly wallTime: number | undefined
}

// Linear: fixed-width fields, one optional fraction, no nested quantifiers.
const datePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/
const dateTimePattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/
const timePattern = /^(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/

/**
 * Read ISO 8601 text into its fields: a date (`2024-03-05`, also `2024-03`
 * and `2024`), a date-time (`2024-03-05T09:30:00-05:00`, seconds, fraction
 * and zone optional) or a time (`09:30:00Z`). Undefined for anything else,
 * including impossible values (`2024-02-30`, `25:00`, `+24:00`).
 */
export function readIsoParts(text: string): IsoParts | undefined {
  const date = datePattern.exec(text)
  if (date) {
    const [, year, month, day] = date
    const precision = day === undefined ? (month === undefined ? 'year' : 'month') : 'day'
    return checked({kind: 'date', precision, ...calendar(year, month, day), ...clock('00', '00', '00', ''), offset: undefined})
  }
  const dateTime = dateTimePattern.exec(text)
  if (dateTime) {
    const [, year, month, day, hour, minute, second, fraction, zone] = dateTime
    const offset = zoneOffset(zone)
    if (offset === null) return undefined
    return checked({kind: 'date-time', precision: 'day', ...calendar(year, month, day), ...clock(hour, minute, second, fraction), offset})
  }
  const time = timePattern.exec(text)
  if (time) {
    const [, hour, minute, second, fraction, zone] = time
    const offset = zoneOffset(zone)
    if (offset === null) return undefined
    return checked({kind: 'time', precision: 'day', year: 0, month: 1, day: 1, ...clock(hour, minute, second, fraction), offset})
  }
  return undefined
}

/**
 * Read ISO 8601 text as a date, date-time or time with its instant (see
 * `readIsoParts` for the forms). Undefined for anything else.
 */
export function parseIsoDate(text: string): IsoDate | undefined {
  const parts = readIsoParts(text)
  if (parts === undefined) return undefined
  const hasTimeZone = parts.offset !== undefined
  if (parts.kind === 'time') return {kind: 'time', hasTimeZone, time: undefined, wallTime: undefined}
  const wallTime = wallTimeOf(parts)
  return {kind: parts.kind, hasTimeZone, time: wallTime - (parts.offset ?? 0) * 60_000, wallTime}
}

/** Milliseconds of the date and wall-clock time of `parts` read as UTC; a leap second reads as `:59`. */
export function wallTimeOf(parts: IsoParts): number {
  const time = new Date(0)
  // `setUTCFullYear`, unlike `Date.UTC`, does not read years below 100 as 19xx.
  time.setUTCFullYear(parts.year, parts.month - 1, parts.day)
  time.setUTCHours(parts.hour, parts.minute, Math.min(parts.second, 59), parts.millisecond)
  return time.getTime()
}

function calendar(year: string | undefined, month = '01', day = '01') {
  return {year: Number(year), month: Number(month), day: Number(day)}
}

function clock(hour: string | undefined, minute: string | undefined, second = '00', fraction = '') {
  const millisecond = fraction === '' ? 0 : Math.floor(Number('0.' + fraction) * 1000)
  return {hour: Number(hour), minute: Number(minute), second: Number(second), millisecond}
}

/** `parts` when its date exists and its clock time is one; `24:00:00` ends a day, second 60 is a leap second. */
function checked(parts: IsoParts): IsoParts | undefined {
  const {month, day, hour, minute, second} = parts
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(parts.year, month)) return undefined
  if (hour === 24) return minute === 0 && second === 0 ? parts : undefined
  return hour <= 23 && minute <= 59 && second <= 60 ? parts : undefined
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** Offset of a zone in minutes; undefined without zone, null when impossible (`+25:00`). */
function zoneOffset(zone: string | undefined): number | undefined | null {
  if (zone === undefined) return undefined
  if (zone === 'Z') return 0
  const sign = zone.startsWith('-') ? -1 : 1
  const digits = zone.slice(1).replace(':', '')
  const hours = Number(digits.slice(0, 2))
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0
  if (hours > 23 || minutes > 59) return null
  return sign * (hours * 60 + minutes)
}
