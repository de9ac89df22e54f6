// The rules of classifyRun, each on both sides of its guards, on invented sentences: a run is taken by its
// words (as written, possessive included) from one analyzed paragraph, so each case runs in milliseconds.
import {describe, expect, test} from 'vitest'
import {SourceMap} from '../document/source-map.js'
import {analyzeBlock} from './analyze.js'
import {classifyRun} from './classify-run.js'
import type {Mention} from './mention.js'
import {Run} from './run.js'

/** The run of `words` (space-separated, possessives as written) at their first occurrence in `text`. */
function runOf(text: string, words: string, block = 0): Run {
  const analyzed = analyzeBlock({kind: 'paragraph', text, group: 0, map: new SourceMap()}, block)
  const parts = words.split(' ')
  const written = (index: number) => {
    const token = analyzed.tokens[index]
    return token === undefined ? undefined : token.text + token.possessiveSuffix
  }
  const first = analyzed.tokens.findIndex((_, index) => parts.every((word, offset) => written(index + offset) === word))
  if (first === -1) throw new Error(`no ${words} in ${text}`)
  return new Run(analyzed, first, first + parts.length)
}

/** The mentions of the run of `words` in `text`. */
function mentionsOf(text: string, words: string, sports = false): Mention[] {
  return classifyRun(runOf(text, words), sports)
}

/** Kind, name, cue and detail of each mention the run makes. */
function classify(text: string, words: string, sports = false): Array<[string, string, string, string | undefined]> {
  return mentionsOf(text, words, sports).map((mention) => [mention.kind, mention.name, mention.evidence.cue, mention.evidence.detail])
}

/** Kind and name of each mention. */
function named(text: string, words: string, sports = false): Array<[string, string]> {
  return mentionsOf(text, words, sports).map((mention) => [mention.kind, mention.name])
}

/** The one mention the run makes. */
function only(text: string, words: string, sports = false): Mention {
  const mentions = mentionsOf(text, words, sports)
  expect(mentions).toHaveLength(1)
  return mentions[0]!
}

describe('classifyRun: what is no name', () => {
  test('weather and peoples are no names', () => {
    expect(classify('Forecasters said El Niño would return.', 'El Niño')).toEqual([])
    expect(classify('Sri Lankan leaders met.', 'Sri Lankan')).toEqual([])
    expect(classify('Many Iraqi Kurds fled.', 'Iraqi Kurds')).toEqual([])
  })

  test('a common word left alone after a capitalized common word was taken off is no name', () => {
    expect(classify('Advanced Medical reported a loss.', 'Advanced Medical')).toEqual([])
    // (`The` is no such word: `The Times` is a paper.)
    expect(named('The Times reported a loss.', 'The Times')).toEqual([['organization', 'Times']])
  })
})

describe('classifyRun: a headline date after a name', () => {
  test('a date word before a number is taken off', () => {
    expect(classify('Envoy to meet Ilse Brannock Sept 7', 'Ilse Brannock Sept')).toEqual([['person', 'Ilse Brannock', 'given-name', 'Ilse']])
    expect(named('Envoy to visit Greece Sept 7', 'Greece Sept')).toEqual([['place', 'Greece']])
  })

  test('a date word with no number after it stays', () => {
    expect(named('Envoy to meet Ilse Brannock Sept', 'Ilse Brannock Sept')).toEqual([['person', 'Ilse Brannock Sept']])
  })
})

describe('classifyRun: regions, known bodies, sites', () => {
  test('a region or a former country is a place by its shape', () => {
    expect(classify('Trade in the Balkans grew.', 'the Balkans')).toEqual([['place', 'Balkans', 'name-shape', 'balkans']])
    expect(classify('Settlers in the West Bank protested.', 'West Bank')).toEqual([['place', 'West Bank', 'name-shape', 'bank']])
  })

  test('a body the lexicon knows', () => {
    expect(classify('The United Nations met.', 'United Nations')).toEqual([['organization', 'United Nations', 'known-organization', undefined]])
  })

  test('a hospital the text puts someone in is a place', () => {
    expect(classify('She was taken to Northgate General Hospital on Monday.', 'Northgate General Hospital')).toEqual([['place', 'Northgate General Hospital', 'name-shape', 'hospital']])
  })

  test('a country by its whole name ends in a body\'s word and is a place', () => {
    expect(classify('The Russian Federation said no.', 'Russian Federation')).toEqual([['place', 'Russian Federation', 'gazetteer', undefined]])
  })

  test('a side and `Bank` is the land by a river, not another body\'s name', () => {
    expect(classify('West Coast Bank lent it.', 'West Coast Bank')).toEqual([['organization', 'West Coast Bank', 'organization-head', 'bank']])
    expect(classify('He said Quorvel Bank lent it.', 'Quorvel Bank')).toEqual([['organization', 'Quorvel Bank', 'organization-head', 'bank']])
    expect(classify('He said East Council met.', 'East Council')).toEqual([['organization', 'East Council', 'organization-head', 'council']])
  })

  test('a body\'s word at the end makes an organization', () => {
    expect(classify('Georgia Power raised rates.', 'Georgia Power')).toEqual([['organization', 'Georgia Power', 'organization-head', 'power']])
    expect(classify('He joined the Red Cross.', 'Red Cross')).toEqual([['organization', 'Red Cross', 'organization-head', 'cross']])
  })
})

describe('classifyRun: owners and their bodies', () => {
  test('a person named in full or a place owns the body after the possessive', () => {
    expect(classify("Rupert Murdoch's News Corp Ltd bought it.", "Rupert Murdoch's News Corp Ltd")).toEqual([
      ['person', 'Rupert Murdoch', 'given-name', 'Rupert'],
      ['organization', 'News Corp Ltd', 'organization-head', 'ltd']
    ])
    expect(classify("Hong Kong's Democratic Party won.", "Hong Kong's Democratic Party")).toEqual([
      ['place', 'Hong Kong', 'gazetteer', undefined],
      ['organization', 'Democratic Party', 'organization-head', 'party']
    ])
  })

  test('a possessive that is the name\'s own owns nothing', () => {
    expect(named("He saw St. Christopher's Hospital staff.", "St. Christopher's Hospital")).toEqual([['organization', "St. Christopher's Hospital"]])
    expect(named("Lay Volunteers' International Organisation met.", "Lay Volunteers' International Organisation")).toEqual([['organization', "Lay Volunteers' International Organisation"]])
  })
})

describe('classifyRun: a given name and a body\'s word that is a surname', () => {
  test('is someone', () => {
    const courier = only('Jim Courier won.', 'Jim Courier')
    expect([courier.kind, courier.name, courier.evidence.cue, courier.evidence.detail, courier.gender, courier.surnameOnly]).toEqual(['person', 'Jim Courier', 'given-name', 'Jim', 'male', false])
  })

  test('a place, a rare word or a common word first is a body', () => {
    expect(named('Georgia Power raised rates.', 'Georgia Power')).toEqual([['organization', 'Georgia Power']])
    expect(classify('He said Quorvel Post ran it.', 'Quorvel Post')).toEqual([['organization', 'Quorvel Post', 'organization-head', 'post']])
    expect(classify('He said Summer Church ran it.', 'Summer Church')).toEqual([['organization', 'Summer Church', 'organization-head', 'church']])
  })
})

describe('classifyRun: titles', () => {
  test('a title before a name', () => {
    const johnston = only('Mayor Mike Johnston spoke.', 'Mayor Mike Johnston')
    expect([johnston.kind, johnston.name, johnston.evidence.cue, johnston.evidence.detail, johnston.jobTitle, johnston.gender]).toEqual(['person', 'Mike Johnston', 'title', 'Mayor', 'Mayor', 'male'])
  })

  test('a place before the title qualifies it', () => {
    const mentions = mentionsOf('Aurora Councilmember Danielle Jurinsky spoke.', 'Aurora Councilmember Danielle Jurinsky')
    expect(mentions.map((mention) => [mention.kind, mention.name, mention.evidence.cue, mention.evidence.detail, mention.qualifier])).toEqual([
      ['place', 'Aurora', 'gazetteer', 'title qualifier', undefined],
      ['person', 'Danielle Jurinsky', 'title', 'Councilmember', 'Aurora']
    ])
  })

  test('a body before the title is the person\'s, and no qualifier', () => {
    const mentions = mentionsOf('African National Congress Deputy President Thabo Mbeki said.', 'African National Congress Deputy President Thabo Mbeki')
    expect(mentions.map((mention) => [mention.kind, mention.name, mention.qualifier])).toEqual([
      ['organization', 'African National Congress', undefined],
      ['person', 'Thabo Mbeki', undefined]
    ])
    expect(named('U.N. Secretary-General Boutros Boutros-Ghali said.', 'U.N. Secretary-General Boutros Boutros-Ghali')).toEqual([
      ['organization', 'U.N.'],
      ['person', 'Boutros Boutros-Ghali']
    ])
  })

  test('a title\'s office is an organization', () => {
    expect(named("He said U.S. Attorney's Office for the Western District of Missouri filed it.", "U.S. Attorney's Office for the Western District of Missouri")).toEqual([
      ['organization', "U.S. Attorney's Office for the Western District of Missouri"]
    ])
  })

  test('the body a titled person is of', () => {
    expect(classify('Professor Tom Lodge of the University of Natal said.', 'Professor Tom Lodge of the University of Natal')).toEqual([
      ['person', 'Tom Lodge', 'title', 'Professor'],
      ['organization', 'University of Natal', 'organization-head', 'natal']
    ])
  })

  test('what a title is of is no one', () => {
    expect(classify('Miss Poland won.', 'Miss Poland')).toEqual([])
    expect(classify('Mr. President, he said.', 'Mr. President')).toEqual([])
    expect(classify('Nuns prayed at Mother House.', 'Mother House')).toEqual([])
  })

  test('a monarch keeps `I`; a day after the name is no part of it', () => {
    expect(named('Queen Elizabeth I ruled.', 'Queen Elizabeth I')).toEqual([['person', 'Elizabeth I']])
    expect(named('They saw Danielle Jurinsky Monday.', 'Danielle Jurinsky Monday')).toEqual([['person', 'Danielle Jurinsky']])
  })

  test('words that describe someone before a given name are no part of the name', () => {
    expect(named('Sister Maureen Carey said.', 'Sister Maureen Carey')).toEqual([['person', 'Maureen Carey']])
    expect(named('Judicial Police Manuel Alvarado said.', 'Judicial Police Manuel Alvarado')).toEqual([['person', 'Manuel Alvarado']])
    expect(named('former Oriole Jamie Moyer pitched.', 'Oriole Jamie Moyer')).toEqual([['person', 'Jamie Moyer']])
    expect(named('Bui Thi Mai said.', 'Bui Thi Mai')).toEqual([['person', 'Bui Thi Mai']])
  })

  test('a title in lower case before the name', () => {
    expect(classify('said mayor Mike Johnston on Monday.', 'Mike Johnston')).toEqual([['person', 'Mike Johnston', 'title', 'Mayor']])
  })

  test('a portfolio before the name', () => {
    const birch = only('Minister of Finance Bill Birch spoke.', 'Finance Bill Birch')
    expect([birch.name, birch.jobTitle]).toEqual(['Bill Birch', 'Minister of Finance'])
    expect(named('the Archbishop of Cape Town spoke.', 'Cape Town')).toEqual([['place', 'Cape Town']])
  })
})

describe('classifyRun: organization cues', () => {
  test('a body\'s word before a joiner', () => {
    expect(classify('The Department of Water Resources said.', 'Department of Water Resources')).toEqual([['organization', 'Department of Water Resources', 'organization-head', 'resources']])
  })

  test('a state\'s university', () => {
    expect(classify('He saw Oregon State play.', 'Oregon State')).toEqual([['organization', 'Oregon State', 'organization-head', 'state']])
  })

  test('a company\'s prefix', () => {
    expect(named('He bought PT Matahari Putra Prima shares.', 'PT Matahari Putra Prima')).toEqual([['organization', 'PT Matahari Putra Prima']])
  })

  test('a body\'s word and the country it serves, not a street', () => {
    expect(named('Bank Indonesia said.', 'Bank Indonesia')).toEqual([['organization', 'Bank Indonesia']])
    expect(named('Radio New Zealand said.', 'Radio New Zealand')).toEqual([['organization', 'Radio New Zealand']])
    expect(named('He walked on Church Street.', 'Church Street')).toEqual([['place', 'Church Street']])
  })
})

describe('withoutDescription: words that describe the name', () => {
  test('sentence words and articles', () => {
    expect(named('But Ana Ruiz left.', 'But Ana Ruiz')).toEqual([['person', 'Ana Ruiz']])
    expect(named('Residents Ana Ruiz and others left.', 'Residents Ana Ruiz')).toEqual([['person', 'Ana Ruiz']])
    expect(named('Western Kentucky University won.', 'Western Kentucky University')).toEqual([['organization', 'Western Kentucky University']])
    expect(named('Forty-one Labour Party members voted.', 'Forty-one Labour Party')).toEqual([['organization', 'Labour Party']])
  })

  test('a common word before a rare name', () => {
    expect(named('Rookie Santiago Ibarra scored.', 'Rookie Santiago Ibarra')).toEqual([['person', 'Santiago Ibarra']])
  })

  test('a place\'s first word at a sentence start stays', () => {
    const mentions = mentionsOf('New York Governor George Pataki said.', 'New York Governor George Pataki')
    expect(mentions.map((mention) => [mention.kind, mention.name, mention.qualifier])).toEqual([
      ['place', 'New York', undefined],
      ['person', 'George Pataki', 'New York']
    ])
    expect(named('He saw New York Yankees games.', 'New York Yankees')).toEqual([['organization', 'New York Yankees']])
  })

  test('standings, number words, hyphenated modifiers', () => {
    expect(named('Fourth-seeded Ilse Varga won.', 'Fourth-seeded Ilse Varga')).toEqual([['person', 'Ilse Varga']])
    expect(named('They saw Four Corners.', 'Four Corners')).toEqual([['place', 'Four Corners']])
    expect(named('Brazilian-born Luis Oliveira said.', 'Brazilian-born Luis Oliveira')).toEqual([['person', 'Luis Oliveira']])
    expect(named('South Korea-based LG Electronics said.', 'South Korea-based LG Electronics')).toEqual([['organization', 'LG Electronics']])
  })

  test('a site keeps its first word', () => {
    expect(named('He fished the Big Thompson River.', 'Big Thompson River')).toEqual([['place', 'Big Thompson River']])
  })

  test('a job word at the start, not a title\'s', () => {
    expect(named('Midfielder Marco Giampaolo scored.', 'Midfielder Marco Giampaolo')).toEqual([['person', 'Marco Giampaolo']])
    expect(classify('Executive Director Ana Ruiz said.', 'Executive Director Ana Ruiz')).toEqual([['person', 'Ana Ruiz', 'title', 'Director']])
  })

  test('demonyms before a name, not a given name\'s, a site\'s, a region\'s or a place\'s', () => {
    expect(named('South African Amanda Coetzer won.', 'South African Amanda Coetzer')).toEqual([['person', 'Amanda Coetzer']])
    expect(named('Christian Vieri scored.', 'Christian Vieri')).toEqual([['person', 'Christian Vieri']])
    expect(named('They sailed the Indian Ocean.', 'Indian Ocean')).toEqual([['place', 'Indian Ocean']])
    expect(named('Trade in Northern Europe grew.', 'Northern Europe')).toEqual([['place', 'Northern Europe']])
    expect(named('Bosnian Serb Army troops fired.', 'Bosnian Serb Army')).toEqual([['organization', 'Bosnian Serb Army']])
    expect(named('He visited South Africa.', 'South Africa')).toEqual([['place', 'South Africa']])
  })

  test('a body\'s one word used as the body\'s', () => {
    expect(named('the Russian Duma voted.', 'Duma')).toEqual([['organization', 'Duma']])
    expect(named('U.S. Senate voted.', 'Senate')).toEqual([['organization', 'Senate']])
    expect(named('The Navy spokesman said.', 'Navy')).toEqual([['organization', 'Navy']])
    expect(named('Commonwealth officials met.', 'Commonwealth')).toEqual([['organization', 'Commonwealth']])
    expect(named('the 10-year Treasury yield rose.', 'Treasury')).toEqual([])
    expect(named('A Senate vote failed.', 'A Senate')).toEqual([])
  })

  test('a country that is also a word keeps its capital in a list or with a possessive', () => {
    expect(named('China, India and Brazil grew.', 'China')).toEqual([['place', 'China']])
    expect(named("China's exports grew.", "China's")).toEqual([['place', 'China']])
    expect(named('Turkey prices rose.', 'Turkey')).toEqual([])
    // (Only a country: `Bath` in a list at a sentence start is the word.)
    expect(named('Bath, towels and soap were sold.', 'Bath')).toEqual([])
  })
})

describe('nameMention: places by the shape of the name and the words around it', () => {
  test('a site, a region', () => {
    expect(classify('They walked along Colfax Avenue.', 'Colfax Avenue')).toEqual([['place', 'Colfax Avenue', 'name-shape', 'avenue']])
    expect(classify('Trade in North Africa grew.', 'North Africa')).toEqual([['place', 'North Africa', 'name-shape', 'north']])
    expect(classify('Trade in West Wales grew.', 'West Wales')).toEqual([['place', 'West Wales', 'name-shape', 'west']])
  })

  test('a name before a region is a town, not a given name first', () => {
    const thruxton = only('He lived in Thruxton, Hampshire.', 'Thruxton')
    expect([thruxton.kind, thruxton.evidence.detail, thruxton.region]).toEqual(['place', 'Hampshire', 'Hampshire'])
    expect(named('He lived in Lemay, Missouri, for years.', 'Lemay')).toEqual([['place', 'Lemay']])
    expect(named('Ana Lemay, Missouri, said.', 'Ana Lemay')).toEqual([['person', 'Ana Lemay']])
  })

  test('a place noun around the name', () => {
    expect(classify('He landed at Heathrow airport.', 'Heathrow')).toEqual([['place', 'Heathrow', 'name-shape', 'airport']])
    expect(classify('They fled the village of Torkula.', 'Torkula')).toEqual([['place', 'Torkula', 'name-shape', 'village']])
    expect(named('He lives on Route 9 Highway.', 'Route')).toEqual([['place', 'Route 9']])
  })

  test('a division abroad with its head noun, not a US state\'s university', () => {
    const borno = only('Rebels in Borno State fled.', 'Borno State')
    expect([borno.kind, borno.name, borno.evidence.cue, borno.evidence.detail]).toEqual(['place', 'Borno', 'gazetteer', 'state'])
    expect(classify('Rebels in Hebei Province fled.', 'Hebei Province')).toEqual([['place', 'Hebei', 'gazetteer', 'province']])
    expect(named('Rebels in Ohio State fled.', 'Ohio State')).toEqual([['organization', 'Ohio State']])
  })

  test('the names of a list of streets', () => {
    expect(named('They met at State and Hubbard streets.', 'State')).toEqual([['place', 'State']])
    expect(named('They met at State and Hubbard streets.', 'Hubbard')).toEqual([['place', 'Hubbard']])
  })

  test('a place head: a place if the gazetteer has it', () => {
    expect(classify('They walked in Hyde Park.', 'Hyde Park')).toEqual([['place', 'Hyde Park', 'gazetteer', 'park']])
    expect(classify('They walked in Quorvel Park.', 'Quorvel Park')).toEqual([['place', 'Quorvel Park', 'name-shape', 'park']])
  })

  test('a common word before a place describes it', () => {
    expect(named('He lived in Rural Colorado.', 'Rural Colorado')).toEqual([['place', 'Colorado']])
  })
})

describe('nameMention: organizations', () => {
  test('known, a broadcaster, a legislature by its word', () => {
    expect(classify('The Reuters report was out.', 'Reuters')).toEqual([['organization', 'Reuters', 'known-organization', undefined]])
    expect(named('He watched the Senate.', 'Senate')).toEqual([['organization', 'Senate']])
    expect(named('He watched Senate.', 'Senate')).toEqual([])
    expect(named('The Senate Republicans met.', 'Senate')).toEqual([])
  })

  test('a team, not an event', () => {
    expect(classify('The Denver Nuggets won.', 'Denver Nuggets')).toEqual([['organization', 'Denver Nuggets', 'team', undefined]])
    expect(classify('The Atlanta Games opened.', 'Atlanta Games')).toEqual([])
  })

  test('an outlet or a company by the words around it', () => {
    expect(classify('Interfax news agency reported.', 'Interfax')).toEqual([['organization', 'Interfax', 'outlet', undefined]])
    expect(classify('shares of Quillon rose.', 'Quillon')).toEqual([['organization', 'Quillon', 'context', undefined]])
    expect(classify('bank Merrill Lynch said.', 'Merrill Lynch')).toEqual([['organization', 'Merrill Lynch', 'context', undefined]])
  })

  test('a given name is an outlet only with an outlet\'s word beside it', () => {
    expect(classify('news agency Edwina reported.', 'Edwina')).toEqual([['organization', 'Edwina', 'outlet', undefined]])
    expect(classify('Edwina newspaper said.', 'Edwina')).toEqual([['organization', 'Edwina', 'outlet', undefined]])
    expect(named('Edwina news agency reported.', 'Edwina')).toEqual([['person', 'Edwina']])
    expect(named('He called Edwina newspaper columns good.', 'Edwina')).toEqual([['person', 'Edwina']])
  })

  test('an acronym a body uses', () => {
    expect(classify('He watched CNN.', 'CNN')).toEqual([['organization', 'CNN', 'acronym', undefined]])
    expect(classify('"It works," ICAO said.', 'ICAO')).toEqual([['organization', 'ICAO', 'acronym', undefined]])
  })

  test('an acronym first makes a company, not an event, a measure or a title', () => {
    expect(classify('He met AOL Germany.', 'AOL Germany')).toEqual([['organization', 'AOL Germany', 'name-shape', undefined]])
    expect(classify('He met ING Barings.', 'ING Barings')).toEqual([['organization', 'ING Barings', 'name-shape', undefined]])
    expect(classify('He watched the PGA Tour.', 'PGA Tour')).toEqual([])
    expect(classify('He met the HCFA Administrator.', 'HCFA Administrator')).toEqual([])
  })

  test('a code after the first word makes no one, but a place may end in one', () => {
    expect(classify('Bonds fell after the Corvale PMI report.', 'Corvale PMI')).toEqual([])
    expect(named('Politicians in Washington DC met.', 'Washington DC')).toEqual([['place', 'Washington DC']])
  })
})

describe('nameMention: people', () => {
  test('a speaker named by surname', () => {
    const speaker = only('"It works," Vizguerra said.', 'Vizguerra')
    expect([speaker.kind, speaker.evidence.cue, speaker.surnameOnly, speaker.tentative]).toEqual(['person', 'speech-verb', true, false])
    expect(classify('Vizguerra, a lawyer, said.', 'Vizguerra')).toEqual([['person', 'Vizguerra', 'appositive', undefined]])
  })

  test('a place named as one is no one, whatever follows', () => {
    expect(classify('digging in Dahshour, a village near Cairo.', 'Dahshour')).toEqual([])
    expect(classify('He landed at Ben Gurion airport.', 'Ben Gurion')).toEqual([])
  })

  test('kin right before one name', () => {
    const noel = only('his brother Noel left.', 'Noel')
    expect([noel.kind, noel.evidence.cue, noel.evidence.detail, noel.surnameOnly]).toEqual(['person', 'role-noun', 'brother', true])
    const david = only('her husband, David, left.', 'David')
    expect([david.evidence.detail, david.gender]).toEqual(['husband', 'male'])
    expect(classify('At the bedside was his brother Dorado.', 'Dorado')).toEqual([['person', 'Dorado', 'role-noun', 'brother']])
  })

  test('a place of two words speaks for its people; a given name first is someone', () => {
    expect(named('Buenos Aires said it would pay.', 'Buenos Aires')).toEqual([['place', 'Buenos Aires']])
    expect(named('Costa Rica says it would pay.', 'Costa Rica')).toEqual([['place', 'Costa Rica']])
    expect(classify('Mike Johnston said it would pay.', 'Mike Johnston')).toEqual([['person', 'Mike Johnston', 'speech-verb', undefined]])
  })

  test('`the` before a name of two words makes a thing, but for a person\'s noun after it', () => {
    expect(classify('the Carl Vinson leads the fleet.', 'Carl Vinson')).toEqual([])
    expect(classify('the Marc Okafor case went on.', 'Marc Okafor')).toEqual([['person', 'Marc Okafor', 'given-name', 'Marc']])
  })

  test('inside quotes, a given name counts, a sign or a thing after an article does not', () => {
    expect(classify('"We could not pick Tomas Verhoeven," he said.', 'Tomas Verhoeven')).toEqual([['person', 'Tomas Verhoeven', 'given-name', 'Tomas']])
    expect(classify('signs read "CASH ONLY" there.', 'CASH ONLY')).toEqual([])
    expect(classify('"He drank a Shirley Temple," she said.', 'Shirley Temple')).toEqual([])
  })

  test('initials and a surname, not an event\'s or a body\'s', () => {
    expect(classify('C. Lewis won.', 'C. Lewis')).toEqual([['person', 'C. Lewis', 'name-shape', 'initials']])
    expect(classify('He won the U.S. Open.', 'U.S. Open')).toEqual([])
    expect(classify('the N.J. Transit trains.', 'N.J. Transit')).toEqual([])
  })

  test('two rare words are someone', () => {
    const vantrell = only('the meeting with Okoro Vantrell.', 'Okoro Vantrell')
    expect([vantrell.kind, vantrell.name, vantrell.evidence.cue, vantrell.tentative, vantrell.surnameOnly]).toEqual(['person', 'Okoro Vantrell', 'name-shape', false, false])
  })

  test('a public figure by surname', () => {
    expect(classify("Trump's order stood.", "Trump's")).toEqual([['person', 'Trump', 'public-figure', undefined]])
  })

  test('a given name alone is someone, not after a determiner, a bracket or a storm\'s word', () => {
    const julie = only('They met Julie and Melissa.', 'Julie')
    expect([julie.evidence.cue, julie.surnameOnly, julie.tentative]).toEqual(['given-name', true, false])
    for (const [text, words] of [['the four-seat Piper crashed.', 'Piper'], ['Hurricane Edouard hit.', 'Edouard'], ['(Tom) Seaver', 'Tom']] as const) {
      const mention = only(text, words)
      expect([mention.evidence.cue, mention.tentative]).toEqual(['name-shape', true])
    }
  })

  test('a lone rare word may be a surname: tentative', () => {
    const vantrell = only('He met Vantrell.', 'Vantrell')
    expect([vantrell.kind, vantrell.evidence.cue, vantrell.surnameOnly, vantrell.tentative]).toEqual(['person', 'name-shape', true, true])
  })
})

describe('classifyRun in sports copy: players and clubs', () => {
  test('a name of two or three words that does a player\'s act is a player', () => {
    expect(classify('Glenallen Hill drove in two runs.', 'Glenallen Hill', true)).toEqual([['person', 'Glenallen Hill', 'action-verb', 'drove']])
    // (Outside sports copy the act is no cue.)
    expect(classify('Glenallen Hill drove in two runs.', 'Glenallen Hill')).toEqual([])
    // (A title first makes the title the evidence.)
    expect(classify('Mayor Glenallen Hill drove in two runs.', 'Mayor Glenallen Hill', true)).toEqual([['person', 'Glenallen Hill', 'title', 'Mayor']])
  })

  test('a club\'s word, an acronym or an initial is no player\'s', () => {
    expect(classify('Boston Red Sox drove in two runs.', 'Boston Red Sox', true)).toEqual([['organization', 'Boston Red Sox', 'team', undefined]])
    expect(classify('Leeds United drove in two runs.', 'Leeds United', true)).toEqual([['organization', 'Leeds United', 'team', undefined]])
    expect(mentionsOf('Okoro NBA Vantrell singled in the third.', 'Okoro NBA Vantrell', true).map((mention) => mention.evidence.cue)).not.toContain('action-verb')
    expect(mentionsOf('Okoro A. Vantrell singled in the third.', 'Okoro A. Vantrell', true).map((mention) => mention.evidence.cue)).not.toContain('action-verb')
    expect(mentionsOf('Ana Maria Okoro Vantrell singled in the third.', 'Ana Maria Okoro Vantrell', true).map((mention) => mention.evidence.cue)).not.toContain('action-verb')
  })

  test('a lone name before a result verb is a surname marked as a club\'s', () => {
    const leicester = only('Leicester beat Hampshire.', 'Leicester', true)
    expect([leicester.kind, leicester.evidence.cue, leicester.surnameOnly, leicester.tentative]).toEqual(['person', 'team', true, true])
    expect(named('Leicester beat Hampshire.', 'Leicester')).toEqual([['place', 'Leicester']])
    expect(classify('Then Okoro beat them.', 'Okoro', true)).toEqual([['person', 'Okoro', 'team', undefined]])
  })

  test('a common word, a hyphenated word or a date word is no club', () => {
    expect(classify('Then Monday beat them.', 'Monday', true)).toEqual([])
    expect(mentionsOf('Then X-rays beat them.', 'X-rays', true).map((mention) => mention.evidence.cue)).not.toContain('team')
  })

  test('a country is its national side: a place', () => {
    expect(named('England beat Hampshire.', 'England', true)).toEqual([['place', 'England']])
  })

  test('a rare word before a big city names a club wherever it stands', () => {
    expect(classify('Hansa Rostock beat Hampshire.', 'Hansa Rostock', true)).toEqual([['organization', 'Hansa Rostock', 'team', undefined]])
    expect(classify('Then Vantrell Rostock went home.', 'Vantrell Rostock', true)).toEqual([['organization', 'Vantrell Rostock', 'team', undefined]])
    expect(classify('Then Okoro Vantrell went home.', 'Okoro Vantrell', true)).toEqual([['person', 'Okoro Vantrell', 'name-shape', undefined]])
  })

  test('a club with a city in its name where a club stands', () => {
    expect(classify('Then Real Madrid beat Hampshire.', 'Real Madrid', true)).toEqual([['organization', 'Real Madrid', 'team', undefined]])
    expect(named('Then Vantrell Quorvel beat Hampshire.', 'Vantrell Quorvel', true)).toEqual([['person', 'Vantrell Quorvel']])
  })

  test('a name right after a word for a club, not a given name first', () => {
    expect(classify('first division team Deportivo Coruna won.', 'Deportivo Coruna', true)).toEqual([['organization', 'Deportivo Coruna', 'team', undefined]])
    expect(named('champions Pete Sampras won.', 'Pete Sampras', true)).toEqual([['person', 'Pete Sampras']])
  })

  test('a nickname joins the club\'s full name later', () => {
    expect(classify('then the Nuggets went home.', 'Nuggets', true)).toEqual([['person', 'Nuggets', 'team', 'nickname']])
  })

  test('players\' initials and events are no clubs', () => {
    expect(classify('A. Dale 69', 'A. Dale', true)).toEqual([['person', 'A. Dale', 'name-shape', 'initials']])
    expect(classify('the Atlanta Games opened.', 'Atlanta Games', true)).toEqual([])
  })
})

describe('withoutDescription: each guard on both sides', () => {
  test('a body\'s name or a place at a sentence start keeps its first word', () => {
    expect(named('Cooperative Bank of Taiwan said.', 'Cooperative Bank of Taiwan')).toEqual([['organization', 'Cooperative Bank of Taiwan']])
    expect(named('Long Beach grew.', 'Long Beach')).toEqual([['place', 'Long Beach']])
  })

  test('a body\'s one word at a sentence start before its people, not before a common noun', () => {
    expect(named('House members voted.', 'House')).toEqual([['organization', 'House']])
    expect(named('House prices rose.', 'House')).toEqual([])
    expect(named('Army troops fired.', 'Army')).toEqual([['organization', 'Army']])
    expect(named('Army life was hard.', 'Army')).toEqual([])
  })

  test('a common word before a rare name inside a sentence, not a title, a given name or a body\'s name', () => {
    expect(classify('He saw Rookie Santiago Ibarra score.', 'Rookie Santiago Ibarra')).toEqual([['person', 'Santiago Ibarra', 'name-shape', undefined]])
    expect(named('He saw Rookie Ana Ruiz score.', 'Rookie Ana Ruiz')).toEqual([['person', 'Ana Ruiz']])
    expect(classify('He saw General Ana Ruiz speak.', 'General Ana Ruiz')).toEqual([['person', 'Ana Ruiz', 'title', 'General']])
    expect(named('He saw Chase Ana Ruiz speak.', 'Chase Ana Ruiz')).toEqual([['person', 'Chase Ana Ruiz']])
    expect(named('He saw Global Trade Bank fail.', 'Global Trade Bank')).toEqual([['organization', 'Global Trade Bank']])
  })

  test('an article, a job word, a hyphenated modifier or a demonym inside a sentence', () => {
    expect(named('He saw A Vantrell Okoro.', 'A Vantrell Okoro')).toEqual([['person', 'Vantrell Okoro']])
    expect(named('He saw Midfielder Vantrell score.', 'Midfielder Vantrell')).toEqual([['person', 'Vantrell']])
    expect(named('He saw Brazilian-born Vantrell Okoro.', 'Brazilian-born Vantrell Okoro')).toEqual([['person', 'Vantrell Okoro']])
    expect(named('He saw Italian Marco Bellini.', 'Italian Marco Bellini')).toEqual([['person', 'Marco Bellini']])
    expect(named('He saw Italian Open.', 'Italian Open')).toEqual([])
  })
})

describe('institutionSiteMentions and ownedBodyStart', () => {
  test('an event the text puts someone in is a place, with the words that describe its name', () => {
    expect(classify('He was a finalist in the International Spanish Piano Competition.', 'International Spanish Piano Competition')).toEqual([
      ['place', 'International Spanish Piano Competition', 'name-shape', 'competition']
    ])
  })

  test('a building the text puts someone in is a place; a hyphenated modifier before it is no part of its name, and the preposition stands before the modifier', () => {
    expect(classify('He was taken to the Vatican-owned Bambino Gesu Hospital.', 'Vatican-owned Bambino Gesu Hospital')).toEqual([['place', 'Bambino Gesu Hospital', 'name-shape', 'hospital']])
    expect(named('He was a finalist in the Vatican-owned Grand Quorvel Piano Competition.', 'Vatican-owned Grand Quorvel Piano Competition')).toEqual([['place', 'Grand Quorvel Piano Competition']])
    expect(named('He was taken to Denver Hospital.', 'Denver Hospital')).toEqual([['place', 'Denver Hospital']])
  })

  test('a word taken off before an event\'s name is the name\'s', () => {
    expect(named('He was a finalist in the Grand Quorvel Piano Competition.', 'Grand Quorvel Piano Competition')).toEqual([['place', 'Grand Quorvel Piano Competition']])
    expect(named('He was a finalist in The International Spanish Piano Competition.', 'The International Spanish Piano Competition')).toEqual([['place', 'International Spanish Piano Competition']])
  })

  test('a school where something happens is a place and a body; an affiliation names the body only', () => {
    expect(named('The concert was held at the Vatican-run Linden University on Monday.', 'Vatican-run Linden University')).toEqual([
      ['organization', 'Linden University'],
      ['place', 'Linden University']
    ])
    expect(named('She is a professor at the Vatican-run Linden University.', 'Vatican-run Linden University')).toEqual([['organization', 'Linden University']])
    expect(classify('The concert was held at Linden University on Monday.', 'Linden University')).toEqual([
      ['organization', 'Linden University', 'organization-head', 'university'],
      ['place', 'Linden University', 'name-shape', 'university']
    ])
    expect(classify('She is a professor at Linden University.', 'Linden University')).toEqual([['organization', 'Linden University', 'organization-head', 'university']])
  })

  test('the owner of a body: a full name of rare words, or a place', () => {
    expect(classify("Anna Vantrell's Quorvel Trading Company grew.", "Anna Vantrell's Quorvel Trading Company")).toEqual([
      ['person', 'Anna Vantrell', 'given-name', 'Anna'],
      ['organization', 'Quorvel Trading Company', 'organization-head', 'company']
    ])
    expect(named("Vantrell's Quorvel Trading Company grew.", "Vantrell's Quorvel Trading Company")).toEqual([['organization', "Vantrell's Quorvel Trading Company"]])
    expect(named("Anna Summer's Quorvel Trading Company grew.", "Anna Summer's Quorvel Trading Company")).toEqual([['organization', "Anna Summer's Quorvel Trading Company"]])
    expect(named("Hong Kong's Bank of Quorvel grew.", "Hong Kong's Bank of Quorvel")).toEqual([
      ['place', 'Hong Kong'],
      ['organization', 'Bank of Quorvel']
    ])
  })
})

describe('portfolios and titles: each guard', () => {
  test('a portfolio and one given name', () => {
    const ana = only('The Minister of Finance Ana spoke.', 'Finance Ana')
    expect([ana.name, ana.jobTitle, ana.surnameOnly]).toEqual(['Ana', 'Minister of Finance', true])
  })

  test('a title word ends the portfolio', () => {
    const ruiz = only('Minister of Finance General Ana Ruiz spoke.', 'Finance General Ana Ruiz')
    expect([ruiz.name, ruiz.jobTitle]).toEqual(['Ana Ruiz', 'Minister of Finance'])
  })

  test('a portfolio\'s last word before a body\'s is the body\'s name', () => {
    expect(named('Minister of Finance Bank spoke.', 'Finance Bank')).toEqual([['organization', 'Finance Bank']])
  })

  test('a portfolio of two words', () => {
    const alatas = only('Minister of Foreign Affairs Ali Alatas spoke.', 'Foreign Affairs Ali Alatas')
    expect([alatas.name, alatas.jobTitle]).toEqual(['Ali Alatas', 'Minister of Foreign Affairs'])
  })

  test('the place or body a titled person is of is no part of the name', () => {
    expect(named('Professor Tom Lodge of Natal said.', 'Professor Tom Lodge of Natal')).toEqual([['person', 'Tom Lodge']])
    expect(named('Archbishop Desmond Tutu of Cape Town said.', 'Archbishop Desmond Tutu of Cape Town')).toEqual([['person', 'Desmond Tutu']])
  })

  test('a common word after a title is a building only after `at` or `in`', () => {
    expect(named('prayers in Mother House went on.', 'Mother House')).toEqual([])
    expect(named('prayers at Mother Teresa went on.', 'Mother Teresa')).toEqual([['person', 'Teresa']])
    expect(named('Supreme Allied Commander Europe spoke.', 'Supreme Allied Commander Europe')).toEqual([])
    expect(named('Deputy Minister said.', 'Deputy Minister')).toEqual([])
  })

  test('a title and a surname', () => {
    const vantrell = only('Mayor Vantrell spoke.', 'Mayor Vantrell')
    expect([vantrell.name, vantrell.surnameOnly, vantrell.evidence.cue, vantrell.title?.jobTitle]).toEqual(['Vantrell', true, 'title', 'Mayor'])
  })
})

describe('isNoPersonsName and isTownBeforeRegion: each guard', () => {
  test('an appositive headed by a place noun makes a place, one adjective allowed; a village elder is someone', () => {
    expect(named('They flew to Vantrell, a small town in the hills.', 'Vantrell')).toEqual([])
    expect(named('They flew to Vantrell, a village near the coast.', 'Vantrell')).toEqual([])
    expect(named('Vantrell, a small village, spoke well.', 'Vantrell')).toEqual([])
    expect(classify('Vantrell, a village elder, spoke well.', 'Vantrell')).toEqual([['person', 'Vantrell', 'appositive', undefined]])
    expect(classify("Vantrell, a town's mayor, was quiet.", 'Vantrell')).toEqual([['person', 'Vantrell', 'appositive', undefined]])
    expect(classify('Vantrell, a lawyer, said.', 'Vantrell')).toEqual([['person', 'Vantrell', 'appositive', undefined]])
  })

  test('a distance after the name places it; other numbers do not', () => {
    expect(named('Vantrell, 30 miles north of the city, was quiet.', 'Vantrell')).toEqual([])
    expect(classify('Vantrell, 30 years old, was quiet.', 'Vantrell')).toEqual([['person', 'Vantrell', 'appositive', undefined]])
  })

  test('a place named as one, a facility, an event: no one', () => {
    expect(classify('the city of Vantrell, a lawyer, was quiet.', 'Vantrell')).toEqual([['place', 'Vantrell', 'name-shape', 'city']])
    expect(classify('Vantrell airport, a hub, was quiet.', 'Vantrell')).toEqual([['place', 'Vantrell', 'name-shape', 'airport']])
    expect(named('Okoro Vantrell Cup, a prize, was won.', 'Okoro Vantrell Cup')).toEqual([])
    expect(classify('Okoro Vantrell, a lawyer, said.', 'Okoro Vantrell')).toEqual([['person', 'Okoro Vantrell', 'appositive', undefined]])
  })

  test('a region closes the phrase: punctuation or a date after it, no possessive, no noun', () => {
    expect(classify('They saw Vantrell, Missouri 1996-08-25', 'Vantrell')).toEqual([['place', 'Vantrell', 'gazetteer', 'Missouri']])
    expect(named("They saw Vantrell, Missouri's capital.", 'Vantrell')).toEqual([['person', 'Vantrell']])
    expect(named('They saw Vantrell, Missouri officials.', 'Vantrell')).toEqual([['person', 'Vantrell']])
    expect(classify('They saw Okoro Vantrell Quorvel, Missouri.', 'Okoro Vantrell Quorvel')).toEqual([['place', 'Okoro Vantrell Quorvel', 'gazetteer', 'Missouri']])
    expect(named('They saw Okoro Vantrell Quorvel Tumba, Missouri.', 'Okoro Vantrell Quorvel Tumba')).not.toContainEqual(['place', 'Okoro Vantrell Quorvel Tumba'])
  })
})

describe('isTeam: a place and a plural or a club word', () => {
  test('a club word or a plural after a place', () => {
    expect(named('The Detroit Red Wings won.', 'Detroit Red Wings')).toEqual([['organization', 'Detroit Red Wings']])
    expect(named('The Denver Rovers won.', 'Denver Rovers')).toEqual([['organization', 'Denver Rovers']])
    expect(named('He met Denver United.', 'Denver United')).toEqual([['organization', 'Denver United']])
    expect(named('He met Denver Bears.', 'Denver Bears')).toEqual([['organization', 'Denver Bears']])
  })

  test('no place, or a word in `ss`, is no team', () => {
    expect(named('The Quorvel Nuggets won.', 'Quorvel Nuggets')).toEqual([])
    expect(named('The Denver Class won.', 'Denver Class')).toEqual([])
    expect(named('The Vantrell Evans won.', 'Vantrell Evans')).toEqual([])
  })

  test('a small town and a common plural is no team', () => {
    expect(named('He met Lemay Bears.', 'Lemay Bears')).toEqual([])
  })

  test('a plural that is no common word needs a state, a country or a big city, and no given name first', () => {
    expect(named('He met Texas Barrientos.', 'Texas Barrientos')).toEqual([['organization', 'Texas Barrientos']])
    expect(named('He met Lemay Barrientos.', 'Lemay Barrientos')).toEqual([['person', 'Lemay Barrientos']])
    expect(classify('He met Hollis Barrientos.', 'Hollis Barrientos')).toEqual([['person', 'Hollis Barrientos', 'given-name', 'Hollis']])
    expect(named('He met Chad Curtis.', 'Chad Curtis')).toEqual([['person', 'Chad Curtis']])
    expect(named('He met Austin Evans.', 'Austin Evans')).toEqual([['person', 'Austin Evans']])
  })
})

describe('kin and lone given names: each guard', () => {
  test('a family word, a comma between allowed; not a partner, a capitalized word, an acronym or a common word', () => {
    expect(classify('He met his brother, Dorado.', 'Dorado')).toEqual([['person', 'Dorado', 'role-noun', 'brother']])
    expect(named('He met his business partner Dorado.', 'Dorado')).toEqual([['place', 'Dorado']])
    expect(named('He met his Brother Dorado.', 'Dorado')).toEqual([['place', 'Dorado']])
    expect(named('He met his brother NATO.', 'NATO')).toEqual([['organization', 'NATO']])
    expect(named('He met his brother Summer.', 'Summer')).toEqual([])
    const edwina = only('He met his brother Edwina.', 'Edwina')
    expect([edwina.evidence.cue, edwina.gender]).toEqual(['role-noun', 'female'])
  })

  test('a given name alone is someone\'s, a friend\'s too', () => {
    const edwina = only('He met his friend Edwina.', 'Edwina')
    expect([edwina.evidence.cue, edwina.evidence.detail, edwina.gender, edwina.surnameOnly]).toEqual(['given-name', 'Edwina', 'female', true])
    expect(classify('he met, Edwina.', 'Edwina')).toEqual([['person', 'Edwina', 'given-name', 'Edwina']])
  })

  test('after a determiner and up to three modifiers, a lone name is a thing\'s: tentative', () => {
    const cue = (text: string) => only(text, 'Edwina').evidence.cue
    expect(cue('He met the Edwina.')).toBe('name-shape')
    expect(cue('He met a red Edwina.')).toBe('name-shape')
    expect(cue('He met our 1978 Edwina.')).toBe('name-shape')
    expect(cue('He met the very old tall Edwina.')).toBe('name-shape')
    expect(cue('He met the very old tall grey Edwina.')).toBe('given-name')
    expect(cue('He met the Big Edwina.')).toBe('given-name')
  })

  test('in brackets, after a storm\'s word or in quotes, a lone given name is tentative', () => {
    expect(only('(Edwina) Seaver', 'Edwina').tentative).toBe(true)
    expect(only('Typhoon Edwina hit.', 'Edwina').tentative).toBe(true)
    expect(only('"We met Edwina," she said.', 'Edwina').tentative).toBe(true)
  })

  test('a common word alone is no one; an acronym in use is a body', () => {
    expect(named('He met Summer.', 'Summer')).toEqual([])
    expect(classify('He met UNICEF.', 'UNICEF')).toEqual([['organization', 'UNICEF', 'acronym', undefined]])
  })
})

describe('codes, acronyms and the shape of a name: each guard', () => {
  test('a Roman numeral is a name\'s; a digit or an acronym after the first word is a code', () => {
    expect(named('He met Vantrell XVI.', 'Vantrell XVI')).toEqual([['person', 'Vantrell XVI']])
    expect(named('He met Vantrell Q4.', 'Vantrell Q4')).toEqual([])
    expect(named('He met Vantrell GDRs.', 'Vantrell GDRs')).toEqual([])
  })

  test('an acronym before up to three words is a company, not before a title, a job, a rate or an event', () => {
    expect(classify('He met AOL Okoro Vantrell Quorvel.', 'AOL Okoro Vantrell Quorvel')).toEqual([['organization', 'AOL Okoro Vantrell Quorvel', 'name-shape', undefined]])
    expect(named('He met AOL Okoro Vantrell Quorvel Tumba.', 'AOL Okoro Vantrell Quorvel Tumba')).toEqual([])
    expect(named('He met AOL Director.', 'AOL Director')).toEqual([])
    expect(named('He met AOL Spokesman.', 'AOL Spokesman')).toEqual([])
    expect(named('He met AOL Rate.', 'AOL Rate')).toEqual([])
    expect(named('He met the AOL Cup.', 'AOL Cup')).toEqual([])
  })

  test('in quotes: a sign in capitals, a name after an article, a name of rare words', () => {
    expect(named('"He read WET PAINT there," she said.', 'WET PAINT')).toEqual([])
    expect(named('"He met EDWINA VANTRELL," she said.', 'EDWINA VANTRELL')).toEqual([])
    expect(named('"He met the Okoro Vantrell," she said.', 'Okoro Vantrell')).toEqual([])
    expect(only('"He met a Edwina Vantrell," she said.', 'Edwina Vantrell').tentative).toBe(true)
    expect(only('"He met Okoro Vantrell," she said.', 'Okoro Vantrell').tentative).toBe(true)
    expect(classify('"He met Edwina Vantrell," she said.', 'Edwina Vantrell')).toEqual([['person', 'Edwina Vantrell', 'given-name', 'Edwina']])
  })

  test('`the` before a full name: a person\'s noun after it (in lower case) keeps the person', () => {
    expect(named('He met the Edwina Vantrell family.', 'Edwina Vantrell')).toEqual([['person', 'Edwina Vantrell']])
    expect(named('He met the Edwina Vantrell Family.', 'Edwina Vantrell')).toEqual([])
    expect(named('He met the Edwina Vantrell.', 'Edwina Vantrell')).toEqual([])
  })

  test('a given name and up to three more words', () => {
    expect(named('He met Edwina Anne Maria Vantrell.', 'Edwina Anne Maria Vantrell')).toEqual([['person', 'Edwina Anne Maria Vantrell']])
    expect(named('He met Edwina Anne Maria Vantrell Okoro.', 'Edwina Anne Maria Vantrell Okoro')).toEqual([])
  })
})

describe('outlets and initials: each guard', () => {
  test('a publication\'s word after the name, then punctuation or nothing, makes an outlet', () => {
    expect(classify('He read La Nacion newspaper.', 'La Nacion')).toEqual([['organization', 'La Nacion', 'outlet', undefined]])
    expect(classify('He read Edwina magazine, then left.', 'Edwina')).toEqual([['organization', 'Edwina', 'outlet', undefined]])
    expect(named("He read La Nacion's newspaper.", "La Nacion's")).toEqual([['person', 'La Nacion']])
    expect(named('He read La Nacion newspaper columns.', 'La Nacion')).toEqual([['person', 'La Nacion']])
    expect(named('He read La Nacion Newspaper.', 'La Nacion')).toEqual([['person', 'La Nacion']])
  })

  test('a kind of organization right before a given name makes a body', () => {
    expect(classify('the company Edwina said.', 'Edwina')).toEqual([['organization', 'Edwina', 'context', undefined]])
  })

  test('up to three initials and a surname; not a body, a joiner or a name with a period', () => {
    const initials = (text: string, words: string) => mentionsOf(text, words).map((mention) => mention.evidence.detail)
    expect(initials('He met C. Okoro.', 'C. Okoro')).toEqual(['initials'])
    expect(initials('He met C.D.E.F. Okoro.', 'C.D.E.F. Okoro')).not.toContain('initials')
    expect(initials('He met C. of Okoro.', 'C. of Okoro')).not.toContain('initials')
    expect(initials('He met C. Okoro Jr.', 'C. Okoro Jr.')).not.toContain('initials')
    expect(named('He met C. NASA.', 'C. NASA')).toEqual([])
    expect(initials('He met S. Africa.', 'S. Africa')).not.toContain('initials')
    expect(initials('He met C. Asia.', 'C. Asia')).not.toContain('initials')
    expect(named('He met the C. Okoro.', 'C. Okoro')).toEqual([])
  })
})

describe('demonyms and qualifiers before a title: each guard', () => {
  test('a demonym before a site\'s one word is the site\'s; before more words it describes', () => {
    expect(named('He met Indian Ocean.', 'Indian Ocean')).toEqual([['place', 'Indian Ocean']])
    expect(named('He met Indian Quorvel Ocean.', 'Indian Quorvel Ocean')).toEqual([['place', 'Quorvel Ocean']])
    expect(named('He met South African Okoro Vantrell.', 'South African Okoro Vantrell')).toEqual([['person', 'Okoro Vantrell']])
    expect(named('He met Latin America.', 'Latin America')).toEqual([['place', 'Latin America']])
    expect(named('He met Northern Ireland.', 'Northern Ireland')).toEqual([['place', 'Northern Ireland']])
    expect(named('He met New Mexico.', 'New Mexico')).toEqual([['place', 'New Mexico']])
    expect(named('He met Roman Catholic.', 'Roman Catholic')).toEqual([])
  })

  test('a demonym dropped before a body\'s name before a title is put back', () => {
    const mentions = mentionsOf('Irish Quorvel Party Leader Ana Ruiz said.', 'Irish Quorvel Party Leader Ana Ruiz')
    expect(mentions.map((mention) => [mention.kind, mention.name, mention.qualifier])).toEqual([
      ['organization', 'Irish Quorvel Party', undefined],
      ['person', 'Ana Ruiz', undefined]
    ])
    expect(named('Quorvel Party Leader Ana Ruiz said.', 'Quorvel Party Leader Ana Ruiz')).toEqual([
      ['organization', 'Quorvel Party'],
      ['person', 'Ana Ruiz']
    ])
  })

  test('a place before a title qualifies it, a demonym before it not; a rare word is no qualifier', () => {
    const mentions = mentionsOf('Irish Denver Mayor Ana Ruiz said.', 'Irish Denver Mayor Ana Ruiz')
    expect(mentions.map((mention) => [mention.kind, mention.name, mention.qualifier])).toEqual([
      ['place', 'Denver', undefined],
      ['person', 'Ana Ruiz', 'Denver']
    ])
    const ruiz = only('He met Quorvel Mayor Ana Ruiz.', 'Quorvel Mayor Ana Ruiz')
    expect([ruiz.name, ruiz.qualifier]).toEqual(['Ana Ruiz', undefined])
    expect(mentionsOf('He met NATO Chief Ana Ruiz.', 'NATO Chief Ana Ruiz').map((mention) => [mention.kind, mention.name, mention.evidence.cue, mention.qualifier])).toEqual([
      ['organization', 'NATO', 'known-organization', undefined],
      ['person', 'Ana Ruiz', 'title', undefined]
    ])
  })
})

describe('players and clubs: each guard', () => {
  test('a player has two or three words, no place\'s, event\'s, club\'s or body\'s', () => {
    expect(classify('Then Okoro Vantrell singled in the third.', 'Okoro Vantrell', true)).toEqual([['person', 'Okoro Vantrell', 'action-verb', 'singled']])
    expect(classify('Then Okoro Vantrell Quorvel singled in the third.', 'Okoro Vantrell Quorvel', true)).toEqual([['person', 'Okoro Vantrell Quorvel', 'action-verb', 'singled']])
    const cues = (text: string, words: string) => mentionsOf(text, words, true).map((mention) => mention.evidence.cue)
    expect(cues('Then Vantrell singled in the third.', 'Vantrell')).not.toContain('action-verb')
    expect(cues('Then Okoro Vantrell Quorvel Tumba singled in the third.', 'Okoro Vantrell Quorvel Tumba')).not.toContain('action-verb')
    expect(named('Then Long Beach singled in the third.', 'Long Beach', true)).toEqual([['place', 'Long Beach']])
    expect(named('Then the Atlanta Games drove in two.', 'Atlanta Games', true)).toEqual([])
    expect(named('Then Denver Nuggets drove in two.', 'Denver Nuggets', true)).toEqual([['organization', 'Denver Nuggets']])
    expect(named('Then Okoro Vantrell Bank singled in the third.', 'Okoro Vantrell Bank', true)).toEqual([['organization', 'Okoro Vantrell Bank']])
  })

  test('a people\'s word or a place-based word before a lone name: the name is a club\'s or a player\'s, the describing word left out', () => {
    expect(named('Then Argentine Vantrell beat them.', 'Argentine Vantrell', true)).toEqual([['person', 'Vantrell']])
    expect(named('Then England-based Vantrell beat them.', 'England-based Vantrell', true)).toEqual([['person', 'Vantrell']])
  })

  test('countries and continents are their sides: places', () => {
    expect(named('Then Spain beat them.', 'Spain', true)).toEqual([['place', 'Spain']])
    expect(named('Then Europe beat them.', 'Europe', true)).toEqual([['place', 'Europe']])
    expect(named('Then Summer beat them.', 'Summer', true)).toEqual([])
  })

  test('two words with a big city last make a club anywhere; not a common word first, not a small town or a state', () => {
    expect(named('Then Summer Rostock went home.', 'Summer Rostock', true)).toEqual([['place', 'Rostock']])
    expect(named('Then Vantrell Texas went home.', 'Vantrell Texas', true)).toEqual([['person', 'Vantrell Texas']])
    expect(named('Then Vantrell Lemay went home.', 'Vantrell Lemay', true)).toEqual([['person', 'Vantrell Lemay']])
    expect(named('Then Leeds Vantrell went home.', 'Leeds Vantrell', true)).toEqual([['person', 'Leeds Vantrell']])
  })

  test('where a club stands, a city, a state or a club\'s word in the name makes a club', () => {
    expect(named('Then Summer Rostock beat them.', 'Summer Rostock', true)).toEqual([['organization', 'Summer Rostock']])
    expect(named('Then Vantrell Texas beat them.', 'Vantrell Texas', true)).toEqual([['organization', 'Vantrell Texas']])
    expect(named('Then Texas Vantrell beat them.', 'Texas Vantrell', true)).toEqual([['organization', 'Texas Vantrell']])
    expect(named('Then Vantrell Quorvel Wanderers beat them.', 'Vantrell Quorvel Wanderers', true)).toEqual([['organization', 'Vantrell Quorvel Wanderers']])
    expect(named('Then Vantrell Quorvel Wanderers went home.', 'Vantrell Quorvel Wanderers', true)).toEqual([])
  })

  test('after a word for a club, a name of two words is one; one word stays a surname', () => {
    expect(classify('rivals Vantrell Okoro won.', 'Vantrell Okoro', true)).toEqual([['organization', 'Vantrell Okoro', 'team', undefined]])
    expect(only('team Vantrell won.', 'Vantrell', true).surnameOnly).toBe(true)
  })
})

describe('organizationCue and speakers: each guard', () => {
  test('`State` after a US state is its university, not after another word', () => {
    expect(named('He saw Quorvel State play.', 'Quorvel State')).toEqual([])
  })

  test('a company\'s prefix as written; a body\'s word before a place, not a company\'s suffix or a street', () => {
    expect(classify('He saw FC Quorvel play.', 'FC Quorvel')).toEqual([['organization', 'FC Quorvel', 'organization-head', 'quorvel']])
    expect(named('He saw Fc Quorvel play.', 'Fc Quorvel')).toEqual([['person', 'Fc Quorvel']])
    expect(named('He saw Ltd Indonesia.', 'Ltd Indonesia')).toEqual([['person', 'Ltd Indonesia']])
    expect(named('He saw Bank Indonesia Street.', 'Bank Indonesia Street')).toEqual([])
    expect(mentionsOf('He saw Radio Quorvel.', 'Radio Quorvel').map((mention) => mention.kind)).toEqual(['person'])
  })

  test('a title\'s gender, or the given name\'s when the title has none', () => {
    expect(only('He met Mother Vantrell.', 'Mother Vantrell').gender).toBe('female')
    expect(only('He met Mayor Ana Ruiz.', 'Mayor Ana Ruiz').gender).toBe('female')
  })

  test('a place of two words speaks for its people unless a given name opens it', () => {
    expect(named('Santa Clara said it would pay.', 'Santa Clara')).toEqual([['place', 'Santa Clara']])
    // (`Mary Esther` is a town in Florida, and a woman's name.)
    expect(named('Mary Esther said it would pay.', 'Mary Esther')).toEqual([['person', 'Mary Esther']])
    expect(named('Charlotte Amalie grew.', 'Charlotte Amalie')).toEqual([['place', 'Charlotte Amalie']])
  })
})

describe('nameStart, personMention and the leading words: each guard', () => {
  test('describing words before a given name and a surname are left out; a rare word or a given name first keeps the run whole', () => {
    expect(named('Judicial Police Local Manuel Alvarado said.', 'Judicial Police Local Manuel Alvarado')).toEqual([['person', 'Manuel Alvarado']])
    expect(named('Judicial Police Manuel Alvarado Okoro said.', 'Judicial Police Manuel Alvarado Okoro')).toEqual([['person', 'Manuel Alvarado Okoro']])
    expect(named('Judicial Police Manuel Alvarado Monday said.', 'Judicial Police Manuel Alvarado Monday')).toEqual([['person', 'Manuel Alvarado']])
    expect(named('Finn Police Manuel Alvarado said.', 'Finn Police Manuel Alvarado')).toEqual([['person', 'Manuel Alvarado']])
    expect(named('Oriole Jamie Moyer pitched.', 'Oriole Jamie Moyer')).toEqual([['person', 'Oriole Jamie Moyer']])
    expect(named('He met Ex-Oriole Jamie Moyer.', 'Ex-Oriole Jamie Moyer')).toEqual([['person', 'Jamie Moyer']])
    expect(named('Grace Kelly Smith said.', 'Grace Kelly Smith')).toEqual([['person', 'Grace Kelly Smith']])
    expect(named('Mary Ann Evans said.', 'Mary Ann Evans')).toEqual([['person', 'Mary Ann Evans']])
  })

  test('a title before words that are no name makes no one; a lone given name after a title has no gender of its own', () => {
    expect(named('He met Mayor Monday.', 'Mayor Monday')).toEqual([])
    const edwina = only('He met Mayor Edwina.', 'Mayor Edwina')
    expect([edwina.name, edwina.gender, edwina.surnameOnly]).toEqual(['Edwina', 'unknown', true])
  })

  test('the title as written is the evidence', () => {
    expect(only('Minister of Finance Bill Birch spoke.', 'Finance Bill Birch').evidence.detail).toBe('Minister of Finance')
    expect(only('Justice Minister Ana Ruiz said.', 'Justice Minister Ana Ruiz').evidence.detail).toBe('Justice Minister')
  })

  test('a standing, a number word or an article before a common word and a name: all describe it', () => {
    for (const words of ['Fourth-seeded', 'Tenth-ranked', 'Second-placed', 'Forty-one', 'Forty-eight', 'An']) {
      expect(named(`He saw ${words} Rookie Vantrell Okoro win.`, `${words} Rookie Vantrell Okoro`)).toEqual([['person', 'Vantrell Okoro']])
    }
  })

  test('a country that is a word opens a list with `and` or `or`; alone, or at the end of the text, it is the word', () => {
    expect(named('China and India grew.', 'China')).toEqual([['place', 'China']])
    expect(named('China or India grew.', 'China')).toEqual([['place', 'China']])
    expect(named('China grew.', 'China')).toEqual([])
    expect(named('Turkey', 'Turkey')).toEqual([])
  })
})

describe('appositives and initials: more guards', () => {
  test('`an` opens a place\'s appositive too; a place noun further on, or a possessive one, heads none', () => {
    expect(named('They flew to Vantrell, an old town in the hills.', 'Vantrell')).toEqual([])
    expect(classify('Vantrell, a lawyer from the village, said.', 'Vantrell')).toEqual([['person', 'Vantrell', 'appositive', undefined]])
    expect(classify("Vantrell, a village's elder, spoke well.", 'Vantrell')).toEqual([['person', 'Vantrell', 'appositive', undefined]])
  })

  test('initials need a surname after them', () => {
    expect(named('He met C. D. there.', 'C. D.')).toEqual([])
    expect(classify('He met S. Quorvel.', 'S. Quorvel')).toEqual([['person', 'S. Quorvel', 'name-shape', 'initials']])
  })
})
