import {describe, expect, test} from 'vitest'
import type {PlaceCandidate} from '../gazetteer/gazetteer.js'
import {articleToJsonLd} from '../index.js'
import {containsPlace} from './place-pairs.js'

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

  test('a continent (an area with no admin1) holds no town by this rule', () => {
    expect(containsPlace(place('area', 'NG'), place('city', 'NG', '05'))).toBe(false)
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
