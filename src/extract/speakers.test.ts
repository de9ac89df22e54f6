// Resolving a speaker phrase to an entity, on invented paragraphs: a name in it, a pronoun, a role, an
// organization noun, or a name adopted from the phrase. The mentions are made from the names each test
// lists (test/helpers/scene.ts, no recognizer), so that only the resolution rules are judged.
import {describe, expect, test} from 'vitest'
import {type Part, scene} from '../../test/helpers/scene.js'
import type {Mention} from './mention.js'
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

  test('a pronoun, a word of grammar, a title or a people\'s word alone names no one (#15)', () => {
    expect(speaker(['We urge both sides to talk.'], 'We')).toBeUndefined()
    expect(speaker(["We're looking at a crime."], "We're")).toBeUndefined()
    expect(speaker(['If there was a plan, nobody saw it.'], 'If')).toBeUndefined()
    expect(speaker(['Many said it would fail.'], 'Many')).toBeUndefined()
    expect(speaker(['Chief of police Ana Ruiz said so.'], 'Chief')).toBeUndefined()
    expect(speaker(['The Briton, who lost in May, said so.'], 'The Briton')).toBeUndefined()
    expect(speaker(['"Go," Swede said.'], 'Swede')).toBeUndefined()
    // A surname the story gave is a name, whatever else the word is.
    expect(speaker(['Mark Cuban spoke.', '"Go," Cuban said.'], 'Cuban', {'Mark Cuban': {}})).toBe('adopted person: Cuban (name)')
    expect(speaker(['"Go," The Blaze said.'], 'The Blaze')).toBe('adopted organization: The Blaze (organization)')
  })

  test('a plural common noun that opens the sentence names no one', () => {
    expect(speaker(['Senators shouted.'], 'Senators')).toBeUndefined()
    expect(speaker(['Others shouted.'], 'Others')).toBeUndefined()
    expect(speaker(['Then Senators shouted.'], 'Senators')).toBe('adopted organization: Senators (organization)')
  })
})

/** The phrase `phrase` of block `block` (its last occurrence) as a speaker phrase. */
function phraseIn(made: ReturnType<typeof scene>, block: number, phrase: string) {
  const {tokens, block: {text}} = made.blocks[block]!
  const at = text.lastIndexOf(phrase)
  const first = tokens.findIndex((token) => token.start >= at)
  const last = tokens.findIndex((token) => token.start >= at + phrase.length)
  return {block, first, last: last === -1 ? tokens.length : last}
}

/** People with no mention in the text, `count` of them: a story that names many. */
const crowd = (count: number): Record<string, Part> => Object.fromEntries(Array.from({length: count}, (_, index) => [`Extra${index} Walkon`, {}]))

describe('the phrase and its words', () => {
  test('marks are no words: a pronoun after a dash, an indefinite after a parenthesis', () => {
    expect(speaker(['Ruth Alder spoke.', '"Go," — she said.'], '— she', {'Ruth Alder': {gender: 'female'}})).toBe('Ruth Alder (pronoun)')
    expect(speaker(['Ruth Alder spoke.', '"Go," (a senior official) said.'], '(a senior official)', {'Ruth Alder': {roles: ['official']}})).toBeUndefined()
    // A role in parentheses: its head is its last word, not the mark.
    expect(speaker(['Mayor Ruth Alder spoke.', '"Go," (the mayor) said.'], '(the mayor)', {'Ruth Alder': {titles: ['mayor']}})).toBe('Ruth Alder (role)')
  })

  test('a phrase that opens with a mark and a preposition: the head is its last word', () => {
    expect(speaker(['Denver Police Department met.', '"Go," (for the department) said.'], '(for the department)', {'Denver Police Department': {kind: 'organization'}})).toBe(
      'Denver Police Department (organization)'
    )
    expect(speaker(['"Go," (for the board) said.'], '(for the board)')).toBeUndefined()
  })

  test('the head ends at a preposition inside the phrase, not one before it', () => {
    expect(speaker(['According to Ruth Alder, it rained.'], 'Ruth Alder', {'Ruth Alder': {}})).toBe('Ruth Alder (name)')
    expect(speaker(['A note from Ruth Alder said so.'], 'Ruth Alder', {'Ruth Alder': {}})).toBe('Ruth Alder (name)')
    const cast: Record<string, Part> = {'Tom Reyes': {roles: ['spokesperson']}, 'Denver Police Department': {kind: 'organization'}}
    expect(speaker(['Tom Reyes met Denver Police Department staff.', '"Go," the spokesperson for the department said.'], 'the spokesperson for the department', cast)).toBe('Tom Reyes (role)')
  })

  test('a preposition inside a name does not end the head', () => {
    const cast: Record<string, Part> = {'Tom Reyes': {roles: ['spokesperson']}, 'Bureau of Land Management': {kind: 'organization'}}
    expect(speaker(['Tom Reyes spoke.', '"Go," the Bureau of Land Management spokesperson said.'], 'the Bureau of Land Management spokesperson', cast)).toBe('Tom Reyes (role)')
    // A name that starts with a preposition.
    expect(speaker(['Tom Reyes spoke.', '"Go," the On Track Foundation spokesperson said.'], 'the On Track Foundation spokesperson', {...cast, 'On Track Foundation': {kind: 'organization'}})).toBe('Tom Reyes (role)')
  })
})

describe('names next to the phrase', () => {
  test('mentions before the phrase in its paragraph are not in it', () => {
    expect(speaker(['Tom Reyes spoke. "Go," First Student said.'], 'First Student', {'Tom Reyes': {}})).toBe('adopted organization: First Student (organization)')
    expect(speaker(['Ruth Alder spoke. "Go," she said.'], 'she', {'Ruth Alder': {gender: 'female'}})).toBe('Ruth Alder (pronoun)')
  })

  test('a name that ends where the phrase starts is not in it', () => {
    const cast: Record<string, Part> = {'Ruth Alder': {gender: 'female'}, 'Jane Polk': {gender: 'female'}}
    expect(speaker(['Ruth Alder spoke. Jane Polk came. "Go," she said.'], 'she', cast)).toBe('Jane Polk (pronoun)')
    expect(speaker(['Ruth Alder spoke.', '"Go," Jane Polk she said.'], 'she', cast)).toBe('Jane Polk (pronoun)')
  })

  test('a name right after the phrase is not in it', () => {
    expect(speaker(['Mayor Ruth Alder spoke.', '"Go," the mayor Jane Polk said.'], 'the mayor', {'Ruth Alder': {titles: ['mayor']}, 'Jane Polk': {}})).toBe('Ruth Alder (role)')
  })

  test('a paragraph with no list of mentions: the phrase adopts its name', () => {
    const made = scene(['"Go," Qorvex Talbridge said.'])
    expect(resolveSpeaker(phraseIn(made, 0, 'Qorvex Talbridge'), made.blocks, [], made.grouping)?.entity.name).toBe('Qorvex Talbridge')
  })

  test('a name in lower case ends a phrase as its head', () => {
    expect(speaker(['"Go," eBay said.'], 'eBay', {eBay: {kind: 'organization'}})).toBe('eBay (organization)')
  })

  test('a one-word name is a name, not a surname, even when the phrase writes it otherwise', () => {
    expect(speaker(['"Go," MADONNA said.'], 'MADONNA', {Madonna: {aliases: ['MADONNA']}})).toBe('Madonna (name)')
  })

  test('a place is skipped even when the grouping gives it an entity; a mention with no entity names no one', () => {
    const made = scene(['"Go," Ruth Alder, Denver said.'], {'Ruth Alder': {}, Denver: {kind: 'place'}, 'Denver FC': {kind: 'organization'}})
    const club = made.entity('Denver FC')
    const entityOf = (mention: Mention) => (mention.name === 'Denver' ? club : made.grouping.entityOf(mention))
    const phrase = phraseIn(made, 0, 'Ruth Alder, Denver')
    expect(resolveSpeaker(phrase, made.blocks, made.mentionsByBlock, {...made.grouping, entityOf})?.entity.name).toBe('Ruth Alder')
    const none = (mention: Mention) => (mention.name === 'Ruth Alder' ? undefined : made.grouping.entityOf(mention))
    expect(resolveSpeaker(phraseIn(made, 0, 'Ruth Alder'), made.blocks, made.mentionsByBlock, {...made.grouping, entityOf: none})?.entity.name).toBe('Ruth Alder')
    // `Ruth Alder` then is adopted as a name of its own.
    expect(made.adopted.map((entity) => entity.name)).toEqual(['Ruth Alder'])
  })

  test('a document: its possessor is its author, wherever the phrase starts', () => {
    const cast: Record<string, Part> = {'Acme Corp': {kind: 'organization'}, Facebook: {kind: 'organization'}}
    expect(speaker(["Then the Acme Corp's Facebook post said it."], "the Acme Corp's Facebook post", cast)).toBe('Acme Corp (organization)')
  })

  test("a document's possessor is its head: `the department's own summary`", () => {
    const cast: Record<string, Part> = {'Denver Police Department': {kind: 'organization'}, 'Acme Corp': {kind: 'organization'}}
    expect(speaker(['Denver Police Department and Acme Corp met.', "\"Go,\" the department's own summary said."], "the department's own summary", cast)).toBe(
      'Denver Police Department (organization)'
    )
  })
})

describe('pronouns, on both sides', () => {
  test('a pronoun after another word is no pronoun phrase', () => {
    expect(speaker(['Ruth Alder spoke.', '"Go," even she said.'], 'even she', {'Ruth Alder': {gender: 'female'}})).toBeUndefined()
    expect(speaker(['Acme Corp spoke.', '"Go," even they said.'], 'even they', {'Acme Corp': {kind: 'organization'}})).toBeUndefined()
  })

  test('he and she stand for people only', () => {
    expect(speaker(['Acme Corp spoke.', '"Go," she said.'], 'she', {'Acme Corp': {kind: 'organization'}})).toBeUndefined()
  })
})

describe('roles, on both sides', () => {
  test('a two-word role of two words', () => {
    expect(speaker(['Ruth Alder spoke.', '"Go," deputy mayor said.'], 'deputy mayor', {'Ruth Alder': {roles: ['deputy mayor']}})).toBe('Ruth Alder (role)')
  })

  test('a name given only inside a quote is not a role holder the search back finds', () => {
    const cast: Record<string, Part> = {'Ruth Alder': {roles: ['coach']}, 'Ana Kemp': {roles: ['coach']}}
    expect(speaker(['Ruth Alder spoke.', 'Bo said "Ana Kemp" would go.', '"Go," the coach said.'], 'the coach', cast)).toBe('Ruth Alder (role)')
  })

  test('the one holder of a role: named before the phrase, also in its paragraph, also inside a quote; not in the phrase', () => {
    expect(speaker(['"Ruth Alder is here," Bo said. "Go," the coach said.'], 'the coach', {'Ruth Alder': {roles: ['coach']}})).toBe('Ruth Alder (role)')
    expect(speaker(["\"Go,\" Ruth Alder's coach said."], "Ruth Alder's coach", {'Ruth Alder': {roles: ['coach']}})).toBeUndefined()
    // People the story lists but never names in the text are no holders.
    expect(speaker(['Ruth Alder spoke.', '"Go," the coach said.'], 'the coach', {'Ruth Alder': {roles: ['coach']}, 'Ana Kemp': {roles: ['coach']}, ...crowd(3)})).toBe('Ruth Alder (role)')
  })

  test('the one holder of a role, in a story of at most 300 entities', () => {
    const filler = Array.from({length: 13}, () => 'Rain fell.')
    const paragraphs = ['Ruth Alder spoke.', ...filler, '"Go," the coach said.']
    expect(speaker(paragraphs, 'the coach', {'Ruth Alder': {roles: ['coach']}, ...crowd(299)})).toBe('Ruth Alder (role)')
    expect(speaker(paragraphs, 'the coach', {'Ruth Alder': {roles: ['coach']}, ...crowd(300)})).toBeUndefined()
  })

  test('the search back looks at 200 paragraphs and mentions at most; a paragraph without a list counts too', () => {
    const cast: Record<string, Part> = {'Bo Lee': {roles: ['coach']}, 'Ruth Alder': {roles: ['coach']}, 'Tom Reyes': {}}
    const run = (reyes: number, listless = false) => {
      const made = scene(['Bo Lee spoke. Ruth Alder spoke. ' + 'Tom Reyes came. '.repeat(reyes), 'Rain fell.', '"Go," the coach said.'], cast)
      const lists = listless ? [made.mentionsByBlock[0]!, undefined, made.mentionsByBlock[2]!] : made.mentionsByBlock
      return resolveSpeaker(phraseIn(made, 2, 'the coach'), made.blocks, lists as typeof made.mentionsByBlock, made.grouping)?.entity.name
    }
    // Three paragraphs, then the names from the last: Alder is the 200th thing looked at, then the 201st.
    expect(run(196)).toBe('Ruth Alder')
    expect(run(197)).toBeUndefined()
    expect(run(196, true)).toBe('Ruth Alder')
  })
})

describe('organization nouns, on both sides', () => {
  test('a noun that fits any organization never names a person', () => {
    expect(speaker(['Ruth Alder spoke.', '"Go," the statement said.'], 'the statement', {'Ruth Alder': {}})).toBeUndefined()
  })

  test('the organization fits by a word of its name that the noun stands for', () => {
    const cast: Record<string, Part> = {'Federal Aviation Administration': {kind: 'organization'}, 'Acme Corp': {kind: 'organization'}}
    expect(speaker(['Federal Aviation Administration and Acme Corp met.', '"Go," the agency said.'], 'the agency', cast)).toBe('Federal Aviation Administration (organization)')
    // Or by the noun inside its name.
    expect(speaker(['Tri-County Police-Department and Acme Corp met.', '"Go," the department said.'], 'the department', {'Tri-County Police-Department': {kind: 'organization'}, 'Acme Corp': {kind: 'organization'}})).toBe(
      'Tri-County Police-Department (organization)'
    )
  })
})

describe('adopting a name: each rule on both sides', () => {
  test('the name starts at its given name, after a capitalized title', () => {
    expect(speaker(['"Go," Acme General Counsel Maria Quenby said.'], 'Acme General Counsel Maria Quenby')).toBe('adopted person: Maria Quenby (name)')
  })

  test('a lower-case first word is a title only when another word follows it', () => {
    expect(speaker(['"Go," manager Mook said.'], 'manager Mook')).toBeUndefined()
  })

  test('a title before a lone given name stays in the name', () => {
    const made = scene(['"Go," Pope Francis said.'])
    expect(resolveSpeaker(phraseIn(made, 0, 'Pope Francis'), made.blocks, made.mentionsByBlock, made.grouping)?.entity.name).toBe('Pope Francis')
  })

  test('at most four words after the title', () => {
    expect(speaker(['"Go," campaign manager Qorvex Talbridge Mook Zanter said.'], 'campaign manager Qorvex Talbridge Mook Zanter')).toBe(
      'adopted organization: Qorvex Talbridge Mook Zanter (organization)'
    )
    expect(speaker(['"Go," campaign manager Qorvex Talbridge Mook Zanter Pell said.'], 'campaign manager Qorvex Talbridge Mook Zanter Pell')).toBeUndefined()
  })

  test('every word after the given name capitalized', () => {
    expect(speaker(['"Go," nominee Maria Quenby herself said.'], 'nominee Maria Quenby herself')).toBeUndefined()
  })

  test('after a bare colon, a name the story gave, in a story of at most 300 entities', () => {
    const paragraphs = ['Hillary Clinton spoke.', 'Clinton:']
    expect(speaker(paragraphs, 'Clinton', {'Hillary Clinton': {}, ...crowd(299)}, {adopt: false})).toBe('adopted person: Clinton (name)')
    expect(speaker(paragraphs, 'Clinton', {'Hillary Clinton': {}, ...crowd(300)}, {adopt: false})).toBeUndefined()
  })

  test('a plural common noun after a dash names no one; a name of two words, or a singular, does', () => {
    expect(speaker(['The vote failed — Senators shouted.'], 'Senators')).toBeUndefined()
    expect(speaker(['Teachers Union said so.'], 'Teachers Union')).toBe('adopted organization: Teachers Union (organization)')
    expect(speaker(['Management said so.'], 'Management')).toBe('adopted organization: Management (organization)')
  })

  test('a person: a role before a common-word name, or a surname of a person the story named', () => {
    expect(speaker(['"Go," campaign manager Brown said.'], 'campaign manager Brown')).toBe('adopted person: Brown (name)')
    // A given name before the title is the owner's, not the speaker's.
    expect(speaker(['"Go," Ann\'s spokesperson Brown said.'], "Ann's spokesperson Brown")).toBe('adopted person: Brown (name)')
    expect(speaker(['Ann Brown spoke.', '"Go," Brown said.'], 'Brown', {'Ann Brown': {}})).toBe('adopted person: Brown (name)')
    expect(speaker(['Brown Corp spoke.', '"Go," Brown said.'], 'Brown', {'Brown Corp': {kind: 'organization'}})).toBe('adopted organization: Brown (organization)')
    // In a story of more than 300 entities, no one.
    expect(speaker(['Ann Brown spoke.', '"Go," Brown said.'], 'Brown', {'Ann Brown': {}, ...crowd(299)})).toBe('adopted person: Brown (name)')
    expect(speaker(['Ann Brown spoke.', '"Go," Brown said.'], 'Brown', {'Ann Brown': {}, ...crowd(300)})).toBe('adopted organization: Brown (organization)')
  })

  test('a person: at most three words, each rare', () => {
    expect(speaker(['"Go," Qorvex Talbridge Zanter said.'], 'Qorvex Talbridge Zanter')).toBe('adopted person: Qorvex Talbridge Zanter (name)')
    expect(speaker(['"Go," Qorvex Talbridge Zanter Pell said.'], 'Qorvex Talbridge Zanter Pell')).toBe('adopted organization: Qorvex Talbridge Zanter Pell (organization)')
    expect(speaker(['"Go," Qorvex Industries said.'], 'Qorvex Industries')).toBe('adopted organization: Qorvex Industries (organization)')
  })

  test('the adopted mention: the name\'s tokens, outside quotes, found by attribution', () => {
    const made = scene(['Bo read "campaign manager Qorvex Talbridge" aloud.'])
    const found = resolveSpeaker(phraseIn(made, 0, 'campaign manager Qorvex Talbridge'), made.blocks, made.mentionsByBlock, made.grouping)
    expect(found?.entity.name).toBe('Qorvex Talbridge')
    const mention = found!.entity.mentions[0]!
    expect(made.blocks[0]!.tokens.slice(mention.first, mention.last).map((token) => token.text)).toEqual(['Qorvex', 'Talbridge'])
    expect(mention).toMatchObject({name: 'Qorvex Talbridge', inQuote: false, evidence: {cue: 'attribution', detail: undefined}})
  })
})
