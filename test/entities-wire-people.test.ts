/**
 * People in wire copy that only the words around a name show (issue #15):
 * names inside quoted speech, and the contexts that make a name a person's.
 * The sentences are invented.
 */
import {describe, expect, test} from 'vitest'
import {articleToJsonLd} from '../src/index.js'

function people(text: string): string[] {
  const article = articleToJsonLd(['Wire story', text].join('\n\n'), {format: 'text'}).article
  return article.entities.filter((entity) => entity.type === 'Person').map((entity) => entity.name)
}

describe('names in quoted speech', () => {
  test('a given name and a surname inside a long quote are someone', () => {
    const found = people('"We could not pick Tomas Verhoeven or Pieter Lundgren because both are injured," the coach told reporters.')
    expect(found).toContain('Tomas Verhoeven')
    expect(found).toContain('Pieter Lundgren')
  })

  test('but not a name after an article, nor words in capitals', () => {
    expect(people('"He would hand me a Roy Rogers with a straw and send me off to bed early," she said.')).toEqual([])
    expect(people('The sign on the door read "MAX VOLUME WARNING: NO ENTRY AFTER DARK FOR ANYONE HERE".')).toEqual([])
  })
})

describe('a title with its portfolio', () => {
  test('the name after `Minister of Finance` is the minister', () => {
    const found = people('The envoy will meet Minister of Finance Tobias Wrenfield and Assistant Secretary for Near Eastern Affairs Ilse Brannock.')
    expect(found).toContain('Tobias Wrenfield')
    expect(found).toContain('Ilse Brannock')
  })

  test('a portfolio or a see with no name after it is no one', () => {
    const found = people('Dorian Vell, Under-Secretary for International Organisations, was once Archbishop of Cape Town.')
    expect(found).toEqual(['Dorian Vell'])
  })
})

describe('`the` before a name', () => {
  test('makes it a thing: a ship, a law, a building', () => {
    expect(people('The Carl Wendt leads a battle group of seven ships. Congress passed the Ronald Tiller Law.')).toEqual([])
    expect(people('Children sleep at the Shanti Bhavan home in the city.')).toEqual([])
  })

  test('but a person named before a noun for a case or a family is someone', () => {
    expect(people('Police reopened the Marc Okafor case on Friday.')).toEqual(['Marc Okafor'])
  })
})

describe('a title before what it is of', () => {
  test('a country, a continent or another title after a title is no one', () => {
    expect(people('The winner was Miss Poland in 1991, and the general was Supreme Allied Commander Europe.')).toEqual([])
    expect(people('"Mr. President, you deserve our thanks," the crowd chanted to the Deputy Minister.')).toEqual([])
  })

  test('a name after a title is still someone', () => {
    expect(people('Miss Ilona Varga spoke after Commander Tomas Brekke.')).toEqual(['Ilona Varga', 'Tomas Brekke'])
  })
})
