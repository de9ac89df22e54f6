import {expect, test} from 'vitest'
import {tokenize} from '../extract/tokens.js'
import {Word, isNotAName, isWordClass, wordClasses, wordsOf} from './word-classes.js'

test('a word has every class it is in', () => {
  expect(isWordClass('of', Word.Joiner)).toBe(true)
  expect(isWordClass('of', Word.FunctionWord)).toBe(true)
  expect(isWordClass('of', Word.Preposition)).toBe(true)
  expect(isWordClass('said', Word.SpeechVerb)).toBe(true)
  expect(isWordClass('gov.', Word.Title)).toBe(true)
  expect(isWordClass('spokeswoman', Word.Role)).toBe(true)
  expect(isWordClass('department', Word.OrganizationHead)).toBe(true)
  expect(wordClasses('aurora')).toBe(0)
})

test('months and days are never names, but May is also a given name', () => {
  expect(isNotAName('monday')).toBe(true)
  expect(isNotAName('sept.')).toBe(true)
  expect(isNotAName('march')).toBe(true)
  expect(isWordClass('may', Word.Month)).toBe(true)
  expect(isNotAName('may')).toBe(false)
  expect(isNotAName('el niño')).toBe(true)
})

test('date stamps read months and days bare and abbreviated', () => {
  for (const word of ['jan', 'sept', 'tues', 'thursday', 'may', 'pm']) expect(isWordClass(word, Word.DateWord)).toBe(true)
})

test('tokens carry their classes', () => {
  const [said, mayor] = tokenize('said Mayor')
  expect(said!.tags & Word.SpeechVerb).not.toBe(0)
  expect(mayor!.tags & (Word.Title | Word.Role)).toBe(Word.Title | Word.Role)
})

test('tokens keep the period of abbreviations the table lists', () => {
  expect(tokenize('Gov. Polis').map((token) => token.text)).toEqual(['Gov.', 'Polis'])
  expect(tokenize('in Calif. today').map((token) => token.text)).toEqual(['in', 'Calif.', 'today'])
})

test('the corporate suffixes are listed once', () => {
  expect(wordsOf(Word.CorporateSuffix)).toContain('inc.')
})
