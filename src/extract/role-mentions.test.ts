// Role nouns that stand for a person named earlier (`the mayor said`), on invented paragraphs with
// hand-made mentions (test/helpers/scene.ts).
import {describe, expect, test} from 'vitest'
import {type OtherBlock, type Part, scene} from '../../test/helpers/scene.js'
import {findRoleMentions, withMentions} from './role-mentions.js'

/** Each role mention as `role noun → name (gender) at block:token`. */
function roleMentions(blocks: readonly (string | OtherBlock)[], cast: Record<string, Part>, order?: readonly number[]) {
  const made = scene(blocks, cast)
  const coreference = {entityOf: made.grouping.entityOf, genderOf: (entity: {gender: string}) => (entity.gender === 'unknown' ? 'female' : entity.gender)} as Parameters<typeof findRoleMentions>[3]
  return findRoleMentions(made.blocks, order ?? made.blocks.map((_, index) => index), made.mentionsByBlock, coreference).map(({entity, mention}) => {
    const tokens = made.blocks[mention.block]!.tokens
    const words = tokens.slice(mention.first, mention.last).map((token) => token.text).join(' ')
    expect(mention.name).toBe(entity.name)
    expect(mention.kind).toBe('person')
    expect(mention.evidence).toEqual({cue: 'role-noun', detail: tokens[mention.first + 1]!.lower})
    return `${words} → ${entity.name} (${mention.gender}) at ${mention.block}:${mention.first}`
  })
}

describe('findRoleMentions', () => {
  test('`the` and a role noun after a person with that title or role', () => {
    expect(roleMentions(['Mayor Ruth Alder spoke.', 'Then the mayor left.'], {'Ruth Alder': {titles: ['mayor'], gender: 'female'}})).toEqual(['the mayor → Ruth Alder (female) at 1:1'])
    expect(roleMentions(['Ruth Alder, a biologist, spoke. The biologist left.'], {'Ruth Alder': {roles: ['biologist'], gender: 'male'}})).toEqual(['The biologist → Ruth Alder (male) at 0:8'])
    // A related role word: an ecologist is a researcher.
    expect(roleMentions(['Ruth Alder spoke. Then the researcher left.'], {'Ruth Alder': {roles: ['ecologist']}})).toEqual(['the researcher → Ruth Alder (female) at 0:5'])
  })

  test('the last person seen with the role', () => {
    const cast: Record<string, Part> = {'Ruth Alder': {roles: ['coach']}, 'Tom Reyes': {roles: ['coach']}}
    expect(roleMentions(['Ruth Alder and Tom Reyes spoke. Then the coach left.'], cast)).toEqual(['the coach → Tom Reyes (female) at 0:8'])
    expect(roleMentions(['Tom Reyes and Ruth Alder spoke. Then the coach left.'], cast)).toEqual(['the coach → Ruth Alder (female) at 0:8'])
  })

  test('in the order given, which need not be the blocks\' order', () => {
    const cast: Record<string, Part> = {'Ruth Alder': {roles: ['coach']}}
    expect(roleMentions(['Then the coach left.', 'Ruth Alder spoke.'], cast, [1, 0])).toEqual(['the coach → Ruth Alder (female) at 0:1'])
    expect(roleMentions(['Then the coach left.', 'Ruth Alder spoke.'], cast)).toEqual([])
  })

  test('not before the person is named, not for an organization, not without `the`', () => {
    expect(roleMentions(['Then the coach left. Ruth Alder spoke.'], {'Ruth Alder': {roles: ['coach']}})).toEqual([])
    expect(roleMentions(['Acme Corp spoke. Then the coach left.'], {'Acme Corp': {kind: 'organization', roles: ['coach']}})).toEqual([])
    expect(roleMentions(['Ruth Alder spoke. Then a coach left.'], {'Ruth Alder': {roles: ['coach']}})).toEqual([])
    expect(roleMentions(['Ruth Alder spoke. Then the tall coach left.'], {'Ruth Alder': {roles: ['coach']}})).toEqual([])
  })

  test('not a capitalized role, not a word that is no role, not a role no one holds', () => {
    expect(roleMentions(['Ruth Alder spoke. Then the Coach left.'], {'Ruth Alder': {roles: ['coach']}})).toEqual([])
    expect(roleMentions(['Ruth Alder spoke. Then the car left.'], {'Ruth Alder': {roles: ['car']}})).toEqual([])
    expect(roleMentions(['Ruth Alder spoke. Then the mayor left.'], {'Ruth Alder': {roles: ['coach']}})).toEqual([])
    expect(roleMentions(['Ruth Alder spoke. Then the'], {'Ruth Alder': {roles: ['coach']}})).toEqual([])
  })

  test('not inside a quote, and not before a name (`the coach Dana Whitfield`)', () => {
    expect(roleMentions(['Ruth Alder spoke. "Ask the coach," Bo said.'], {'Ruth Alder': {roles: ['coach']}})).toEqual([])
    expect(roleMentions(['Ruth Alder spoke. Then the coach Dana Whitfield left.'], {'Ruth Alder': {roles: ['coach']}})).toEqual([])
    expect(roleMentions(['Ruth Alder spoke. Then the coach dana left.'], {'Ruth Alder': {roles: ['coach']}})).toEqual(['the coach → Ruth Alder (female) at 0:5'])
  })
})

test('a mention that names no entity (a place) sets no role; a role noun that ends the paragraph', () => {
  const cast: Record<string, Part> = {'Ruth Alder': {roles: ['coach']}, Denver: {kind: 'place'}}
  expect(roleMentions(['Ruth Alder spoke in Denver. Then came the coach'], cast)).toEqual(['the coach → Ruth Alder (female) at 0:8'])
})

test('a block with no list of mentions is read as one without mentions', () => {
  const made = scene(['Ruth Alder spoke.', 'Then the coach left.'], {'Ruth Alder': {roles: ['coach']}})
  const coreference = {entityOf: made.grouping.entityOf, genderOf: () => 'female' as const}
  expect(findRoleMentions(made.blocks, [0, 1], [made.mentionsByBlock[0]!], coreference).map(({entity}) => entity.name)).toEqual(['Ruth Alder'])
})

describe('withMentions', () => {
  test('adds mentions to their blocks in token order, leaving the input as it was', () => {
    const made = scene(['Ruth Alder met Tom Reyes.', 'Bo Lee left.'], {'Ruth Alder': {}, 'Tom Reyes': {}, 'Bo Lee': {}})
    const [first, second] = made.mentionsByBlock
    const [alder, reyes] = first!
    const input = [[reyes!], second!]
    const result = withMentions(input, [alder!])
    expect(result).toEqual([[alder, reyes], second])
    expect(input[0]).toEqual([reyes])
    expect(result[1]).not.toBe(input[1])
    // A mention of a block past the list is dropped.
    expect(withMentions([[reyes!]], [second![0]!])).toEqual([[reyes]])
    expect(withMentions(input, [])).toEqual(input)
  })
})
