// lowerBound against a linear search, on sorted arrays with repeated keys.
import fc from 'fast-check'
import {expect, test} from 'vitest'
import {lowerBound} from './lower-bound.js'

test('lowerBound is the first index whose key is at or after the value', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({min: -5, max: 5}), {maxLength: 12}), fc.integer({min: -7, max: 7}), (keys, value) => {
      const items = [...keys].sort((a, b) => a - b).map((key) => ({key}))
      const expected = items.findIndex((item) => item.key >= value)
      expect(lowerBound(items, value, (item) => item.key)).toBe(expected === -1 ? items.length : expected)
    })
  )
})

test('an empty array, a value before every key and one after every key', () => {
  expect(lowerBound([], 3, (item: number) => item)).toBe(0)
  expect(lowerBound([2, 4, 4, 6], 1, (item) => item)).toBe(0)
  expect(lowerBound([2, 4, 4, 6], 4, (item) => item)).toBe(1)
  expect(lowerBound([2, 4, 4, 6], 5, (item) => item)).toBe(3)
  expect(lowerBound([2, 4, 4, 6], 7, (item) => item)).toBe(4)
})
