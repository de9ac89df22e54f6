// Byline paragraphs: short, starting with `By `, every name made of capitalized words.
import {expect, test} from 'vitest'
import {byline} from './byline.js'

const names = (text: string, publisher?: string) => byline(text, publisher)?.map((author) => author.name)

test('a byline paragraph gives its authors', () => {
  expect(names('By Jane Doe and John Roe')).toEqual(['Jane Doe', 'John Roe'])
  expect(names('BY JANE DOE')).toEqual(['JANE DOE'])
  expect(names('by Jane Doe')).toEqual(['Jane Doe'])
  expect(names('By\tJane Doe')).toEqual(['Jane Doe'])
  expect(byline('By The Evening Ledger', 'The Evening Ledger')).toEqual([{type: 'Organization', name: 'The Evening Ledger'}])
})

test('a paragraph that does not start with `By` and a space is no byline', () => {
  expect(byline('Byron Doe and John Roe', undefined)).toBeUndefined()
  expect(byline(' By Jane Doe', undefined)).toBeUndefined()
  expect(byline('Written by Jane Doe', undefined)).toBeUndefined()
})

test('a byline is at most 160 characters', () => {
  // `By `, 18 names of `Jo Doe, ` and a last name as long as it takes.
  const of = (length: number) => {
    const text = 'By ' + 'Jo Doe, '.repeat(18) + 'Ann Le'.padEnd(length - 3 - 18 * 8, 'e')
    expect(text).toHaveLength(length)
    return byline(text, undefined)
  }
  expect(of(160)).toHaveLength(19)
  expect(of(161)).toBeUndefined()
})

test('a byline with no name is none', () => {
  expect(byline('By ', undefined)).toBeUndefined()
  expect(byline('By , and', undefined)).toBeUndefined()
})

test('every name has at most six words, each capitalized or a name particle', () => {
  expect(names('By Ana María de la Cruz Ortega')).toEqual(['Ana María de la Cruz Ortega'])
  expect(names('By Ana María Lucía Cruz Ortega Ruiz')).toEqual(['Ana María Lucía Cruz Ortega Ruiz'])
  expect(byline('By Ana María Lucía Cruz Ortega Ruiz Vela', undefined)).toBeUndefined()
  expect(names('By Ǆemal Bijedić')).toEqual(['Ǆemal Bijedić'])
  expect(names('By ǅemal Bijedić')).toEqual(['ǅemal Bijedić'])
  expect(byline('By the river, a storm', undefined)).toBeUndefined()
  // One name that is not one spoils the byline.
  expect(byline('By Jane Doe and the editors of this page', undefined)).toBeUndefined()
  expect(byline('By jane doe and John Roe', undefined)).toBeUndefined()
  // Every word: a lower-case one in a name spoils it, even with a capital inside.
  expect(byline('By Jane doe', undefined)).toBeUndefined()
  expect(byline('By Jane deBoer', undefined)).toBeUndefined()
})
