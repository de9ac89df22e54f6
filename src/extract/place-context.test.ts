import {describe, expect, test} from 'vitest'
import type {Dateline} from '../article.js'
import {SourceMap} from '../document/source-map.js'
import {findCountry} from '../gazetteer/countries.js'
import {findUsState} from '../gazetteer/us-states.js'
import {articleToJsonLd} from '../index.js'
import {analyzeBlock} from './analyze.js'
import {parseDateline} from './dateline.js'
import {datelinePlaceMentions, placeContext} from './place-context.js'

const article = (text: string) => articleToJsonLd(text, {format: 'text'}).article
const placesOf = (text: string) => article(text).places.map((place) => `${place.name} ${place.countryCode}.${place.admin1 ?? ''}`)

describe('the dateline’s places', () => {
  test('the city and its region are places mentioned where the dateline writes them', () => {
    const text = 'Rink reopens\n\nSPRINGFIELD, Ore. (AP) — The rink reopened on Friday.'
    const mentions = article(text).places.map((place) => [place.name, place.mentions.map((mention) => [mention.text, mention.position?.start.offset, mention.position?.end.offset])])
    const at = text.indexOf('SPRINGFIELD')
    expect(mentions).toEqual([
      ['Springfield', [['SPRINGFIELD', at, at + 'SPRINGFIELD'.length]]],
      ['Oregon', [['Ore.', text.indexOf('Ore.'), text.indexOf('Ore.') + 4]]]
    ])
  })

  test('a country, a province abroad or a UK nation as the region is a place too', () => {
    expect(placesOf('Rink reopens\n\nTOLEDO, Spain — The rink reopened on Friday.')).toEqual(['Toledo ES.54', 'Spain ES.'])
    expect(placesOf('Rink reopens\n\nNORTHAMPTON, England — The rink reopened on Friday.')).toEqual(expect.arrayContaining(['England GB.ENG']))
    expect(placesOf('Rink reopens\n\nLONDON, Ontario — The rink reopened on Friday.')).toEqual(['London CA.08', 'Ontario CA.'])
  })

  test('a town’s name in the region’s place is no place of its own', () => {
    expect(placesOf('Rink reopens\n\nPARIS, Springfield — The rink reopened on Friday.')).toEqual(['Paris FR.11'])
  })

  test('a dateline town the gazetteer lacks is a place named as a reader writes it, in its region', () => {
    const [town] = article('Rink reopens\n\nPEMBERTON, British Columbia — The rink reopened on Friday.').places.filter((place) => place.geonameId === undefined)
    expect(town).toMatchObject({name: 'Pemberton', containedIn: [expect.objectContaining({name: 'British Columbia'}), expect.objectContaining({name: 'Canada'})]})
  })
})

describe('federal news: `Washington` is the capital', () => {
  // Washington State towns pull `Washington` to the state unless the story is about the federal government.
  const story = (more: string, dateline = '') =>
    `Salmon rules\n\n${dateline}Boat owners from Tacoma and Yakima met in Olympia on Monday. Leaders in Washington were asked to act${more}.`

  test('among the state’s towns, `Washington` is the state', () => {
    expect(placesOf(story(''))).toContain('Washington US.WA')
  })

  test('Congress or the White House in the text makes it the capital', () => {
    expect(placesOf(story(', and Congress will vote'))).toContain('Washington, D.C. US.DC')
    expect(placesOf(story(', and the White House agreed'))).toContain('Washington, D.C. US.DC')
  })

  test('`White` before another word, or `House` alone, is no such cue', () => {
    expect(placesOf(story(', and the White Sox agreed. House prices rose'))).toContain('Washington US.WA')
  })

  test('a `WASHINGTON` dateline with no region makes it the capital; one with a region is that town', () => {
    expect(placesOf(story('', 'WASHINGTON (AP) — '))).toContain('Washington, D.C. US.DC')
    const inPennsylvania = placesOf(story('', 'WASHINGTON, Pa. (AP) — '))
    expect(inPennsylvania).toContain('Washington US.PA')
    expect(inPennsylvania).not.toContain('Washington, D.C. US.DC')
  })
})

// The unit under test on one invented lede paragraph, parsed as the pipeline parses it.
const lede = (text: string) => {
  const analyzed = analyzeBlock({kind: 'paragraph', text, group: 0, map: new SourceMap()}, 0)
  const parsed = parseDateline(text, (region) => findUsState(region) !== undefined || findCountry(region) !== undefined)!
  return datelinePlaceMentions(analyzed, parsed).map((mention) => ({
    name: mention.name,
    words: mention.run.tokens.slice(mention.first, mention.last).map((token) => token.text),
    text: text.slice(mention.start, mention.end),
    region: mention.region,
    evidence: mention.evidence,
    inQuote: mention.inQuote
  }))
}

describe('datelinePlaceMentions: the dateline’s city and region as mentions over their own words', () => {
  test('each mention covers exactly its words, not the comma, the credit or the dash, and is no quoted speech', () => {
    expect(lede('SPRINGFIELD, Ore. (AP) — The rink reopened.')).toEqual([
      {name: 'Springfield', words: ['SPRINGFIELD'], text: 'SPRINGFIELD', region: 'Ore.', evidence: {cue: 'dateline', detail: 'Ore.'}, inQuote: false},
      {name: 'Oregon', words: ['Ore.'], text: 'Ore.', region: undefined, evidence: {cue: 'dateline', detail: undefined}, inQuote: false}
    ])
  })

  test('a city or region of several words covers all of them', () => {
    expect(lede('GRAND FORKS, British Columbia — The rink reopened.').map(({words}) => words)).toEqual([['GRAND', 'FORKS'], ['British', 'Columbia']])
  })

  test('the region is found after the city, though the city’s name holds it', () => {
    expect(lede('Kansas City, Kansas — The rink reopened.').map(({name, words, text}) => [name, words, text])).toEqual([
      ['Kansas City', ['Kansas', 'City'], 'Kansas City'],
      ['Kansas', ['Kansas'], 'Kansas']
    ])
  })

  test('a city alone is one mention with no region', () => {
    expect(lede('LONDON — The rink reopened.')).toEqual([{name: 'London', words: ['LONDON'], text: 'LONDON', region: undefined, evidence: {cue: 'dateline', detail: undefined}, inQuote: false}])
  })
})

describe('placeContext: where the story is', () => {
  const blocks = (...texts: string[]) => texts.map((text, index) => analyzeBlock({kind: 'paragraph', text, group: 0, map: new SourceMap()}, index))
  const dateline = {text: 'SPRINGFIELD, Ore.', city: 'Springfield', state: 'OR', country: 'US'} as Dateline

  test('the dateline’s state and country, and the blocks, are the context', () => {
    const analyzed = blocks('The rink reopened.')
    expect(placeContext(analyzed, dateline, undefined)).toEqual({state: 'OR', country: 'US', federal: false, datelineCity: undefined, blocks: analyzed})
    expect(placeContext(analyzed, undefined, undefined)).toMatchObject({state: undefined, country: undefined})
  })

  test('Congress or the White House in any block is federal news', () => {
    expect(placeContext(blocks('The rink reopened.', 'Congress will vote.'), undefined, undefined).federal).toBe(true)
    expect(placeContext(blocks('Aides at the White House agreed.'), undefined, undefined).federal).toBe(true)
  })

  test('`White` at a block’s end, or before another word, is no such cue', () => {
    expect(placeContext(blocks('A talk with Jane White', 'The White Sox won.'), undefined, undefined).federal).toBe(false)
  })
})
