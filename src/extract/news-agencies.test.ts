// The organization behind a dateline credit.
import {expect, test} from 'vitest'
import {newsAgency} from './news-agencies.js'

test('a known abbreviation names its agency, and keeps the credit as written as the alternate name', () => {
  expect(newsAgency('AP')).toEqual({name: 'The Associated Press', alternateName: 'AP'})
  expect(newsAgency('afp')).toEqual({name: 'Agence France-Presse', alternateName: 'afp'})
  expect(newsAgency('Dpa')).toEqual({name: 'Deutsche Presse-Agentur', alternateName: 'Dpa'})
})

test('any other credit is its own name, with no alternate name', () => {
  expect(newsAgency('WCMH')).toEqual({name: 'WCMH', alternateName: undefined})
  expect(newsAgency('Reuters')).toEqual({name: 'Reuters', alternateName: undefined})
  expect(newsAgency('')).toEqual({name: '', alternateName: undefined})
})
