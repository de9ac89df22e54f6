import {existsSync, readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {articleToJsonLd} from '../src/index.js'

// The story that started the project lives beside the repository, not in it
// (its text is not ours to copy); CI and developers have it there.
const seed = new URL('../../shared/seed/article.txt', import.meta.url)

describe.runIf(existsSync(seed))('the seed article (KDVR, Denver)', () => {
  const {article, jsonld} = articleToJsonLd(readFileSync(seed, 'utf8'), {baseUrl: 'https://kdvr.example/news/'})

  test('dateline', () => {
    expect(article.dateline).toMatchObject({text: 'DENVER, Co. (KDVR)', city: 'Denver', state: 'CO', source: 'KDVR', geonameId: 5419384})
  })

  test('five quoted passages, each attributed to the right person', () => {
    const passages = article.quotations.flatMap((quotation) => quotation.parts.map((part) => [quotation.speaker?.name, part.text.slice(0, 24)]))
    expect(passages).toEqual([
      ['Danielle Jurinsky', 'I think it sends a very '],
      ['Jeanette Vizguerra', "I don't support these pe"],
      ['Mike Johnston', 'We think our values are '],
      ['Mike Johnston', 'We’re not going to be of'],
      ['Mike Johnston', 'We don’t ask your status']
    ])
    expect(article.quotations.find((quotation) => quotation.speaker?.name === 'Mike Johnston')?.speaker).toMatchObject({
      resolution: 'role',
      phrase: {text: "Denver's mayor"}
    })
    expect(article.quotedTerms.map((term) => term.text)).toEqual(['Operation Aurora'])
  })

  test('people, organizations and places', () => {
    expect(article.entities.map((entity) => [entity.type, entity.name, entity.jobTitle, entity.alternateNames])).toEqual([
      ['Person', 'Mike Johnston', 'Mayor', []],
      ['Organization', 'U.S. Immigration and Customs Enforcement', undefined, ['Immigration and Customs Enforcement', 'ICE']],
      ['Person', 'Danielle Jurinsky', 'Councilmember', []],
      ['Person', 'Jeanette Vizguerra', undefined, []],
      ['Person', 'Kasia Kerridge', undefined, []],
      ['Organization', 'Metro Denver Sanctuary Coalition', undefined, []],
      ['Person', 'Trump', undefined, []],
      ['Organization', 'KDVR', undefined, ['FOX31']]
    ])
    expect(article.places.map((place) => [place.name, place.geonameId])).toEqual([
      ['Denver', 5419384],
      ['Colorado', 5417618],
      ['Aurora', 5412347]
    ])
    const names = jsonld['@graph'].map((node) => (node as {name?: string}).name)
    expect(names).not.toContain('Co.')
    expect(names).not.toContain('Johnston')
  })
})
