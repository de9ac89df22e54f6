// The resolver's rules on invented paragraphs with place mentions made by hand (`test/helpers/place-mentions.ts`):
// each rule judged on the names given and the real gazetteer, whatever the recognizers would find.
import {describe, expect, test} from 'vitest'
import type {PlaceCandidate} from '../gazetteer/gazetteer.js'
import {paragraph, placeMentions} from '../../test/helpers/place-mentions.js'
import {type PlaceContext, resolvePlaces} from './places.js'

interface Options {
  readonly state?: string
  readonly country?: string
  readonly federal?: boolean
  /** The first `!dateline` mention is the dateline's city. */
  readonly datelineCity?: boolean
  readonly settled?: Readonly<Record<string, PlaceCandidate>>
}

/** The places of the paragraphs, each `[text, ...names]` (see `placeMentions`), as `name: kind CC.admin1`. */
function resolve(paragraphs: ReadonlyArray<readonly [string, ...string[]]>, options: Options = {}): string[] {
  return resolved(paragraphs, options).map(({name, place}) => `${name}: ${place.kind} ${place.countryCode}.${place.admin1 ?? ''}`)
}

function resolved(paragraphs: ReadonlyArray<readonly [string, ...string[]]>, options: Options = {}) {
  const blocks = paragraphs.map(([text], index) => paragraph(text, index))
  const mentions = paragraphs.flatMap(([, ...names], index) => placeMentions(blocks[index]!, names))
  const {settled} = options
  const context: PlaceContext = {
    state: options.state,
    country: options.country,
    federal: options.federal ?? false,
    blocks,
    datelineCity: options.datelineCity ? mentions.find((mention) => mention.evidence.cue === 'dateline') : undefined,
    settled: settled && ((name) => settled[name])
  }
  return resolvePlaces(mentions, context)
}

/** The evidence of each place, as `name: evidence,…`. */
const evidenceOf = (paragraphs: ReadonlyArray<readonly [string, ...string[]]>, options: Options = {}) =>
  resolved(paragraphs, options).map(({name, evidence}) => `${name}: ${evidence.join(',')}`)

/** The reading of one name among the places resolved. */
const readingOf = (name: string, paragraphs: ReadonlyArray<readonly [string, ...string[]]>, options: Options = {}) =>
  resolve(paragraphs, options)
    .find((item) => item.startsWith(name + ':'))
    ?.slice(name.length + 2)

describe('scores: population, the dateline’s region, named regions, capitals and seats', () => {
  test('alone, the most prominent reading: a capital over smaller towns of the name', () => {
    expect(resolve([['Talks were held in Paris.', 'Paris']])).toEqual(['Paris: city FR.11'])
  })

  test('the dateline’s state picks a smaller town of the name, ahead of a state the text names', () => {
    expect(readingOf('Springfield', [['The rink in Springfield reopened.', 'Springfield']], {state: 'OR'})).toBe('city US.OR')
    expect(readingOf('Springfield', [['The rink in Springfield reopened, Illinois said.', 'Springfield', 'Illinois']], {state: 'OR'})).toBe('city US.OR')
  })

  test('a state the text names picks the town of that state', () => {
    expect(readingOf('Springfield', [['The rink in Springfield reopened, Oregon said.', 'Springfield', 'Oregon']])).toBe('city US.OR')
    // (Alone, the state capital: Illinois' 117,000 and its seat of government over Missouri's 167,000.)
    expect(readingOf('Springfield', [['The rink in Springfield reopened.', 'Springfield']])).toBe('city US.IL')
  })

  test('the dateline’s country lifts a town of the name in it over a capital', () => {
    expect(readingOf('London', [['The rink in London reopened.', 'London']], {country: 'CA'})).toBe('city CA.08')
    expect(readingOf('London', [['The rink in London reopened.', 'London']])).toBe('city GB.ENG')
  })

  test('the dateline’s state counts for US places only', () => {
    // (An admin1 code abroad may equal a state's postal code: no bonus for it.)
    expect(readingOf('Springfield', [['The rink in Springfield reopened.', 'Springfield']], {state: '04'})).toBe('city US.IL')
  })

  test('a state capital outranks a larger town of the name by its seat', () => {
    // Albany, N.Y. (capital, 98,000) against Albany, Ga. (seat, 75,000) in a story set in both states.
    expect(readingOf('Albany', [['Crews from Georgia and New York met in Albany.', 'Georgia', 'New York', 'Albany']])).toBe('city US.NY')
  })

  test('the country of the story’s other places lifts a reading in it', () => {
    expect(readingOf('Hamilton', [['Crews went to Hamilton.', 'Hamilton']])).toBe('city NZ.G1')
    expect(readingOf('Hamilton', [['Crews from Toronto went to Hamilton.', 'Toronto', 'Hamilton']])).toBe('city CA.08')
  })

  test('a county seat outranks a somewhat larger town', () => {
    // Manchester, Tenn. (a seat, 10,500) against Manchester, Mo. (18,200), in a story set in both states.
    expect(readingOf('Manchester', [['Crews from Tennessee and Missouri went to Manchester.', 'Tennessee', 'Missouri', 'Manchester']])).toBe('city US.TN')
  })

  test('a province abroad ranks as a large city would: above a smaller town of its name elsewhere', () => {
    expect(resolve([['Fires in Ontario spread.', 'Ontario']], {country: 'CA'})).toEqual(['Ontario: division CA.'])
    expect(resolve([['Fires in Ontario spread.', 'Ontario']])).toEqual(['Ontario: city US.CA'])
  })

  test('a country or a US county is ranked by its population', () => {
    // (Hong Kong the city, 7.0 million, and the territory, 6.9 million.)
    expect(resolve([['Fires in Hong Kong spread.', 'Hong Kong']])).toEqual(['Hong Kong: city HK.HCW'])
    // Norfolk County, Mass. (615,000) and the Ontario town of that name (61,000), in a Canadian story.
    expect(resolve([['Fires in Norfolk County spread.', 'Norfolk County']], {country: 'CA'})).toEqual(['Norfolk County: city CA.08'])
    expect(resolve([['Fires in Norfolk County spread.', 'Norfolk County']])).toEqual(['Norfolk County: division US.MA'])
  })

  test('the dateline’s state lifts no town abroad whose region has the same code', () => {
    // Jamaica, a town of Mayabeque (CU.MA), in a Massachusetts story.
    expect(resolve([['Fires in Jamaica spread.', 'Jamaica']], {state: 'MA'})).toEqual(['Jamaica: country JM.'])
    expect(resolve([['Fires in Jamaica spread.', 'Jamaica']], {state: 'NY'})).toEqual(['Jamaica: city US.NY'])
  })

  test('`Washington` is the capital in federal news, the state otherwise', () => {
    expect(readingOf('Washington', [['Leaders in Washington were asked to act.', 'Washington']], {federal: true})).toBe('city US.DC')
    // (Named alone, the capital too: a state's name that is its nation's capital sets no scene of its own.)
    expect(readingOf('Washington', [['Leaders in Washington were asked to act.', 'Washington']])).toBe('city US.DC')
    expect(readingOf('Washington', [['Boats from Tacoma and Yakima met. Leaders in Washington were asked to act.', 'Tacoma', 'Yakima', 'Washington']])).toBe(
      'state US.WA'
    )
    expect(readingOf('Washington', [['Boats from Tacoma and Yakima met. Leaders in Washington were asked to act.', 'Tacoma', 'Yakima', 'Washington']], {federal: true})).toBe(
      'city US.DC'
    )
  })
})

describe('the scene: the dateline, written regions, settled places and places of one reading', () => {
  test('a state named outright is the story’s state', () => {
    expect(readingOf('Paris', [['Crews from Kentucky went to Paris.', 'Kentucky', 'Paris']])).toBe('city US.KY')
  })

  test('a country named outright is the story’s country', () => {
    expect(readingOf('London', [['Crews from Canada went to London.', 'Canada', 'London']])).toBe('city CA.08')
  })

  test('the dateline’s state and country hold small towns that would be taken for words far from the story', () => {
    expect(resolve([['Hinton officials met.', 'Hinton']], {state: 'WV'})).toEqual(['Hinton: city US.WV'])
    expect(resolve([['Steinbach officials met.', 'Steinbach']], {country: 'CA'})).toEqual(['Steinbach: city CA.03'])
    expect(resolve([['Hinton officials met.', 'Hinton']])).toEqual([])
    expect(resolve([['Steinbach officials met.', 'Steinbach']])).toEqual([])
  })

  test('a province written after a town sets the story in its country, though the province alone does not', () => {
    expect(readingOf('Steinbach', [['Crews from Dauphin, Manitoba, met Steinbach officials.', 'Dauphin', 'Manitoba', 'Steinbach']])).toBe('city CA.03')
    expect(resolve([['Crews from Manitoba met Steinbach officials.', 'Manitoba', 'Steinbach']])).toEqual([])
  })

  test('a province named after a town sets the story in its country', () => {
    expect(readingOf('London', [['Crews from Hinton, Alberta, went to London.', 'Hinton', 'Alberta', 'London']])).toBe('city CA.08')
  })

  test('a place the newsroom settled is that place, and sets the scene', () => {
    const springfield = {geonameId: 1, code: undefined, name: 'Springfield', kind: 'city', countryCode: 'US', admin1: 'KY', latitude: 0, longitude: 0, population: 3000, featureCode: 'PPL'} as const
    const places = resolve([['Crews from Springfield went to Paris.', 'Springfield', 'Paris']], {settled: {Springfield: springfield}})
    expect(places).toEqual(['Springfield: city US.KY', 'Paris: city US.KY'])
    // (A reading the gazetteer would not give: Springfield, Queensland.)
    const queensland = {...springfield, countryCode: 'AU', admin1: '04'} as const
    expect(resolve([['Crews met in Springfield.', 'Springfield']], {settled: {Springfield: queensland}})).toEqual(['Springfield: city AU.04'])
  })

  test('a settled place abroad sets the story in its country', () => {
    const hinton = {geonameId: 2, code: undefined, name: 'Hinton', kind: 'city', countryCode: 'CA', admin1: '01', latitude: 0, longitude: 0, population: 9889, featureCode: 'PPL'} as const
    expect(readingOf('London', [['Crews from Hinton went to London.', 'Hinton', 'London']], {settled: {Hinton: hinton}})).toBe('city CA.08')
  })

  test('a settled name written with its region is read from the text, in every mention', () => {
    const far = {geonameId: 3, code: undefined, name: 'Paris', kind: 'city', countryCode: 'US', admin1: 'KY', latitude: 0, longitude: 0, population: 9870, featureCode: 'PPL'} as const
    expect(readingOf('Paris', [['Crews went to Paris, Texas.', 'Paris>Texas', 'Texas']], {settled: {Paris: far}})).toBe('city US.TX')
    expect(resolve([['Paris is calm.', 'Paris'], ['Crews went to Paris, Texas.', 'Paris>Texas']], {settled: {Paris: far}})).toEqual(['Paris: city US.TX'])
  })

  test('places with no GeoNames id and no code are never joined', () => {
    const site = (name: string) => ({geonameId: undefined, code: undefined, name, kind: 'city', countryCode: 'US', admin1: 'KY', latitude: 0, longitude: 0, population: 0, featureCode: 'PPL'}) as const
    expect(resolve([['Crews went to Paris and Hope.', 'Paris', 'Hope']], {settled: {Paris: site('Paris'), Hope: site('Hope')}})).toEqual(['Paris: city US.KY', 'Hope: city US.KY'])
  })

  test('a province abroad is no evidence of its country; a name of several words that names only its provinces is', () => {
    expect(resolve([['Crews from New South Wales met Mudgee officials.', 'New South Wales', 'Mudgee']])).toEqual(['New South Wales: division AU.', 'Mudgee: city AU.02'])
  })

})

describe('colocation: the other places of the story', () => {
  test('a name’s reading in the state of the story’s other places', () => {
    expect(resolve([['Crews from Tacoma went to Vancouver.', 'Tacoma', 'Vancouver']])).toEqual(['Tacoma: city US.WA', 'Vancouver: city US.WA'])
    expect(resolve([['Crews went to Vancouver.', 'Vancouver']])).toEqual(['Vancouver: city CA.02'])
  })

  test('a small US town in the state of another place stands, with or without a preposition', () => {
    expect(resolve([['Crews from Charleston met Hinton officials.', 'Charleston', 'Hinton']])).toContain('Hinton: city US.WV')
  })

  test('a small town abroad in the country of the other places stands only where the text puts something in it', () => {
    expect(resolve([['Firms from Edmonton and Calgary may open offices in Hinton.', 'Edmonton', 'Calgary', 'Hinton']])).toContain('Hinton: city CA.01')
    expect(resolve([['Firms from Edmonton and Calgary may back Hinton.', 'Edmonton', 'Calgary', 'Hinton']])).toEqual(['Edmonton: city CA.01', 'Calgary: city CA.01'])
  })
})

describe('names of one place', () => {
  test('`U.S.` and `the United States` are one place: the first name, the mentions of both in reading order', () => {
    const places = resolved([['The U.S. and Chile met.', 'U.S.', 'Chile'], ['The United States wants a deal, and U.S. officials agree.', 'United States', 'U.S.']])
    expect(places.map(({name, mentions}) => [name, mentions.map((mention) => `${mention.block}:${mention.name}`)])).toEqual([
      ['U.S.', ['0:U.S.', '1:United States', '1:U.S.']],
      ['Chile', ['0:Chile']]
    ])
  })

  test('mentions of one paragraph in the order of their words', () => {
    const places = resolved([['The United States and Chile met, U.S. officials said.', 'United States', 'Chile', 'U.S.']])
    expect(places[0]!.mentions.map((mention) => mention.name)).toEqual(['United States', 'U.S.'])
    const reversed = resolved([['U.S. officials said the United States and Chile met.', 'U.S.', 'United States', 'Chile']])
    expect(reversed[0]!.mentions.map((mention) => mention.name)).toEqual(['U.S.', 'United States'])
  })

  test('the evidence of each name, once each', () => {
    const [united] = resolved([['Talks in U.S. cities went on, the United States said.', 'U.S.', 'United States']])
    expect(united!.evidence).toEqual(['colocation', 'preposition'].filter((kind) => united!.evidence.includes(kind as never)))
    expect(united!.evidence).toContain('preposition')
    expect(new Set(united!.evidence).size).toBe(united!.evidence.length)
  })

  test('places with no GeoNames id are told apart by their codes', () => {
    expect(resolve([['Crews went to Morris County and Metcalfe County.', 'Morris County', 'Metcalfe County']])).toEqual([
      'Morris County: division US.NJ',
      'Metcalfe County: division US.KY'
    ])
  })
})

describe('lists of areas', () => {
  test('in a list of countries, a name that is a state and a country is the country', () => {
    expect(readingOf('Georgia', [['Crews went to Armenia, Azerbaijan, Georgia and Iraq.', 'Armenia', 'Azerbaijan', 'Georgia', 'Iraq']])).toBe('country GE.')
    expect(readingOf('Georgia', [['Crews went to Georgia and Iraq.', 'Georgia', 'Iraq']])).toBe('country GE.')
    expect(readingOf('Georgia', [['Crews went to Georgia or Iraq.', 'Georgia', 'Iraq']])).toBe('country GE.')
    expect(readingOf('Georgia', [['Crews went to Georgia, and Iraq.', 'Georgia', 'Iraq']])).toBe('country GE.')
    expect(readingOf('Georgia', [['Crews went to Iraq, Georgia.', 'Iraq', 'Georgia']])).toBe('country GE.')
  })

  test('alone, or beside no country, it is the state', () => {
    expect(readingOf('Georgia', [['Crews went to Georgia.', 'Georgia']])).toBe('state US.GA')
    expect(readingOf('Georgia', [['Crews went to Georgia and Friday came.', 'Georgia']])).toBe('state US.GA')
    expect(readingOf('Georgia', [['Crews went to Georgia, and then home.', 'Georgia']])).toBe('state US.GA')
    expect(readingOf('Georgia', [['Crews went to Georgia and iraq.', 'Georgia']])).toBe('state US.GA')
  })

  test('in a list of states, a name that is a state and a city is the state', () => {
    expect(readingOf('Washington', [['Cases rose in Utah, Washington and Wisconsin.', 'Utah', 'Washington', 'Wisconsin']])).toBe('state US.WA')
    expect(readingOf('Washington', [['Cases rose in Washington and Wisconsin.', 'Washington', 'Wisconsin']])).toBe('state US.WA')
    expect(readingOf('Washington', [['Cases rose in Utah and Washington.', 'Utah', 'Washington']])).toBe('state US.WA')
  })

  test('a state’s abbreviation beside the name is no item of a list', () => {
    expect(readingOf('Washington', [['Cases rose in Washington and Wis. too.', 'Washington']])).toBe('city US.DC')
  })

  test('a region written after the name reads it first: `Florida and Washington, D.C.`', () => {
    expect(readingOf('Washington', [['Cases rose in Florida and Washington, D.C.', 'Florida', 'Washington>D.C.']])).toBe('city US.DC')
  })

  test('a state after a state that goes on as a list is an item of the list, not the state of a town', () => {
    expect(resolve([['Cases rose in Washington, Pennsylvania and California.', 'Washington>Pennsylvania', 'Pennsylvania', 'California']])).toEqual([
      'Washington: state US.WA',
      'Pennsylvania: state US.PA',
      'California: state US.CA'
    ])
    expect(readingOf('Washington', [['Cases rose in Washington, Pennsylvania or California.', 'Washington>Pennsylvania', 'Pennsylvania', 'California']])).toBe('state US.WA')
    expect(readingOf('Washington', [['Cases rose in Washington, Pennsylvania, California.', 'Washington>Pennsylvania', 'Pennsylvania', 'California']])).toBe('state US.WA')
  })

  test('a town with its state, the sentence going on, is the town', () => {
    expect(readingOf('Washington', [['The fair in Washington, Pennsylvania, opened.', 'Washington>Pennsylvania', 'Pennsylvania']])).toBe('city US.PA')
    expect(readingOf('Washington', [['The fair in Washington, Pennsylvania, closed.', 'Washington>Pennsylvania']])).toBe('city US.PA')
    expect(readingOf('Washington', [['The fair in Washington, Pennsylvania, with rides opened.', 'Washington>Pennsylvania']])).toBe('city US.PA')
  })
})

describe('a written region: `Springfield, Ill.`', () => {
  test('the town of the name in the state', () => {
    expect(resolve([['Crews went to Springfield, Ill.', 'Springfield>Ill.']])).toEqual(['Springfield: city US.IL'])
    expect(resolve([['Crews went to Paris, Texas.', 'Paris>Texas']])).toEqual(['Paris: city US.TX'])
  })

  test('a region that is a state and a country allows the towns of either', () => {
    expect(resolve([['Crews went to Tbilisi, Georgia.', 'Tbilisi>Georgia']])).toEqual(['Tbilisi: city GE.51'])
    expect(resolve([['Crews went to Macon, Georgia.', 'Macon>Georgia']])).toEqual(['Macon: city US.GA'])
  })

  test('a country or a province abroad allows the towns of that country', () => {
    expect(resolve([['Crews went to London, Canada.', 'London>Canada']])).toEqual(['London: city CA.08'])
    expect(resolve([['Crews went to London, Ontario.', 'London>Ontario']])).toEqual(['London: city CA.08'])
  })

  test('with none of the name in the region, none: a town the gazetteer lacks', () => {
    expect(resolve([['Crews went to Melville, Sask.', 'Melville>Sask.']])).toEqual([])
    expect(resolve([['Crews went to Paris, Spain.', 'Paris>Spain']])).toEqual([])
    expect(resolve([['Crews went to Paris, Utah.', 'Paris>Utah']])).toEqual([])
  })

  test('a region that is no state, country or province leaves every reading', () => {
    expect(resolve([['Crews went to Paris, Foo.', 'Paris>Foo']])).toEqual(['Paris: city FR.11'])
  })

  test('a small town far from the story stands with its region written', () => {
    expect(resolve([['Crews went to Hinton, W.Va.', 'Hinton>W.Va.']])).toEqual(['Hinton: city US.WV'])
  })

  test('one mention written `Town, Region` settles every mention of the name', () => {
    // (Paris, Ont., 11,000 people, against the capital of France.)
    expect(resolve([['Paris is calm.', 'Paris'], ['Crews from Paris, Ontario, arrived.', 'Paris', 'Ontario']])).toEqual(['Paris: city CA.08', 'Ontario: division CA.'])
  })

  test('`Town, Region` in the text settles the town inside the region', () => {
    expect(resolve([['Crews went to Paris, Texas.', 'Paris', 'Texas']])).toEqual(['Paris: city US.TX', 'Texas: state US.TX'])
    expect(resolve([['Crews went to Hinton, Alberta.', 'Hinton', 'Alberta']])).toEqual(['Hinton: city CA.01', 'Alberta: division CA.'])
  })
})

describe('the dateline’s city', () => {
  test('a dateline names a city, not a state', () => {
    expect(resolve([['New York - The rink reopened.', 'New York!dateline']], {state: 'NY', datelineCity: true})).toEqual(['New York: city US.NY'])
    expect(resolve([['Springfield, Ore. - The rink reopened.', 'Springfield>Ore.!dateline']], {state: 'OR', datelineCity: true})).toEqual(['Springfield: city US.OR'])
  })

  test('another mention of a state’s name is read as usual', () => {
    expect(resolve([['New York - The rink reopened.', 'New York!dateline']], {state: 'NY'})).toEqual(['New York: state US.NY'])
  })

  test('a dateline name with no city keeps its other readings', () => {
    expect(resolve([['Utah - The rink reopened.', 'Utah!dateline']], {state: 'UT', datelineCity: true})).toEqual(['Utah: state US.UT'])
  })

  test('a dateline names a place, whatever else its name means', () => {
    // Most, a Czech city of 68,000 whose name is a word.
    expect(resolve([['Most - The rink reopened.', 'Most!dateline']])).toEqual(['Most: city CZ.89'])
    expect(resolve([['Most officials agreed.', 'Most'], ['Most - The rink reopened.', 'Most!dateline']])).toEqual(['Most: city CZ.89'])
    // (A small town far from the story is still none.)
    expect(resolve([['Hope - The rink reopened.', 'Hope!dateline']], {datelineCity: true})).toEqual([])
    expect(resolve([['Wellington - The rink reopened.', 'Wellington!dateline']], {datelineCity: true})).toEqual(['Wellington: city NZ.G2'])
  })
})

describe('a state and its city of the same name', () => {
  test('alone the city', () => {
    expect(resolve([['Flights to New York resumed.', 'New York']])).toEqual(['New York: city US.NY'])
    expect(resolved([['Flights to New York resumed.', 'New York']])[0]!.place.name).toBe('New York City')
  })

  test('a governor’s state is the state, a mayor’s city the city', () => {
    expect(resolved([['New York Governor Ann Ruiz spoke.', 'New York!title']])[0]!.place.kind).toBe('state')
    expect(resolved([['New York Mayor Leo Marsh spoke.', 'New York!title']])[0]!.place.kind).toBe('city')
    expect(resolved([['New York Mayor', 'New York!title']])[0]!.place.kind).toBe('city')
    expect(resolved([['New York Governor', 'New York!title']])[0]!.place.kind).toBe('state')
  })

  test('after a town and its comma, the state; after a lowercase word and a comma, the city', () => {
    expect(resolve([['The girl, from Rochester, New York, recovered.', 'Rochester', 'New York']])).toEqual(['Rochester: city US.NY', 'New York: state US.NY'])
    expect(resolved([['Rochester, New York', 'New York']])[0]!.place.kind).toBe('state')
    expect(resolved([['As always, New York waits.', 'New York']])[0]!.place.kind).toBe('city')
    expect(resolved([['Flights to and from New York resumed.', 'New York']])[0]!.place.kind).toBe('city')
    expect(resolved([['New York waits.', 'New York']])[0]!.place.kind).toBe('city')
  })

  test('a state with no large city of its name is the state', () => {
    expect(resolve([['Flights to Utah resumed.', 'Utah']])).toEqual(['Utah: state US.UT'])
  })

  test('a head noun reads the state', () => {
    expect(resolve([['Flights to New York state resumed.', 'New York']])).toEqual(['New York: state US.NY'])
  })
})

describe('divisions abroad', () => {
  test('a head noun reads the province, without it a city of its name in its country wins', () => {
    expect(resolve([['Voters in the province of Quebec voted.', 'Quebec']])).toEqual(['Quebec: division CA.'])
    expect(resolve([['Snow fell on Quebec.', 'Quebec']])).toEqual(['Quebec: city CA.10'])
  })

  test('a country outranks a province of its name', () => {
    expect(resolve([['Cases in Chad and Niger rose.', 'Chad', 'Niger']])).toEqual(['Chad: country TD.', 'Niger: country NE.'])
  })

  test('a city of the name in the province’s country faces the usual tests', () => {
    expect(resolve([['Most officials agreed.', 'Most']])).toEqual([])
  })

  test('a province alone, far from the story, is not guessed; with its country, or as a title’s, it is', () => {
    expect(resolve([['Fires in Alberta spread.', 'Alberta']])).toEqual([])
    expect(resolve([['Fires in Alberta, Canada, spread.', 'Alberta', 'Canada']])).toEqual(['Alberta: division CA.', 'Canada: country CA.'])
    expect(resolve([['Fires in Alberta spread.', 'Alberta']], {country: 'CA'})).toEqual(['Alberta: division CA.'])
    expect(resolve([['Manitoba Premier Dana Kowalczyk spoke.', 'Manitoba!title']])).toEqual(['Manitoba: division CA.'])
  })

  test('the country of the story’s other places supports a province', () => {
    expect(resolve([['Fires from Edmonton reached Alberta.', 'Edmonton', 'Alberta']])).toEqual(['Edmonton: city CA.01', 'Alberta: division CA.'])
  })

  test('a written region supports a province', () => {
    expect(resolve([['Fires reached Alberta, Canada.', 'Alberta>Canada']])).toEqual(['Alberta: division CA.'])
  })

  test('provinces of one name in two countries: the story’s country, or else the gazetteer’s order', () => {
    expect(resolve([['Floods hit Punjab.', 'Punjab']], {country: 'IN'})).toEqual(['Punjab: division IN.'])
    // (Pakistan's Punjab has the lower GeoNames id.)
    expect(resolve([['Floods hit Punjab province.', 'Punjab']])).toEqual(['Punjab: division PK.'])
  })

  test('a distinctive name of several words stands far from the story', () => {
    expect(resolve([['Storms hit New South Wales.', 'New South Wales']])).toEqual(['New South Wales: division AU.'])
    expect(resolve([['Hotel rooms in Gilgit-Baltistan are dear.', 'Gilgit-Baltistan']])).toEqual(['Gilgit-Baltistan: division PK.'])
  })

  test('a name of several words that also names a city is the city', () => {
    expect(resolve([['The storm hit Saint Paul.', 'Saint Paul']])).toEqual(['Saint Paul: city US.MN'])
  })

  test('a name of common words is a province only where its country is', () => {
    // (`Northern Territory` names only Australian provinces: it sets its own country.)
    expect(resolve([['Two died in the Northern Territory.', 'Northern Territory']])).toEqual(['Northern Territory: division AU.'])
    expect(resolve([['Rain fell on the North West.', 'North West']])).toEqual([])
    expect(resolve([['Rain fell on the North West.', 'North West']], {country: 'ZA'})).toEqual(['North West: division ZA.'])
    expect(resolve([['Three died in South Australia and two in the Northern Territory.', 'South Australia', 'Northern Territory']])).toEqual([
      'South Australia: division AU.',
      'Northern Territory: division AU.'
    ])
    // One common word is no name, even there.
    expect(resolve([['Rain fell on Western.', 'Western']], {country: 'KE'})).toEqual([])
  })
})

describe('US counties', () => {
  test('the state named nearest in the paragraph', () => {
    expect(readingOf('Monroe County', [['They met in Monroe County in northeast Missouri, not Indiana.', 'Monroe County', 'Missouri', 'Indiana']])).toBe('division US.MO')
    expect(readingOf('Monroe County', [['From Indiana they moved to Monroe County, far from Missouri.', 'Indiana', 'Monroe County', 'Missouri']])).toBe('division US.IN')
  })

  test('the dateline’s state, a named state, the state of another place', () => {
    expect(resolve([['They met in Monroe County.', 'Monroe County']], {state: 'MI'})).toEqual(['Monroe County: division US.MI'])
    expect(readingOf('Monroe County', [['They met in Monroe County.', 'Monroe County'], ['Wisconsin agreed.', 'Wisconsin']])).toBe('division US.WI')
    expect(readingOf('Monroe County', [['They met in Monroe County.', 'Monroe County'], ['Officials in Tampa agreed.', 'Tampa']])).toBe('division US.FL')
  })

  test('with no state for it, one far larger than the others, or the only one of its name', () => {
    expect(resolve([['They met in Morris County.', 'Morris County']])).toEqual(['Morris County: division US.NJ'])
    expect(resolve([['They met in Metcalfe County.', 'Metcalfe County']])).toEqual(['Metcalfe County: division US.KY'])
    expect(resolve([['They met in Monroe County.', 'Monroe County']])).toEqual([])
  })
})

describe('small towns and common words', () => {
  test('a small town far from the story gives way to a larger reading where the text puts something in it', () => {
    expect(resolve([['Troops from the United States trained in Colchester.', 'United States', 'Colchester']])).toEqual(['United States: country US.', 'Colchester: city GB.ENG'])
    expect(resolve([['Troops from the United States met Colchester officials.', 'United States', 'Colchester']])).toEqual(['United States: country US.'])
  })

  test('a large city whose name is a word after a locative preposition; the word otherwise', () => {
    expect(resolve([['A press conference in Cork ended.', 'Cork']])).toEqual(['Cork: city IE.M'])
    expect(resolve([['Cork prices rose.', 'Cork']])).toEqual([])
  })

  test('a town whose name is a word counts only where the story is', () => {
    expect(resolve([['Hope officials met.', 'Hope']])).toEqual([])
    expect(resolve([['Hope officials met.', 'Hope']], {state: 'AR'})).toEqual(['Hope: city US.AR'])
    expect(resolve([['Federal officials met.', 'Federal']], {country: 'AR'})).toEqual(['Federal: city AR.08'])
  })
})

describe('what the scene gave a place, in its evidence', () => {
  test('colocation: a US place in the state of another place, a place abroad in the country of another', () => {
    expect(evidenceOf([['Crews from Lexington and Frankfort went to Paris.', 'Lexington', 'Frankfort', 'Paris']])).toEqual([
      'Lexington: colocation,preposition',
      'Frankfort: colocation',
      'Paris: colocation,preposition'
    ])
    expect(evidenceOf([['Crews from Toronto went to Hamilton.', 'Toronto', 'Hamilton']])).toEqual(['Toronto: preposition', 'Hamilton: colocation,preposition'])
  })

  test('no colocation for a US place beside places of other states, or alone', () => {
    expect(evidenceOf([['Crews from Denver went to Paris, Texas.', 'Denver', 'Paris>Texas']])).toEqual(['Denver: preposition', 'Paris: preposition,region'])
    expect(evidenceOf([['Crews went to Paris.', 'Paris']])).toEqual(['Paris: preposition'])
  })

  test('the country itself is colocated with its towns', () => {
    expect(evidenceOf([['Crews from Denver and the United States met.', 'Denver', 'United States']])).toEqual(['Denver: preposition', 'United States: colocation'])
  })

  test('a town abroad whose region has a state’s code is no place of that state', () => {
    // Güines is in Mayabeque, Cuba (admin1 MA): no Massachusetts town is near it.
    expect(resolve([['Crews from Guines went to Springfield.', 'Guines', 'Springfield']])).toEqual(['Guines: city CU.MA', 'Springfield: city US.IL'])
    expect(evidenceOf([['Crews went to Guines.', 'Guines']], {state: 'MA'})).toEqual(['Guines: preposition'])
  })

  test('the dateline’s region: its state for US places, its country for places abroad', () => {
    expect(evidenceOf([['Crews went to Golden.', 'Golden']], {state: 'CO'})).toEqual(['Golden: dateline-region,preposition'])
    expect(evidenceOf([['Crews went to Denver and Paris, Texas.', 'Denver', 'Paris>Texas']], {state: 'CO'})).toEqual(['Denver: dateline-region,preposition', 'Paris: region'])
    expect(evidenceOf([['Crews went to Hamilton and Paris.', 'Hamilton', 'Paris']], {country: 'CA'})).toEqual(['Hamilton: dateline-region,preposition', 'Paris: '])
    expect(evidenceOf([['Crews went to Hamilton and Paris.', 'Hamilton', 'Paris']])).toEqual(['Hamilton: preposition', 'Paris: '])
  })
})

describe('the states of the scene pick a county before the states of the other places', () => {
  // Clark County is in Nevada (2 million), Washington (392,000), Indiana (93,000), Ohio (90,000)…; Indianapolis is in Indiana.
  const county = [['They met in Clark County.', 'Clark County']] as const

  test('a state named outright', () => {
    expect(readingOf('Clark County', [['Crews from Ohio and Indianapolis met.', 'Ohio', 'Indianapolis'], ...county])).toBe('division US.OH')
  })

  test('a state written after a town, though it is `Washington`', () => {
    expect(readingOf('Clark County', [['Crews from Tacoma, Washington, met crews from Las Vegas.', 'Tacoma', 'Washington', 'Las Vegas'], ...county])).toBe('division US.WA')
  })

  test('the state of a place the newsroom settled', () => {
    const evergreen = {geonameId: 9, code: undefined, name: 'Evergreen', kind: 'city', countryCode: 'US', admin1: 'OH', latitude: 0, longitude: 0, population: 5000, featureCode: 'PPL'} as const
    expect(readingOf('Clark County', [['Crews from Evergreen and Indianapolis met.', 'Evergreen', 'Indianapolis'], ...county], {settled: {Evergreen: evergreen}})).toBe('division US.OH')
  })

  test('with none, the state of another place; with nothing, no guess', () => {
    expect(readingOf('Clark County', [['Crews from Indianapolis met.', 'Indianapolis'], ...county])).toBe('division US.IN')
    expect(resolve([...county])).toEqual([])
  })

  test('a county of a unique name is read whatever its size', () => {
    expect(resolve([['They met in Fairfax County.', 'Fairfax County']])).toEqual(['Fairfax County: division US.VA'])
  })
})

describe('more of the reading rules', () => {
  test('a province of the name of a country gives way to the country', () => {
    // (French Guiana is a country code of its own, GF, and a region of France.)
    expect(resolve([['Crews from France went to French Guiana.', 'France', 'French Guiana']])).toEqual(['France: country FR.', 'French Guiana: country GF.'])
  })

  test('a city of the province’s name in its country wins where the country is the story’s, unless it is a small town', () => {
    // Arezzo (76,000) and its province; Armagh (15,000) and its county.
    expect(resolve([['Crews went to Arezzo.', 'Arezzo']], {country: 'IT'})).toEqual(['Arezzo: city IT.16'])
    expect(resolve([['Crews went to Armagh.', 'Armagh']], {country: 'GB'})).toEqual(['Armagh: division GB.'])
  })

  test('a town whose state goes on as a list (`Paris, Texas and Dallas`) keeps its state', () => {
    expect(resolve([['Crews went to Paris, Texas and Dallas.', 'Paris>Texas']])).toEqual(['Paris: city US.TX'])
  })

  test('a country whose written region goes on as a list is an item of the list', () => {
    expect(resolve([['Aid went to Jordan, Lebanon and Syria.', 'Jordan>Lebanon', 'Lebanon', 'Syria']])).toEqual(['Jordan: country JO.', 'Lebanon: country LB.', 'Syria: country SY.'])
  })

  test('a region of two words, then the list going on', () => {
    expect(readingOf('Washington', [['Cases rose in Utah, Washington, New York and California.', 'Utah', 'Washington>New York', 'New York', 'California']])).toBe('state US.WA')
  })

  test('a capitalized word after the region with no comma, or nothing after its comma, goes on no list', () => {
    expect(resolve([['The fair in Washington, Pennsylvania drew Ann Lee.', 'Washington>Pennsylvania']])).toEqual(['Washington: city US.PA'])
    expect(resolve([['The fair in Washington, Pennsylvania,', 'Washington>Pennsylvania']])).toEqual(['Washington: city US.PA'])
  })

  test('one mention that reads as the state makes every mention the state', () => {
    expect(resolve([['New York Governor Ann Ruiz spoke.', 'New York!title'], ['Flights to New York resumed.', 'New York']])).toEqual(['New York: state US.NY'])
    expect(resolve([['Flights to New York resumed.', 'New York'], ['New York Governor Ann Ruiz spoke.', 'New York!title']])).toEqual(['New York: state US.NY'])
  })

  test('a qualifier with no title word after it is no mayor’s', () => {
    expect(resolve([['Crews met in New York', 'New York!title']])).toEqual(['New York: state US.NY'])
  })

  test('a name after a comma reads as a state only after a capitalized word', () => {
    expect(resolve([['Sales at eBay, New York said.', 'New York']])).toEqual(['New York: city US.NY'])
    expect(resolve([[', New York waits.', 'New York']])).toEqual(['New York: city US.NY'])
  })
})

describe('a rule that one mention meets holds for the name', () => {
  test('a country in a list', () => {
    expect(resolve([['Crews went to Armenia and Georgia.', 'Armenia', 'Georgia'], ['Georgia is calm.', 'Georgia']])).toEqual(['Armenia: country AM.', 'Georgia: country GE.'])
    expect(resolve([['Georgia is calm.', 'Georgia'], ['Crews went to Armenia and Georgia.', 'Armenia', 'Georgia']])).toEqual(['Georgia: country GE.', 'Armenia: country AM.'])
  })

  test('a state in a list', () => {
    expect(resolve([['Washington is calm.', 'Washington'], ['Crews went to Utah and Washington.', 'Utah', 'Washington']])).toEqual(['Washington: state US.WA', 'Utah: state US.UT'])
  })

  test('a head noun', () => {
    expect(resolve([['Quebec is calm.', 'Quebec'], ['Voters in the province of Quebec voted.', 'Quebec']])).toEqual(['Quebec: division CA.'])
  })

  test('a locative preposition, for a small town abroad and for a large city whose name is a word', () => {
    expect(resolve([['Hinton is calm.', 'Hinton'], ['Firms from Edmonton may open offices in Hinton.', 'Edmonton', 'Hinton']])).toEqual(['Hinton: city CA.01', 'Edmonton: city CA.01'])
    expect(resolve([['Cork is calm.', 'Cork'], ['A press conference in Cork ended.', 'Cork']])).toEqual(['Cork: city IE.M'])
  })

  test('a locative preposition, for the next reading of a name', () => {
    expect(resolve([['Colchester is calm, the United States said.', 'Colchester', 'United States'], ['Troops trained in Colchester.', 'Colchester']])).toEqual([
      'Colchester: city GB.ENG',
      'United States: country US.'
    ])
  })
})

describe('more rules of the readings', () => {
  test('streets named by a plural head after their list are no towns', () => {
    expect(resolve([['Crews met at State and Hubbard streets.', 'State@streets', 'Hubbard@streets']], {state: 'OH'})).toEqual([])
    expect(resolve([['Crews met Hubbard officials.', 'Hubbard']], {state: 'OH'})).toEqual(['Hubbard: city US.OH'])
  })

  test('the region of a pair is that region, though the name alone reads otherwise', () => {
    expect(resolve([['Crews went to Tbilisi, Georgia.', 'Tbilisi', 'Georgia']])).toEqual(['Tbilisi: city GE.51', 'Georgia: country GE.'])
  })

  test('a state beside a name in a list is no reason to read the name as a state', () => {
    expect(resolve([['Crews went to Springfield and Utah.', 'Springfield', 'Utah']])).toEqual(['Springfield: city US.IL', 'Utah: state US.UT'])
  })

  test('the dateline’s city is read as a city; other names as usual', () => {
    expect(resolve([['Springfield - The rink reopened.', 'Springfield!dateline'], ['New York Governor Ann Ruiz spoke.', 'New York!title']], {datelineCity: true})).toEqual([
      'Springfield: city US.NY',
      'New York: state US.NY'
    ])
  })

  test('a head noun beside a name with no area keeps its other readings', () => {
    expect(resolve([['The Paris region voted.', 'Paris']])).toEqual(['Paris: city FR.11'])
  })

  test('an unsupported province gives way to a city of its name', () => {
    expect(resolve([['Crews went to Arezzo.', 'Arezzo']])).toEqual(['Arezzo: city IT.16'])
  })

  test('a town abroad needs its country in the story, or a larger population', () => {
    expect(resolve([['Crews went to Steinbach.', 'Steinbach']])).toEqual([])
    expect(resolve([['Guines officials met.', 'Guines']])).toEqual(['Guines: city CU.MA'])
  })

  test('a town whose name is a word stays a word after a preposition, unless it is a large city', () => {
    expect(resolve([['A rally in Hope ended.', 'Hope']])).toEqual([])
  })

  test('a country whose name is a word is the country', () => {
    expect(resolve([['Turkey officials met.', 'Turkey']])).toEqual(['Turkey: country TR.'])
  })
})

describe('codes and edges', () => {
  test('a settled town abroad whose region has a state’s code sets no state', () => {
    const guines = {geonameId: 8, code: undefined, name: 'Güines', kind: 'city', countryCode: 'CU', admin1: 'MA', latitude: 0, longitude: 0, population: 68935, featureCode: 'PPL'} as const
    expect(resolve([['Crews from Guines went to Springfield.', 'Guines', 'Springfield']], {settled: {Guines: guines}})).toEqual(['Guines: city CU.MA', 'Springfield: city US.IL'])
  })

  test('a state written after a town abroad whose region has its code holds no such town', () => {
    expect(resolve([['Crews went to Guines, Mass.', 'Guines>Mass.']])).toEqual([])
  })

  test('a town the gazetteer lacks, before its region, is no place; the region is', () => {
    expect(resolve([['Crews from Thruxton, Hampshire, arrived.', 'Thruxton>Hampshire', 'Hampshire']])).toEqual(['Hampshire: division GB.'])
  })

  test('a country before a state that goes on as a list is the country', () => {
    expect(resolve([['Aid went to Jordan, Texas and Utah.', 'Jordan>Texas']])).toEqual(['Jordan: country JO.'])
  })

  test('one title makes every mention of a province the province', () => {
    expect(resolve([['Manitoba Premier Dana Kowalczyk spoke.', 'Manitoba!title'], ['Manitoba is cold.', 'Manitoba']])).toEqual(['Manitoba: division CA.'])
    expect(resolve([['Manitoba is cold.', 'Manitoba'], ['Manitoba Premier Dana Kowalczyk spoke.', 'Manitoba!title']])).toEqual(['Manitoba: division CA.'])
  })

  test('the dateline’s state picks a county before the states the text names', () => {
    expect(readingOf('Monroe County', [['They met in Monroe County.', 'Monroe County'], ['New York officials agreed.', 'New York']], {state: 'MI'})).toBe('division US.MI')
  })

  test('the nearest state’s name, though another is written first', () => {
    expect(readingOf('Monroe County', [['Indiana is far. They met in Monroe County in northeast Missouri.', 'Indiana', 'Monroe County', 'Missouri']])).toBe('division US.MO')
  })

  test('a state’s abbreviation in a list is a word, not the state', () => {
    expect(resolve([['Crews went to Washington and Mass ended.', 'Washington']])).toEqual(['Washington: city US.DC'])
  })
})

describe('limits, on each side', () => {
  test('a county far larger than the others of its name, but under 100,000 people, is not guessed', () => {
    // Armstrong County, Pa. (19,000) and Texas (1,200).
    expect(resolve([['They met in Armstrong County.', 'Armstrong County']])).toEqual([])
  })

  test('a town of 20,000 far from the story stands', () => {
    // Abrisham, Iran: 20,000 people by GeoNames.
    expect(resolve([['Abrisham officials met.', 'Abrisham']])).toEqual(['Abrisham: city IR.28'])
  })

  test('two states’ names as near the county on either side: the larger county', () => {
    // Clark County, Ind. (93,000) and Clark County, Ohio (90,000); both names 17 characters from it.
    expect(resolve([['Ohio and then in Clark County and Indiana.', 'Clark County']])).toEqual(['Clark County: division US.IN'])
  })
})
