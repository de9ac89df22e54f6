import {describe, expect, test} from 'vitest'
import {articleToJsonLd} from '../index.js'

const placesOf = (text: string) => articleToJsonLd(text, {format: 'text'}).article.places
const site = (text: string, name: string) => placesOf(text).find((place) => place.name === name)
const graphNode = (text: string, name: string) =>
  (articleToJsonLd(text, {format: 'text'}).jsonld as unknown as {'@graph': Array<Record<string, unknown>>})['@graph'].find((node) => node.name === name)

describe('sites: streets, airports, parks and seas no gazetteer has', () => {
  test('a street is a Place with no id and no point, in the dateline’s city', () => {
    const text = 'Crash closes road\n\nHARTWELL, Ga. (AP) — Police closed Bramble Avenue on Tuesday after a truck overturned.'
    expect(site(text, 'Bramble Avenue')).toMatchObject({type: 'Place', geonameId: undefined, latitude: undefined, evidence: ['head-noun']})
    expect(site(text, 'Bramble Avenue')?.containedIn.map((place) => place.name)).toEqual(['Hartwell', 'Georgia', 'United States'])
  })

  test('the place written after it wins over the dateline’s', () => {
    const text = 'Fire guts shop\n\nDENVER (AP) — A fire gutted a shop on Quarry Lane, Boulder, on Monday.'
    expect(site(text, 'Quarry Lane')).toMatchObject({evidence: ['head-noun', 'region']})
    expect(site(text, 'Quarry Lane')?.containedIn[0]?.name).toBe('Boulder')
  })

  test('a sea lies in no place unless the text says so, even under a dateline', () => {
    const text = 'Ferry sinks\n\nATHENS (AP) — A ferry sank in the Ionian Sea on Monday, the coast guard said.'
    expect(site(text, 'Ionian Sea')).toMatchObject({type: 'Place', containedIn: []})
  })

  test('the graph node has a name and no geo or sameAs', () => {
    const node = graphNode('Flights delayed\n\nFlights at Gorsefield Airport were delayed by fog on Monday.', 'Gorsefield Airport')
    expect(node).toMatchObject({'@type': 'Place', name: 'Gorsefield Airport'})
    expect(node).not.toHaveProperty('geo')
    expect(node).not.toHaveProperty('sameAs')
  })

  test('a given name before a head that is also a surname is a person, unless a preposition says where', () => {
    const speaker = 'Budget vote\n\n“We will vote,” said Kevin Park, the council’s chairman.'
    expect(placesOf(speaker).map((place) => place.name)).not.toContain('Kevin Park')
    expect(site('Rally held\n\nHundreds rallied at Dorothy Park on Saturday.', 'Dorothy Park')).toMatchObject({type: 'Place'})
  })

  test('a people’s name before the head stays: `the Indian Ocean`, not `Ocean`', () => {
    expect(site('Search widens\n\nShips searched the Indian Ocean for the missing boat.', 'Indian Ocean')).toMatchObject({type: 'Place'})
  })

  test('`Church Street` is a street, not an organization (Street is also a town)', () => {
    const result = articleToJsonLd('Shelter opens\n\nThe night shelter on Church Street opens in January, volunteers said.', {format: 'text'})
    expect(result.article.entities.map((entity) => entity.name)).not.toContain('Church Street')
    expect(result.article.places.map((place) => place.name)).toContain('Church Street')
  })

  test('a place the gazetteer has keeps its reading: `Lincoln Park` is no site where the town is named', () => {
    expect(placesOf('Council meets\n\nLINCOLN PARK, Mich. (AP) — The council met on Monday.').find((place) => place.name === 'Lincoln Park')?.type).toBe('City')
  })

  test('a common word that starts a site’s name stays: `Big Thompson River`', () => {
    expect(placesOf('Bridge closes\n\nThe bridge over the Big Quarry River will stay closed.').map((place) => place.name)).toContain('Big Quarry River')
  })

  test('a road’s number is part of its name', () => {
    expect(placesOf('Crash\n\nA truck overturned on Highway 418 near the river on Monday.').map((place) => place.name)).toContain('Highway 418')
  })
})

describe('a written region with no town of the name', () => {
  test('`Melville, Sask.` is a town the gazetteer lacks, inside Saskatchewan, not a Melville elsewhere', () => {
    const town = site('Cat found\n\nA couple from Melville, Sask. believes the cat is theirs.', 'Melville')
    expect(town).toMatchObject({type: 'Place', latitude: undefined, countryCode: 'CA', evidence: ['region']})
    expect(town?.containedIn.map((place) => place.name)).toEqual(['Saskatchewan', 'Canada'])
  })

  test('`Washington, Pennsylvania and California` is a list of states, not a town in Pennsylvania', () => {
    expect(placesOf('Cases rise\n\nOfficials are investigating cases in Washington, Pennsylvania and California.').find((place) => place.name === 'Washington')?.type).toBe('State')
  })
})

describe('buildings and venues', () => {
  test('a theatre, a hotel and a courthouse are places, even after a given name', () => {
    const text = 'Tour dates\n\nThe band plays the Marlow Theatre on Friday and stays at the Agnes Pryor Hotel. Two fans were due at the Quayside Courthouse on Monday.'
    const names = placesOf(text).map((place) => place.name)
    expect(names).toEqual(expect.arrayContaining(['Marlow Theatre', 'Agnes Pryor Hotel', 'Quayside Courthouse']))
    expect(articleToJsonLd(text, {format: 'text'}).article.entities.map((entity) => entity.name)).not.toContain('Agnes Pryor Hotel')
  })

  test('`City Hall` and `Town Hall` are places in the dateline’s town', () => {
    const text = 'Vigil held\n\nDENVER (AP) — Hundreds gathered at City Hall on Sunday.'
    expect(site(text, 'City Hall')).toMatchObject({type: 'Place', latitude: undefined})
    expect(site(text, 'City Hall')?.containedIn[0]?.name).toBe('Denver')
  })

  test('a hospital or centre the text puts someone in is a place; speaking, it is an organization', () => {
    const admitted = 'Boy recovers\n\nThe boy was taken to Northgate General Hospital, where he is recovering.'
    expect(site(admitted, 'Northgate General Hospital')).toMatchObject({type: 'Place', evidence: ['head-noun']})
    const concert = 'Concert\n\nThe choir sings at the Linden Community Centre in Leeds on Friday.'
    expect(site(concert, 'Linden Community Centre')?.containedIn[0]?.name).toBe('Leeds')
    const speaking = articleToJsonLd('Statement\n\nNorthgate General Hospital said the boy was recovering.', {format: 'text'}).article
    expect(speaking.places.map((place) => place.name)).not.toContain('Northgate General Hospital')
    expect(speaking.entities.find((entity) => entity.name === 'Northgate General Hospital')?.type).toBe('Organization')
  })

  test('a surname that is a building’s head after a given name stays a person: `Tony Hall said`', () => {
    expect(placesOf('Budget\n\n“We will see,” said Tony Hall, the county treasurer.').map((place) => place.name)).not.toContain('Tony Hall')
  })
})

describe('regions: a part of a larger area', () => {
  test('a compass word and a continent or country is a place inside it, with no point', () => {
    const text = 'Aid pledged\n\nThe fund lends in Northern Europe and West Africa, and its staff toured Western Ukraine.'
    expect(site(text, 'Northern Europe')).toMatchObject({type: 'Place', latitude: undefined})
    expect(site(text, 'Northern Europe')?.containedIn[0]?.name).toBe('Europe')
    expect(site(text, 'West Africa')?.containedIn[0]?.name).toBe('Africa')
    expect(site(text, 'Western Ukraine')?.containedIn[0]?.name).toBe('Ukraine')
    // (The continent itself is not named: no `Europe` node from `Northern Europe`.)
    expect(placesOf(text).map((place) => place.name)).not.toContain('Europe')
  })

  test('`the Middle East` and `Latin America` are places in no one continent', () => {
    const text = 'Exports grow\n\nSales rose in the Middle East, India and Latin America last year.'
    expect(site(text, 'Middle East')).toMatchObject({type: 'Place', containedIn: []})
    expect(site(text, 'Latin America')).toMatchObject({type: 'Place', containedIn: []})
  })

  test('a region named by one name, and a country that no longer exists, are places with no point', () => {
    const text = 'Grain deal\n\nFarmers in the Midwest sold wheat to the Balkans and the Caribbean, as they once did to the Soviet Union and Czechoslovakia.'
    for (const name of ['Midwest', 'Balkans', 'Caribbean', 'Soviet Union', 'Czechoslovakia']) {
      expect(site(text, name)).toMatchObject({type: 'Place', latitude: undefined, containedIn: []})
    }
    // (`Union` heads bodies, but no body is `the Soviet Union`.)
    expect(articleToJsonLd(text, {format: 'text'}).article.entities.map((entity) => entity.name)).not.toContain('Soviet Union')
  })

  test('a compass word alone, or before a people, is no region', () => {
    const names = placesOf('Allies meet\n\nWestern allies and Eastern European leaders met on Monday.').map((place) => place.name)
    expect(names).toEqual([])
  })

  test('`Central America` is not a part of the United States', () => {
    expect(site('Storm\n\nThe storm hit Central America on Monday.', 'Central America')).toMatchObject({containedIn: []})
  })
})

describe('numbered roads and street addresses', () => {
  test('British road numbers used as roads are places', () => {
    const text = 'Road shut\n\nA lorry overturned on the A120 at Braintree. Drivers face a diversion via the A436, A40 and A429, and the A417 southbound carriageway is shut.'
    expect(placesOf(text).map((place) => place.name)).toEqual(expect.arrayContaining(['A120', 'A436', 'A40', 'A429', 'A417']))
    expect(site(text, 'A120')?.containedIn[0]?.name).toBe('Braintree')
  })

  test('a road-shaped number with no road around it is no place: `the A380 is a plane`', () => {
    expect(placesOf('Jets\n\nThe A380 is the largest airliner, and the M16 is a rifle.').map((place) => place.name)).toEqual([])
  })

  test('a house number and an ordinal belong to a street’s name', () => {
    const text = 'Forum\n\nThe forum is at the history center, located at 2700 North Fourth Street. Three men were arrested on 14th St. on Thursday.'
    const names = placesOf(text).map((place) => place.name)
    expect(names).toEqual(expect.arrayContaining(['2700 North Fourth Street', '14th St.']))
    expect(names).not.toContain('North Fourth Street')
  })
})

describe('a name the gazetteer lacks, before its region', () => {
  test('`Thruxton, Hampshire` is a town in Hampshire, and Hampshire the English county', () => {
    const text = 'Calendar\n\nRound five is at Thruxton, Hampshire. Round six goes to Knockhill, Fife.'
    expect(site(text, 'Thruxton')).toMatchObject({type: 'Place', countryCode: 'GB', evidence: ['region']})
    expect(site(text, 'Thruxton')?.containedIn[0]?.name).toBe('Hampshire')
    expect(placesOf(text).find((place) => place.name === 'Fife')?.countryCode).toBe('GB')
  })

  test('a region that goes on as a description is none: `Gazprom, Russia’s biggest company`', () => {
    const names = placesOf('Shares\n\nGazprom, Russia’s biggest company, gained. Automakers, U.S. agency plan ads.').map((place) => place.name)
    expect(names).not.toContain('Gazprom')
    expect(names).not.toContain('Automakers')
  })

  test('a given name before the region is a person’s: `Marta Quill, Ontario`', () => {
    expect(placesOf('Letters\n\nThe prize went to Marta Quill, Ontario.').map((place) => place.name)).not.toContain('Marta Quill')
  })
})

describe('a name the text calls a place by a lower-case noun', () => {
  test('`the Brackwater area`, `Quillby airport`, `the village of Tarnhollow` are places, with no point when the gazetteer lacks them', () => {
    const text = 'Storm\n\nPower failed across the Brackwater area on Monday. Flights from Quillby airport were late. Farmers in the village of Tarnhollow lost sheep.'
    for (const name of ['Brackwater', 'Quillby', 'Tarnhollow']) expect(site(text, name)).toMatchObject({type: 'Place', latitude: undefined})
  })

  test('a name whose only readings are small towns far off is a site, not one of them: `at Heathrow airport`', () => {
    // (Heathrow, Florida has 6,000 people: the text means no town of that name.)
    expect(site('Search\n\nPolice searched a plane at Heathrow airport on Friday.', 'Heathrow')).toMatchObject({type: 'Place', geonameId: undefined})
  })

  test('a road’s number before the town is no part of its name: `the A429 Marlcombe junction`', () => {
    const names = placesOf('Roadworks\n\nThe stretch to the A429 Marlcombe junction will close at 8pm.').map((place) => place.name)
    expect(names).toContain('Marlcombe')
    expect(names).not.toContain('A429 Marlcombe')
  })

  test('a word that describes the place is none: `an Arab town of`, `this tiny Arctic town`, `a rebel-held village`', () => {
    const text = 'Towns\n\nShe lives in Taibe, an Arab town of 28,000. The streets of this tiny Arctic town are empty. Refugees reached a Rebel-held village on Monday.'
    const names = placesOf(text).map((place) => place.name)
    for (const name of ['Arab', 'Arctic', 'Rebel-held']) expect(names).not.toContain(name)
  })
})

describe('streets named by a plural head after their list', () => {
  test('`Larch and Fenwick streets`, `Elm, Oak and Pine streets`: each name is a street, not a town of that name', () => {
    const text = 'Parade\n\nThe float rolled down Larch and Fenwick streets on Tuesday. Crews closed Elm, Oak and Pine streets.'
    for (const name of ['Larch', 'Fenwick', 'Elm', 'Oak', 'Pine']) expect(site(text, name)).toMatchObject({type: 'Place', geonameId: undefined})
  })

  test('one word before the plural describes the streets: `the Depression-era streets`, `the Harbor streets`', () => {
    const names = placesOf('Memoir\n\nHe rose from the Depression-era streets of the city. The Harbor streets flooded.').map((place) => place.name)
    expect(names).not.toContain('Depression-era')
    expect(names).not.toContain('Harbor')
  })
})

describe('schools and events the text puts someone in', () => {
  test('a school where something happens or someone goes is a place and an organization: `held at`, `accepted to`', () => {
    const result = articleToJsonLd('Games\n\nThe finals were held at the University of Lindale. Her son was accepted to Marbury State University.', {format: 'text'}).article
    for (const name of ['University of Lindale', 'Marbury State University']) {
      expect(result.places.find((place) => place.name === name)).toMatchObject({type: 'Place', geonameId: undefined})
      expect(result.entities.find((entity) => entity.name === name)?.type).toBe('Organization')
    }
  })

  test('an affiliation names the body only: `a professor at`, `researchers at`, `professor of history at`, `the School of Medicine at`', () => {
    const text = 'Study\n\nSmith, a professor at the University of Lindale, spoke. Researchers at Corvin University agreed. Jones, a professor of history at Marbury University, and the Hale School of Medicine at Tressel University did too.'
    expect(placesOf(text).map((place) => place.name)).toEqual([])
  })

  test('an event is a place after `at` or `in`, with the words that describe it: `in the International Spanish Piano Competition`', () => {
    expect(site('Pianist\n\nShe was a finalist in the International Spanish Piano Competition last year.', 'International Spanish Piano Competition')).toMatchObject({type: 'Place'})
  })

  test('a school that acts, or two common words, is no place: `Lindale University said`, `at Secondary School`', () => {
    expect(placesOf('Study\n\nLindale University said fees would rise. A class met at Secondary School.').map((place) => place.name)).toEqual([])
  })
})
