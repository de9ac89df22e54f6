import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {parseIsoDate} from '../dates/iso-8601.js'
import {dateTime, isTimeZone, normalizeDate} from './dates.js'

describe('normalizeDate', () => {
  test.each([
    ['2026-02-11T17:45:00-07:00', undefined, '2026-02-11T17:45:00-07:00'],
    ['2026-02-11T17:45:00Z', undefined, '2026-02-11T17:45:00+00:00'],
    ['2026-02-11T17:45-0700', undefined, '2026-02-11T17:45:00-07:00'],
    ['2026-02-11 17:45:30.25+05:30', undefined, '2026-02-11T17:45:30+05:30'],
    ['2026-02-11', undefined, '2026-02-11'],
    ['2026-02-11T17:45:00', 'America/Denver', '2026-02-11T17:45:00-07:00'],
    ['2026-07-11T17:45:00', 'America/Denver', '2026-07-11T17:45:00-06:00'],
    ['2026-07-11T09:00', 'Asia/Kolkata', '2026-07-11T09:00:00+05:30'],
    // 01:30 exists twice on 1 November 2026 in Denver (the clocks go back): the earlier offset wins.
    ['2026-11-01T01:30:00', 'America/Denver', '2026-11-01T01:30:00-06:00']
  ])('%s in %s', (input, timeZone, expected) => {
    expect(normalizeDate(input, timeZone)).toEqual({ok: true, value: expected, zoned: true})
  })

  test('flags a local time that a daylight-saving change skips, with the later offset (issue #13)', () => {
    expect(normalizeDate('2026-03-08T02:30:00', 'America/Denver')).toEqual({ok: true, value: '2026-03-08T02:30:00-06:00', zoned: true, skipped: true})
    expect(normalizeDate('2024-03-10T02:30', 'America/New_York')).toEqual({ok: true, value: '2024-03-10T02:30:00-04:00', zoned: true, skipped: true})
    expect(normalizeDate('2024-03-10T03:30', 'America/New_York')).toEqual({ok: true, value: '2024-03-10T03:30:00-04:00', zoned: true})
  })

  test('refuses year 0000 (issue #13)', () => {
    expect(normalizeDate('0000-01-01', undefined)).toEqual({ok: false, reason: 'invalid'})
    expect(normalizeDate('0000-06-01T12:00:00Z', undefined)).toEqual({ok: false, reason: 'invalid'})
  })

  test('reads a date-time without offset as UTC, flagged, when no zone is set', () => {
    expect(normalizeDate('2026-02-11T17:45:00', undefined)).toEqual({ok: true, value: '2026-02-11T17:45:00+00:00', zoned: false})
  })

  test('takes Date objects', () => {
    expect(normalizeDate(new Date(Date.UTC(2026, 1, 11, 17, 45)), undefined)).toEqual({ok: true, value: '2026-02-11T17:45:00+00:00', zoned: true})
  })

  test.each([
    ['yesterday'],
    ['2026-02-30'],
    ['2026-13-01'],
    ['2026-02-11T25:00:00Z'],
    ['2026-02-11T10:00:00+15:00'],
    ['Invalid Date'],
    [''],
    [20260211],
    [null],
    [new Date('bad')],
    ['2026-02-11T10:00:00Z'.repeat(10)]
  ])('rejects %j', (input) => {
    expect(normalizeDate(input, 'UTC')).toEqual({ok: false, reason: 'invalid'})
  })

  test('output always parses back to the same instant (property)', () => {
    fc.assert(
      fc.property(
        fc.date({min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true}),
        fc.constantFrom('UTC', 'America/Denver', 'Europe/London', 'Asia/Kathmandu', 'Pacific/Chatham'),
        (date, timeZone) => {
          const iso = date.toISOString().slice(0, 19)
          const result = normalizeDate(iso, timeZone)
          expect(result.ok).toBe(true)
          if (result.ok) {
            expect(result.value.slice(0, 19)).toBe(iso)
            expect(Number.isNaN(dateTime(result.value))).toBe(false)
          }
        }
      )
    )
  })
})

describe('normalizeDate and the validator read ISO 8601 alike', () => {
  const pad = (value: number, width = 2) => String(value).padStart(width, '0')
  // Strings near and across every limit: fields one past their range, every zone form, with and without parts.
  const isoLike = fc
    .record({
      year: fc.integer({min: 0, max: 9999}),
      month: fc.integer({min: 0, max: 13}),
      day: fc.integer({min: 0, max: 32}),
      time: fc.option(
        fc.record({
          hour: fc.integer({min: 0, max: 25}),
          minute: fc.integer({min: 0, max: 60}),
          second: fc.option(fc.integer({min: 0, max: 61})),
          fraction: fc.option(fc.tuple(fc.constantFrom('.', ','), fc.stringMatching(/^\d{1,9}$/))),
          zone: fc.option(
            fc.oneof(
              fc.constant('Z'),
              fc.tuple(fc.constantFrom('+', '-'), fc.integer({min: 0, max: 25}), fc.option(fc.integer({min: 0, max: 60})), fc.constantFrom(':', ''))
            )
          )
        })
      )
    })
    .map(({year, month, day, time}) => {
      let text = `${pad(year, 4)}-${pad(month)}-${pad(day)}`
      if (time) {
        text += `T${pad(time.hour)}:${pad(time.minute)}`
        if (time.second !== null) text += ':' + pad(time.second) + (time.fraction ? time.fraction.join('') : '')
        if (time.zone) {
          text += typeof time.zone === 'string' ? time.zone : time.zone[0] + pad(time.zone[1]) + (time.zone[2] === null ? '' : time.zone[3] + pad(time.zone[2]))
        }
      }
      return text
    })

  // What the frontmatter refuses of valid ISO 8601, on purpose: year 0000, 24:00, leap seconds, offsets past 14 hours.
  const isNewsTime = (text: string) => {
    const match = /^(\d{4})-\d{2}-\d{2}(?:T(\d{2}):\d{2}(?::(\d{2}))?[^+-]*(?:[+-](\d{2}))?)?/.exec(text)!
    const [, year, hour = '00', second = '00', zoneHours = '00'] = match
    return year !== '0000' && Number(hour) < 24 && Number(second) < 60 && Number(zoneHours) <= 14
  }

  test('accept and refuse the same dates and date-times, but for the news limits (property)', () => {
    fc.assert(
      fc.property(isoLike, fc.constantFrom(undefined, 'UTC', 'America/Denver'), (text, timeZone) => {
        const read = parseIsoDate(text)
        expect(normalizeDate(text, timeZone).ok).toBe(read !== undefined && isNewsTime(text))
      }),
      {numRuns: 2000}
    )
  })

  test('what normalizeDate writes, the validator reads as the same instant (property)', () => {
    fc.assert(
      fc.property(isoLike, (text) => {
        const result = normalizeDate(text, undefined)
        if (!result.ok) return
        const written = parseIsoDate(result.value)
        const read = parseIsoDate(text)!
        expect(written?.kind).toBe(read.kind)
        // The output drops fractions of a second.
        expect(written?.time).toBe(read.time! - (read.time! % 1000 + 1000) % 1000)
      }),
      {numRuns: 2000}
    )
  })

  test.each([
    ['2026-02-11 17:45', '2026-02-11T17:45'],
    ['2026-02-11t17:45z', '2026-02-11T17:45Z'],
    ['2026-02-11T17:45 -0700', '2026-02-11T17:45-0700'],
    ['2026-02-11 17:45:30.5 Z', '2026-02-11T17:45:30.5Z']
  ])('reads the hand-written form %j as %j', (written, iso) => {
    expect(normalizeDate(written, undefined)).toEqual(normalizeDate(iso, undefined))
    expect(normalizeDate(written, undefined).ok).toBe(true)
  })

  test('reads an offset in whole hours, as the validator does', () => {
    expect(normalizeDate('2026-02-11T17:45+05', undefined)).toEqual({ok: true, value: '2026-02-11T17:45:00+05:00', zoned: true})
  })
})

test('isTimeZone', () => {
  expect(isTimeZone('America/Denver')).toBe(true)
  expect(isTimeZone('Mars/Olympus')).toBe(false)
})
