import {describe, expect, test} from 'vitest'
import {analyzeBlock} from './analyze.js'
import {findMentions} from './mentions.js'

function mentions(text: string) {
  const block = {kind: 'paragraph', text, map: {toSource: (offset: number) => offset}} as unknown as Parameters<typeof analyzeBlock>[0]
  // Tentative mentions (`Ill.` read as a lone surname) wait for coreference to confirm them.
  return findMentions(analyzeBlock(block, 0)).filter((mention) => !mention.tentative).map((mention) => [mention.kind, mention.name, mention.evidence.cue, mention.evidence.detail])
}

test('each mention says what made it one', () => {
  expect(mentions('Mayor Mike Johnston spoke to the Denver Police Department in Springfield, Ill.')).toEqual([
    ['person', 'Mike Johnston', 'title', 'Mayor'],
    ['organization', 'Denver Police Department', 'organization-head', 'department'],
    ['place', 'Springfield', 'gazetteer', 'Ill.']
  ])
  expect(mentions('"It works," Vizguerra said.')).toEqual([['person', 'Vizguerra', 'speech-verb', undefined]])
})

test('a place before a title qualifies it: both are mentions', () => {
  expect(mentions('Aurora Councilmember Danielle Jurinsky spoke.')).toEqual([
    ['place', 'Aurora', 'gazetteer', 'title qualifier'],
    ['person', 'Danielle Jurinsky', 'title', 'Councilmember']
  ])
})

test('the gazetteer is asked once per run: a mention shares its run\'s lookup', () => {
  const block = {kind: 'paragraph', text: 'They met in Denver.', map: {toSource: (offset: number) => offset}} as unknown as Parameters<typeof analyzeBlock>[0]
  const [denver] = findMentions(analyzeBlock(block, 0))
  expect(denver!.places).toBe(denver!.places)
  expect(denver!.places[0]?.name).toBe('Denver')
})

test('a code after the first word makes no person: a measure, a product, a post', () => {
  const people = (text: string) => mentions(text).filter(([kind]) => kind === 'person')
  expect(people('Bonds fell after the Corvale PMI report and Tresco Q4 results.')).toEqual([])
  expect(people('Talks with Voltrane CEO ended as the Brannock A320 landed.')).toEqual([])
  // (A place's name may end in a code; Roman numerals are a name's.)
  expect(mentions('Politicians in Washington DC met.').map(([kind, name]) => [kind, name])).toEqual([['place', 'Washington DC']])
  expect(people('Pope Linus II blessed the crowd.').map(([, name]) => name)).toEqual(['Linus II'])
})

test('a date after a name in a headline is no part of it', () => {
  expect(mentions('Envoy to meet Ilse Brannock Sept 7')).toEqual([['person', 'Ilse Brannock', 'given-name', 'Ilse']])
})

test('`wa` joins a Bantu name as `van` joins a Dutch one', () => {
  expect(mentions('Prime Minister Tabu wa Kendoro said on Thursday the talks would go on.')).toEqual([['person', 'Tabu wa Kendoro', 'title', 'Minister']])
})

test('`Mother` and `Sister` before a name are a religious title; a common word after `at` is a building', () => {
  expect(mentions('Mother Benedicta set up the home in 1950, and nuns prayed at Mother House.')).toEqual([['person', 'Benedicta', 'title', 'Mother']])
})

test('a family word right before one name makes it someone, even a place\'s name; a business partner does not', () => {
  const people = (text: string) => mentions(text).filter(([kind]) => kind === 'person').map(([, name, cue]) => [name, cue])
  expect(people('At the bedside were her husband, Lisbon, a police officer, and his brother Dorado.')).toEqual([
    ['Lisbon', 'role-noun'],
    ['Dorado', 'role-noun']
  ])
  expect(people('The miner and its partner Quantrex won the permit.')).toEqual([])
})

test('a monarch\'s name keeps its `I`; the pronoun stays out elsewhere', () => {
  expect(mentions('In 1533 Queen Marisa I was born, and then Tobin Ardmore I think was born.')).toEqual([
    ['person', 'Marisa I', 'title', 'Queen'],
    ['person', 'Tobin Ardmore', 'given-name', 'Tobin']
  ])
})

test('a titled name ends at `of`: the body after it is the person\'s', () => {
  // (`Church` heads bodies, so the run reads on past `of`.)
  expect(mentions('Professor Ilse Church of the University of Brantholm disagreed.')).toEqual([
    ['person', 'Ilse Church', 'title', 'Professor'],
    ['organization', 'University of Brantholm', 'organization-head', 'brantholm']
  ])
})

/** Every mention of a paragraph (tentative ones too), as the name, the text it covers and what made it one. */
function allMentions(text: string, start = 0, sports = false) {
  const block = {kind: 'paragraph', text, map: {toSource: (offset: number) => offset}} as unknown as Parameters<typeof analyzeBlock>[0]
  return findMentions(analyzeBlock(block, 0), start, sports).map((mention) => [mention.kind, mention.name, text.slice(mention.start, mention.end), mention.evidence.cue, mention.evidence.detail])
}

test('one letter is no name, even after a title or before a speech verb', () => {
  expect(allMentions('Mayor X spoke.')).toEqual([])
  expect(allMentions('"It works," Q said.')).toEqual([])
  expect(allMentions('Dr. Jo spoke.')).toEqual([['person', 'Jo', 'Jo', 'title', 'Doctor']])
})

test('names before `start` (a dateline read by its own parser) are left out; a name right at it is kept', () => {
  const text = 'Ana Ruiz met Bo Lee in Denver.'
  expect(allMentions(text, text.indexOf('Bo')).map(([, name]) => name)).toEqual(['Bo Lee', 'Denver'])
  expect(allMentions(text, text.indexOf('Bo') + 1).map(([, name]) => name)).toEqual(['Denver'])
  expect(allMentions('DENVER — Ana Ruiz spoke.', 9).map(([, name]) => name)).toEqual(['Ana Ruiz'])
})

test('a place inside a compound (`Denver-based`) is a mention in reading order with the rest', () => {
  expect(allMentions('Denver-based Acme hired Ana Ruiz of Boston.')).toEqual([
    ['place', 'Denver', 'Denver', 'gazetteer', 'compound'],
    ['person', 'Acme', 'Acme', 'name-shape', undefined],
    ['person', 'Ana Ruiz', 'Ana Ruiz', 'given-name', 'Ana'],
    ['place', 'Boston', 'Boston', 'gazetteer', undefined]
  ])
  expect(allMentions('Ana Ruiz joined a New York-based firm.')).toEqual([
    ['person', 'Ana Ruiz', 'Ana Ruiz', 'given-name', 'Ana'],
    ['person', 'New York-based', 'New York-based', 'name-shape', undefined],
    ['place', 'New York', 'New York', 'gazetteer', 'compound']
  ])
  // Before `start`, a compound is left out too.
  const text = 'A Denver-based firm hired Bo Lee.'
  expect(allMentions(text, text.indexOf('firm')).map(([, name]) => name)).toEqual(['Bo Lee'])
})

describe('an all-caps line (`SOCCER - LEAGUE RESULTS`) names only countries, states and large areas', () => {
  test('two words first, then one; each once, with the span of its words only', () => {
    expect(allMentions('SOUTH AFRICA V NEW ZEALAND')).toEqual([
      ['place', 'SOUTH AFRICA', 'SOUTH AFRICA', 'gazetteer', 'all-caps line'],
      ['place', 'NEW ZEALAND', 'NEW ZEALAND', 'gazetteer', 'all-caps line']
    ])
    expect(allMentions('RESULTS FROM TEXAS, OHIO AND FRANCE')).toEqual([
      ['place', 'TEXAS', 'TEXAS', 'gazetteer', 'all-caps line'],
      ['place', 'OHIO', 'OHIO', 'gazetteer', 'all-caps line'],
      ['place', 'FRANCE', 'FRANCE', 'gazetteer', 'all-caps line']
    ])
  })

  test('cities, clubs and people are not read in capitals', () => {
    expect(allMentions('PARIS AND LONDON SHARES FALL')).toEqual([])
    expect(allMentions('ANA RUIZ WINS IN TEXAS')).toEqual([['place', 'TEXAS', 'TEXAS', 'gazetteer', 'all-caps line']])
  })

  test('lower-case words and numbers do not make a line mixed; two capital words are enough', () => {
    expect(allMentions('SOCCER - 2ND ROUND v FRANCE')).toEqual([['place', 'FRANCE', 'FRANCE', 'gazetteer', 'all-caps line']])
    expect(allMentions('NEW ZEALAND')).toEqual([['place', 'NEW ZEALAND', 'NEW ZEALAND', 'gazetteer', 'all-caps line']])
  })

  test('one capital word, or a line with a mixed-case word, is read as prose', () => {
    expect(allMentions('TEXAS')).toEqual([['place', 'TEXAS', 'TEXAS', 'gazetteer', undefined]])
    expect(allMentions('Ana Ruiz, BO LEE and FRANCE')).toEqual([
      ['person', 'Ana Ruiz', 'Ana Ruiz', 'given-name', 'Ana'],
      ['person', 'BO LEE', 'BO LEE', 'given-name', 'BO'],
      ['place', 'FRANCE', 'FRANCE', 'gazetteer', undefined]
    ])
  })

  test('names before `start` are left out', () => {
    const text = 'TEXAS BEAT OHIO'
    expect(allMentions(text, text.indexOf('OHIO'))).toEqual([['place', 'OHIO', 'OHIO', 'gazetteer', 'all-caps line']])
    expect(allMentions(text, text.indexOf('OHIO') + 1)).toEqual([])
  })
})

test('a compound names the place before its suffix, not a place spelled with the suffix (`Pader-born` is not Paderborn)', () => {
  expect(allMentions('A Pader-born doctor met Ana Ruiz.')).toEqual([
    ['place', 'Pader', 'Pader', 'gazetteer', 'compound'],
    ['person', 'Ana Ruiz', 'Ana Ruiz', 'given-name', 'Ana']
  ])
})
