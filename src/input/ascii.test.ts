import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {isAscii} from './ascii.js'

describe('isAscii', () => {
  test('takes code units up to U+007F, and nothing above', () => {
    expect(isAscii('')).toBe(true)
    expect(isAscii('Mike Johnston, 42\n\u007f')).toBe(true)
    expect(isAscii('Bogotá')).toBe(false)
    expect(isAscii('\u0080')).toBe(false)
    expect(isAscii('A😀')).toBe(false)
  })

  test('agrees with a pattern of the ASCII range on any text', () => {
    fc.assert(fc.property(fc.string({unit: 'binary'}), (text) => isAscii(text) === /^[\x00-\x7f]*$/.test(text)))
  })
})
