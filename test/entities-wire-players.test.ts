/**
 * Players in sports copy (issue #15): a name of two or three words that does
 * a player's act (`X homered`, `X allowed one run`) is a person, even when
 * its words are common ones (`Hill`, `Wall`, `Chipper`) or it starts
 * with a country's name (`Chad`). Invented sentences.
 */
import {expect, test} from 'vitest'
import {articleToJsonLd} from '../src/index.js'

// Enough sports words for the story to read as sports.
const lead = 'The pitcher threw well in the ninth inning, and the league leaders stayed ahead in the standings.'

function entities(text: string) {
  const article = articleToJsonLd(['BASEBALL - ROUNDUP', lead, text].join('\n\n'), {format: 'text'}).article
  return {
    people: article.entities.filter((entity) => entity.type === 'Person').map((entity) => entity.name),
    organizations: article.entities.filter((entity) => entity.type === 'Organization').map((entity) => entity.name)
  }
}

test.each([
  ['In Toledo, Kelvo Wall allowed one run over seven innings.', 'Kelvo Wall'],
  ['Trevan Hill drove in the only run with a single.', 'Trevan Hill'],
  ['The Hawks won when Chipper Stone singled home the tying run.', 'Chipper Stone'],
  ['Earlier, Marko Field homered twice in the opener.', 'Marko Field']
])('a player\'s act makes a person: %s', (text, person) => {
  expect(entities(text).people).toContain(person)
})

test('a given name and a surname in s, after a country\'s name, are no club', () => {
  const found = entities('Chad Curtis drew a walk and scored on a double.')
  expect(found.people).toContain('Chad Curtis')
  expect(found.organizations).not.toContain('Chad Curtis')
})

test('a club that does a player\'s act stays a club', () => {
  const found = entities('The Toledo Mud Hens homered three times in the eighth.')
  expect(found.people).toEqual([])
})

test('outside sports copy the same words make no player', () => {
  const article = articleToJsonLd(['Markets', 'Shares were mixed on Monday.', 'Chipped Stone struck a deal with the bank.'].join('\n\n'), {format: 'text'}).article
  expect(article.entities.filter((entity) => entity.type === 'Person').map((entity) => entity.name)).toEqual([])
})

test('a given name of another country before a city is a player, not a club', () => {
  const found = entities('Leander Bergen beat the top seed 6-3 6-4, and Torvik Bergen lost 6-1 6-2.')
  expect(found.organizations).not.toContain('Leander Bergen')
})

test('a rare word before a big city is a club wherever it stands', () => {
  const found = entities('Torvik Tampere opened their title defence with a narrow win.')
  expect(found.organizations).toContain('Torvik Tampere')
  expect(found.people).toEqual([])
})
