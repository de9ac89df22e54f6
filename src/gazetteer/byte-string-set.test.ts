import {describe, expect, test} from 'vitest'
import {ByteStringSet} from './byte-string-set.js'

const encoder = new TextEncoder()
const bytes = (text: string) => encoder.encode(text)
const has = (set: ByteStringSet, text: string) => set.has(bytes(text), bytes(text).length)
const add = (set: ByteStringSet, text: string) => set.add(bytes(text), bytes(text).length)

describe('ByteStringSet', () => {
  test('holds what was added, and only that: a prefix or an extension is another string', () => {
    const set = new ByteStringSet()
    add(set, 'springfield')
    add(set, 'zürich')
    add(set, '')
    expect(has(set, 'springfield')).toBe(true)
    expect(has(set, 'zürich')).toBe(true)
    expect(has(set, '')).toBe(true)
    expect(has(set, 'spring')).toBe(false)
    expect(has(set, 'springfields')).toBe(false)
    expect(has(set, 'zurich')).toBe(false)
    expect(set.size).toBe(3)
  })

  test('reads only the first `length` bytes of the key, and copies them', () => {
    const set = new ByteStringSet()
    const scratch = bytes('denverXYZ')
    set.add(scratch, 6)
    scratch.fill(0)
    expect(has(set, 'denver')).toBe(true)
    expect(set.has(bytes('denver and more'), 6)).toBe(true)
    expect(has(set, 'denverXYZ')).toBe(false)
  })

  test('adds a string once', () => {
    const set = new ByteStringSet()
    add(set, 'aurora')
    add(set, 'aurora')
    expect(set.size).toBe(1)
  })

  test('grows past its first sizes (slots, bytes, offsets) and keeps every string', () => {
    const set = new ByteStringSet()
    const words = Array.from({length: 20_000}, (_, index) => 'key' + index.toString(36) + 'x'.repeat(index % 7))
    for (const word of words) add(set, word)
    expect(set.size).toBe(words.length)
    expect(words.every((word) => has(set, word))).toBe(true)
    expect(has(set, 'key')).toBe(false)
    expect(has(set, 'keyzzzzzz')).toBe(false)
  })

  test('clear() empties it, and it fills again', () => {
    const set = new ByteStringSet()
    for (let index = 0; index < 1000; index++) add(set, 'word' + index)
    set.clear()
    expect(set.size).toBe(0)
    expect(has(set, 'word1')).toBe(false)
    add(set, 'again')
    expect(has(set, 'again')).toBe(true)
    expect(has(set, 'word1')).toBe(false)
    expect(set.size).toBe(1)
  })
})
