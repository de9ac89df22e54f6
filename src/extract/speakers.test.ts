// Resolving a speaker phrase to an entity, on invented paragraphs: a name in it, a pronoun, a role, an
// organization noun, or a name adopted from the phrase. The mentions are made from the names each test
// lists (test/helpers/scene.ts, no recognizer), so that only the resolution rules are judged.
import {describe, expect, test} from 'vitest'
import {type Part, scene} from '../../test/helpers/scene.js'
import {resolveSpeaker} from './speakers.js'

/**
 * The speaker of the phrase `phrase` (its last occurrence in the last paragraph, or in `options.block`), as `name (resolution)`;
 * `adopted:` before a name the grouping adopted (with its kind).
 */
function speaker(paragraphs: readonly string[], phrase: string, cast: Record<string, Part> = {}, options: {adopt?: boolean; block?: number} = {}): string | undefined {
  const {blocks, mentionsByBlock, grouping, adopted} = scene(paragraphs, cast)
  const block = options.block ?? blocks.length - 1
  const {tokens, block: {text}} = blocks[block]!
  const at = text.lastIndexOf(phrase)
  const first = tokens.findIndex((token) => token.start >= at)
  const last = tokens.findIndex((token) => token.start >= at + phrase.length)
  const phraseAt = {block, first, last: last === -1 ? tokens.length : last}
  const found = resolveSpeaker(options.adopt === undefined ? phraseAt : {...phraseAt, adopt: options.adopt}, blocks, mentionsByBlock, grouping)
  if (!found) return undefined
  const prefix = adopted.includes(found.entity) ? `adopted ${found.entity.kind}: ` : ''
  return `${prefix}${found.entity.name} (${found.resolution})`
}

describe('a name in the phrase', () => {
  test('a full name, a surname, or an organization', () => {
    expect(speaker(['"Go," Ruth Alder said.'], 'Ruth Alder', {'Ruth Alder': {}})).toBe('Ruth Alder (name)')
    expect(speaker(['"Go," Alder said.'], 'Alder', {'Ruth Alder': {aliases: ['Alder']}})).toBe('Ruth Alder (surname)')
    expect(speaker(['"Go," Cher said.'], 'Cher', {Cher: {aliases: ['Cher']}})).toBe('Cher (name)')
    expect(speaker(['"Go," Acme Corp said.'], 'Acme Corp', {'Acme Corp': {kind: 'organization'}})).toBe('Acme Corp (organization)')
  })

  test('the last name of the phrase is its head; a place is no speaker', () => {
    expect(speaker(['"Go," CDOT spokesperson Ximena Oduya said.'], 'CDOT spokesperson Ximena Oduya', {CDOT: {kind: 'organization'}, 'Ximena Oduya': {}})).toBe('Ximena Oduya (name)')
    expect(speaker(['"Go," Denver Mayor Ruth Alder said.'], 'Denver Mayor Ruth Alder', {Denver: {kind: 'place'}, 'Ruth Alder': {}})).toBe('Ruth Alder (name)')
    expect(speaker(['"Go," Ruth Alder of Denver said.'], 'Ruth Alder of Denver', {Denver: {kind: 'place'}, 'Ruth Alder': {}})).toBe('Ruth Alder (name)')
  })

  test('a name that starts before the phrase and runs into it', () => {
    expect(speaker(['"Go," Ruth Alder said.'], 'Alder', {'Ruth Alder': {}})).toBe('Ruth Alder (name)')
  })

  test('the head ends before a preposition outside a name', () => {
    expect(speaker(['"Go," Director Ruth Alder of the Network said.'], 'Director Ruth Alder of the Network', {'Ruth Alder': {}, Network: {kind: 'organization'}})).toBe('Ruth Alder (name)')
    expect(speaker(['"Go," the Bureau of Land Management said.'], 'the Bureau of Land Management', {'Bureau of Land Management': {kind: 'organization'}})).toBe('Bureau of Land Management (organization)')
  })

  test('a name before a lower-case head is not the speaker: the role is', () => {
    const cast: Record<string, Part> = {CDOT: {kind: 'organization'}, 'Ximena Oduya': {roles: ['spokesperson']}}
    expect(speaker(['Ximena Oduya spoke.', '"Go," the CDOT spokesperson said.'], 'the CDOT spokesperson', cast)).toBe('Ximena Oduya (role)')
  })

  test('a document speaks for its author, its possessor first', () => {
    const cast: Record<string, Part> = {Bush: {}, Facebook: {kind: 'organization'}}
    expect(speaker(["Bush's Facebook post said it."], "Bush's Facebook post", cast)).toBe('Bush (name)')
    expect(speaker(['a Westerville Police Department incident report said'], 'a Westerville Police Department incident report', {'Westerville Police Department': {kind: 'organization'}})).toBe(
      'Westerville Police Department (organization)'
    )
    expect(speaker(["the council's summary said"], "the council's summary", {})).toBeUndefined()
  })
})

describe('no one the text names', () => {
  test('an indefinite phrase names no one', () => {
    expect(speaker(['Ruth Alder spoke.', '"Go," a senior official said.'], 'a senior official', {'Ruth Alder': {roles: ['official']}})).toBeUndefined()
    expect(speaker(['"Go," one trader said.'], 'one trader', {})).toBeUndefined()
    expect(speaker(['"Go," an Acme Corp worker said.'], 'an Acme Corp worker', {'Acme Corp': {kind: 'organization'}})).toBeUndefined()
  })

  test('a phrase of marks only', () => {
    expect(speaker(['"Go," — said.'], '—', {})).toBeUndefined()
  })
})

describe('pronouns', () => {
  test('he and she: the most recent person of that gender', () => {
    const cast: Record<string, Part> = {'Ruth Alder': {gender: 'female'}, 'Tom Reyes': {gender: 'male'}}
    expect(speaker(['Ruth Alder met Tom Reyes.', '"Go," she said.'], 'she', cast)).toBe('Ruth Alder (pronoun)')
    expect(speaker(['Ruth Alder met Tom Reyes.', '"Go," he said.'], 'he', cast)).toBe('Tom Reyes (pronoun)')
    expect(speaker(['Tom Reyes spoke.', '"Go," she said.'], 'she', {'Tom Reyes': {gender: 'male'}})).toBeUndefined()
    expect(speaker(['Sam Ode spoke.', '"Go," she said.'], 'she', {'Sam Ode': {}})).toBe('Sam Ode (pronoun)')
  })

  test('they and it: the most recent organization', () => {
    const cast: Record<string, Part> = {'Acme Corp': {kind: 'organization'}, 'Ruth Alder': {}}
    expect(speaker(['Acme Corp hired Ruth Alder.', '"Go," they said.'], 'they', cast)).toBe('Acme Corp (pronoun)')
    expect(speaker(['Acme Corp hired Ruth Alder.', '"Go," it said.'], 'it', cast)).toBe('Acme Corp (pronoun)')
    expect(speaker(['Ruth Alder spoke.', '"Go," they said.'], 'they', {'Ruth Alder': {}})).toBeUndefined()
  })

  test('a pronoun with more words is a phrase, not a pronoun', () => {
    expect(speaker(['Ruth Alder spoke.', '"Go," she herself said.'], 'she herself', {'Ruth Alder': {gender: 'female'}})).toBeUndefined()
  })
})

describe('roles', () => {
  test('a role noun: the most recent person with that title or role', () => {
    const cast: Record<string, Part> = {'Ruth Alder': {titles: ['mayor']}, 'Tom Reyes': {roles: ['spokesperson']}}
    expect(speaker(['Mayor Ruth Alder met Tom Reyes.', '"Go," the mayor said.'], 'the mayor', cast)).toBe('Ruth Alder (role)')
    expect(speaker(["Mayor Ruth Alder met Tom Reyes.", "\"Go,\" Denver's mayor said."], "Denver's mayor", cast)).toBe('Ruth Alder (role)')
    expect(speaker(['Mayor Ruth Alder met Tom Reyes.', '"Go," the spokesperson said.'], 'the spokesperson', cast)).toBe('Tom Reyes (role)')
    // Related role words: a spokeswoman is a spokesperson.
    expect(speaker(['Mayor Ruth Alder met Tom Reyes.', '"Go," the spokeswoman said.'], 'the spokeswoman', cast)).toBe('Tom Reyes (role)')
  })

  test('two-word roles', () => {
    expect(speaker(['Chief Ruth Alder spoke.', '"Go," the police chief said.'], 'the police chief', {'Ruth Alder': {titles: ['police chief']}})).toBe('Ruth Alder (role)')
    expect(speaker(['Ruth Alder spoke.', '"Go," the deputy mayor said.'], 'the deputy mayor', {'Ruth Alder': {roles: ['deputy mayor']}})).toBe('Ruth Alder (role)')
  })

  test('the most recent of two within twelve paragraphs; beyond, only a role one person holds', () => {
    const cast: Record<string, Part> = {'Ruth Alder': {roles: ['coach']}, 'Tom Reyes': {roles: ['coach']}}
    const filler = (count: number) => Array.from({length: count}, () => 'Rain fell.')
    expect(speaker(['Ruth Alder spoke.', 'Tom Reyes spoke.', ...filler(11), '"Go," the coach said.'], 'the coach', cast)).toBe('Tom Reyes (role)')
    expect(speaker(['Ruth Alder spoke.', 'Tom Reyes spoke.', ...filler(12), '"Go," the coach said.'], 'the coach', cast)).toBeUndefined()
    expect(speaker(['Ruth Alder spoke.', ...filler(20), '"Go," the coach said.'], 'the coach', {'Ruth Alder': {roles: ['coach']}})).toBe('Ruth Alder (role)')
    // Named only after the phrase: not theirs.
    expect(speaker(['"Go," the coach said. Ruth Alder left.'], 'the coach', {'Ruth Alder': {roles: ['coach']}})).toBeUndefined()
    expect(speaker([...filler(20), '"Go," the coach said.', 'Ruth Alder left.'], 'the coach', {'Ruth Alder': {roles: ['coach']}}, {block: 20})).toBeUndefined()
  })

  test('an organization is never a role holder', () => {
    expect(speaker(['Acme Corp spoke.', '"Go," the coach said.'], 'the coach', {'Acme Corp': {kind: 'organization', roles: ['coach']}})).toBeUndefined()
  })
})

describe('organization nouns', () => {
  test('`the department`: the most recent organization whose name fits the noun', () => {
    const cast: Record<string, Part> = {'Denver Police Department': {kind: 'organization'}, 'Acme Corp': {kind: 'organization'}}
    expect(speaker(['Denver Police Department and Acme Corp met.', '"Go," the department said.'], 'the department', cast)).toBe('Denver Police Department (organization)')
    expect(speaker(['Acme Corp met.', '"Go," the department said.'], 'the department', {'Acme Corp': {kind: 'organization'}})).toBeUndefined()
  })

  test('a noun that fits any organization: the most recent one', () => {
    expect(speaker(['Acme Corp met.', '"Go," the statement said.'], 'the statement', {'Acme Corp': {kind: 'organization'}})).toBe('Acme Corp (organization)')
  })
})

describe('a name adopted from the phrase', () => {
  test('capitalized words that are the whole phrase', () => {
    expect(speaker(['"Go," First Student said.'], 'First Student')).toBe('adopted organization: First Student (organization)')
    expect(speaker(['"Go," Marisol Quenby said.'], 'Marisol Quenby')).toBe('adopted person: Marisol Quenby (name)')
    expect(speaker(['"Go," Qorvex Talbridge said.'], 'Qorvex Talbridge')).toBe('adopted person: Qorvex Talbridge (name)')
  })

  test('or that follow a title ending in a lower-case word', () => {
    expect(speaker(['"Go," Republican presidential nominee Maria Quenby said.'], 'Republican presidential nominee Maria Quenby')).toBe('adopted person: Maria Quenby (name)')
    expect(speaker(['"Go," campaign manager Mook said.'], 'campaign manager Mook')).toBe('adopted person: Mook (name)')
  })

  test('not after a function word, not past five words, not a mixed phrase', () => {
    expect(speaker(['"Go," the Acme Corp said.'], 'the Acme Corp')).toBeUndefined()
    expect(speaker(['"Go," Cedar Dogwood Elm Fir Spruce Hemlock said.'], 'Cedar Dogwood Elm Fir Spruce Hemlock')).toBeUndefined()
    expect(speaker(['"Go," Cedar Dogwood Elm Fir Spruce said.'], 'Cedar Dogwood Elm Fir Spruce')).toBe('adopted organization: Cedar Dogwood Elm Fir Spruce (organization)')
    expect(speaker(['"Go," people at City Hall said.'], 'people at City Hall')).toBeUndefined()
  })

  test('after a bare colon, only a name the story gave', () => {
    // The recognizer left `Clinton` out here (no alias): the phrase adopts it, since the story named a Clinton.
    expect(speaker(['Hillary Clinton spoke.', 'Clinton:'], 'Clinton', {'Hillary Clinton': {}}, {adopt: false})).toBe('adopted person: Clinton (name)')
    expect(speaker(['Key Takeaways:'], 'Key Takeaways', {}, {adopt: false})).toBeUndefined()
  })

  test('a plural common noun that opens the sentence names no one', () => {
    expect(speaker(['Senators shouted.'], 'Senators')).toBeUndefined()
    expect(speaker(['Others shouted.'], 'Others')).toBeUndefined()
    expect(speaker(['Then Senators shouted.'], 'Senators')).toBe('adopted organization: Senators (organization)')
  })
})
