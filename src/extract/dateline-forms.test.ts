/**
 * Dateline forms seen in wire copy, local TV, newspapers and press releases,
 * one row each; all invented. Each row: the paragraph's start, then the city,
 * region and source the parser must read (or `null`: not a dateline).
 */
import {describe, expect, test} from 'vitest'
import {findCountry} from '../gazetteer/countries.js'
import {findUsState} from '../gazetteer/us-states.js'
import {articleToJsonLd} from '../index.js'
import {parseDateline} from './dateline.js'

const isRegion = (region: string) => findUsState(region) !== undefined || findCountry(region) !== undefined

type Row = [input: string, city: string, region: string | undefined, source: string | undefined, rest: string]

const forms: Row[] = [
  // Wire style: capitals, AP state abbreviation, credit in parentheses.
  ['ATHENS, Ga. (AP) — A storm', 'ATHENS', 'Ga.', 'AP', 'A storm'],
  ['FORT WAYNE, Ind. (AP) — The plant', 'FORT WAYNE', 'Ind.', 'AP', 'The plant'],
  ['LITTLE ROCK, Ark. (AP) — Voters', 'LITTLE ROCK', 'Ark.', 'AP', 'Voters'],
  ['SANTA FE, N.M. (AP) — The governor', 'SANTA FE', 'N.M.', 'AP', 'The governor'],
  ['WHEELING, W.Va. (AP) — A bridge', 'WHEELING', 'W.Va.', 'AP', 'A bridge'],
  ['BURLINGTON, Vt. (AP) — Snow', 'BURLINGTON', 'Vt.', 'AP', 'Snow'],
  ['RENO, Nev. (AP) -- A casino', 'RENO', 'Nev.', 'AP', 'A casino'],
  ['JUNEAU, Alaska (AP) — Lawmakers', 'JUNEAU', 'Alaska', 'AP', 'Lawmakers'],
  ['HONOLULU (AP) — A surf contest', 'HONOLULU', undefined, 'AP', 'A surf contest'],
  ['NEW ORLEANS (AP) — Parades', 'NEW ORLEANS', undefined, 'AP', 'Parades'],
  ['SALT LAKE CITY (AP) — A judge', 'SALT LAKE CITY', undefined, 'AP', 'A judge'],
  ['WASHINGTON (AP) — The Senate', 'WASHINGTON', undefined, 'AP', 'The Senate'],
  ['ST. PAUL, Minn. (AP) — A vote', 'ST. PAUL', 'Minn.', 'AP', 'A vote'],
  ['COEUR D’ALENE, Idaho (AP) — Fire crews', 'COEUR D’ALENE', 'Idaho', 'AP', 'Fire crews'],
  ['WINSTON-SALEM, N.C. (AP) — A plant', 'WINSTON-SALEM', 'N.C.', 'AP', 'A plant'],
  // International wires, with the country.
  ['LAGOS, Nigeria, March 3 (Reuters) - Fuel queues', 'LAGOS', 'Nigeria', 'Reuters', 'Fuel queues'],
  ['NAIROBI, Kenya (AP) — Rains', 'NAIROBI', 'Kenya', 'AP', 'Rains'],
  ['SÃO PAULO (Reuters) - Brazil', 'SÃO PAULO', undefined, 'Reuters', 'Brazil'],
  ['TOKYO, Oct 2 (Reuters) - The yen', 'TOKYO', undefined, 'Reuters', 'The yen'],
  ['FRANKFURT, Jan 14 (Reuters) - Shares', 'FRANKFURT', undefined, 'Reuters', 'Shares'],
  ['GENEVA (AFP) - Talks', 'GENEVA', undefined, 'AFP', 'Talks'],
  ['BEIRUT, Lebanon (AP) — Power cuts', 'BEIRUT', 'Lebanon', 'AP', 'Power cuts'],
  ['HANOI, Vietnam, Feb. 9 (Reuters) - Exports', 'HANOI', 'Vietnam', 'Reuters', 'Exports'],
  ['CARDIFF, Wales — Fans', 'CARDIFF', 'Wales', undefined, 'Fans'],
  ['GLASGOW, Scotland (AP) — A strike', 'GLASGOW', 'Scotland', 'AP', 'A strike'],
  ['PORT-AU-PRINCE, Haiti (AP) — Aid', 'PORT-AU-PRINCE', 'Haiti', 'AP', 'Aid'],
  // A date after the place, no dash (Reuters' old style, a paragraph of its own).
  ['OSLO 1997-02-11', 'OSLO', undefined, undefined, ''],
  ['LIMA 1997-03-04 Peru’s central bank', 'LIMA', undefined, undefined, 'Peru’s central bank'],
  ['NEW DELHI 1997-05-20', 'NEW DELHI', undefined, undefined, ''],
  ['BUENOS AIRES 1997-06-30 - Grain', 'BUENOS AIRES', undefined, undefined, 'Grain'],
  ['JUNEAU, Alaska 1997-04-02', 'JUNEAU', 'Alaska', undefined, ''],
  ['TRENTON, N.J. 1997-04-02 A judge', 'TRENTON', 'N.J.', undefined, 'A judge'],
  ['HEBRON, West Bank 1997-04-02', 'HEBRON', 'West Bank', undefined, ''],
  // Mixed case: local papers and TV sites.
  ['Boise, Idaho — The school board', 'Boise', 'Idaho', undefined, 'The school board'],
  ['Macon, Georgia (WMAZ) — A fire', 'Macon', 'Georgia', 'WMAZ', 'A fire'],
  ['Tulsa, Okla. — Crews', 'Tulsa', 'Okla.', undefined, 'Crews'],
  ['Fargo, N.D. (KVLY) - Snow', 'Fargo', 'N.D.', 'KVLY', 'Snow'],
  ['Eau Claire, Wis. — A plant', 'Eau Claire', 'Wis.', undefined, 'A plant'],
  ['Chicago — Aldermen', 'Chicago', undefined, undefined, 'Aldermen'],
  ['Chicago (WGN) — Aldermen', 'Chicago', undefined, 'WGN', 'Aldermen'],
  ['Lexington, KY (WKYT) - Police', 'Lexington', 'KY', 'WKYT', 'Police'],
  ['Bangor, ME — A mill', 'Bangor', 'ME', undefined, 'A mill'],
  ['Toledo, Ohio — Water', 'Toledo', 'Ohio', undefined, 'Water'],
  ['Laredo, Texas (KGNS) – Traffic', 'Laredo', 'Texas', 'KGNS', 'Traffic'],
  // Press releases: date after the place, credit between slashes.
  ['SAN JOSE, Calif., June 4, 2024 /PRNewswire/ -- Acme', 'SAN JOSE', 'Calif.', 'PRNewswire', 'Acme'],
  ['AUSTIN, Texas, Feb. 2, 2025 /PRNewswire/ -- Widget Co.', 'AUSTIN', 'Texas', 'PRNewswire', 'Widget Co.'],
  ['BOSTON, March 10, 2025 /PRNewswire/ -- Acme', 'BOSTON', undefined, 'PRNewswire', 'Acme'],
  ['TORONTO, Sept. 8, 2025 /CNW/ - Maple Corp.', 'TORONTO', undefined, 'CNW', 'Maple Corp.'],
  ['MIAMI, Dec. 1, 2025 /PRNewswire-HISPANIC PR WIRE/ -- Sol', 'MIAMI', undefined, 'PRNewswire-HISPANIC PR WIRE', 'Sol'],
  ['DALLAS--(BUSINESS WIRE)--Acme Corp.', 'DALLAS', undefined, 'BUSINESS WIRE', 'Acme Corp.'],
  ['NEW YORK--(BUSINESS WIRE)--Widget Inc.', 'NEW YORK', undefined, 'BUSINESS WIRE', 'Widget Inc.'],
  ['LONDON, April 2, 2025 /PRNewswire/ -- Acme plc', 'LONDON', undefined, 'PRNewswire', 'Acme plc'],
  ['Raleigh, N.C., May 6, 2025 — Acme', 'Raleigh', 'N.C.', undefined, 'Acme'],
  ['DENVER, Colo., July 7, 2025 (GLOBE NEWSWIRE) -- Peak', 'DENVER', 'Colo.', 'GLOBE NEWSWIRE', 'Peak'],
  ['SEATTLE, Nov. 3, 2025 (GLOBE NEWSWIRE) -- Rain Co.', 'SEATTLE', undefined, 'GLOBE NEWSWIRE', 'Rain Co.'],
]

const notDatelines: string[] = [
  'DENVER, police said — the suspect',
  'Columbus (WCMH) - A crash closed',
  'The Mayor Of The Big Town Said — nothing',
  'Five Big Old Tall Red Barns Burned — fast',
  'Officials Said On Monday That — more',
  'Meanwhile, back at City Hall — a vote',
  'However (as noted) — the plan',
  'DENVER, and then some — words',
  'Smith, Jones (AP) — The two',
  'Update — the road reopened',
  'GRAIN PRICES, rising fast 1997-04-02',
]

describe('dateline forms', () => {
  test('the table has at least 60 forms', () => {
    expect(forms.length + notDatelines.length).toBeGreaterThanOrEqual(60)
  })

  test.each(forms)('%j', (input, city, region, source, rest) => {
    const result = parseDateline(input, isRegion)
    expect(result && {city: result.city, region: result.region, source: result.source, rest: input.slice(result.bodyStart)}).toEqual({city, region, source, rest})
  })

  test.each(notDatelines)('not a dateline: %j', (input) => {
    expect(parseDateline(input, isRegion)).toBeUndefined()
  })
})

describe('a dateline paragraph of its own', () => {
  test('the lede is the next paragraph', () => {
    const {article} = articleToJsonLd('Grain board raises prices\n\nOSLO 1997-02-11\n\nThe grain board said on Tuesday that prices would rise.', {format: 'text'})
    expect(article.dateline).toMatchObject({text: 'OSLO 1997-02-11', city: 'Oslo'})
    expect(article.lede?.text).toBe('The grain board said on Tuesday that prices would rise.')
  })
})

describe('the places a dateline paragraph names', () => {
  const placesOf = (dateline: string) =>
    articleToJsonLd(`Grain board raises prices\n\n${dateline}\n\nThe board said on Tuesday that prices would rise.`, {format: 'text'}).article.places.map(
      (place) => `${place.name} ${place.countryCode}`
    )

  test('a city whose name is also a word: `WELLINGTON` names the capital', () => {
    expect(placesOf('WELLINGTON 1997-04-02')).toEqual(['Wellington NZ'])
  })

  test('a province written after the city is a place, and a town the gazetteer lacks a place in it, named as a reader writes it', () => {
    expect(placesOf('GRANDVIEW FALLS, British Columbia 1997-04-02')).toEqual(['British Columbia CA', 'Grandview Falls CA'])
  })
})

describe('lines above the dateline paragraph', () => {
  const release = (above: string) => `Acme opens a plant\n\n${above}\n\nTOLEDO, Ohio, March 3, 2026 /PRNewswire/ -- Acme Corp. today opened a plant.`

  test.each([
    ['a subheadline', 'New plant will employ 300 people by the end of the year'],
    ['a release notice', 'FOR IMMEDIATE RELEASE'],
    ['a subheadline and a release notice', 'New plant will employ 300 people\n\nFOR IMMEDIATE RELEASE'],
    ['a time stamp', 'March 3, 2026, 9:42 a.m. EST']
  ])('%s', (_, above) => {
    const {article} = articleToJsonLd(release(above), {format: 'text'})
    expect(article.dateline).toMatchObject({city: 'Toledo', region: 'Ohio', source: 'PRNewswire'})
    expect(article.lede?.text).toBe('Acme Corp. today opened a plant.')
  })

  test('a subheadline is the dek; a paragraph that ends a sentence is no preamble', () => {
    const {article} = articleToJsonLd(release('New plant will employ 300 people'), {format: 'text'})
    expect(article.dek?.text).toBe('New plant will employ 300 people')
    expect(articleToJsonLd(release('The plant will employ 300 people.'), {format: 'text'}).article.dateline).toBeUndefined()
    expect(articleToJsonLd(release('“We are proud,” the company said'), {format: 'text'}).article.dateline).toBeUndefined()
  })
})
