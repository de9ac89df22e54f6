import {describe, expect, test} from 'vitest'
import {parseIsoDate} from '../../src/dates/iso-8601.js'

describe('parseIsoDate', () => {
  test.each([
    ['2024', 'date', false],
    ['2024-03', 'date', false],
    ['2024-02-29', 'date', false],
    ['2024-03-05T09:30', 'date-time', false],
    ['2024-03-05T09:30:15.123', 'date-time', false],
    ['2024-03-05T09:30:00Z', 'date-time', true],
    ['2024-03-05T09:30:00+0530', 'date-time', true],
    ['2024-03-05T09:30:00-05', 'date-time', true],
    ['2024-03-05T24:00:00Z', 'date-time', true],
    ['2016-12-31T23:59:60Z', 'date-time', true],
    ['09:30', 'time', false],
    ['09:30:00,5-05:00', 'time', true]
  ])('reads %s as a %s (time zone: %s)', (text, kind, hasTimeZone) => {
    expect(parseIsoDate(text)).toMatchObject({kind, hasTimeZone})
  })

  test.each([
    ['2023-02-29'],
    ['2024-13-01'],
    ['2024-04-31'],
    ['2024-00-10'],
    ['2024-03-05T24:30:00Z'],
    ['2024-03-05T09:60'],
    ['2024-03-05T09:30:00+25:00'],
    ['2024-03-05T09:30:00+05:60'],
    ['25:00'],
    ['10:00+30:00'],
    ['2024-03-05 09:30'],
    ['20240305'],
    ['March 5, 2024'],
    ['']
  ])('rejects %j', (text) => {
    expect(parseIsoDate(text)).toBeUndefined()
  })

  test('gives instants for zoned values and wall-clock times for all', () => {
    expect(parseIsoDate('2024-03-05T09:30:00-07:00')?.time).toBe(Date.UTC(2024, 2, 5, 16, 30))
    expect(parseIsoDate('2024-03-05T09:30:00-07:00')?.wallTime).toBe(Date.UTC(2024, 2, 5, 9, 30))
    expect(parseIsoDate('2024-03-05T09:30:00.25')?.time).toBe(Date.UTC(2024, 2, 5, 9, 30, 0, 250))
    expect(parseIsoDate('0099-01-01')?.time).toBe(new Date('0099-01-01T00:00:00Z').getTime())
    expect(parseIsoDate('09:30Z')?.time).toBeUndefined()
  })
})
