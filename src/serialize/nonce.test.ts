import {describe, expect, test} from 'vitest'
import {toScriptTag} from './json-ld.js'
import {checkNonce} from './nonce.js'

describe('checkNonce', () => {
  test.each(['abc', 'AZaz09+/-_', 'abc=', 'abc==', 'a'])('accepts %s', (nonce) => {
    expect(checkNonce(nonce)).toBe(nonce)
  })

  test.each(['', '=', 'abc===', 'a=b', 'a b', 'a"b', '"><script>', 'abc\n', 'é'])('refuses %j', (nonce) => {
    expect(() => checkNonce(nonce)).toThrow(/^Unexpected nonce `.+`, expected a CSP nonce/)
  })

  test('refuses values that are no string, even when they print as a nonce', () => {
    expect(() => checkNonce(123)).toThrow('Unexpected nonce `123`')
    expect(() => checkNonce(['abc'])).toThrow('Unexpected nonce `["abc"]`')
    expect(() => checkNonce(undefined)).toThrow('Unexpected nonce `undefined`')
  })

  test('quotes at most 40 characters of the value', () => {
    const long = '<' + 'a'.repeat(100)
    expect(() => checkNonce(long)).toThrow('Unexpected nonce `"<' + 'a'.repeat(38) + '`, expected')
  })
})

describe('toScriptTag: nonce', () => {
  test('null and undefined mean no nonce', () => {
    expect(toScriptTag({}, {nonce: null})).toBe('<script type="application/ld+json">{}</script>')
    expect(toScriptTag({}, {nonce: undefined})).toBe('<script type="application/ld+json">{}</script>')
    expect(toScriptTag({}, null)).toBe('<script type="application/ld+json">{}</script>')
  })

  test('a checked nonce is written as an attribute', () => {
    expect(toScriptTag({}, {nonce: 'r4nd0m=='})).toBe('<script type="application/ld+json" nonce="r4nd0m==">{}</script>')
    expect(() => toScriptTag({}, {nonce: '" onload="x'})).toThrow(/^Unexpected nonce/)
  })
})
