/**
 * People and organizations in wire copy: the failure classes of issue #15
 * (demonyms glued to names, foreign corporate suffixes, newsrooms, clubs,
 * acronyms, capitalized headlines), on invented sentences.
 */
import {describe, expect, test} from 'vitest'
import {articleToJsonLd} from '../src/index.js'

function names(text: string) {
  const article = articleToJsonLd(text, {format: 'text'}).article
  return {
    people: article.entities.filter((entity) => entity.type === 'Person').map((entity) => entity.name),
    organizations: article.entities.filter((entity) => entity.type === 'Organization').map((entity) => entity.name),
    places: article.places.map((place) => place.name)
  }
}

const story = (...paragraphs: string[]) => ['Wire story', ...paragraphs].join('\n\n')

describe('demonyms', () => {
  test.each([
    ['Italian striker Marco Bellini scored twice on Sunday.', 'Marco Bellini'],
    ['Seventh seed Ilse Varga lost to Austrian Greta Lindqvist in three sets.', 'Greta Lindqvist'],
    ['The title went to South African Thandi Mokoena after a long final.', 'Thandi Mokoena'],
    ['Jordanian Prime Minister Samir Haddadin arrived late.', 'Samir Haddadin']
  ])('a demonym before a name describes it: %s', (text, person) => {
    expect(names(story(text)).people).toContain(person)
    expect(names(story(text)).people.every((name) => !/Italian|Austrian|African|Jordanian/.test(name))).toBe(true)
  })

  test('peoples, faiths and nationalities alone are no one', () => {
    const found = names(story('Sri Lankan officials and Iraqi Kurds met Roman Catholic bishops.', 'The Briton and the Bosnian Serbs said nothing new.'))
    expect(found.people).toEqual([])
    expect(found.organizations).toEqual([])
  })

  test('a given name that is also a faith word stays a name', () => {
    expect(names(story('Christian Okoye said the squad was ready.')).people).toEqual(['Christian Okoye'])
  })

  test('a place that starts with a common word keeps it: New York', () => {
    expect(names(story('The New Harbor Gulls beat the New York Comets on Friday.')).people).toEqual([])
  })
})

describe('corporate suffixes and outlets', () => {
  test.each([
    ['Shares of Kestrel Werke AG rose 3 percent.', 'Kestrel Werke AG'],
    ['Lindholm Oy said on Monday it expected higher sales.', 'Lindholm Oy'],
    ['The bid came from Tavora Cimentos S.A. late on Friday.', 'Tavora Cimentos S.A.'],
    ['Brenwick Plc reported a loss.', 'Brenwick Plc'],
    ['Quillon Corp said it would cut 200 jobs.', 'Quillon Corp'],
    ['Harlow & Finch Ltd filed the papers.', 'Harlow & Finch Ltd'],
    ['-- Oslo Newsroom +47 2200 0000', 'Oslo Newsroom'],
    ['The Sunda Daily said the talks had failed.', 'Sunda Daily']
  ])('%s', (text, organization) => {
    expect(names(story('The market was quiet on Monday in the city.', text)).organizations).toContain(organization)
  })
})

describe('evidence', () => {
  test('every person and organization records the kinds of evidence that made it one', () => {
    const article = articleToJsonLd(story('Mayor Lena Brandt met Quillon Corp on Monday.', 'Brandt said the deal was close.'), {format: 'text'}).article
    expect(article.entities.map((entity) => [entity.name, entity.evidence])).toEqual([
      ['Lena Brandt', ['speech-verb', 'title']],
      ['Quillon Corp', ['organization-head']]
    ])
  })
})
