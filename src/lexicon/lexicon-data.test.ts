import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {expect, test} from 'vitest'
import {type LexiconLists, decodeLexicon, encodeLexicon, female, lexiconTables, male, unisex} from './lexicon-data.js'

const word = fc.string({unit: fc.constantFrom('a', 'b', 'é', "'", 'ö', 'z', '😀'), minLength: 1, maxLength: 5})
const lists = fc.record({
  commonWords: fc.array(word, {maxLength: 40}),
  femaleNames: fc.array(word, {maxLength: 20}),
  maleNames: fc.array(word, {maxLength: 20}),
  unisexNames: fc.array(word, {maxLength: 10})
})

test('the tables read back from the file answer as the tables built from the lists', () => {
  fc.assert(
    fc.property(lists, word, (input, query) => {
      const built = lexiconTables(input)
      const read = decodeLexicon(encodeLexicon(input))
      for (const item of [query, ...input.commonWords, ...input.femaleNames, ...input.maleNames]) {
        expect(read.commonWords.indexOf(item)).toBe(input.commonWords.indexOf(item))
        expect(read.givenNames.indexOf(item)).toBe(built.givenNames.indexOf(item))
      }
      expect([...read.givenNameGenders]).toEqual([...built.givenNameGenders])
    })
  )
})

test('a name takes the gender of the last list that has it', () => {
  const input: LexiconLists = {commonWords: [], femaleNames: ['ann', 'sam'], maleNames: ['bob', 'sam'], unisexNames: ['kai']}
  const {givenNames, givenNameGenders} = decodeLexicon(encodeLexicon(input))
  expect(givenNameGenders[givenNames.indexOf('ann')]).toBe(female)
  expect(givenNameGenders[givenNames.indexOf('sam')]).toBe(male)
  expect(givenNameGenders[givenNames.indexOf('kai')]).toBe(unisex)
})

test('a file read from an unaligned offset gives the same tables', () => {
  const bytes = encodeLexicon({commonWords: ['federal', 'hope'], femaleNames: ['maria'], maleNames: [], unisexNames: []})
  const shifted = new Uint8Array(bytes.length + 1).subarray(1)
  shifted.set(bytes)
  expect(decodeLexicon(shifted).commonWords.indexOf('hope')).toBe(1)
})

test('a file of another layout is refused with the way to rebuild it', () => {
  const bytes = encodeLexicon({commonWords: ['a'], femaleNames: [], maleNames: [], unisexNames: []})
  expect(() => decodeLexicon(bytes.subarray(0, 8))).toThrow(/build-lexicon/)
  const other = bytes.slice()
  other[4] = 9
  expect(() => decodeLexicon(other)).toThrow(/version/)
  expect(() => decodeLexicon(bytes.subarray(0, bytes.length - 1))).toThrow(/malformed/)
})

test('lexicon.data.bin holds exactly the lists of lexicon.data.json (run npm run build:lexicon after changing them)', () => {
  const json = JSON.parse(readFileSync(new URL('./lexicon.data.json', import.meta.url), 'utf8')) as LexiconLists
  const file = readFileSync(new URL('./lexicon.data.bin', import.meta.url))
  expect(Buffer.compare(file, Buffer.from(encodeLexicon(json)))).toBe(0)
})
