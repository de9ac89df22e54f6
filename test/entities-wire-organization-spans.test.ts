/**
 * Where an organization's name starts in wire copy (issue #15): the words
 * a name owns (`Cooperative Bank of X`) stay in it. Invented sentences.
 */
import {describe, expect, test} from 'vitest'
import {articleToJsonLd} from '../src/index.js'

function organizations(text: string): string[] {
  const article = articleToJsonLd(['Wire story', 'The day was calm in the capital.', text].join('\n\n'), {format: 'text'}).article
  return article.entities.filter((entity) => entity.type === 'Organization').map((entity) => entity.name)
}

describe('a body\'s word before of makes the whole run a name', () => {
  test.each([
    ['Cooperative Bank of Lithuania said on Monday it cut rates.', 'Cooperative Bank of Lithuania'],
    ['He will appeal to the European Court of Fisheries Disputes in May.', 'European Court of Fisheries Disputes'],
    ["Analysts confirmed the ratings on Summit Corp of Canada's senior debt.", 'Summit Corp of Canada'],
    ['The Irish Department of Ports has widened its probe.', 'Irish Department of Ports']
  ])('%s', (text, organization) => {
    expect(organizations(text)).toEqual([organization])
  })
})

describe('a demonym before a body and a title', () => {
  test('opens the body\'s name, not the person\'s', () => {
    expect(organizations('He met Kenyan Farmers Union Deputy Chairman Peter Otieno on Friday.')).toEqual(['Kenyan Farmers Union'])
  })

  test('a common word opening the sentence before a portfolio and a title names no body', () => {
    expect(organizations('Overseas Development Minister Hal Brock said the aid would go on.')).toEqual([])
  })
})

test.each([
  ['Last year South Korea-based Hanbit Electronics Inc. bought a stake.', 'Hanbit Electronics Inc.'],
  ['Shares of St. Louis-based Corvane Bancorp Inc. rose.', 'Corvane Bancorp Inc.']
])('a hyphenated modifier and the words it is made of describe the name: %s', (text, organization) => {
  expect(organizations(text)).toEqual([organization])
})

describe('an owner\'s possessive before a body\'s name', () => {
  test.each([
    ["Media baron Dario Velluti's Alba Media Holdings Ltd reported a loss.", 'Alba Media Holdings Ltd'],
    ["Officials met Hong Kong's Civic Party on Monday.", 'Civic Party']
  ])('a place or a person owns the body, and is no part of its name: %s', (text, organization) => {
    expect(organizations(text)).toEqual([organization])
  })

  test.each([
    ["St. Bernadette's Relief Society said it would help.", "St. Bernadette's Relief Society"],
    ["He was given a prize by the Lay Volunteers' International Organisation on Sunday.", "Lay Volunteers' International Organisation"]
  ])('a possessive of a saint or of common words is the name\'s own: %s', (text, organization) => {
    expect(organizations(text)).toEqual([organization])
  })
})

describe('a common word left alone at a sentence start', () => {
  test.each([['Advanced Medical reported a profit of $8 million.'], ['Random Lengths quoted cash spruce at $419.']])(
    'was the last word of a name, not a name: %s',
    (text) => {
      expect(organizations(text)).toEqual([])
    }
  )

  test('a demonym or a hyphenated modifier before it only describes it', () => {
    expect(organizations('Bills passed by the Republican-controlled Congress were vetoed.')).toEqual(['U.S. Congress'])
  })
})
