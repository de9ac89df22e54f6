// Serializing JSON-LD: values JSON has no text for, and the round trip for any JSON value.
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {serializeJsonLd, toScriptTag} from '../../src/index.js'

describe('serializeJsonLd: values without JSON text', () => {
  test.each([
    ['undefined', undefined],
    ['a function', () => 1],
    ['a symbol', Symbol('x')]
  ])('%s becomes null, never the text "undefined"', (_, value) => {
    expect(serializeJsonLd(value)).toBe('null')
    expect(toScriptTag(value)).toBe('<script type="application/ld+json">null</script>')
  })

  test('null stays null; an object drops its undefined fields', () => {
    expect(serializeJsonLd(null)).toBe('null')
    expect(serializeJsonLd({a: undefined, b: 1})).toBe('{"b":1}')
  })

  test('indentation by string or number, none by default', () => {
    expect(serializeJsonLd([1], '\t')).toBe('[\n\t1\n]')
    expect(serializeJsonLd([1], 1)).toBe('[\n 1\n]')
    expect(serializeJsonLd([1])).toBe('[1]')
  })
})

describe('serializeJsonLd: round trip (property)', () => {
  // Strings rich in the characters that are escaped.
  const risky = fc.string({unit: fc.constantFrom('<', '>', '&', '/', '!', '-', 's', '\u2028', '\u2029', '"', '\\', 'é', '😀')})
  const value = fc.jsonValue({maxDepth: 3}).chain((json) => fc.tuple(fc.constant(json), risky)).map(([json, text]) => ({json, text}))

  test('JSON.parse gives the value back, and no raw <, >, &, U+2028 or U+2029 is left', () => {
    fc.assert(
      fc.property(value, fc.constantFrom(undefined, 2, '  '), (input, space) => {
        const text = serializeJsonLd(input, space)
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(input)))
        expect(text).not.toMatch(/[<>&\u2028\u2029]/)
      }),
      {numRuns: 500}
    )
  })
})
