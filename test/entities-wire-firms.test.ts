/**
 * Where a firm's name ends in wire copy (issue #15): at its corporate suffix
 * when the company's seat or the next sentence follows, and across the
 * commas of a partnership's name. Invented sentences.
 */
import {describe, expect, test} from 'vitest'
import {articleToJsonLd} from '../src/index.js'

function names(text: string) {
  const article = articleToJsonLd(['Wire story', 'Markets were quiet on Monday.', text].join('\n\n'), {format: 'text'}).article
  return {
    people: article.entities.filter((entity) => entity.type === 'Person').map((entity) => entity.name),
    organizations: article.entities.filter((entity) => entity.type === 'Organization').map((entity) => entity.name)
  }
}

describe('a firm ends at its suffix', () => {
  test.each([
    ['Shares rose after Kestor Inc of the United States said it had an option.', 'Kestor Inc'],
    ['Blane Industries Co of Ohio sold its stake on Friday.', 'Blane Industries Co'],
    ['The plant belongs to Marlow Textiles Ltd of Karachi.', 'Marlow Textiles Ltd']
  ])('a seat after the suffix is no part of the name: %s', (text, firm) => {
    expect(names(text).organizations).toEqual([firm])
  })

  test('a corporation may carry its country in its name', () => {
    expect(names('Shares of Halvard Power Corp of Canada rose.').organizations).toEqual(['Halvard Power Corp of Canada'])
  })

  test('a suffix with its period ends the name before the next sentence', () => {
    const found = names('"Bonds are weak," said Alan Brecker, strategist at Fahnestock & Co. Another trader agreed.')
    expect(found.organizations).toEqual(['Fahnestock & Co.'])
    expect(found.people).toEqual(['Alan Brecker'])
  })

  test.each([
    ['Voss Holdings Co. Ltd. said sales rose.', 'Voss Holdings Co. Ltd.'],
    ['Halden Marx & Co Wertpapier GmbH issued warrants.', 'Halden Marx & Co Wertpapier GmbH']
  ])('a second suffix, or a suffix with no period, goes on: %s', (text, firm) => {
    expect(names(text).organizations).toEqual([firm])
  })

  test('a Portuguese surname that spells a suffix is a name', () => {
    expect(names('Ricardo Sa Pinto scored twice on Sunday.').people).toEqual(['Ricardo Sa Pinto'])
  })
})

describe('partners joined by commas are one firm', () => {
  test.each([
    ['"The deal is thin," said Toby Rand, an analyst at Kalf, Voorhis & Co. on Monday.', 'Kalf, Voorhis & Co.'],
    ['He was co-chairman of Holdman, Sacks and Co. Inc. for years.', 'Holdman, Sacks and Co. Inc.'],
    ['The report came from Pell, Marsh, Dorner & Co. late on Friday.', 'Pell, Marsh, Dorner & Co.']
  ])('%s', (text, firm) => {
    expect(names(text).organizations).toEqual([firm])
  })

  test('names in a list with no suffix are no firm', () => {
    expect(names('Brown, Smith and Jones met on Friday.').organizations).toEqual([])
  })
})
