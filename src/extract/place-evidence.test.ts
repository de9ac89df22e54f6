import {describe, expect, test} from 'vitest'
import type {PlaceCandidate} from '../gazetteer/gazetteer.js'
import {paragraph, placeMentions} from '../../test/helpers/place-mentions.js'
import type {Evidence} from './mention.js'
import {hasAreaHeadNoun, hasLocativePreposition, placeEvidence} from './place-evidence.js'

/** The one place mention `name` in an invented paragraph, and the paragraph as the list of blocks. */
const mentionIn = (text: string, name: string, evidence?: Evidence) => {
  const analyzed = paragraph(text)
  return {mention: placeMentions(analyzed, [name], evidence)[0]!, blocks: [analyzed]}
}

const preposition = (text: string, name: string, evidence?: Evidence) => {
  const {mention, blocks} = mentionIn(text, name, evidence)
  return hasLocativePreposition(mention, blocks)
}

const headNoun = (text: string, name: string) => {
  const {mention, blocks} = mentionIn(text, name)
  return hasAreaHeadNoun(mention, blocks)
}

describe('hasLocativePreposition: the text puts something in the place', () => {
  test('a locative preposition right before the name, in any case', () => {
    expect(preposition('The fair opened in Aurora on Friday.', 'Aurora')).toBe(true)
    expect(preposition('Near Boise, the fair opened.', 'Boise')).toBe(true)
    expect(preposition('Crews drove toward Boise.', 'Boise')).toBe(true)
  })

  test('another word, or no word at all: no preposition', () => {
    expect(preposition('The fair left Aurora on Friday.', 'Aurora')).toBe(false)
    expect(preposition('Aurora opened its fair.', 'Aurora')).toBe(false)
  })
})

describe('hasAreaHeadNoun: a head noun of an area beside the name', () => {
  test('right after the name, or as `the province of` before it', () => {
    expect(headNoun('Floods hit Zhejiang province on Friday.', 'Zhejiang')).toBe(true)
    expect(headNoun('Floods hit the state of Queensland.', 'Queensland')).toBe(true)
    expect(headNoun('Floods hit Queensland state', 'Queensland')).toBe(true)
  })

  test('`of` after another word, or a head noun with no `of`, is none', () => {
    expect(headNoun('Floods hit the capital of Queensland.', 'Queensland')).toBe(false)
    expect(headNoun('The state Queensland flooded.', 'Queensland')).toBe(false)
    expect(headNoun('Of Queensland, little was said.', 'Queensland')).toBe(false)
    expect(headNoun('Floods hit the state capital Brisbane.', 'Brisbane')).toBe(false)
  })

  test('a name that starts or ends the paragraph has no head noun on that side', () => {
    expect(headNoun('Queensland flooded.', 'Queensland')).toBe(false)
    expect(headNoun('Floods hit Queensland', 'Queensland')).toBe(false)
  })

  test('a plural head noun after a list the name starts, ends or is in', () => {
    expect(headNoun('Floods hit Limpopo and Gauteng provinces.', 'Limpopo')).toBe(true)
    expect(headNoun('Floods hit North West and Limpopo provinces.', 'North West')).toBe(true)
    expect(headNoun('Floods hit Kerala, Goa and Tamil Nadu states.', 'Kerala')).toBe(true)
    expect(headNoun('Floods hit Limpopo provinces', 'Limpopo')).toBe(true)
  })

  test('the list ends at a word that is neither a name nor a joiner, at a mark, or at the paragraph’s end', () => {
    expect(headNoun('Floods hit Limpopo and then two provinces.', 'Limpopo')).toBe(false)
    expect(headNoun('Floods hit Limpopo; provinces asked for aid.', 'Limpopo')).toBe(false)
    expect(headNoun('Floods hit Limpopo and Gauteng', 'Limpopo')).toBe(false)
  })

  test('the plural head noun counts within eight tokens of the name’s end, not further', () => {
    expect(headNoun('Floods hit Kerala, Goa, Assam and Tamil Nadu states.', 'Kerala')).toBe(true)
    expect(headNoun('Floods hit Kerala, Goa, Assam, Bihar and Odisha states.', 'Kerala')).toBe(false)
  })

  test('one word that is also a common word describes the areas, it names none', () => {
    expect(headNoun('Floods hit Northern and Eastern provinces.', 'Northern')).toBe(false)
    // A head noun right after it still counts.
    expect(headNoun('Floods hit Northern province.', 'Northern')).toBe(true)
  })
})

// A gazetteer entry with only what the evidence reads.
const place = (kind: PlaceCandidate['kind']) => ({kind, name: 'X', countryCode: 'ZA'}) as PlaceCandidate
const none = {inDatelineRegion: false, colocated: false}

describe('placeEvidence: every kind of evidence a place’s mentions and resolution gave, sorted', () => {
  test('the gazetteer alone gives none', () => {
    const {mention, blocks} = mentionIn('Floods hit Limpopo.', 'Limpopo')
    expect(placeEvidence([mention], place('division'), none, blocks)).toEqual([])
  })

  test('a preposition and a head noun, for an area', () => {
    const {mention, blocks} = mentionIn('Floods hit towns in Limpopo province.', 'Limpopo')
    expect(placeEvidence([mention], place('division'), none, blocks)).toEqual(['head-noun', 'preposition'])
  })

  test('a head noun says nothing for a city (`Quebec City`, `Mexico City` are cities with a head noun)', () => {
    const {mention, blocks} = mentionIn('Floods hit towns in Limpopo province.', 'Limpopo')
    expect(placeEvidence([mention], place('city'), none, blocks)).toEqual(['preposition'])
  })

  test('a region written after it, a title it qualifies, and the facts of its resolution', () => {
    const analyzed = paragraph('Houma, La., crews met the Houma Mayor.')
    const [written] = placeMentions(analyzed, ['Houma>La.'])
    const [qualifier] = placeMentions(analyzed, ['Houma', 'Houma'], {cue: 'title', detail: 'title qualifier'}).slice(1)
    expect(placeEvidence([written!, qualifier!], place('city'), {inDatelineRegion: true, colocated: true}, [analyzed])).toEqual([
      'colocation',
      'dateline-region',
      'region',
      'title-qualifier'
    ])
  })

  test('a dateline mention gives `dateline`, and no preposition or head noun from the words around it', () => {
    const {mention, blocks} = mentionIn('In LIMPOPO province, floods hit.', 'LIMPOPO', {cue: 'dateline', detail: undefined})
    expect(placeEvidence([mention], place('division'), none, blocks)).toEqual(['dateline'])
  })
})
