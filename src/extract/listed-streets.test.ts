import {describe, expect, test} from 'vitest'
import {isListedStreet, isListedStreetMention, listedStreetDetail} from './listed-streets.js'
import type {Mention} from './mention.js'
import {tokenize} from './tokens.js'

/** Whether the one-word name `name` of the invented sentence `text` is a street listed before a plural head. */
function listed(text: string, name: string): boolean {
  const tokens = tokenize(text)
  const first = tokens.findIndex((token) => token.text === name)
  expect(first).toBeGreaterThanOrEqual(0)
  return isListedStreet(tokens, first, first + 1)
}

describe('isListedStreet: a name in a list before a plural head of streets', () => {
  test('every name of the list is a street, the first and the last', () => {
    const text = 'Traffic stopped at Larkin and Hubbard streets on Monday.'
    expect(listed(text, 'Larkin')).toBe(true)
    expect(listed(text, 'Hubbard')).toBe(true)
    expect(listed('Crews paved Elm, Oak and Pine avenues.', 'Oak')).toBe(true)
    expect(listed('Crews paved Elm, Oak and Pine avenues.', 'Elm')).toBe(true)
  })

  test('the last name counts only after a joiner: one name before the head describes the streets', () => {
    // The head right after the name: the list is only a list if `and` or a comma comes before the name.
    expect(listed('Crews paved Elm, Pine drives.', 'Pine')).toBe(true)
    expect(listed('They walked the Depression streets.', 'Depression')).toBe(false)
    expect(listed('Pine drives were closed.', 'Pine')).toBe(false)
  })

  test('the word before the head must be a name, not a joiner', () => {
    expect(listed('Crews paved Larkin and streets nearby.', 'Larkin')).toBe(false)
    expect(listed('Crews paved Larkin, streets nearby.', 'Larkin')).toBe(false)
  })

  test('a word that is neither a name nor a joiner ends the list', () => {
    expect(listed('Crews paved Larkin and the streets nearby.', 'Larkin')).toBe(false)
    expect(listed('Crews paved Larkin; Hubbard streets stayed shut.', 'Larkin')).toBe(false)
  })

  test('no head before the text ends: no list', () => {
    expect(listed('Crews paved Larkin and Hubbard', 'Larkin')).toBe(false)
    expect(listed('Crews paved Larkin', 'Larkin')).toBe(false)
  })

  test('the head within eight tokens of the name, not further', () => {
    // The head is the eighth token after `Ash` (index end + 7).
    expect(listed('Crews paved Ash, Birch, Cedar, and Dale streets.', 'Ash')).toBe(true)
    // The ninth (end + 8): too far.
    expect(listed('Crews paved Ash, Birch, Cedar, Dale and Elm streets.', 'Ash')).toBe(false)
  })

  test('the head as written, in lower case: `Streets` is a name', () => {
    expect(listed('Crews paved Larkin and Hubbard Streets.', 'Larkin')).toBe(false)
  })
})

describe('isListedStreetMention: the mention the list rule made', () => {
  const mention = (cue: string, detail: string | undefined) => ({kind: 'place', evidence: {cue, detail}}) as unknown as Mention
  test('a name-shape mention with the list detail, and no other', () => {
    expect(isListedStreetMention(mention('name-shape', listedStreetDetail))).toBe(true)
    expect(isListedStreetMention(mention('name-shape', 'street'))).toBe(false)
    expect(isListedStreetMention(mention('name-shape', undefined))).toBe(false)
    expect(isListedStreetMention(mention('gazetteer', listedStreetDetail))).toBe(false)
  })
})
