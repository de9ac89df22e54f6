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
 * Read ISO 8601 text in the extended forms schema.org uses: a date
 * (`2024-03-05`, also `2024-03` and `2024`), a date-time
 * (`2024-03-05T09:30:00-05:00`, seconds, fraction and zone optional) or a
 * time (`09:30:00Z`). Undefined for anything else, including impossible
 * values (`2024-02-30`, `25:00`).
 */
export function parseIsoDate(text: string): IsoDate | undefined {
  const date = datePattern.exec(text)
  if (date) {
    const [, year, month = '01', day = '01'] = date
    const wallTime = calendarTime(Number(year), Number(month), Number(day), 0, 0, 0, '')
    return wallTime === undefined ? undefined : {kind: 'date', hasTimeZone: false, time: wallTime, wallTime}
  }
  const dateTime = dateTimePattern.exec(text)
  if (dateTime) {
    const [, year, month, day, hour, minute, second = '00', fraction = '', zone] = dateTime
    const wallTime = calendarTime(Number(year), Number(month), Number(day), Number(hour), Number(minute), Number(second), fraction)
    const offset = zoneOffset(zone)
    if (wallTime === undefined || offset === null) return undefined
    return {kind: 'date-time', hasTimeZone: zone !== undefined, time: wallTime - (offset ?? 0), wallTime}
  }
  const time = timePattern.exec(text)
  if (time) {
    const [, hour, minute, second = '00', , zone] = time
    if (!isClockTime(Number(hour), Number(minute), Number(second)) || zoneOffset(zone) === null) return undefined
    return {kind: 'time', hasTimeZone: zone !== undefined, time: undefined, wallTime: undefined}
  }
  return undefined
}

/** Milliseconds of a calendar date and time read as UTC, or undefined when it does not exist. */
function calendarTime(year: number, month: number, day: number, hour: number, minute: number, second: number, fraction: string): number | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined
  if (!isClockTime(hour, minute, second)) return undefined
  const milliseconds = fraction === '' ? 0 : Math.floor(Number('0.' + fraction) * 1000)
  const time = new Date(0)
  time.setUTCFullYear(year, month - 1, day)
  time.setUTCHours(hour, minute, Math.min(second, 59), milliseconds)
  return time.getTime()
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** `24:00:00` ends a day; second 60 is a leap second. */
function isClockTime(hour: number, minute: number, second: number): boolean {
  if (hour === 24) return minute === 0 && second === 0
  return hour <= 23 && minute <= 59 && second <= 60
}

/** Offset of a zone in milliseconds; undefined without zone, null when impossible (`+25:00`). */
function zoneOffset(zone: string | undefined): number | undefined | null {
  if (zone === undefined) return undefined
  if (zone === 'Z') return 0
  const sign = zone.startsWith('-') ? -1 : 1
  const digits = zone.slice(1).replace(':', '')
  const hours = Number(digits.slice(0, 2))
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0
  if (hours > 23 || minutes > 59) return null
  return sign * (hours * 60 + minutes) * 60_000
}
