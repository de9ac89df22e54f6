import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
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

test('isTimeZone', () => {
  expect(isTimeZone('America/Denver')).toBe(true)
  expect(isTimeZone('Mars/Olympus')).toBe(false)
})
