// The person a `he` or `she` stands for, on invented paragraphs. The mentions are made from the names
// each test lists (test/helpers/scene.ts, no recognizer), so that only the antecedent rules are judged.
import {describe, expect, test} from 'vitest'
import type {Gender} from '../lexicon/words.js'
import {type Part, scene} from '../../test/helpers/scene.js'
import {pronounAntecedent} from './pronoun-antecedent.js'

/** People by name; an organization when its gender is `'org'`. */
type Cast = Record<string, Gender | 'org'>

/** The antecedent of the last `pronoun` of the last paragraph, among the mentions of the names in `cast`. */
function antecedent(paragraphs: readonly string[], cast: Cast, pronoun = 'she'): string | undefined {
  const parts = Object.fromEntries(Object.entries(cast).map(([name, gender]): [string, Part] => [name, gender === 'org' ? {kind: 'organization'} : {gender}]))
  const {blocks, mentionsByBlock, grouping} = scene(paragraphs, parts)
  const block = blocks.length - 1
  const at = blocks[block]!.tokens.findLastIndex((token) => token.lower === pronoun)
  const firstAfter = mentionsByBlock[block]!.filter((mention) => mention.first < at).length
  const other: Gender = pronoun === 'she' ? 'male' : 'female'
  const found = pronounAntecedent({block, firstAfter}, blocks, mentionsByBlock, grouping.entityOf, (entity) => entity.kind === 'person' && entity.gender !== other, pronoun)
  return found?.name
}

describe('the most recent person that fits', () => {
  test('the last person named before the pronoun', () => {
    expect(antecedent(['Ruth Alder spoke. "We won," she said.'], {'Ruth Alder': 'female'})).toBe('Ruth Alder')
    expect(antecedent(['Ruth Alder spoke.', '"We won," she said.'], {'Ruth Alder': 'female'})).toBe('Ruth Alder')
    expect(antecedent(['Ruth Alder spoke. Jane Polk came. "We won," she said.'], {'Ruth Alder': 'female', 'Jane Polk': 'female'})).toBe('Jane Polk')
  })

  test('a person of the other gender, an organization, or a name inside a quote does not fit', () => {
    expect(antecedent(['Ruth Alder spoke. Tom Reyes came. "We won," she said.'], {'Ruth Alder': 'female', 'Tom Reyes': 'male'})).toBe('Ruth Alder')
    expect(antecedent(['Ruth Alder spoke. Acme Corp came. "We won," she said.'], {'Ruth Alder': 'female', 'Acme Corp': 'org'})).toBe('Ruth Alder')
    expect(antecedent(['Ruth Alder spoke. "Jane Polk came," she said.'], {'Ruth Alder': 'female', 'Jane Polk': 'female'})).toBe('Ruth Alder')
    expect(antecedent(['Tom Reyes spoke. "We won," she said.'], {'Tom Reyes': 'male'})).toBeUndefined()
    expect(antecedent(['"We won," she said. Jane Polk came.'], {'Jane Polk': 'female'})).toBeUndefined()
  })

  test('the search looks four paragraphs back', () => {
    const between = ['Rain fell.', 'Wind blew.', 'Snow came.']
    expect(antecedent(['Ruth Alder spoke.', ...between, '"We won," she said.'], {'Ruth Alder': 'female'})).toBe('Ruth Alder')
    expect(antecedent(['Ruth Alder spoke.', ...between, 'Hail fell.', '"We won," she said.'], {'Ruth Alder': 'female'})).toBeUndefined()
  })

  test('the search looks at most 200 mentions and paragraphs', () => {
    const cast: Cast = {'Ruth Alder': 'female', 'Tom Reyes': 'male'}
    // One paragraph, then 198 mentions that do not fit: the 199th mention looked at is Alder.
    expect(antecedent(['Ruth Alder spoke. ' + 'Tom Reyes came. '.repeat(198) + '"We won," she said.'], cast)).toBe('Ruth Alder')
    expect(antecedent(['Ruth Alder spoke. ' + 'Tom Reyes came. '.repeat(199) + '"We won," she said.'], cast)).toBeUndefined()
    // Each paragraph counts as one.
    expect(antecedent(['Ruth Alder spoke. ' + 'Tom Reyes came. '.repeat(197), '"We won," she said.'], cast)).toBe('Ruth Alder')
    expect(antecedent(['Ruth Alder spoke. ' + 'Tom Reyes came. '.repeat(198), '"We won," she said.'], cast)).toBeUndefined()
  })
})

describe('the object of a sentence whose subject fits', () => {
  const women: Cast = {'Ruth Alder': 'female', 'Jane Polk': 'female'}

  test('a name after a verb or preposition leaves the pronoun to the subject', () => {
    expect(antecedent(['Ruth Alder met with Jane Polk. "We won," she said.'], women)).toBe('Ruth Alder')
    expect(antecedent(['Ruth Alder met with Gov. Jane Polk. "We won," she said.'], women)).toBe('Ruth Alder')
    expect(antecedent(['Ruth Alder met with state Sen. Jane Polk. "We won," she said.'], women)).toBe('Ruth Alder')
    expect(antecedent(['Ruth Alder thanked her aide, Jane Polk. "We won," she said.'], women)).toBe('Ruth Alder')
    expect(antecedent(['On Monday, Ruth Alder met with Jane Polk. "We won," she said.'], women)).toBe('Ruth Alder')
    expect(antecedent(['Coach Ruth Alder met with Jane Polk. "We won," she said.'], women)).toBe('Ruth Alder')
    expect(antecedent(["“Go,” Ruth Alder told Jane Polk. \"We won,\" she said."], women)).toBe('Ruth Alder')
  })

  test('a second subject is no object: the pronoun is the last name', () => {
    expect(antecedent(['Ruth Alder and Jane Polk spoke. "We won," she said.'], women)).toBe('Jane Polk')
    expect(antecedent(['Ruth Alder or Jane Polk spoke. "We won," she said.'], women)).toBe('Jane Polk')
    expect(antecedent(['Ruth Alder spoke, but Jane Polk left. "We won," she said.'], women)).toBe('Jane Polk')
    expect(antecedent(['Ruth Alder, Ann Kemp and Jane Polk spoke. "We won," she said.'], {...women, 'Ann Kemp': 'female'})).toBe('Jane Polk')
    expect(antecedent(['Ruth Alder, Jane Polk spoke. "We won," she said.'], women)).toBe('Jane Polk')
    expect(antecedent(['Ruth Alder and the mayor Jane Polk spoke. "We won," she said.'], women)).toBe('Jane Polk')
  })

  test('no subject before the name: a lower-case word opens the clause, or the subject does not fit', () => {
    expect(antecedent(['yesterday Ruth Alder met with Jane Polk. "We won," she said.'], women)).toBe('Jane Polk')
    expect(antecedent(['Tom Reyes met with Jane Polk. "We won," she said.'], {'Tom Reyes': 'male', 'Jane Polk': 'female'})).toBe('Jane Polk')
    expect(antecedent(['Acme Corp met with Jane Polk. "We won," she said.'], {'Acme Corp': 'org', 'Jane Polk': 'female'})).toBe('Jane Polk')
    // The sentence's subject is the name itself.
    expect(antecedent(['Jane Polk met with Ruth Alder. "We won," she said.'], women)).toBe('Jane Polk')
  })

  test('the subject is looked for from the last sentence end outside quotes', () => {
    // A period inside a quote ends no sentence of the text.
    expect(antecedent(['Ruth Alder said "Go. Now" to Jane Polk. "We won," she said.'], women)).toBe('Ruth Alder')
    expect(antecedent(['Ruth Alder met "the Dr. Polk" crowd with Jane Polk. "We won," she said.'], women)).toBe('Ruth Alder')
    expect(antecedent(['Ruth Alder left! Then Ann met Jane Polk. "We won," she said.'], women)).toBe('Jane Polk')
    expect(antecedent(['Ruth Alder left? Ann met Jane Polk. "We won," she said.'], women)).toBe('Jane Polk')
  })
})

describe('a sentence that opens with the same pronoun', () => {
  test('sends the search before that sentence', () => {
    expect(antecedent(['Ruth Alder arrived. She thanked Jane Polk. "We won," she said.'], {'Ruth Alder': 'female', 'Jane Polk': 'female'})).toBe('Ruth Alder')
    expect(antecedent(['Ruth Alder arrived. "Thanks," she told Jane Polk. "We won," she said.'], {'Ruth Alder': 'female', 'Jane Polk': 'female'})).toBe('Ruth Alder')
  })

  test('another pronoun, or a sentence that opens with another word, does not', () => {
    expect(antecedent(['Ruth Alder arrived. He thanked Jane Polk. "We won," she said.'], {'Ruth Alder': 'female', 'Jane Polk': 'female'})).toBe('Jane Polk')
    expect(antecedent(['Ruth Alder arrived. Later she thanked Jane Polk. "We won," she said.'], {'Ruth Alder': 'female', 'Jane Polk': 'female'})).toBe('Jane Polk')
    expect(antecedent(['Ruth Alder arrived. On Monday, she thanked Jane Polk. "We won," she said.'], {'Ruth Alder': 'female', 'Jane Polk': 'female'})).toBe('Jane Polk')
    expect(antecedent(['Ruth Alder arrived. she thanked Jane Polk. "We won," she said.'], {'Ruth Alder': 'female', 'Jane Polk': 'female'})).toBe('Ruth Alder')
  })

  test('works for he as for she', () => {
    expect(antecedent(['Tom Reyes arrived. He thanked Bo Lee. "We won," he said.'], {'Tom Reyes': 'male', 'Bo Lee': 'male'}, 'he')).toBe('Tom Reyes')
  })
})

describe('the limits of each step, on both sides', () => {
  const women: Cast = {'Ruth Alder': 'female', 'Jane Polk': 'female'}

  test('a name inside a quote is skipped, also in a sentence that is not the pronoun\'s', () => {
    expect(antecedent(['Ruth Alder spoke. "Jane Polk came," Bo said. "We won," she said.'], women)).toBe('Ruth Alder')
  })

  test('a sentence that opens with the pronoun is skipped whole, and its mentions are not counted', () => {
    const cast: Cast = {...women, 'Tom Reyes': 'male'}
    // The pronoun's sentence holds Polk only, first in its paragraph: nothing before her to skip.
    expect(antecedent(['Ruth Alder arrived.', 'She thanked Jane Polk. "We won," she said.'], women)).toBe('Ruth Alder')
    // 198 names skipped with the sentence cost nothing: Alder is the third thing looked at.
    expect(antecedent(['Ruth Alder arrived. She thanked ' + 'Tom Reyes, '.repeat(198) + 'and Jane Polk. "We won," she said.'], cast)).toBe('Ruth Alder')
  })

  test('the sentence starts after the last sentence end before the name, not inside it', () => {
    expect(antecedent(['Ruth Alder met with Polk. "We won," she said.'], {'Ruth Alder': 'female', Polk: 'female'})).toBe('Ruth Alder')
    expect(antecedent(['Ruth Alder met with Polk. Then "We won," she said.'], {'Ruth Alder': 'female', Polk: 'female'})).toBe('Ruth Alder')
  })

  test('the sentence\'s opening pronoun is looked for within its first 40 tokens', () => {
    const before = ['Ruth Alder arrived.']
    // Commas are tokens but no words: the pronoun is token 39, then token 40.
    expect(antecedent([...before, ', '.repeat(39) + 'She thanked Jane Polk. "We won," she said.'], women)).toBe('Ruth Alder')
    expect(antecedent([...before, ', '.repeat(40) + 'She thanked Jane Polk. "We won," she said.'], women)).toBe('Jane Polk')
    // A sentence end as the paragraph's first token: the sentence starts after it.
    expect(antecedent([...before, '. ' + ', '.repeat(39) + 'She thanked Jane Polk. "We won," she said.'], women)).toBe('Ruth Alder')
  })

  test('a quoted name before the subject is no subject', () => {
    expect(antecedent(['"Ann Kemp," Ruth Alder told Jane Polk. "We won," she said.'], {...women, 'Ann Kemp': 'female'})).toBe('Ruth Alder')
  })

  test('the subject is a person, whatever the search accepts', () => {
    const {blocks, mentionsByBlock, grouping} = scene(['Acme Corp met with Jane Polk. "We won," it said.'], {'Acme Corp': {kind: 'organization'}, 'Jane Polk': {}})
    const found = pronounAntecedent({block: 0, firstAfter: 2}, blocks, mentionsByBlock, grouping.entityOf, () => true, 'it')
    expect(found?.name).toBe('Jane Polk')
  })

  test('a paragraph with no list of mentions counts as one looked at', () => {
    const cast = {'Ruth Alder': {gender: 'female' as const}, 'Tom Reyes': {gender: 'male' as const}}
    const {blocks, mentionsByBlock, grouping} = scene(['Ruth Alder spoke. ' + 'Tom Reyes came. '.repeat(196), 'Rain fell.', '"We won," she said.'], cast)
    const sparse: Array<(typeof mentionsByBlock)[number]> = []
    sparse[0] = mentionsByBlock[0]!
    sparse[2] = mentionsByBlock[2]!
    const fits = (entity: {kind: string; gender: string}) => entity.kind === 'person' && entity.gender !== 'male'
    // Three paragraphs, 196 of Reyes, then Alder: the 200th thing looked at.
    expect(pronounAntecedent({block: 2, firstAfter: 0}, blocks, sparse, grouping.entityOf, fits, 'she')?.name).toBe('Ruth Alder')
  })

  test('after a comma outside quotes the clause starts again', () => {
    expect(antecedent(['After the vote, Ruth Alder met with Jane Polk. "We won," she said.'], women)).toBe('Ruth Alder')
    // A comma inside a quote does not.
    expect(antecedent(['yesterday "vote, then" Ruth Alder met with Jane Polk. "We won," she said.'], women)).toBe('Jane Polk')
  })

  test('before a subject, capitalized and possessive words may stand, not other words', () => {
    expect(antecedent(['Then Ruth Alder met with Jane Polk. "We won," she said.'], women)).toBe('Ruth Alder')
    expect(antecedent(["the city's Ruth Alder met with Jane Polk. \"We won,\" she said."], women)).toBe('Ruth Alder')
  })
})

describe('the object test: what stands between subject and name', () => {
  const women: Cast = {'Ruth Alder': 'female', 'Jane Polk': 'female'}

  test('a one-word name after `and` is a second subject', () => {
    expect(antecedent(['Ruth Alder and Polk spoke. "We won," she said.'], {'Ruth Alder': 'female', Polk: 'female'})).toBe('Polk')
  })

  test('a second clause joined by and, or, but: its subject is no object, even past its title', () => {
    expect(antecedent(['Ruth Alder spoke and Jane Polk left. "We won," she said.'], women)).toBe('Jane Polk')
    expect(antecedent(['Ruth Alder stays or Jane Polk leaves. "We won," she said.'], women)).toBe('Jane Polk')
    expect(antecedent(['Ruth Alder spoke, but Mayor Jane Polk left. "We won," she said.'], women)).toBe('Jane Polk')
    expect(antecedent(['Ruth Alder spoke, but Denver Mayor Jane Polk left. "We won," she said.'], women)).toBe('Jane Polk')
    // A verb before the second name makes it an object again.
    expect(antecedent(['Ruth Alder spoke, and thanked Mayor Jane Polk. "We won," she said.'], women)).toBe('Ruth Alder')
  })

  test('a comma after a name lists; after another word it sets off an appositive', () => {
    expect(antecedent(['Ruth Alder thanked Ann Kemp, Jane Polk. "We won," she said.'], {...women, 'Ann Kemp': 'female'})).toBe('Jane Polk')
    expect(antecedent(['Ruth Alder thanked her aide, Jane Polk. "We won," she said.'], women)).toBe('Ruth Alder')
  })

  test('two names side by side: the look back stops at the subject', () => {
    expect(antecedent(['Ruth Alder Jane Polk spoke. "We won," she said.'], women)).toBe('Jane Polk')
  })

  test('between them, only determiners, roles, capitalized words, `and`, `or` and marks: a coordination', () => {
    expect(antecedent(['Ruth Alder and the Denver mayor Jane Polk spoke. "We won," she said.'], women)).toBe('Jane Polk')
    expect(antecedent(['Ruth Alder and the mayor, Jane Polk, spoke. "We won," she said.'], women)).toBe('Jane Polk')
    expect(antecedent(['Ruth Alder or the mayor Jane Polk spoke. "We won," she said.'], women)).toBe('Jane Polk')
    expect(antecedent(['Ruth Alder and the "new" mayor Jane Polk spoke. "We won," she said.'], women)).toBe('Jane Polk')
  })
})
