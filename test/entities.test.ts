import {describe, expect, test} from 'vitest'
import {articleToJsonLd} from '../src/index.js'

function extract(body: string) {
  return articleToJsonLd('Headline\n\n' + body, {format: 'text'}).article
}

function names(body: string) {
  const article = extract(body)
  return {
    people: article.entities.filter((entity) => entity.type === 'Person').map((entity) => entity.name),
    organizations: article.entities.filter((entity) => entity.type === 'Organization').map((entity) => entity.name),
    places: article.places.map((place) => [place.name, place.geonameId])
  }
}

describe('people and organizations', () => {
  test('one entity per person: full name, surname and title plus surname merge', () => {
    const article = extract('Aurora Councilmember Danielle Jurgens spoke first. Jurgens said no. Councilmember Jurgens left.')
    expect(article.entities).toEqual([
      {
        type: 'Person',
        name: 'Danielle Jurgens',
        alternateNames: [],
        jobTitle: 'Councilmember',
        memberOf: 'Aurora City Council',
        mentions: [
          expect.objectContaining({text: 'Danielle Jurgens'}),
          expect.objectContaining({text: 'Jurgens'}),
          expect.objectContaining({text: 'Jurgens'})
        ],
        evidence: ['speech-verb', 'title']
      }
    ])
  })

  test('acronyms join the organization they abbreviate', () => {
    const article = extract('Agents of Immigration and Customs Enforcement arrived. ICE said the raid was planned. The FBI was not involved.')
    expect(article.entities.map((entity) => [entity.name, entity.alternateNames])).toEqual([
      ['U.S. Immigration and Customs Enforcement', ['Immigration and Customs Enforcement', 'ICE']],
      ['Federal Bureau of Investigation', ['FBI']]
    ])
  })

  test('titles, possessives and names before speech verbs', () => {
    expect(names("Gov. Jared Polk met Sen. Maria Duarte. Trump's order was discussed. Vizcarra said little.").people).toEqual([
      'Jared Polk',
      'Maria Duarte',
      'Trump',
      'Vizcarra'
    ])
  })

  test('organization names: suffixes, "of" names, teams, broadcasters', () => {
    expect(
      names('The Metro Denver Sanctuary Coalition, the University of Colorado, the Denver Nuggets and KDVR covered it.').organizations
    ).toEqual(['Metro Denver Sanctuary Coalition', 'University of Colorado', 'Denver Nuggets', 'KDVR'])
  })

  test.each([
    ['The Alaska Department of Fish and Game closed the river.', ['Alaska Department of Fish and Game'], []],
    ['The Department of Housing and Urban Development sent money.', ['Department of Housing and Urban Development'], []],
    ['The Department of Education and Denver Public Schools agreed.', ['Department of Education', 'Denver Public Schools'], []],
    ['The Department of the Interior agreed.', ['Department of the Interior'], []],
    ["The U.S. Attorney's Office for the Southern District of Iowa filed charges.", ["U.S. Attorney's Office for the Southern District of Iowa"], []],
    ['The U.S. District Court for the District of Colorado ruled.', ['U.S. District Court for the District of Colorado'], []],
    ['The CEO of the Denver Broncos, Ana Ruiz, spoke.', ['Denver Broncos'], ['Ana Ruiz']],
    ['The Montana House of Representatives passed it, and El Niño warmed the coast.', ['Montana House of Representatives'], []],
    ['The Seattle Kraken beat the Detroit Red Wings, and Boise Fire Chief Ana Ruiz watched.', ['Seattle Kraken', 'Detroit Red Wings'], ['Ana Ruiz']],
    ['The Agency of Agriculture, Food and Markets and the ATF agreed.', ['Agency of Agriculture, Food and Markets', 'Bureau of Alcohol, Tobacco, Firearms and Explosives'], []],
    ['The Department of Commerce, Community, and Economic Development paid.', ['Department of Commerce, Community, and Economic Development'], []],
    ['The Department of Education, Denver and Aurora signed.', ['Department of Education'], []]
  ])('official names with `and`, `for the` and `of the`: %s', (body, organizations, people) => {
    expect(names(body)).toMatchObject({organizations, people})
  })

  test('a place with a describing word is a place, not a person: Rural Colorado, but Will Denver', () => {
    const {people, places} = names('Read our Rural Colorado series. Will Denver, a rancher, agreed.')
    expect(people).toEqual(['Will Denver'])
    expect(places.map(([name]) => name)).toEqual(['Colorado'])
  })

  test('gender from pronouns counts only when the pronouns agree', () => {
    // `she` twice after Luis Ortega is about Ana Ruiz; `him` is about him: mixed votes keep the name's gender.
    const body = 'Ana Ruiz runs the shop.\n\nShe hired Luis Ortega last year, and she says she pays him well.\n\n"We are busy," he said.'
    expect(articleToJsonLd('Headline\n\n' + body, {format: 'text'}).article.quotations.map((quotation) => quotation.speaker?.name)).toEqual(['Luis Ortega'])
  })

  test('common words at sentence starts are no names', () => {
    expect(names('Residents lined up. Now, officials say it will pass. But nobody knows.')).toEqual({people: [], organizations: [], places: []})
  })

  test('the station in a local TV dateline is the one its brand names', () => {
    const article = extract("DENVER (KDVR) - Snow fell.\n\nFOX31's Kasia Kerridge reported.")
    expect(article.entities.map((entity) => [entity.type, entity.name, entity.alternateNames])).toEqual([
      ['Person', 'Kasia Kerridge', []],
      ['Organization', 'KDVR', ['FOX31']]
    ])
  })
})

describe('places', () => {
  test('the dateline state decides: Aurora in a Colorado story is Aurora, Colorado', () => {
    expect(names('DENVER, Co. (KDVR) - Aurora and Denver agreed.').places).toEqual([
      ['Denver', 5419384],
      ['Colorado', 5417618],
      ['Aurora', 5412347]
    ])
  })

  test('a state written next to the city decides: Springfield, Ill. is the capital', () => {
    const [springfield] = names('Lawmakers met in Springfield, Ill., on Monday.').places
    expect(springfield).toEqual(['Springfield', 4250542])
  })

  test('Washington in a federal story is D.C.', () => {
    expect(names('WASHINGTON (AP) — Congress adjourned.').places).toEqual([['Washington, D.C.', 4140963]])
  })

  test('no places from person names, organization names, quoted names or common words', () => {
    const {places} = names(
      'DENVER, Co. (KDVR) - Mayor Mike Johnston backed Trump\'s "Operation Aurora" and the Metro Denver Sanctuary Coalition. Johnston said the Federal plan was Mobile.'
    )
    expect(places).toEqual([
      ['Denver', 5419384],
      ['Colorado', 5417618]
    ])
  })

  test('"Co." outside a dateline is no place', () => {
    // (`Colo.` after the town names the state: a place; `Co.` after Acme names none.)
    expect(names('Acme Co. makes rope in Boulder, Colo.').places).toEqual([
      ['Boulder', 5574991],
      ['Colorado', 5417618]
    ])
  })

  test('places link to coordinates and the places containing them', () => {
    const {jsonld} = articleToJsonLd('Headline\n\nAURORA, Colo. — Snow fell.', {format: 'text'})
    const graph = jsonld['@graph'] as ReadonlyArray<Record<string, unknown>>
    expect(graph.find((node) => node['@type'] === 'City')).toEqual({
      '@type': 'City',
      '@id': '#place-5412347',
      name: 'Aurora',
      geo: {'@type': 'GeoCoordinates', latitude: expect.closeTo(39.729, 2), longitude: expect.closeTo(-104.832, 2)},
      sameAs: 'https://sws.geonames.org/5412347/',
      containedInPlace: {'@id': '#place-5417618'}
    })
    expect(graph.find((node) => node['@id'] === '#place-5417618')).toMatchObject({'@type': 'State', name: 'Colorado', containedInPlace: {'@id': '#place-6252001'}})
    expect(graph.find((node) => node['@id'] === '#place-6252001')).toMatchObject({'@type': 'Country', name: 'United States'})
    expect(graph[0]).toMatchObject({locationCreated: {'@id': '#place-5412347'}, contentLocation: {'@id': '#place-5412347'}})
  })
})

test('the headline names what the article is about', () => {
  const {jsonld} = articleToJsonLd('Denver mayor says city will work with ICE\n\nDENVER (KDVR) - Mayor Mike Johnston met ICE officials.', {format: 'text'})
  expect((jsonld['@graph'][0] as Record<string, unknown>).about).toEqual([{'@id': '#org-u-s-immigration-and-customs-enforcement'}])
})
