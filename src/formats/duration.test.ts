import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {parseDuration} from './duration.js'

describe('parseDuration', () => {
  test('reads clock readings, seconds and ISO 8601', () => {
    expect(parseDuration('2:35')).toBe('PT2M35S')
    expect(parseDuration('1:02:03')).toBe('PT1H2M3S')
    expect(parseDuration('0:45')).toBe('PT45S')
    expect(parseDuration('90:00')).toBe('PT1H30M')
    expect(parseDuration('1:00:00')).toBe('PT1H')
    expect(parseDuration('0:05.5')).toBe('PT5.5S')
    expect(parseDuration(155)).toBe('PT2M35S')
    expect(parseDuration('155')).toBe('PT2M35S')
    expect(parseDuration(0)).toBe('PT0S')
    expect(parseDuration('PT2M35S')).toBe('PT2M35S')
    expect(parseDuration('pt155s')).toBe('PT2M35S')
    expect(parseDuration('P1DT1H')).toBe('PT25H')
  })

  test('refuses what is no duration', () => {
    for (const value of ['', '2:60', '1:60:00', '2:35 min', 'P', 'PT', 'P1DT', '-5', 'abc', '1:2:3:4', null, undefined, -1, Number.NaN, {}]) {
      expect(parseDuration(value), String(value)).toBeUndefined()
    }
  })

  test('a clock reading gives the ISO 8601 duration of the same length', () => {
    fc.assert(
      fc.property(fc.nat(99), fc.nat(59), fc.nat(59), (hours, minutes, seconds) => {
        const clock = hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}` : `${minutes}:${String(seconds).padStart(2, '0')}`
        const iso = parseDuration(clock)!
        expect(lengthOf(iso)).toBe(hours * 3600 + minutes * 60 + seconds)
        // The output reads back as itself.
        expect(parseDuration(iso)).toBe(iso)
      })
    )
  })

  test('seconds and their ISO 8601 form agree, and the form is the shortest', () => {
    fc.assert(
      fc.property(fc.nat(400_000), (seconds) => {
        const iso = parseDuration(seconds)!
        expect(iso).toMatch(/^PT(?:[1-9]\d*H)?(?:[1-5]?\dM)?(?:[1-5]?\dS)?$/)
        // No zero parts, except `PT0S` for nothing at all.
        if (seconds > 0) expect(iso).not.toMatch(/\D0[HMS]/)
        expect(lengthOf(iso)).toBe(seconds)
        expect(parseDuration(`PT${seconds}S`)).toBe(iso)
      })
    )
  })

  test('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const result = parseDuration(value)
        if (result !== undefined) expect(result).toMatch(/^PT/)
      })
    )
  })
})

function lengthOf(iso: string): number {
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(iso)!
  return Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0)
}
