import {describe, expect, test} from 'vitest'
import {articleToJsonLd} from '../index.js'

const placesOf = (text: string) =>
  articleToJsonLd(text, {format: 'text'}).article.places.map((place) => `${place.name} ${place.countryCode}.${place.admin1 ?? ''}`)

describe('colocation: the other places of the story pick a name’s reading', () => {
  test('Paris among Kentucky towns is Paris, Ky.', () => {
    expect(placesOf('Mill closes\n\nThe mill in Paris will close, workers said. Crews from Lexington and Frankfort and Louisville were sent.')).toContain('Paris US.KY')
  })

  test('Bloomington beside Springfield and Peoria is in Illinois', () => {
    expect(placesOf('Mill closes\n\nThe mill in Springfield will close, workers said. Crews from Peoria and Bloomington helped.')).toEqual(
      expect.arrayContaining(['Springfield US.IL', 'Bloomington US.IL'])
    )
  })

  test('with no other place, the most prominent reading stands', () => {
    expect(placesOf('Talks resume\n\nDiplomats met in Paris on Monday, officials said.')).toContain('Paris FR.11')
  })
})

describe('a state and its city of the same name', () => {
  test('`New York` alone is the city; as a governor’s state or after a town, the state', () => {
    expect(placesOf('Flights resume\n\nFlights to New York resumed on Monday, the airline said.')).toContain('New York City US.NY')
    expect(placesOf('Storm hits\n\nNew York Governor Ann Ruiz declared an emergency on Monday.')).toContain('New York US.NY')
    expect(placesOf('Girl recovers\n\nThe girl, from Rochester, New York, is recovering, doctors said.')).toEqual(
      expect.arrayContaining(['Rochester US.NY', 'New York US.NY'])
    )
  })

  test('a city’s title keeps the city: `New York Mayor`', () => {
    expect(placesOf('Budget passes\n\nNew York Mayor Leo Marsh signed the budget on Friday.')).toContain('New York City US.NY')
  })
})

describe('provinces and countries abroad', () => {
  test('a country outranks a province of its name: `Niger` beside Nigeria', () => {
    const places = placesOf('Outbreak spreads\n\nCases were confirmed in Chad, Niger, Nigeria and Cameroon, officials said.')
    expect(places).toEqual(expect.arrayContaining(['Niger NE.', 'Nigeria NG.']))
  })

  test('in a list of countries, `Georgia` is the country', () => {
    expect(placesOf('Travel warning\n\nThe ministry warned travellers to Armenia, Azerbaijan, Georgia and Iran.')).toContain('Georgia GE.')
  })

  test('beside a US city, `Georgia` stays the state', () => {
    expect(placesOf('Plant opens\n\nThe firm moved its plant to Macon, Georgia, last year.')).toContain('Georgia US.GA')
  })

  test('a province written after a town gives its country: `Brandon, Manitoba`', () => {
    expect(placesOf('Rink reopens\n\nThe rink in Brandon, Manitoba, reopened on Friday.')).toEqual(expect.arrayContaining(['Brandon CA.03', 'Manitoba CA.']))
  })

  test('a province qualifying its government’s title: `Manitoba Premier X`', () => {
    expect(placesOf('Budget vote\n\nManitoba Premier Dana Kowalczyk said the budget would pass.')).toContain('Manitoba CA.')
  })

  test('a province of several words sets its country: `Northern Territory` beside South Australia', () => {
    const places = placesOf('Road toll\n\nThree people died in South Australia and two in the Northern Territory over the weekend.')
    expect(places).toEqual(expect.arrayContaining(['South Australia AU.', 'Northern Territory AU.']))
  })

  test('a town of 5,000 abroad is found where its country is named', () => {
    // Hinton, Alberta (about 9,600 people) in a Canadian story.
    expect(placesOf('Mill reopens\n\nThe pulp mill in Hinton, Alberta, reopened on Monday, the Canadian company said.')).toContain('Hinton CA.01')
  })
})

describe('written containment and compounds', () => {
  test('`Town, Province` settles both, even when the province is also a given name', () => {
    expect(placesOf('Rink reopens\n\nThe arena in Hinton, Alberta, reopened on Friday after repairs.')).toEqual(
      expect.arrayContaining(['Hinton CA.01', 'Alberta CA.'])
    )
  })

  test('in a list of states, no item is the region of the one before', () => {
    const places = placesOf('Recall widens\n\nStores in Oregon, Utah, Virginia, Washington, West Virginia and Wyoming pulled the lettuce.')
    expect(places).toEqual(expect.arrayContaining(['Washington US.WA', 'Virginia US.VA']))
  })

  test('a place before `-based` or `-born` is named: `Denver-based`, `New York-based`', () => {
    const places = placesOf('Deal signed\n\nThe Denver-based chain bought a New York-based bakery on Tuesday.')
    expect(places).toEqual(expect.arrayContaining(['Denver US.CO', 'New York City US.NY']))
  })
})

describe('AP abbreviations in body text', () => {
  test('`Fort Wayne, Ind.` and `Phila.`', () => {
    const places = placesOf('Plant opens\n\nThe company moved its plant from Phila. to Fort Wayne, Ind., last year, a spokesman said.')
    expect(places).toEqual(expect.arrayContaining(['Philadelphia US.PA', 'Fort Wayne US.IN']))
  })
})

describe('names of one place', () => {
  test('`U.S.` and `the United States` are one place, with the mentions of both in reading order', () => {
    const {places} = articleToJsonLd('Trade talks\n\nThe U.S. and Chile met on Monday. The United States wants a deal, and U.S. officials were hopeful.', {format: 'text'}).article
    const united = places.filter((place) => place.name === 'United States')
    expect(united).toHaveLength(1)
    expect(united[0]!.mentions.map((mention) => mention.text)).toEqual(['U.S.', 'United States', 'U.S.'])
  })
})

describe('every place records its evidence', () => {
  const evidenceOf = (text: string, name: string) =>
    articleToJsonLd(text, {format: 'text'}).article.places.find((place) => place.name === name)?.evidence

  test('a dateline city, and a town in the dateline’s state named after `in`', () => {
    const text = 'Mill closes\n\nAURORA, Colo. (AP) — The mill in Golden will close, workers said.'
    expect(evidenceOf(text, 'Aurora')).toEqual(expect.arrayContaining(['dateline']))
    expect(evidenceOf(text, 'Golden')).toEqual(['colocation', 'dateline-region', 'preposition'])
  })

  test('a state written after the name', () => {
    expect(evidenceOf('Plant opens\n\nThe plant moved to Fort Wayne, Ind., last year, a spokesman said.', 'Fort Wayne')).toEqual(
      expect.arrayContaining(['region', 'preposition'])
    )
  })

  test('a place beside other places of its state is colocated', () => {
    expect(evidenceOf('Mill closes\n\nCrews from Lexington and Frankfort and Louisville were sent to Paris.', 'Paris')).toEqual(
      expect.arrayContaining(['colocation'])
    )
  })

  test('a country on its own has no evidence but its prominence', () => {
    expect(evidenceOf('Talks resume\n\nFrance and its partners agreed on a plan, officials said.', 'France')).toEqual([])
  })
})

describe('first-order divisions outside the US', () => {
  const placeOf = (text: string, name: string) => articleToJsonLd(text, {format: 'text'}).article.places.find((place) => place.name === name)

  test('a province named with its country is an AdministrativeArea identified by its ISO 3166-2 code and GeoNames id', () => {
    const alberta = placeOf('Fires spread\n\nWildfires forced thousands from their homes in Alberta, Canada, on Sunday, officials said.', 'Alberta')
    expect(alberta).toMatchObject({type: 'AdministrativeArea', geonameId: expect.any(Number), subdivisionCode: 'CA-AB', countryCode: 'CA'})
  })

  test('a head noun is evidence enough: `Zhejiang province`, `the state of Queensland`', () => {
    expect(placeOf('Factory fire\n\nA fire gutted a textile plant in Zhejiang province overnight.', 'Zhejiang')?.evidence).toContain('head-noun')
    expect(placeOf('Floods\n\nRivers rose across the state of Queensland after a week of rain.', 'Queensland')?.subdivisionCode).toBe('AU-QLD')
  })

  test('the AP abbreviation of a Canadian province, after a city', () => {
    const text = 'Home sold\n\nThe couple bought a brick home in Barrie, Ont., last spring, a neighbour said.'
    expect(placeOf(text, 'Ontario')?.subdivisionCode).toBe('CA-ON')
    expect(placeOf(text, 'Barrie')?.countryCode).toBe('CA')
  })

  test('a city of the same name in the same country wins without a head noun; with one, the province', () => {
    expect(placeOf('Snow\n\nHeavy snow fell on Quebec and Montreal on Tuesday, forecasters said.', 'Québec')?.type).toBe('City')
    expect(placeOf('Vote\n\nVoters in the province of Quebec and in Montreal go to the polls on Monday.', 'Quebec')?.subdivisionCode).toBe('CA-QC')
  })

  test('Victoria among Australian places is the state; St. Paul in a US story stays the city', () => {
    expect(placeOf('Heat\n\nTemperatures passed 40C in Victoria and in Sydney, Australia, on Friday.', 'Victoria')?.subdivisionCode).toBe('AU-VIC')
    expect(placeOf('Storm\n\nThe storm closed schools in St. Paul and Minneapolis on Monday.', 'Saint Paul')?.type).toBe('City')
  })

  test('a division abroad with nothing for it is not guessed', () => {
    expect(placeOf('Dinner\n\nWe ate at Western Grill on Friday, she said.', 'Western')).toBeUndefined()
  })

  test('in the graph: an identifier, its GeoNames link, inside its country', () => {
    const {jsonld, article} = articleToJsonLd('Fires spread\n\nWildfires forced thousands from their homes in Alberta, Canada, on Sunday.', {format: 'text'})
    const node = jsonld['@graph'].find((item) => (item as {name?: string}).name === 'Alberta') as Record<string, unknown>
    const id = article.places.find((place) => place.name === 'Alberta')?.geonameId
    expect(node).toMatchObject({'@type': 'AdministrativeArea', identifier: 'CA-AB', sameAs: `https://sws.geonames.org/${id}/`, containedInPlace: {'@id': expect.stringContaining('6251999')}})
  })

  test('a division no source gives an id for is identified by its code alone, with no GeoNames link', () => {
    const {jsonld} = articleToJsonLd('Arrest made\n\nCOLUMBIA, Ky. (AP) — A man from Metcalfe County was arrested on Friday, police said.', {format: 'text'})
    const node = jsonld['@graph'].find((item) => (item as {name?: string}).name === 'Metcalfe County') as Record<string, unknown>
    expect(node).toMatchObject({identifier: 'US-21169'})
    expect(node.sameAs).toBeUndefined()
  })
})

describe('US counties and parishes', () => {
  const placeOf = (text: string, name: string) => articleToJsonLd(text, {format: 'text'}).article.places.find((place) => place.name === name)

  test('a county of the story’s state, identified by its FIPS code, inside its state', () => {
    const county = placeOf('Arrest made\n\nCOLUMBIA, Ky. (AP) — A man from Metcalfe County was arrested on Friday, police said.', 'Metcalfe County')
    expect(county).toMatchObject({type: 'AdministrativeArea', subdivisionCode: 'US-21169', admin1: 'KY', geonameId: undefined})
    expect(county?.containedIn.map((place) => place.geonameId)).toEqual([6254925, 6252001])
  })

  test('the state named in the same paragraph picks a shared name', () => {
    const text = 'New home\n\nThe couple moved from Indiana years ago. They found a farm in Monroe County in northeast Missouri.'
    expect(placeOf(text, 'Monroe County')?.admin1).toBe('MO')
  })

  test('a parish in Louisiana', () => {
    expect(placeOf('Flood\n\nWater rose in Orleans Parish overnight, officials said.', 'Orleans Parish')?.subdivisionCode).toBe('US-22071')
  })

  test('a county name shared by many states, with no state in the story, is not guessed', () => {
    expect(placeOf('Fair\n\nThe fair opens in Monroe County on Saturday, organizers said.', 'Monroe County')).toBeUndefined()
  })
})

describe('`Washington`: the capital, unless the story is in the state', () => {
  test('with no place of Washington state around, `Washington` is D.C.', () => {
    expect(placesOf('Diplomats leave\n\nIn Washington, some of the expelled Russian diplomats boarded a bus on Monday, and flights to Moscow were full.')).toContain('Washington, D.C. US.DC')
  })

  test('beside towns of the state, the state', () => {
    expect(placesOf('Fires spread\n\nCrews from Spokane and Yakima fought fires across Washington on Monday.')).toContain('Washington US.WA')
  })

  test('in a list of states, the state', () => {
    expect(placesOf('Outbreak\n\nCases were reported in Oregon, Utah, Washington and Wisconsin.')).toContain('Washington US.WA')
    expect(placesOf('Outbreak\n\nCases were reported in Alaska, Florida and Washington, D.C., officials said.')).toContain('Washington, D.C. US.DC')
  })
})

describe('small towns: where the story is, and the name’s other readings', () => {
  test('a small town abroad in the country of the story’s other places stands where the text puts something in it', () => {
    expect(placesOf('Heat plant planned\n\nFirms from Edmonton and Calgary may open offices in Hinton because of the plan, the mayor said.')).toContain('Hinton CA.01')
    // Without a preposition the small town is more likely a name.
    expect(placesOf('Heat plant planned\n\nFirms from Edmonton and Calgary may back Hinton because of the plan, the mayor said.')).not.toContain('Hinton CA.01')
  })

  test('a small town far from the story gives way to a larger place of the name after `in`', () => {
    const text = (where: string) => `Sergeant dies\n\nThe sergeant, who trained with Texas units in Austin, Texas, last year, ${where}.`
    expect(placesOf(text('was based in Colchester with his battalion'))).toContain('Colchester GB.ENG')
    expect(placesOf(text('met Colchester at the base')).some((place) => place.startsWith('Colchester'))).toBe(false)
  })
})

describe('names that are also words, and provinces named in lists', () => {
  test('a large city whose name is a word is the city after a locative preposition', () => {
    expect(placesOf('Mother pleads\n\nShe told a press conference in Cork on Monday that the family could not pay.')).toContain('Cork IE.M')
    expect(placesOf('Mother pleads\n\nCork prices rose on Monday, the family said.').some((place) => place.startsWith('Cork'))).toBe(false)
  })

  test('a hyphenated division abroad is a distinctive name of two words', () => {
    expect(placesOf('Hotels struggle\n\nHotel rooms remain dear in Gilgit-Baltistan because few tourists come.')).toContain('Gilgit-Baltistan PK.')
  })

  test('a plural head noun after a list makes each name a province', () => {
    expect(placesOf('Mines expand\n\nVillages on platinum land in the North West and Limpopo provinces have gone to court.')).toEqual(['North West ZA.', 'Limpopo ZA.'])
    // A lone word that is also a common one describes the areas.
    expect(placesOf('Produce rules\n\nImports would be opened into 19 Northern and Northeastern states from November.')).toEqual([])
  })
})

describe('a side and `Bank`', () => {
  test('`the West Bank` is a place (with no point), not a bank', () => {
    const {article} = articleToJsonLd('Crossings reopen\n\nTrucks crossed into the West Bank on Monday, officials said.', {format: 'text'})
    expect(article.places.map((place) => place.name)).toEqual(['West Bank'])
    expect(article.entities.map((entity) => entity.name)).not.toContain('West Bank')
  })
})

describe('names news uses for a place that GeoNames stores otherwise', () => {
  test('a renamed city under its former English name: `Calcutta`, `Bombay`', () => {
    expect(placesOf('Nun recovers\n\nDoctors in Calcutta said her fever had eased. Markets in Bombay rose.')).toEqual(['Kolkata IN.28', 'Mumbai IN.16'])
  })
})

describe('`America`', () => {
  test('alone it is the United States; the continents and regions keep their names', () => {
    expect(placesOf('Plants return\n\nFactories are coming back to America, the minister said.')).toEqual(['United States US.'])
    expect(placesOf('Rains spread\n\nStorms hit Central America and South America on Monday.')).not.toContain('United States US.')
  })
})

describe('a county the story gives no state for', () => {
  test('one far larger than every other of its name is read; among counties of like size none is guessed', () => {
    expect(placesOf('Ticket sold\n\nThe winning ticket was sold in Morris County on Friday.')).toEqual(['Morris County US.NJ'])
    expect(placesOf('Ticket sold\n\nThe winning ticket was sold in Monroe County on Friday.')).toEqual([])
  })
})

describe('a country whose name is also a word, at a sentence start', () => {
  test('in a list or with a possessive it is the country: `China, India and Brazil`, `China’s exports`', () => {
    expect(placesOf('Trade\n\nSales slowed. China, India and Brazil grew fastest.')).toContain('China CN.')
    expect(placesOf('Trade\n\nSales slowed. China’s exports fell.')).toContain('China CN.')
  })

  test('before a noun it stays a word: `Turkey prices rose`', () => {
    expect(placesOf('Holiday\n\nShoppers were busy. Turkey prices rose before the holiday.')).toEqual([])
  })
})

describe('a division abroad named with its head noun', () => {
  test('`Borno State`, `Hebei Province` are the divisions, in the mention’s words; a large city before one is a place of its own', () => {
    const result = articleToJsonLd('News\n\nThey met in Maiduguri Borno State in October. Officials in Hebei Province agreed.', {format: 'text'}).article.places
    expect(result.find((place) => place.name === 'Borno')?.mentions.map((mention) => mention.text)).toEqual(['Borno State'])
    expect(result.find((place) => place.name === 'Hebei')?.mentions.map((mention) => mention.text)).toEqual(['Hebei Province'])
    expect(result.find((place) => place.name === 'Maiduguri')?.countryCode).toBe('NG')
  })
})

describe('a country the text puts something in is no one’s surname', () => {
  test('`newspapers in Ireland` beside `Local Ireland` read as a name', () => {
    expect(placesOf('News\n\nIt is run by Local Ireland, an umbrella group for regional newspapers in Ireland.')).toContain('Ireland IE.')
  })
})
