/**
 * Places the text describes as places are no people (issue #15): a name
 * followed by a distance (`X, 30 miles (48 km) north of Y`), by an
 * appositive headed by a place noun with an adjective before it (`X, a
 * small town`), or after `the city of` even when an appositive follows.
 * Invented sentences.
 */
import {expect, test} from 'vitest'
import {articleToJsonLd} from '../src/index.js'

function people(text: string): string[] {
  const article = articleToJsonLd(['Wire story', 'The day was calm in the capital.', text].join('\n\n'), {format: 'text'}).article
  return article.entities.filter((entity) => entity.type === 'Person').map((entity) => entity.name)
}

test.each([
  'The plane was sent on to Harrowby, 30 miles (48 km) north-east of the capital.',
  'The crash happened near Kettlewold, 200 km southwest of the border.',
  'Rebels took control of Ostrava Nueva, a small village about 300 miles from the coast.',
  'The mayor of Tolvanec, a remote town in the hills, resigned.',
  'Fighting raged for the city of Dravik, a senior official in the capital said.',
  'The Dow Jones industrial average closed down 31 points.'
])('%s', (text) => {
  expect(people(text)).toEqual([])
})

test.each([
  ['Brenna Tollick, a village elder, said the well was dry.', 'Brenna Tollick'],
  ['"We will rebuild," said Haskell, a town councillor.', 'Haskell'],
  ['Orlo Vantine, 30, was arrested on Friday.', 'Orlo Vantine']
])('a person described by a place noun or an age stays a person: %s', (text, person) => {
  expect(people(text)).toEqual([person])
})
