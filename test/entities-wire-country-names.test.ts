/**
 * Country names that look like people's names (issue #15): a country of two
 * words that speaks (`Costa Rica says`) and an initial before a country or
 * continent (`S. Africa`) are places, not people. Invented sentences.
 */
import {expect, test} from 'vitest'
import {articleToJsonLd} from '../src/index.js'

function people(...paragraphs: string[]): string[] {
  return articleToJsonLd(paragraphs.join('\n\n'), {format: 'text'}).article.entities.filter((entity) => entity.type === 'Person').map((entity) => entity.name)
}

test('a country of two words that speaks is the country', () => {
  expect(people('Costa Rica says talks will resume', 'Costa Rica said on Friday it would send envoys.')).toEqual([])
})

test('an initial before a continent is no person\'s initial', () => {
  expect(people('Ancient skull of S. Africa king is found', 'The find was made on Monday.')).toEqual([])
})

test('an initial before a surname stays a person', () => {
  expect(people('Results', 'The race was won by C. Lewis on Sunday.')).toEqual(['C. Lewis'])
})
