import {expect, test} from 'vitest'
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
