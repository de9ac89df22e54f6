// Genders the pronouns settle, on invented paragraphs. The mentions are made from the names each test
// lists (test/helpers/scene.ts, no recognizer), so that only the voting rules are judged.
import {describe, expect, test} from 'vitest'
import type {Gender} from '../lexicon/words.js'
import {scene} from '../../test/helpers/scene.js'
import {settleGenders} from './gender.js'

interface Person {
  /** The guess of the name lists. */
  readonly gender: Gender
  /** A title form before the name (`mr.`, `queen`). */
  readonly title?: string
  readonly organization?: boolean
}

/** The gender each of `cast` ends with, after the pronouns of `paragraphs` voted. */
function settle(paragraphs: readonly string[], cast: Record<string, Person>): Record<string, Gender> {
  const parts = Object.fromEntries(
    Object.entries(cast).map(([name, person]) => [name, {gender: person.gender, titles: person.title === undefined ? [] : [person.title], kind: person.organization ? ('organization' as const) : ('person' as const)}])
  )
  const {blocks, mentionsByBlock, grouping, entity} = scene(paragraphs, parts)
  const {genderOf} = settleGenders(grouping, blocks, mentionsByBlock)
  return Object.fromEntries(Object.keys(cast).map((name) => [name, genderOf(entity(name))]))
}

describe('pronouns vote for the last person named', () => {
  test('votes that agree settle the gender, over the guess', () => {
    expect(settle(['Tavita Faleolo is the oldest, and the young remind him of it.'], {'Tavita Faleolo': {gender: 'female'}})).toEqual({'Tavita Faleolo': 'male'})
    expect(settle(['Ana Ruiz spoke. She left.'], {'Ana Ruiz': {gender: 'unknown'}})).toEqual({'Ana Ruiz': 'female'})
    expect(settle(['Ana Ruiz spoke. Reporters asked her.'], {'Ana Ruiz': {gender: 'male'}})).toEqual({'Ana Ruiz': 'female'})
    for (const pronoun of ['he', 'him', 'his', 'himself']) {
      expect(settle([`Kai Reyes spoke, and ${pronoun} left.`], {'Kai Reyes': {gender: 'unknown'}}), pronoun).toEqual({'Kai Reyes': 'male'})
    }
    for (const pronoun of ['she', 'her', 'hers', 'herself']) {
      expect(settle([`Kai Reyes spoke, and ${pronoun} left.`], {'Kai Reyes': {gender: 'unknown'}}), pronoun).toEqual({'Kai Reyes': 'female'})
    }
  })

  test('votes both ways, or none, leave the guess', () => {
    expect(settle(['Kai Reyes spoke. She left, and he stayed.'], {'Kai Reyes': {gender: 'male'}})).toEqual({'Kai Reyes': 'male'})
    expect(settle(['Kai Reyes spoke. He left, and she stayed.'], {'Kai Reyes': {gender: 'female'}})).toEqual({'Kai Reyes': 'female'})
    expect(settle(['Kai Reyes spoke. They left.'], {'Kai Reyes': {gender: 'female'}})).toEqual({'Kai Reyes': 'female'})
  })

  test('a title with a gender is kept; one without lets the pronouns settle it', () => {
    expect(settle(['Mr. Kai Reyes spoke. She left.'], {'Kai Reyes': {gender: 'male', title: 'mr.'}})).toEqual({'Kai Reyes': 'male'})
    expect(settle(['Queen Kai Reyes spoke. He left.'], {'Kai Reyes': {gender: 'female', title: 'queen'}})).toEqual({'Kai Reyes': 'female'})
    expect(settle(['Mayor Kai Reyes spoke. She left.'], {'Kai Reyes': {gender: 'male', title: 'mayor'}})).toEqual({'Kai Reyes': 'female'})
  })

  test('the vote goes to the most recent person', () => {
    expect(settle(['Ana Ruiz met Kai Reyes, and he left.'], {'Ana Ruiz': {gender: 'unknown'}, 'Kai Reyes': {gender: 'unknown'}})).toEqual({'Ana Ruiz': 'unknown', 'Kai Reyes': 'male'})
  })

  test('not an organization, not a name inside a quote', () => {
    expect(settle(['Ana Ruiz met Acme Corp, and she left.'], {'Ana Ruiz': {gender: 'unknown'}, 'Acme Corp': {gender: 'unknown', organization: true}})).toEqual({'Ana Ruiz': 'female', 'Acme Corp': 'unknown'})
    expect(settle(['Ana Ruiz said: "Ask Kai Reyes." Then she left.'], {'Ana Ruiz': {gender: 'unknown'}, 'Kai Reyes': {gender: 'unknown'}})).toEqual({'Ana Ruiz': 'female', 'Kai Reyes': 'unknown'})
  })

  test('a pronoun inside a quote does not vote', () => {
    expect(settle(['Ana Ruiz said, "He left."'], {'Ana Ruiz': {gender: 'female'}})).toEqual({'Ana Ruiz': 'female'})
  })
})

describe('how far a pronoun reaches', () => {
  test('the same sentence or the next one, from the first word of the paragraph', () => {
    expect(settle(['Ana Ruiz spoke. She left.'], {'Ana Ruiz': {gender: 'unknown'}})).toEqual({'Ana Ruiz': 'female'})
    expect(settle(['Ana Ruiz spoke. Rain fell. She left.'], {'Ana Ruiz': {gender: 'unknown'}})).toEqual({'Ana Ruiz': 'unknown'})
    expect(settle(['Then Ana Ruiz spoke. She left.'], {'Ana Ruiz': {gender: 'unknown'}})).toEqual({'Ana Ruiz': 'female'})
  })

  test('not into the next paragraph, and not before anyone is named', () => {
    expect(settle(['Ana Ruiz spoke.', 'She left.'], {'Ana Ruiz': {gender: 'unknown'}})).toEqual({'Ana Ruiz': 'unknown'})
    expect(settle(['She left. Ana Ruiz spoke.'], {'Ana Ruiz': {gender: 'unknown'}})).toEqual({'Ana Ruiz': 'unknown'})
    // A paragraph with no mentions at all.
    expect(settle(['She left.', 'Ana Ruiz spoke.'], {'Ana Ruiz': {gender: 'unknown'}})).toEqual({'Ana Ruiz': 'unknown'})
  })
})
