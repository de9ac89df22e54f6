import {expect, test} from 'vitest'
import {decodeLexicon, encodeLexicon, international, male} from './lexicon-data.js'
import {givenNameGender, isGivenName} from './words.js'

test('a name of other countries\' lists is a given name with no gender', () => {
  expect(isGivenName('Juha')).toBe(true)
  expect(isGivenName('RANIERO')).toBe(true)
  expect(givenNameGender('Juha')).toBeUndefined()
  // Stored without accents: the written form finds the bare one.
  expect(isGivenName('Ljubiša')).toBe(true)
  expect(isGivenName('Ljubisa')).toBe(true)
})

test('the English lists answer both questions; words and compass words are no given names', () => {
  expect(isGivenName('Maria')).toBe(true)
  expect(givenNameGender('Maria')).toBe('female')
  expect(isGivenName('West')).toBe(false)
  expect(isGivenName('federal')).toBe(false)
  expect(isGivenName('Xqzt')).toBe(false)
})

test('the tables tag a name only other countries list, and an English name keeps its gender', () => {
  const tables = decodeLexicon(encodeLexicon({commonWords: ['a'], femaleNames: [], maleNames: ['jan'], unisexNames: [], internationalNames: ['jan', 'juha']}))
  expect(tables.givenNameGenders[tables.givenNames.indexOf('juha')]).toBe(international)
  expect(tables.givenNameGenders[tables.givenNames.indexOf('jan')]).toBe(male)
})
