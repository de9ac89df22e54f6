// Both sides of each calendar and clock limit in the ISO 8601 reader, checked by the instant read, not only the kind.
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {parseIsoDate, readIsoParts} from '../../src/dates/iso-8601.js'

const instant = (text: string) => parseIsoDate(text)?.time

describe('parseIsoDate: calendar limits', () => {
  test.each([
    ['2000-02-29', Date.UTC(2000, 1, 29)], // divisible by 400: leap
    ['2024-02-29', Date.UTC(2024, 1, 29)], // divisible by 4: leap
    ['1900-02-29', undefined], // divisible by 100: not leap
    ['2100-02-29', undefined],
    ['2023-02-29', undefined],
    ['1900-02-28', Date.UTC(1900, 1, 28)],
    ['2024-01-00', undefined], // day 0
    ['2024-01-01', Date.UTC(2024, 0, 1)],
    ['2024-01-31', Date.UTC(2024, 0, 31)],
    ['2024-01-32', undefined],
    ['2024-04-30', Date.UTC(2024, 3, 30)],
    ['2024-04-31', undefined],
    ['2024-12-31', Date.UTC(2024, 11, 31)],
    ['2024-00-10', undefined], // month 0
    ['2024-13-10', undefined],
    ['2024-12', Date.UTC(2024, 11, 1)],
    ['2024', Date.UTC(2024, 0, 1)]
  ])('%s', (text, expected) => {
    expect(instant(text)).toBe(expected)
  })

  test('years below 100 are not read as 19xx', () => {
    const date = new Date(instant('0099-03-01')!)
    expect([date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()]).toEqual([99, 2, 1])
  })
})

describe('parseIsoDate: clock limits', () => {
  test.each([
    ['2024-03-05T23:59:59Z', Date.UTC(2024, 2, 5, 23, 59, 59)],
    ['2024-03-05T24:00:00Z', Date.UTC(2024, 2, 6)], // end of the day
    ['2024-03-05T24:00Z', Date.UTC(2024, 2, 6)],
    ['2024-03-05T24:01:00Z', undefined],
    ['2024-03-05T24:00:01Z', undefined],
    ['2024-03-05T24:00:60Z', undefined], // no leap second at 24:00
    ['2024-03-05T25:00:00Z', undefined],
    ['2024-03-05T23:60:00Z', undefined],
    ['2016-12-31T23:59:60Z', Date.UTC(2016, 11, 31, 23, 59, 59)], // a leap second reads as :59
    ['2024-03-05T23:59:61Z', undefined],
    ['2024-03-05T09:30:00.5Z', Date.UTC(2024, 2, 5, 9, 30, 0, 500)],
    ['2024-03-05T09:30:00,25Z', Date.UTC(2024, 2, 5, 9, 30, 0, 250)],
    ['2024-03-05T09:30:00.123456789Z', Date.UTC(2024, 2, 5, 9, 30, 0, 123)]
  ])('%s', (text, expected) => {
    expect(instant(text)).toBe(expected)
  })

  test.each([
    ['24:00:00', true],
    ['24:00:01', false],
    ['23:59:60', true],
    ['23:59:61', false],
    ['23:60', false],
    ['12:00+23:59', true],
    ['12:00+24:00', false],
    ['12:00-05:60', false]
  ])('time %s', (text, valid) => {
    expect(parseIsoDate(text)?.kind).toBe(valid ? 'time' : undefined)
  })
})

describe('parseIsoDate: zones', () => {
  const wall = Date.UTC(2024, 2, 5, 9, 30)
  const hour = 3_600_000
  const minute = 60_000
  test.each([
    ['2024-03-05T09:30Z', wall],
    ['2024-03-05T09:30+00:00', wall],
    ['2024-03-05T09:30+05:00', wall - 5 * hour], // east of Greenwich: earlier in UTC
    ['2024-03-05T09:30-05:00', wall + 5 * hour],
    ['2024-03-05T09:30+05:30', wall - 5 * hour - 30 * minute],
    ['2024-03-05T09:30-03:30', wall + 3 * hour + 30 * minute],
    ['2024-03-05T09:30+0545', wall - 5 * hour - 45 * minute],
    ['2024-03-05T09:30+05', wall - 5 * hour],
    ['2024-03-05T09:30+23:59', wall - 23 * hour - 59 * minute],
    ['2024-03-05T09:30+24:00', undefined],
    ['2024-03-05T09:30+05:60', undefined]
  ])('%s', (text, expected) => {
    expect(instant(text)).toBe(expected)
  })

  test('the wall time ignores the zone; only a value with a zone says it has one', () => {
    expect(parseIsoDate('2024-03-05T09:30+05:30')).toEqual({kind: 'date-time', hasTimeZone: true, time: wall - 5 * hour - 30 * minute, wallTime: wall})
    expect(parseIsoDate('2024-03-05T09:30')).toEqual({kind: 'date-time', hasTimeZone: false, time: wall, wallTime: wall})
    expect(parseIsoDate('2024-03-05')).toEqual({kind: 'date', hasTimeZone: false, time: Date.UTC(2024, 2, 5), wallTime: Date.UTC(2024, 2, 5)})
    expect(parseIsoDate('09:30Z')).toEqual({kind: 'time', hasTimeZone: true, time: undefined, wallTime: undefined})
    expect(parseIsoDate('09:30')).toEqual({kind: 'time', hasTimeZone: false, time: undefined, wallTime: undefined})
  })

  test('any instant written with any offset reads back as the same instant (property)', () => {
    const pad = (value: number, width = 2) => String(value).padStart(width, '0')
    fc.assert(
      fc.property(
        fc.date({min: new Date('1000-01-01T00:00:00Z'), max: new Date('9998-12-31T00:00:00Z'), noInvalidDate: true}),
        fc.integer({min: -(23 * 60 + 59), max: 23 * 60 + 59}),
        (date, offsetMinutes) => {
          const instantMs = date.getTime()
          const local = new Date(instantMs + offsetMinutes * 60_000)
          const sign = offsetMinutes < 0 ? '-' : '+'
          const zone = sign + pad(Math.floor(Math.abs(offsetMinutes) / 60)) + ':' + pad(Math.abs(offsetMinutes) % 60)
          const text =
            `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
            `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}.${pad(local.getUTCMilliseconds(), 3)}${zone}`
          expect(instant(text)).toBe(instantMs)
        }
      ),
      {numRuns: 500}
    )
  })
})

describe('parseIsoDate: properties', () => {
  const pad = (value: number, width = 2) => String(value).padStart(width, '0')
  /** The UTC midnight of a date as JavaScript's own calendar counts it; NaN-free for years 1 to 9999. */
  const utcDate = (year: number, month: number, day: number) => {
    const date = new Date(0)
    date.setUTCFullYear(year, month - 1, day)
    return date
  }

  test('a calendar date is read iff it exists, and as that day (property)', () => {
    fc.assert(
      fc.property(fc.integer({min: 1, max: 9999}), fc.integer({min: 0, max: 13}), fc.integer({min: 0, max: 32}), (year, month, day) => {
        const date = utcDate(year, month, day)
        // JavaScript rolls impossible dates over (Feb 30 → Mar 1); a real date keeps its fields.
        const exists = month >= 1 && month <= 12 && day >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
        expect(instant(`${pad(year, 4)}-${pad(month)}-${pad(day)}`)).toBe(exists ? date.getTime() : undefined)
      }),
      {numRuns: 1000}
    )
  })

  test('a clock time is read iff each field is in range (property)', () => {
    fc.assert(
      fc.property(fc.integer({min: 0, max: 25}), fc.integer({min: 0, max: 61}), fc.integer({min: 0, max: 61}), (hour, minute, second) => {
        const valid = hour === 24 ? minute === 0 && second === 0 : hour <= 23 && minute <= 59 && second <= 60
        expect(parseIsoDate(`${pad(hour)}:${pad(minute)}:${pad(second)}`)?.kind).toBe(valid ? 'time' : undefined)
      }),
      {numRuns: 1000}
    )
  })

  test('any text is read or refused, never thrown on, and what is read has a kind that fits its shape (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?$/)), (text) => {
        const read = parseIsoDate(text)
        if (read === undefined) return
        expect(read.kind).toBe(text.includes('T') ? 'date-time' : text.includes(':') ? 'time' : 'date')
        expect(read.hasTimeZone).toBe(/(Z|[+-]\d{2}(:?\d{2})?)$/.test(text) && read.kind !== 'date')
      }),
      {numRuns: 1000}
    )
  })
})

describe('parseIsoDate: shapes', () => {
  test.each(['', '2024-3-05', '2024-03-05T9:30', '2024-03-05 09:30', '2024-03-05T09:30:00.Z', '20240305', '+2024-03-05', '2024-03-05T09:30:00.1234567890Z'])('%j is not ISO 8601', (text) => {
    expect(parseIsoDate(text)).toBeUndefined()
  })
})

describe('readIsoParts: how much of the date is written', () => {
  test.each([
    ['2024', 'date', 'year'],
    ['2024-03', 'date', 'month'],
    ['2024-03-05', 'date', 'day'],
    ['2024-03-05T09:30', 'date-time', 'day'],
    ['09:30', 'time', 'day']
  ])('%j', (text, kind, precision) => {
    expect(readIsoParts(text)).toMatchObject({kind, precision})
  })
})
