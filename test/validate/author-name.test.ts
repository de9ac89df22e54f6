// Author names taken apart: agencies in brackets, "and" in other languages, HTML entities, and each guard on both sides.
import {describe, expect, test} from 'vitest'
import {authorNameParts} from '../../src/validate/google/author-name.js'
import {validate} from '../../src/validate/validate.js'

const none: ReadonlySet<string> = new Set()
const parts = (name: string, publishers: ReadonlySet<string> = none) => authorNameParts(name, publishers)

const article = {
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: 'A',
  datePublished: '2024-03-05T09:30:00Z',
  image: 'https://news.example/a.jpg',
  publisher: {'@type': 'NewsMediaOrganization', name: 'The Example'}
}
const authorIssues = (name: string) =>
  validate({...article, author: {'@type': 'Person', name, url: 'https://news.example/staff'}})
    .filter((issue) => issue.ruleId.startsWith('author-'))
    .map((issue) => `${issue.ruleId}: ${issue.message}`)

describe('authorNameParts: agencies and places in brackets', () => {
  test('a trailing bracket is an affiliation, not part of the name', () => {
    expect(parts('Jane Doe (Reuters)')).toEqual({prefix: undefined, names: ['Jane Doe'], extras: [{kind: 'affiliation', text: 'Reuters'}]})
    expect(parts('Jane Doe ( AFP )').extras).toEqual([{kind: 'affiliation', text: 'AFP'}])
  })

  test('no affiliation without a name before it, with empty brackets, or with text after the bracket', () => {
    expect(parts('(Reuters)')).toEqual({prefix: undefined, names: ['(Reuters)'], extras: []})
    expect(parts('Jane Doe ()')).toEqual({prefix: undefined, names: ['Jane Doe ()'], extras: []})
    expect(parts('Jane Doe (Reuters) Jr').extras).toEqual([])
  })

  test('an email address in brackets is contact, not an affiliation', () => {
    expect(parts('Jane Doe (jane@news.example)')).toEqual({prefix: undefined, names: ['Jane Doe'], extras: [{kind: 'contact', text: 'jane@news.example'}]})
  })

  test('reported as author-name-extra', () => {
    expect(authorIssues('Jane Doe (Reuters)')).toEqual(['author-name-extra: Unexpected affiliation `Reuters` in author name `Jane Doe (Reuters)`, expected only the name'])
  })
})

describe('authorNameParts: "and" in other languages', () => {
  test.each([
    ['Jane Doe und John Roe', 'German'],
    ['Jean Roe et Ana Diaz', 'French'],
    ['Jan Doe en Piet Roe', 'Dutch'],
    ['Jens Doe og Lars Roe', 'Danish, Norwegian'],
    ['Eva Doe och Lars Roe', 'Swedish'],
    ['Ali Doe ve Ayşe Roe', 'Turkish'],
    ['Anna Doe és Béla Roe', 'Hungarian'],
    ['Aino Doe ja Eero Roe', 'Finnish']
  ])('%s (%s) is two names', (name) => {
    expect(parts(name).names).toHaveLength(2)
  })

  test('the names are split where the word is', () => {
    expect(parts('Jane Doe und John Roe').names).toEqual(['Jane Doe', 'John Roe'])
    expect(authorIssues('Jean Roe et Ana Diaz')).toEqual([
      'author-multiple-in-one: Unexpected 2 names in one author `Jean Roe et Ana Diaz`, expected one `author` entry per person (`Jean Roe` and `Ana Diaz`)'
    ])
  })

  test('Spanish y, Portuguese e and Catalan i join one surname', () => {
    expect(parts('José Ortega y Gasset').names).toEqual(['José Ortega y Gasset'])
    expect(parts('Ana Sousa e Silva').names).toEqual(['Ana Sousa e Silva'])
    expect(parts('Joan Puig i Ferrer').names).toEqual(['Joan Puig i Ferrer'])
    expect(authorIssues('José Ortega y Gasset')).toEqual([])
  })

  test('only the lower-case word between spaces counts', () => {
    expect(parts('Jane Doe Und John Roe').names).toHaveLength(1)
    expect(parts('Jane Etienne').names).toEqual(['Jane Etienne'])
    expect(parts('Jane Doe-und-Roe').names).toHaveLength(1)
    expect(parts('Karen Jansen').names).toEqual(['Karen Jansen'])
  })
})

describe('author names with HTML entities', () => {
  test('an escaped apostrophe is one name, with no issue', () => {
    expect(authorIssues('Jane O&#039;Donnell')).toEqual([])
    expect(authorIssues('Jane O&apos;Donnell')).toEqual([])
  })

  test('an escaped ampersand joins two names, reported with the decoded names', () => {
    expect(authorIssues('Tom &amp; Ann')).toEqual([
      'author-multiple-in-one: Unexpected 2 names in one author `Tom &amp; Ann`, expected one `author` entry per person (`Tom` and `Ann`)'
    ])
  })

  test('a bare ampersand that starts no entity stays as it is', () => {
    expect(authorIssues('Jane O&Donnell')).toEqual([])
  })
})
