import {describe, expect, test} from 'vitest'
import {articleToJsonLd} from '../index.js'

// The places with no gazetteer entry (sites), as the public model holds them, without their mentions.
const sitesOf = (text: string) =>
  articleToJsonLd(text, {format: 'text'}).article.places.filter((place) => place.geonameId === undefined).map(({mentions, ...site}) => site)

const denver = [
  {type: 'City', name: 'Denver', geonameId: 5419384, subdivisionCode: undefined, latitude: 39.7392, longitude: -104.9847},
  {type: 'State', name: 'Colorado', geonameId: 5417618, subdivisionCode: 'US-CO', latitude: 38.9982, longitude: -105.5481},
  {type: 'Country', name: 'United States', geonameId: 6252001, subdivisionCode: undefined, latitude: 39.393, longitude: -99.3855}
]

describe('a site as the public model holds it: a Place with no id and no point, in the place the text puts it', () => {
  test('a street with its town written after it: in that town, with both kinds of evidence', () => {
    expect(sitesOf('Road work\n\nCrews closed Colfax Avenue, Denver, on Monday, officials said.')).toEqual([
      {type: 'Place', name: 'Colfax Avenue', geonameId: undefined, subdivisionCode: undefined, latitude: undefined, longitude: undefined, countryCode: 'US', admin1: 'CO', containedIn: denver, evidence: ['head-noun', 'region']}
    ])
  })

  test('a built site in the dateline’s town: its head noun is its only evidence', () => {
    expect(sitesOf('Road work\n\nDENVER — Crews closed the Tamberlin Bridge on Monday.')).toEqual([
      {type: 'Place', name: 'Tamberlin Bridge', geonameId: undefined, subdivisionCode: undefined, latitude: undefined, longitude: undefined, countryCode: 'US', admin1: 'CO', containedIn: denver, evidence: ['head-noun']}
    ])
  })

  test('a street the text puts nowhere: no country and no container', () => {
    expect(sitesOf('Road work\n\nCrews closed Quillfeather Lane on Monday, officials said.')).toEqual([
      {type: 'Place', name: 'Quillfeather Lane', geonameId: undefined, subdivisionCode: undefined, latitude: undefined, longitude: undefined, countryCode: '', admin1: undefined, containedIn: [], evidence: ['head-noun']}
    ])
  })

  test('a dateline town the gazetteer lacks: no head noun, the region written after it is its evidence', () => {
    const [town] = sitesOf('Rink reopens\n\nGRANDVIEW FALLS, British Columbia — The rink reopened on Friday.')
    expect(town).toMatchObject({type: 'Place', name: 'Grandview Falls', countryCode: 'CA', evidence: ['region']})
  })
})
