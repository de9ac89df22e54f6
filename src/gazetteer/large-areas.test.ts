import {describe, expect, test} from 'vitest'
import {articleToJsonLd} from '../index.js'
import {containingPlaces, placeById, placeCandidates} from './gazetteer.js'
import {largeAreas} from './large-areas.js'

describe('large areas', () => {
  test('each has its own GeoNames id, none shared with a country', () => {
    const ids = largeAreas.map((item) => item.geonameId)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(placeById(id)?.kind).toBe('area')
  })

  test.each([
    ['Africa', 6255146],
    ['europe', 6255148],
    ['North America', 6255149],
    ['England', 6269131],
    ['Scotland', 2638360],
    ['Wales', 2634895],
    ['N. Ireland', 2641364],
  ])('%s is found by name', (name, geonameId) => {
    expect(placeCandidates(name).map((item) => item.geonameId)).toContain(geonameId)
  })

  test('a UK nation lies in the United Kingdom; a continent in nothing', () => {
    expect(containingPlaces(placeById(2638360)!).map((item) => item.geonameId)).toEqual([2635167])
    expect(containingPlaces(placeById(6255146)!)).toEqual([])
  })
})

describe('large areas in an article', () => {
  const text = [
    'Bird flu reaches new farms',
    '',
    'The strain has moved through flocks in Asia and Africa, and inspectors in Scotland and Wales said on Friday that farms near the coast were being watched.',
  ].join('\n')

  test('continents are Continent places, nations AdministrativeArea places', () => {
    const {article} = articleToJsonLd(text, {format: 'text'})
    const byName = new Map(article.places.map((place) => [place.name, place]))
    expect(byName.get('Asia')).toMatchObject({type: 'Continent', geonameId: 6255147})
    expect(byName.get('Africa')).toMatchObject({type: 'Continent', geonameId: 6255146})
    expect(byName.get('Scotland')).toMatchObject({type: 'AdministrativeArea', geonameId: 2638360, countryCode: 'GB'})
    expect(byName.get('Wales')).toMatchObject({type: 'AdministrativeArea', countryCode: 'GB'})
  })

  test('a continent outranks a small town of the same name', () => {
    expect(placeCandidates('Asia')[0]?.geonameId).toBe(6255147)
  })
})
