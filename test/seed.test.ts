// The project's first article, checked against its gold: an original local TV
// report written for this repository (test/seed/article.txt) in the shape of
// the story that started the project — a dateline with a call sign, quotes
// attributed by surname and by role, a town that needs its state, an agency
// named again by its acronym. The real story is checked by `npm run eval:seed`.
import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {articleToJsonLd} from '../src/index.js'

const text = readFileSync(new URL('seed/article.txt', import.meta.url), 'utf8')
const {article, jsonld} = articleToJsonLd(text, {baseUrl: 'https://klvd.example/news/'})

describe('the first article (KLVD, Loveland)', () => {
  test('dateline: city, state from `Co.`, call sign, GeoNames id', () => {
    expect(article.dateline).toMatchObject({text: 'LOVELAND, Co. (KLVD)', city: 'Loveland', state: 'CO', source: 'KLVD', geonameId: 5579368})
  })

  test('three quotations in five passages, each attributed to the right person', () => {
    const attributed = article.quotations.filter((quotation) => quotation.speaker)
    const passages = attributed.flatMap((quotation) => quotation.parts.map((part) => [quotation.speaker?.name, part.text.slice(0, 24)]))
    expect(passages).toEqual([
      ['Theresa Maldonado', 'When we see a crack like'],
      ['Curtis Abernathy', 'Nobody likes a detour. B'],
      ['Curtis Abernathy', 'We will push the state e'],
      ['Curtis Abernathy', 'And to the businesses on'],
      ['Gina Kowalczyk', "People just don't come i"]
    ])
    // `the city's mayor said`: resolved through the title given earlier.
    expect(attributed[1]?.speaker).toMatchObject({resolution: 'role', phrase: {text: "the city's mayor"}})
    expect(attributed.at(-1)?.speaker).toMatchObject({resolution: 'surname', phrase: {text: 'Kowalczyk'}})
  })

  // `the state's "Fix It First" program`: `state's` is a noun, not the verb `state`, so the name is a term.
  // Three quotations: the mayor's quote left open runs on into the next paragraph, as one.
  test('a program name in quote marks is a quoted term, not a quotation', () => {
    expect(article.quotedTerms.map((term) => term.text)).toEqual(['Fix It First'])
    expect(article.quotations).toHaveLength(3)
  })

  test('people, organizations and places', () => {
    expect(article.entities.map((entity) => [entity.type, entity.name, entity.jobTitle, entity.alternateNames])).toEqual([
      ['Organization', 'Colorado Department of Transportation', undefined, ['CDOT']],
      ['Person', 'Theresa Maldonado', undefined, []],
      ['Person', 'Curtis Abernathy', 'Mayor', []],
      ['Person', 'Gina Kowalczyk', undefined, []],
      ['Person', 'Owen Pratt', undefined, []],
      ['Organization', 'KLVD', undefined, []]
    ])
    // Johnstown is in Colorado (5578536), not Pennsylvania: the dateline's state decides.
    expect(article.places.map((place) => [place.name, place.geonameId])).toEqual([
      ['Loveland', 5579368],
      ['Colorado', 5417618],
      ['Johnstown', 5578536],
      // A river is a site: a place with no GeoNames id or point.
      ['Big Thompson River', undefined]
    ])
    const names = jsonld['@graph'].map((node) => (node as {name?: string}).name)
    expect(names).not.toContain('Co.')
    expect(names).not.toContain('Abernathy')
    expect(names).not.toContain('CDOT')
  })
})
