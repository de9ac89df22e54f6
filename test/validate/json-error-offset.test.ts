import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {jsonErrorOffset} from '../../src/validate/page/json-error-offset.js'

/** What JSON.parse says of `text`: fine, an error at a position, or an error without one. */
function parseOutcome(text: string): 'valid' | 'no position' | number {
  try {
    JSON.parse(text)
    return 'valid'
  } catch (error) {
    const match = /at position (\d+)/.exec((error as Error).message)
    return match ? Number(match[1]) : 'no position'
  }
}

/** Breaks that JSON documents suffer: stray or missing punctuation, bad escapes, bare words, control characters. */
const breaks = fc.constantFrom('', '}', ']', ',', ':', '"', '\\', '\\x', '\\u12', 'x', 'tru', '0', '-', '.', 'e', '\n', '\u0001', ' ')

describe('jsonErrorOffset', () => {
  test('finds nothing wrong in valid JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, indent) => {
        expect(jsonErrorOffset(JSON.stringify(value, undefined, indent ? 2 : undefined))).toBeUndefined()
      })
    )
  })

  test('places an error where V8 does, and places every error', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), breaks, fc.nat({max: 2}), (value, at, insert, removed) => {
        const text = JSON.stringify(value)
        const index = at % (text.length + 1)
        const broken = text.slice(0, index) + insert + text.slice(index + removed)
        const outcome = parseOutcome(broken)
        const offset = jsonErrorOffset(broken)
        if (outcome === 'valid') expect(offset).toBeUndefined()
        else if (outcome === 'no position') expect(offset).toBeTypeOf('number')
        else expect(offset).toBe(outcome)
      }),
      {numRuns: 2000}
    )
  })

  test.each([
    ['{"a": }', 6],
    ['{"a": 1,}', 8],
    ['[1, 2', 5],
    ['', 0],
    ['{"a": 1} x', 9],
    ['"a\\x"', 3],
    ['"\\u12G4"', 5],
    ['01', 1],
    ['-', 1],
    ['1.', 2],
    ['1e', 2],
    ['nul', 3]
  ])('%j breaks at %i', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset)
  })

  test('gives up on nesting too deep to scan safely', () => {
    expect(jsonErrorOffset('['.repeat(5000))).toBeUndefined()
  })
})
