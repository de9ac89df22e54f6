import {describe, expect, test} from 'vitest'
import {articleToJsonLd} from '../index.js'

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
