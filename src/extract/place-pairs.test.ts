import {describe, expect, test} from 'vitest'
import type {PlaceCandidate} from '../gazetteer/gazetteer.js'
import {articleToJsonLd} from '../index.js'
import {paragraph, placeMentions} from '../../test/helpers/place-mentions.js'
import {containsPlace, writtenPairs} from './place-pairs.js'

// A gazetteer entry with only what containment reads; the rest is filler.
const place = (kind: PlaceCandidate['kind'], countryCode: string, admin1?: string): PlaceCandidate =>
  ({geonameId: 1, code: undefined, name: 'X', kind, countryCode, admin1, latitude: 0, longitude: 0, population: 0}) as PlaceCandidate

describe('containsPlace: whether a written region holds a reading of the name before it', () => {
  test('a country holds its towns and its US counties, not another country’s', () => {
    expect(containsPlace(place('country', 'NG'), place('city', 'NG', '05'))).toBe(true)
    expect(containsPlace(place('country', 'US'), place('division', 'US', 'CO'))).toBe(true)
    expect(containsPlace(place('country', 'NE'), place('city', 'NG', '05'))).toBe(false)
  })

  test('a province, state or country abroad is a region itself, not a place inside another', () => {
    expect(containsPlace(place('country', 'NG'), place('division', 'NG'))).toBe(false)
    expect(containsPlace(place('country', 'NG'), place('country', 'NG'))).toBe(false)
    expect(containsPlace(place('country', 'US'), place('state', 'US', 'CO'))).toBe(false)
  })

  test('a US state or a UK nation holds the places of its own admin1 code only', () => {
    expect(containsPlace(place('state', 'US', 'OR'), place('city', 'US', 'OR'))).toBe(true)
    expect(containsPlace(place('state', 'US', 'OR'), place('city', 'US', 'IL'))).toBe(false)
    expect(containsPlace(place('area', 'GB', 'ENG'), place('city', 'GB', 'ENG'))).toBe(true)
    expect(containsPlace(place('area', 'GB', 'ENG'), place('city', 'GB', 'SCT'))).toBe(false)
  })

  test('a continent (an area with no country) holds no town by this rule', () => {
    expect(containsPlace(place('area', ''), place('city', 'NG', '05'))).toBe(false)
  })

  test('a town holds no town: `Hinton, Paris` is no pair', () => {
    expect(containsPlace(place('city', 'CA', '08'), place('city', 'CA', '08'))).toBe(false)
    // Nor one with no first-order division recorded (a city-state's), though a province abroad has none either.
    expect(containsPlace(place('city', 'SG'), place('city', 'SG'))).toBe(false)
  })

  test('a division abroad holds the towns of its country (its codes and GeoNames’ differ), not a county', () => {
    expect(containsPlace(place('division', 'CA'), place('city', 'CA', '01'))).toBe(true)
    expect(containsPlace(place('division', 'US', 'CO'), place('city', 'US', 'CO'))).toBe(false)
    expect(containsPlace(place('division', 'US'), place('division', 'US', 'CO'))).toBe(false)
  })
})

const placesOf = (text: string) =>
  articleToJsonLd(text, {format: 'text'}).article.places.map((item) => `${item.name} ${item.countryCode}.${item.admin1 ?? ''}`)

describe('written pairs in a story', () => {
  test('`Town, Region` settles the town inside the region, though another reading is larger', () => {
    expect(placesOf('Mill closes\n\nThe mill in Paris, Texas, will close, workers said.')).toEqual(['Paris US.TX', 'Texas US.TX'])
  })
})

/**
 * The pairs `writtenPairs` finds among the place names of an invented paragraph, as `town → region (kind)`
 * and `region mention → region (kind)`. `names` lists the recognized names in order; `Town>Region` gives
 * the town the region the recognizer wrote after it.
 */
function pairsIn(text: string, ...names: string[]) {
  const analyzed = paragraph(text)
  const mentions = placeMentions(analyzed, names)
  const {within, regions} = writtenPairs(mentions, [analyzed])
  const show = (map: ReadonlyMap<{name: string}, PlaceCandidate>) => [...map].map(([mention, region]) => `${mention.name} → ${region.name} (${region.kind})`)
  return {within: show(within), regions: show(regions)}
}

describe('writtenPairs: `Town, Region` written in a paragraph', () => {
  test('a town, a comma and a region that holds it settle both, mid-sentence or at the end', () => {
    expect(pairsIn('Crews from Hinton, Alberta, arrived.', 'Hinton', 'Alberta')).toEqual({within: ['Hinton → Alberta (division)'], regions: ['Alberta → Alberta (division)']})
    expect(pairsIn('Crews arrived in Hinton, Alberta.', 'Hinton', 'Alberta').within).toEqual(['Hinton → Alberta (division)'])
    expect(pairsIn('Crews arrived in Hinton, Alberta', 'Hinton', 'Alberta').within).toEqual(['Hinton → Alberta (division)'])
  })

  test('every pair of the paragraph counts, and the region read is the one holding the town', () => {
    expect(pairsIn('Crews from Hinton, Alberta, met crews from Paris, Texas.', 'Hinton', 'Alberta', 'Paris', 'Texas').within).toEqual(['Hinton → Alberta (division)', 'Paris → Texas (state)'])
  })

  test('no comma, or no name after the comma, is no pair', () => {
    expect(pairsIn('Crews from Hinton and Alberta arrived.', 'Hinton', 'Alberta').within).toEqual([])
    expect(pairsIn('Crews from Hinton, which Alberta funds, arrived.', 'Hinton', 'Alberta').within).toEqual([])
    expect(pairsIn('Crews left Hinton', 'Hinton').within).toEqual([])
  })

  test('a region that holds none of the town’s readings is no pair', () => {
    expect(pairsIn('Crews from Giza, Alberta, arrived.', 'Giza', 'Alberta').within).toEqual([])
    expect(pairsIn('Crews from Hinton, Paris, arrived.', 'Hinton', 'Paris').within).toEqual([])
  })

  test('a region written after a town the gazetteer lacks is read as a region whatever the town', () => {
    expect(pairsIn('Crews from Thruxton, Hampshire, arrived.', 'Thruxton>Hampshire', 'Hampshire')).toEqual({within: ['Thruxton → Hampshire (division)'], regions: ['Hampshire → Hampshire (division)']})
    // Without the recognizer's region, an unknown name before a comma is no town.
    expect(pairsIn('Crews from Thruxton, Hampshire, arrived.', 'Thruxton', 'Hampshire').within).toEqual([])
    // A known town must still lie in the region, whatever the recognizer wrote.
    expect(pairsIn('Crews from Giza, Alberta, arrived.', 'Giza>Alberta', 'Alberta').within).toEqual([])
  })

  test('a state, country or continent/UK nation first is a region itself, though a town has its name', () => {
    expect(pairsIn('Fires in California, United States, spread.', 'California', 'United States').within).toEqual([])
    expect(pairsIn('Fires in Mexico, United States, spread.', 'Mexico', 'United States').within).toEqual([])
    expect(pairsIn('Fires in Wales, United Kingdom, spread.', 'Wales', 'United Kingdom').within).toEqual([])
  })

  test('a list that goes on after the region is a list, not a pair (`Cairo, Giza and Alexandria`)', () => {
    expect(pairsIn('Crowds met in Cairo, Giza and Alexandria.', 'Cairo', 'Giza', 'Alexandria').within).toEqual([])
    expect(pairsIn('Crowds met in Cairo, Giza or Alexandria.', 'Cairo', 'Giza', 'Alexandria').within).toEqual([])
    expect(pairsIn('Crowds met in Cairo, Giza, and Alexandria.', 'Cairo', 'Giza', 'Alexandria').within).toEqual([])
    expect(pairsIn('Crowds met in Cairo, Giza, or Alexandria.', 'Cairo', 'Giza', 'Alexandria').within).toEqual([])
    expect(pairsIn('Crowds met in Cairo, Giza, Luxor and Alexandria.', 'Cairo', 'Giza', 'Luxor', 'Alexandria').within).toEqual([])
  })

  test('a place that starts the next sentence ends no list', () => {
    expect(pairsIn('Crowds met in Cairo, Giza. Luxor was calm.', 'Cairo', 'Giza', 'Luxor').within).toEqual(['Cairo → Giza (division)'])
  })

  test('a name after the region’s comma that is no place name ends no list', () => {
    expect(pairsIn('Crowds met in Cairo, Giza, Friday and Saturday.', 'Cairo', 'Giza').within).toEqual(['Cairo → Giza (division)'])
    expect(pairsIn('Crowds met in Cairo, Giza, the police said.', 'Cairo', 'Giza').within).toEqual(['Cairo → Giza (division)'])
  })

  test('a town that is itself an item of a list (after a comma, `and` or `or`) is no pair', () => {
    expect(pairsIn('Crowds met in Luxor, Cairo, Giza.', 'Luxor', 'Cairo', 'Giza').within).toEqual([])
    expect(pairsIn('Crowds met in Luxor and Cairo, Giza.', 'Luxor', 'Cairo', 'Giza').within).toEqual([])
    expect(pairsIn('Crowds met in Luxor or Cairo, Giza.', 'Luxor', 'Cairo', 'Giza').within).toEqual([])
  })

  test('a paragraph’s first name can be a town, and one cut off after the region’s comma is still a pair', () => {
    expect(pairsIn('Cairo, Giza, is calm.', 'Cairo', 'Giza').within).toEqual(['Cairo → Giza (division)'])
    expect(pairsIn('Crowds met in Cairo, Giza,', 'Cairo', 'Giza').within).toEqual(['Cairo → Giza (division)'])
  })
})

describe('lists of places in a story', () => {
  test('`Cairo, Giza and Alexandria` is three cities, not Cairo in the Giza governorate', () => {
    expect(placesOf('Protests spread\n\nCrowds gathered in Cairo, Giza and Alexandria on Friday.')).toEqual(['Cairo EG.11', 'Giza EG.08', 'Alexandria EG.06'])
  })
})
