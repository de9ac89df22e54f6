// mentionOf: a mention's fields from its run, its details and their defaults; asKind.
import {expect, test} from 'vitest'
import {SourceMap} from '../document/source-map.js'
import {nameKey} from '../gazetteer/name-key.js'
import {findTitle} from '../lexicon/titles.js'
import {analyzeBlock} from './analyze.js'
import {asKind, mentionOf} from './mention.js'
import {Run} from './run.js'

const analyzed = analyzeBlock({kind: 'paragraph', text: 'Then "Mayor Ana Ruiz" of Denver spoke.', group: 0, map: new SourceMap()}, 4)
const name = new Run(analyzed, 3, 5)
const denver = new Run(analyzed, 7, 8)

test('a mention takes its block, tokens, offsets, name, key and places from its run', () => {
  const mention = mentionOf(name, 'person', {cue: 'title', detail: 'Mayor'})
  expect(mention).toMatchObject({kind: 'person', name: 'Ana Ruiz', block: 4, first: 3, last: 5, start: 12, end: 20, inQuote: true, evidence: {cue: 'title', detail: 'Mayor'}})
  expect(mention.key).toBe(name.key)
  expect(mention.places).toBe(name.places)
  expect(mention.run).toBe(name)
  expect(mentionOf(denver, 'place', {cue: 'gazetteer', detail: undefined}).inQuote).toBe(false)
})

test('details default to none', () => {
  expect(mentionOf(name, 'person', {cue: 'title', detail: undefined})).toMatchObject({
    title: undefined, jobTitle: undefined, qualifier: undefined, region: undefined, gender: 'unknown', surnameOnly: false, tentative: false, roles: []
  })
  expect(mentionOf(name, 'person', {cue: 'title', detail: undefined}, {gender: undefined, roles: undefined, inQuote: undefined})).toMatchObject({gender: 'unknown', roles: [], inQuote: true})
})

test('details given override the run', () => {
  const mayor = findTitle('mayor')!
  const mention = mentionOf(name, 'person', {cue: 'title', detail: 'Mayor'}, {
    name: 'Denver', start: 1, end: 2, inQuote: false, title: mayor, jobTitle: 'Mayor', qualifier: 'Aurora', region: 'Colo.', gender: 'female', surnameOnly: true, tentative: true, roles: ['mayor']
  })
  expect(mention).toMatchObject({name: 'Denver', start: 1, end: 2, inQuote: false, title: mayor, jobTitle: 'Mayor', qualifier: 'Aurora', region: 'Colo.', gender: 'female', surnameOnly: true, tentative: true, roles: ['mayor']})
  // A name of its own has its own key and places.
  expect(mention.key).toBe(nameKey('Denver'))
  expect(mention.places.length).toBeGreaterThan(0)
  expect(mentionOf(name, 'person', {cue: 'title', detail: undefined}).places).toEqual([])
})

test('an empty run starts and ends at 0', () => {
  const empty = new Run(analyzeBlock({kind: 'paragraph', text: '', group: 0, map: new SourceMap()}, 0), 0, 0)
  expect(mentionOf(empty, 'person', {cue: 'title', detail: undefined})).toMatchObject({start: 0, end: 0, inQuote: false})
})

test('asKind reads the same mention as another kind, no longer a surname only', () => {
  const mention = mentionOf(denver, 'person', {cue: 'speech-verb', detail: undefined}, {surnameOnly: true, gender: 'male', name: 'Denver'})
  const place = asKind(mention, 'place', {cue: 'gazetteer', detail: 'Colo.'})
  expect(place).toMatchObject({kind: 'place', name: 'Denver', surnameOnly: false, gender: 'male', first: 7, last: 8, evidence: {cue: 'gazetteer', detail: 'Colo.'}})
  expect(place.key).toBe(nameKey('Denver'))
  expect(() => asKind({...mention}, 'place', {cue: 'gazetteer', detail: undefined})).toThrow(new TypeError('Unexpected mention not made by `mentionOf`'))
  // Without a name of its own the run's name stays the name.
  expect(asKind(mentionOf(denver, 'person', {cue: 'speech-verb', detail: undefined}), 'place', {cue: 'gazetteer', detail: undefined}).places).toBe(denver.places)
})
