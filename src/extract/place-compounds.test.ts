import {describe, expect, test} from 'vitest'
import {paragraph} from '../../test/helpers/place-mentions.js'
import {compoundPlaceMentions} from './place-compounds.js'

/** The compound places of one invented paragraph: name, the text they cover, their words and evidence. */
const compounds = (text: string, start?: number) =>
  compoundPlaceMentions(paragraph(text), start).map((mention) => ({
    name: mention.name,
    text: text.slice(mention.start, mention.end),
    words: mention.run.tokens.slice(mention.first, mention.last).map((token) => token.text),
    kind: mention.kind,
    evidence: mention.evidence
  }))

describe('compoundPlaceMentions: a place before -based, -born or -headquartered', () => {
  test('`Seattle-based` names Seattle, over the compound’s first part only', () => {
    expect(compounds('The Seattle-based chain opened a store.')).toEqual([
      {name: 'Seattle', text: 'Seattle', words: ['Seattle-based'], kind: 'place', evidence: {cue: 'gazetteer', detail: 'compound'}}
    ])
  })

  test('each suffix counts, in any case', () => {
    expect(compounds('An Ottawa-born singer and an OTTAWA-HEADQUARTERED bank met.').map(({text}) => text)).toEqual(['Ottawa', 'OTTAWA'])
  })

  test('one or two capitalized words before it make the longest name the gazetteer knows', () => {
    expect(compounds('The New York-based squad won.').map(({name, words}) => [name, words])).toEqual([['New York', ['New', 'York-based']]])
    expect(compounds('A San Luis Obispo-based firm won.').map(({name, words}) => [name, words])).toEqual([['San Luis Obispo', ['San', 'Luis', 'Obispo-based']]])
  })

  test('the words before must be capitalized words: a lower-case word or a mark ends the name', () => {
    expect(compounds('Fans of York-based teams cheered.').map(({name}) => name)).toEqual(['York'])
    expect(compounds('Its “New York-based” squad won.').map(({name}) => name)).toEqual(['New York'])
    expect(compounds('New, York-based squads won.').map(({name}) => name)).toEqual(['York'])
  })

  test('a compound at the paragraph’s start, or right after its first word', () => {
    expect(compounds('Seattle-based firms grew.').map(({name}) => name)).toEqual(['Seattle'])
    expect(compounds('New York-based firms grew.').map(({name}) => name)).toEqual(['New York'])
  })

  test('no place: a name the gazetteer lacks, a word that is also a town (`home-based`, Home, Wash.), another suffix', () => {
    expect(compounds('The Zorblax-based chain and the home-based shop and the Seattle-area firm grew.')).toEqual([])
  })

  test('a name that starts with a lower-case particle is a name all the same (`’s-Hertogenbosch-based`)', () => {
    expect(compounds('An ’s-Hertogenbosch-based firm grew.').map(({name}) => name)).toEqual(['s-Hertogenbosch'])
  })

  test('a hyphenated town before the suffix is that town (`Winston-Salem-based`)', () => {
    expect(compounds('The Winston-Salem-based bank grew.').map(({name, text}) => [name, text])).toEqual([['Winston-Salem', 'Winston-Salem']])
  })

  test('only from `start` on: a dateline before it is read by its own parser', () => {
    const text = 'SEATTLE-BASED (AP) — A Portland-based chain grew.'
    expect(compounds(text, text.indexOf('A ')).map(({name}) => name)).toEqual(['Portland'])
    expect(compounds(text).map(({name}) => name)).toEqual(['SEATTLE', 'Portland'])
  })
})
