import fc from 'fast-check'
import {expect, test} from 'vitest'
import {WordTable} from './word-table.js'
import {givenNameGender, isCommonWord} from './words.js'

const word = fc.string({unit: fc.constantFrom('a', 'b', 'é', 'A', "'", '-', 'ö', 'z'), maxLength: 6})

test('a table finds exactly the words of its list, at their first index', () => {
  fc.assert(
    fc.property(fc.array(word, {maxLength: 60}), word, (words, query) => {
      const table = new WordTable(words)
      expect(table.indexOf(query)).toBe(words.indexOf(query))
      expect(table.has(query)).toBe(words.includes(query))
      for (const item of words) expect(table.indexOf(item)).toBe(words.indexOf(item))
    })
  )
})

test('a range is looked up as the string it spans', () => {
  fc.assert(
    fc.property(fc.array(word, {maxLength: 30}), word, word, word, (words, before, query, after) => {
      const table = new WordTable(words)
      const text = before + query + after
      expect(table.indexOfRange(text, before.length, before.length + query.length)).toBe(words.indexOf(query))
    })
  )
})

test('a case-blind lookup reads A–Z as a–z and nothing else', () => {
  fc.assert(
    fc.property(fc.array(word, {maxLength: 30}), word, (words, query) => {
      const lower = words.map((item) => item.toLowerCase())
      const table = new WordTable(lower)
      const folded = query.replace(/[A-Z]/g, (letter) => letter.toLowerCase())
      expect(table.indexOfCaseBlind(query)).toBe(lower.indexOf(folded))
    })
  )
  const table = new WordTable(['maria', 'ömer'])
  expect(table.indexOfCaseBlind('MARIA')).toBe(0)
  // Only ASCII letters fold: `Ömer` is looked up by its lower case elsewhere.
  expect(table.indexOfCaseBlind('Ömer')).toBe(-1)
})

test('the lexicon answers through its tables', () => {
  expect(isCommonWord('federal')).toBe(true)
  expect(isCommonWord("don't")).toBe(true)
  expect(isCommonWord('aurora')).toBe(false)
  expect(givenNameGender('MARIA')).toBe('female')
  expect(givenNameGender('Ramón')).toBe(givenNameGender('Ramon'))
  expect(givenNameGender('Ramon')).toBe('male')
  // Compass words start places (`West Colfax`), in any case.
  expect(givenNameGender('WEST')).toBeUndefined()
  expect(givenNameGender('Xqzt')).toBeUndefined()
})
