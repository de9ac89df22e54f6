import {describe, expect, test} from 'vitest'
import {paragraph, placeMentions} from '../../test/helpers/place-mentions.js'
import {placeCandidates} from '../gazetteer/gazetteer.js'
import {articleToJsonLd} from '../index.js'
import {type Cue, type Mention, asKind} from './mention.js'
import {
  afterRoadNumber,
  endsPlaceNoun,
  institutionSite,
  isBuildingHead,
  isNamedByPlaceNoun,
  isRegionMention,
  isRoadNumberAfter,
  isSiteHead,
  isSiteMention,
  placeNounAround,
  resolveSites,
  siteRun
} from './place-sites.js'
import {Run} from './run.js'

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

// The token rules on their own, on invented sentences: the name is given by its words.
const inText = (text: string, name: string) => {
  const analyzed = paragraph(text)
  const words = name.split(' ')
  const first = analyzed.tokens.findIndex((_, index) => words.every((word, offset) => analyzed.tokens[index + offset]?.text === word))
  if (first === -1) throw new Error(`${name} is not in ${text}`)
  return {analyzed, tokens: analyzed.tokens, first, end: first + words.length}
}
const institution = (text: string, name: string) => {
  const {tokens, first, end} = inText(text, name)
  return institutionSite(tokens, first, end)
}
const siteMention = (text: string, name: string) => {
  const {tokens, first, end} = inText(text, name)
  return isSiteMention(tokens, first, end, tokens.slice(first, end))
}
const token = (text: string) => paragraph(text).tokens[0]!

describe('institutionSite: a building, school or event the text puts something in', () => {
  test('a hospital after `to` is a building; one word alone is no name', () => {
    expect(institution('Crews went to Alder Hospital.', 'Alder Hospital')).toBe('building')
    expect(institution('Crews went to Hospital.', 'Hospital')).toBeUndefined()
  })

  test('an event after `at` or `in`, not after another word', () => {
    expect(institution('A finalist at the Harwell Piano Competition wept.', 'Harwell Piano Competition')).toBe('event')
    expect(institution('She played in the Harwell Piano Competition.', 'Harwell Piano Competition')).toBe('event')
    expect(institution('She went to the Harwell Piano Competition.', 'Harwell Piano Competition')).toBeUndefined()
  })

  test('a school the text puts someone in, also at the paragraph’s start or on a date', () => {
    expect(institution('At Linden University, students rallied.', 'Linden University')).toBe('school')
    expect(institution('A rally was held on Monday at Linden University.', 'Linden University')).toBe('school')
    expect(institution('Experts gave talks at Linden University.', 'Linden University')).toBe('school')
    expect(institution('Of note, talks at Linden University.', 'Linden University')).toBe('school')
  })

  test('someone it employs or teaches names the body, not a place', () => {
    for (const text of [
      'She met a surgeon at Linden University.',
      'She met the surgeons at Linden University.',
      'She toured the labs at Linden University.',
      'She met a lecturer at Linden University.',
      'She met the staff at Linden University.',
      'She met two fellows at Linden University.',
      'She met a professor of modern European history at Linden University.'
    ]) expect(institution(text, 'Linden University'), text).toBeUndefined()
    // An `of` phrase further back is no part of it.
    expect(institution('She met a professor of very modern European history at Linden University.', 'Linden University')).toBe('school')
  })

  test('two common words name no one school; a name with them does', () => {
    expect(institution('They met at Secondary School.', 'Secondary School')).toBeUndefined()
    expect(institution('They met at Linden School.', 'Linden School')).toBe('school')
    expect(institution('They met at Linden Secondary School.', 'Linden Secondary School')).toBe('school')
  })

  test('a head after `of`, or in the middle of the name, is no school’s', () => {
    expect(institution('Doctors wrote in the Journal of the Royal College of Physicians.', 'Journal of the Royal College of Physicians')).toBeUndefined()
    expect(institution('She spoke at the Linden School Board.', 'Linden School Board')).toBeUndefined()
    expect(institution('She studied at the University of Linden.', 'University of Linden')).toBe('school')
  })
})

describe('head nouns', () => {
  test('isBuildingHead: a capitalized built or institution head', () => {
    expect(isBuildingHead(token('Basilica'))).toBe(true)
    expect(isBuildingHead(token('Hospital'))).toBe(true)
    expect(isBuildingHead(token('basilica'))).toBe(false)
    expect(isBuildingHead(token('Linden'))).toBe(false)
    expect(isBuildingHead(undefined)).toBe(false)
  })

  test('isSiteHead: a capitalized built or natural head; an institution is none', () => {
    expect(isSiteHead(token('Avenue'))).toBe(true)
    expect(isSiteHead(token('Sea'))).toBe(true)
    expect(isSiteHead(token('avenue'))).toBe(false)
    expect(isSiteHead(token('Hospital'))).toBe(false)
    expect(isSiteHead(undefined)).toBe(false)
  })

  test('isRoadNumberAfter: up to four digits and a capital after a numbered head', () => {
    const highway = token('Highway')
    expect(isRoadNumberAfter(highway, token('403'))).toBe(true)
    expect(isRoadNumberAfter(token('Route'), token('9A'))).toBe(true)
    expect(isRoadNumberAfter(highway, token('12345'))).toBe(false)
    expect(isRoadNumberAfter(highway, token('40s'))).toBe(false)
    expect(isRoadNumberAfter(highway, token('A40'))).toBe(false)
    expect(isRoadNumberAfter(token('Avenue'), token('403'))).toBe(false)
    expect(isRoadNumberAfter(undefined, token('403'))).toBe(false)
  })
})

describe('isSiteMention: the token rules', () => {
  test('one word is a site only with its number, or after a street’s ordinal', () => {
    expect(siteMention('They drove on Highway 403 home.', 'Highway')).toBe(true)
    expect(siteMention('They drove on the Highway.', 'Highway')).toBe(false)
    expect(siteMention('They drove along Highway', 'Highway')).toBe(false)
    expect(siteMention('They met on 14th St. at noon.', 'St.')).toBe(true)
    expect(siteMention('Street lights failed.', 'Street')).toBe(false)
    expect(siteMention('The 14th Sea was calm.', 'Sea')).toBe(false)
  })

  test('a British road number used as a road', () => {
    expect(siteMention('Traffic on the A417 southbound stopped.', 'A417')).toBe(true)
    expect(siteMention('Traffic came via the A436', 'A436')).toBe(true)
    for (const next of ['at Coggeshall', 'near Coggeshall', 'between towns']) expect(siteMention(`A crash on the A120 ${next}.`, 'A120')).toBe(true)
    expect(siteMention('A crash on the A120.', 'A120')).toBe(false)
    expect(siteMention('Pilots flew the A380 at the show.', 'A380')).toBe(false)
    expect(siteMention('A436 was closed.', 'A436')).toBe(false)
  })

  test('an item of a list of roads, not of other things', () => {
    expect(siteMention('Use the A436, A40 and A429.', 'A40')).toBe(true)
    expect(siteMention('Use the A40 or A429.', 'A429')).toBe(true)
    expect(siteMention('Use the A40 and A429.', 'A429')).toBe(true)
    expect(siteMention('Fly the 747, A380 and more.', 'A380')).toBe(false)
    expect(siteMention('and A40 reopened.', 'A40')).toBe(false)
  })

  test('a road-shaped name is needed: `the Linden road` is no road number', () => {
    expect(siteMention('They took the Linden road.', 'Linden')).toBe(false)
  })

  test('a road number first does not make a longer run a site', () => {
    expect(siteMention('Traffic came via the A429 Marlcombe', 'A429 Marlcombe')).toBe(false)
  })
})

describe('siteRun: the numbers that belong to a site’s name', () => {
  const run = (text: string, name: string) => {
    const {analyzed, first, end} = inText(text, name)
    const site = siteRun(new Run(analyzed, first, end))
    return analyzed.tokens.slice(site.first, site.end).map((item) => item.text).join(' ')
  }

  test('a road’s number after it, an ordinal and a house number before a street', () => {
    expect(run('They drove on Highway 403 home.', 'Highway')).toBe('Highway 403')
    expect(run('They drove along the Highway', 'Highway')).toBe('Highway')
    expect(run('They met at 2700 North Fourth Street.', 'North Fourth Street')).toBe('2700 North Fourth Street')
    expect(run('They met on 14th St. at noon.', 'St.')).toBe('14th St.')
  })

  test('a number before another site is no part of it; a street first in the paragraph keeps its words', () => {
    expect(run('Since 1990 Lincoln Park has grown.', 'Lincoln Park')).toBe('Lincoln Park')
    expect(run('Elm Street was closed.', 'Elm Street')).toBe('Elm Street')
  })
})

describe('isRegionMention: a part of an area by a compass word, or a region by its name', () => {
  const region = (text: string, name: string) => {
    const {tokens, first, end} = inText(text, name)
    return isRegionMention(tokens.slice(first, end))
  }

  test('a compass word before a continent, country or UK nation', () => {
    expect(region('Rain fell in West Wales.', 'West Wales')).toBe(true)
    expect(region('Rain fell in Western Europe.', 'Western Europe')).toBe(true)
  })

  test('a compass word alone, before no area, or before `America`, is none', () => {
    expect(region('Rain fell in the North.', 'North')).toBe(false)
    expect(region('Rain fell in Linden.', 'Linden')).toBe(false)
    expect(region('Rain fell in North Linden.', 'North Linden')).toBe(false)
    expect(region('Rain fell in Western America.', 'Western America')).toBe(false)
  })

  test('a region named by one name, written with periods', () => {
    expect(region('It was the U.S.S.R. then.', 'U.S.S.R.')).toBe(true)
  })
})

describe('placeNounAround: a lower-case place noun beside the name', () => {
  const noun = (text: string, name: string) => {
    const {tokens, first, end} = inText(text, name)
    return placeNounAround(tokens, first, end)
  }

  test('a noun after the name that heads the phrase, from the paragraph’s start or after a mark', () => {
    expect(noun('Quillby airport is closed.', 'Quillby')).toBe('airport')
    expect(noun('Flights left “Quillby airport” late.', 'Quillby')).toBe('airport')
    expect(noun('Flights flew to Quillby airport', 'Quillby')).toBe('airport')
    expect(noun('Crowds filled the Shankill area.', 'Shankill')).toBe('area')
  })

  test('no place noun when the name describes it: an adjective before, `of` after, a demonym or a hyphen in it', () => {
    expect(noun('It is this tiny Arctic town.', 'Arctic')).toBeUndefined()
    expect(noun('It is the Quillby town of Orvieto.', 'Quillby')).toBeUndefined()
    expect(noun('Rain fell in the Kurdish Qandil area.', 'Kurdish Qandil')).toBeUndefined()
    expect(noun('Rain fell in the Taliban-held area.', 'Taliban-held')).toBeUndefined()
  })

  test('a place noun before `of`: lower-case, a place noun, right before it', () => {
    expect(noun('They reached the village of Tarnhollow.', 'Tarnhollow')).toBe('village')
    expect(noun('They reached the Village of Tarnhollow.', 'Tarnhollow')).toBeUndefined()
    expect(noun('They met the mayor of Tarnhollow.', 'Tarnhollow')).toBeUndefined()
    expect(noun('They reached the village Tarnhollow.', 'Tarnhollow')).toBeUndefined()
    expect(noun('of Tarnhollow, little is known.', 'Tarnhollow')).toBeUndefined()
  })
})

describe('small helpers', () => {
  test('afterRoadNumber: a road’s number before a longer name is left out', () => {
    const at = (text: string, name: string) => {
      const {tokens, first, end} = inText(text, name)
      return afterRoadNumber(tokens, first, end) - first
    }
    expect(at('Crash at the A429 Marlcombe junction.', 'A429 Marlcombe')).toBe(1)
    expect(at('Crash on the A429.', 'A429')).toBe(0)
    expect(at('Crash at the Linden Marlcombe junction.', 'Linden Marlcombe')).toBe(0)
  })

  test('isNamedByPlaceNoun: a name-shape place named by a noun after it or before `of`, or a listed street', () => {
    const named = (cue: Cue, detail: string | undefined) => isNamedByPlaceNoun({evidence: {cue, detail}} as Mention)
    expect(named('name-shape', 'airport')).toBe(true)
    expect(named('name-shape', 'village')).toBe(true)
    expect(named('name-shape', 'streets')).toBe(true)
    expect(named('name-shape', 'hospital')).toBe(false)
    expect(named('name-shape', undefined)).toBe(false)
    expect(named('gazetteer', 'airport')).toBe(false)
  })

  test('endsPlaceNoun: what may follow a place noun that heads its phrase', () => {
    expect(endsPlaceNoun(undefined)).toBe(true)
    expect(endsPlaceNoun(token('.'))).toBe(true)
    expect(endsPlaceNoun(token('40'))).toBe(true)
    expect(endsPlaceNoun(token('about'))).toBe(true)
    expect(endsPlaceNoun(token('of'))).toBe(true)
    expect(endsPlaceNoun(token('elder'))).toBe(false)
    expect(endsPlaceNoun(token('A40'))).toBe(false)
  })
})

describe('resolveSites: the place mentions no gazetteer place was found for, one site per name', () => {
  /** Mentions of `names` in one paragraph (`Name>Region`, `Name@detail` for a name-shape place named by a noun). */
  const sitesIn = (text: string, names: readonly string[], resolvedNames: readonly string[] = [], dateline?: string) => {
    const mentions = placeMentions(paragraph(text), names)
    const resolved = mentions.filter((mention) => resolvedNames.includes(mention.name)).map((mention) => ({place: mention.places[0]!, name: mention.name, mentions: [mention], evidence: []}))
    const sites = resolveSites(mentions, resolved, dateline === undefined ? undefined : placeCandidates(dateline)[0])
    return sites.map((site) => ({name: site.name, count: site.mentions.length, container: site.container?.name, written: site.written, headNoun: site.headNoun}))
  }

  test('a street is in the dateline’s place, once however often it is named', () => {
    expect(sitesIn('Police closed Bramble Avenue, then opened Bramble Avenue.', ['Bramble Avenue', 'Bramble Avenue'], [], 'Boulder')).toEqual([
      {name: 'Bramble Avenue', count: 2, container: 'Boulder', written: false, headNoun: true}
    ])
  })

  test('a sea is in no place, whatever the dateline', () => {
    expect(sitesIn('A ferry sank in the Ionian Sea.', ['Ionian Sea'], [], 'Boulder')).toEqual([{name: 'Ionian Sea', count: 1, container: undefined, written: false, headNoun: true}])
  })

  test('the place resolved right after it is its container', () => {
    expect(sitesIn('A shop on Quarry Lane, Boulder, burned.', ['Quarry Lane', 'Boulder'], ['Boulder'], 'Denver')).toEqual([
      {name: 'Quarry Lane', count: 1, container: 'Boulder', written: true, headNoun: true}
    ])
  })

  test('a town the gazetteer has, but not in its written region, is a site in that region', () => {
    expect(sitesIn('Crews left Melville, Sask., early.', ['Melville>Sask.'])).toEqual([{name: 'Melville', count: 1, container: 'Saskatchewan', written: true, headNoun: false}])
    expect(sitesIn('Crews left Melville, Ill., early.', ['Melville>Ill.'])).toEqual([{name: 'Melville', count: 1, container: 'Illinois', written: true, headNoun: false}])
    expect(sitesIn('Crews left Melville, Nigeria, early.', ['Melville>Nigeria'])).toEqual([{name: 'Melville', count: 1, container: 'Nigeria', written: true, headNoun: false}])
  })

  test('a town resolved where it is written is no site', () => {
    expect(sitesIn('Crews left Melville, Sask., early.', ['Melville>Sask.'], ['Melville'])).toEqual([])
    expect(sitesIn('Crews left Boulder early.', ['Boulder'])).toEqual([])
  })

  test('a name the text calls a place whose readings were all too far off is a site', () => {
    expect(sitesIn('Flights left Heathrow airport late.', ['Heathrow@airport'])).toEqual([{name: 'Heathrow', count: 1, container: undefined, written: false, headNoun: false}])
    expect(sitesIn('Flights left Heathrow late.', ['Heathrow'])).toEqual([])
  })

  test('a region by a compass word lies in the area it divides; `Central America` in none', () => {
    expect(sitesIn('Rain fell in North Africa.', ['North Africa'], [], 'Boulder')).toEqual([{name: 'North Africa', count: 1, container: 'Africa', written: false, headNoun: false}])
    expect(sitesIn('Rain fell in Central America.', ['Central America'])).toEqual([{name: 'Central America', count: 1, container: undefined, written: false, headNoun: false}])
  })

  test('a person’s mention is no site', () => {
    const analyzed = paragraph('Bramble Avenue spoke.')
    const [place] = placeMentions(analyzed, ['Bramble Avenue'])
    expect(resolveSites([asKind(place!, 'person', {cue: 'given-name', detail: undefined})], [], undefined)).toEqual([])
  })
})
