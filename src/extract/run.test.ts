// Run: a span of a block's tokens read as one name, with its name text, key and places.
import {expect, test} from 'vitest'
import {SourceMap} from '../document/source-map.js'
import {nameKey} from '../gazetteer/name-key.js'
import {analyzeBlock} from './analyze.js'
import {Run} from './run.js'

/** The run over the tokens of `text` from the token `from` (its text) for `count` tokens. */
function runOf(text: string, from: string, count: number): Run {
  const analyzed = analyzeBlock({kind: 'paragraph', text, group: 0, map: new SourceMap()}, 0)
  const first = analyzed.tokens.findIndex((token) => token.text === from)
  return new Run(analyzed, first, first + count)
}

test('a run knows its tokens and its length', () => {
  const run = runOf('Mayor Ana Ruiz spoke.', 'Ana', 2)
  expect(run.tokens.map((token) => token.text)).toEqual(['Mayor', 'Ana', 'Ruiz', 'spoke', '.'])
  expect([run.first, run.end, run.length]).toEqual([1, 3, 2])
  expect(run.name).toBe('Ana Ruiz')
})

test('the name keeps inner possessives and commas, and drops those at its end', () => {
  expect(runOf("the Sheriff's Office said", 'Sheriff', 2).name).toBe("Sheriff's Office")
  expect(runOf('the Sheriff’s Office said', 'Sheriff', 2).name).toBe('Sheriff’s Office')
  expect(runOf("Ana Ruiz's car", 'Ana', 2).name).toBe('Ana Ruiz')
  expect(runOf('the Bureau of Alcohol, Tobacco, Firearms and Explosives, which', 'Bureau', 10).name).toBe('Bureau of Alcohol, Tobacco, Firearms and Explosives')
})

test('the name keeps an ampersand, and leaves out other marks and a quoted nickname', () => {
  expect(runOf('at Harlow & Finch today', 'Harlow', 3).name).toBe('Harlow & Finch')
  expect(runOf('Cornelius "Corky" Haverford spoke', 'Cornelius', 5).name).toBe('Cornelius Haverford')
  expect(runOf('Cornelius “Corky” Haverford spoke', 'Cornelius', 5).name).toBe('Cornelius Haverford')
  expect(runOf("Cornelius 'Corky' Haverford spoke", 'Cornelius', 5).name).toBe('Cornelius Haverford')
  expect(runOf('Ana - Ruiz', 'Ana', 3).name).toBe('Ana Ruiz')
})

test('words leave out the ampersand unless asked', () => {
  const run = runOf('at Harlow & Finch today', 'Harlow', 3)
  expect(run.words().map((token) => token.text)).toEqual(['Harlow', 'Finch'])
  expect(run.words(true).map((token) => token.text)).toEqual(['Harlow', '&', 'Finch'])
  expect(runOf('Cornelius "Corky" Haverford spoke', 'Cornelius', 5).words().map((token) => token.text)).toEqual(['Cornelius', 'Haverford'])
})

test('the key is the gazetteer key of the name, and the places are the gazetteer\'s under it', () => {
  const denver = runOf('in Denver today', 'Denver', 1)
  expect(denver.key).toBe(nameKey('Denver'))
  expect(denver.key).toBe(denver.key)
  expect(denver.isPlace).toBe(true)
  expect(denver.places[0]!.name).toBe('Denver')
  const nowhere = runOf('in Qorvexitude today', 'Qorvexitude', 1)
  expect(nowhere.isPlace).toBe(false)
  expect(nowhere.places).toEqual([])
})

test('the name, key and places are computed once', () => {
  const run = runOf('in Denver today', 'Denver', 1)
  expect(run.name).toBe(run.name)
  expect(run.places).toBe(run.places)
})

test('a slice over the same tokens is the run itself; another is a new run of the same block', () => {
  const run = runOf('Mayor Ana Ruiz spoke', 'Mayor', 3)
  expect(run.slice(0, 3)).toBe(run)
  const name = run.slice(1, 3)
  expect(name).not.toBe(run)
  expect([name.first, name.end, name.name, name.analyzed]).toEqual([1, 3, 'Ana Ruiz', run.analyzed])
  expect(run.slice(0, 2).name).toBe('Mayor Ana')
  expect(run.slice(1, 2).name).toBe('Ana')
})
