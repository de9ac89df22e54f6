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

describe('a nation\'s adjective before its government\'s body', () => {
  test.each([
    ['Talks will open on Monday, the Turkish Foreign Ministry said.', 'Foreign Ministry'],
    ['The firm deferred to the Yemeni Ministry of Oil and Minerals.', 'Ministry of Oil and Minerals'],
    ['Perry, a Liberian Senate member in the 1980s, flew home.', 'Senate']
  ])('says whose it is, and is no part of the name: %s', (text, organization) => {
    expect(organizations(text)).toEqual([organization])
  })

  test.each([
    ['The Nepali Congress party won the vote.', 'Nepali Congress'],
    ['Leaders of the Iraqi National Congress met in London.', 'Iraqi National Congress'],
    ['The Mexican Army sent troops to the hills.', 'Mexican Army']
  ])('a party or a force keeps it: %s', (text, organization) => {
    expect(organizations(text)).toEqual([organization])
  })
})

test.each([
  ['Last year South Korea-based Hanbit Electronics Inc. bought a stake.', 'Hanbit Electronics Inc.'],
  ['Shares of St. Louis-based Corvane Bancorp Inc. rose.', 'Corvane Bancorp Inc.']
])('a hyphenated modifier and the words it is made of describe the name: %s', (text, organization) => {
  expect(organizations(text)).toEqual([organization])
})
