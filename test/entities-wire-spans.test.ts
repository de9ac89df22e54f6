/**
 * Where a person's name starts and ends in wire copy (issue #15): words that
 * describe someone (a rank in an order, an office, a former team) stand
 * before the name and are no part of it. Invented sentences.
 */
import {describe, expect, test} from 'vitest'
import {articleToJsonLd} from '../src/index.js'

function people(text: string): string[] {
  const article = articleToJsonLd(['Wire story', 'The day was calm in the capital.', text].join('\n\n'), {format: 'text'}).article
  return article.entities.filter((entity) => entity.type === 'Person').map((entity) => entity.name)
}

describe('words before a given name describe the person', () => {
  test.each([
    ['The rebels said Irish Sister Bridget Kealy, 61, was freed on Monday.', 'Bridget Kealy'],
    ["Norway's Minister of Fisheries Harald Vinje said quotas would fall.", 'Harald Vinje'],
    ['Chief Engineer Thomas Brandt said the dam was safe.', 'Thomas Brandt'],
    ['The head of Traffic Police Carlos Medina told reporters the road was shut.', 'Carlos Medina'],
    ['Former Falcon Derek Olsen struck out five in the win.', 'Derek Olsen'],
    ['He said Deputy Attorney-General Thomas Reilly would appeal.', 'Thomas Reilly']
  ])('%s', (text, person) => {
    expect(people(text)).toEqual([person])
  })

  test.each([
    ['Mary Ann Kowalczyk said the shop would reopen.', 'Mary Ann Kowalczyk'],
    ['Grace Kelly Osei told reporters she would run again.', 'Grace Kelly Osei']
  ])('a given name first is the name\'s own: %s', (text, person) => {
    expect(people(text)).toEqual([person])
  })

  test('a rare word before a given name may be the name\'s own: it stays', () => {
    expect(people('Talks with Bui Thomas Nguyen ended late, Bui Thomas Nguyen said.')).toEqual(['Bui Thomas Nguyen'])
  })

  test('an emperor is a title', () => {
    expect(people('Emperor Akihito Ryusei opened the session.')).toEqual(['Akihito Ryusei'])
  })
})

test('a given name of another country starts the name after a demonym', () => {
  expect(people('Makinen beat fellow Finn Juha Kettunen on the last stage.')).toContain('Juha Kettunen')
  expect(people('Makinen beat fellow Finn Juha Kettunen on the last stage.')).not.toContain('Finn Juha Kettunen')
})
