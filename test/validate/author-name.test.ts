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

describe('authorNameParts: byline words, honorifics, job titles and generational suffixes', () => {
  test('the byline word, after leading space, and a spaced dash after it', () => {
    expect(parts(' By Jane Doe')).toEqual({prefix: 'By', names: ['Jane Doe'], extras: []})
    expect(parts('By: Jane Doe')).toEqual({prefix: 'By:', names: ['Jane Doe'], extras: []})
    // The dash separates the byline word from the name (it gave the name `– Jane Doe`).
    expect(parts('By – Jane Doe')).toEqual({prefix: 'By', names: ['Jane Doe'], extras: []})
    expect(parts('By - Jane Doe and John Roe').names).toEqual(['Jane Doe', 'John Roe'])
  })

  test('a generational suffix belongs to the name before it; with none before, it stands alone', () => {
    expect(parts('John Smith, Jr.')).toEqual({prefix: undefined, names: ['John Smith, Jr.'], extras: []})
    expect(parts('John Smith, III and Ann Lee').names).toEqual(['John Smith, III', 'Ann Lee'])
    expect(parts('Jr., Jane Doe').names).toEqual(['Jr.', 'Jane Doe'])
  })

  test('honorifics before and after the name', () => {
    expect(parts('Jane Doe, PhD')).toEqual({prefix: undefined, names: ['Jane Doe'], extras: [{kind: 'honorific', text: 'PhD'}]})
    expect(parts('Dr. Jane Doe')).toEqual({prefix: undefined, names: ['Jane Doe'], extras: [{kind: 'honorific', text: 'Dr.'}]})
    expect(parts('Prof  Jane Doe')).toEqual({prefix: undefined, names: ['Jane Doe'], extras: [{kind: 'honorific', text: 'Prof'}]})
    // A name that starts like a title is no title.
    expect(parts('Drew Doe')).toEqual({prefix: undefined, names: ['Drew Doe'], extras: []})
  })

  test('a part with any job word is a job title', () => {
    expect(parts('Jane Doe, Metro Reporter')).toEqual({prefix: undefined, names: ['Jane Doe'], extras: [{kind: 'job title', text: 'Metro Reporter'}]})
    expect(parts('Jane Doe, Editor-at-Large').extras).toEqual([{kind: 'job title', text: 'Editor-at-Large'}])
    expect(parts('Jane Doe, Metro Desk').extras).toEqual([{kind: 'job title', text: 'Metro Desk'}])
  })

  test('the publisher’s name, in any case', () => {
    expect(parts('Jane Doe | THE EXAMPLE', new Set(['the example']))).toEqual({
      prefix: undefined,
      names: ['Jane Doe'],
      extras: [{kind: 'publisher', text: 'THE EXAMPLE'}]
    })
  })

  test('a closing bracket with no opening one is part of the name', () => {
    expect(parts('Jane Doe)')).toEqual({prefix: undefined, names: ['Jane Doe)'], extras: []})
  })
})

describe('authorNameParts: contact details', () => {
  test('an email address, alone, in brackets or at the start of a part', () => {
    expect(parts('jane@news.example')).toEqual({prefix: undefined, names: [], extras: [{kind: 'contact', text: 'jane@news.example'}]})
    expect(parts('Jane Doe <jane@news.example>')).toEqual({prefix: undefined, names: ['Jane Doe'], extras: [{kind: 'contact', text: 'jane@news.example'}]})
    expect(parts('Jane Doe, @janedoe')).toEqual({prefix: undefined, names: ['Jane Doe'], extras: [{kind: 'contact', text: '@janedoe'}]})
    expect(parts('Jane Doe jane.doe+news@mail.example.com')).toEqual({
      prefix: undefined,
      names: ['Jane Doe'],
      extras: [{kind: 'contact', text: 'jane.doe+news@mail.example.com'}]
    })
    // An address at a host named www is one email address.
    expect(parts('jane@www.news.example').extras).toEqual([{kind: 'contact', text: 'jane@www.news.example'}])
  })

  test('web addresses whole, slashes and all (they were split at each slash), in any case, in brackets or not', () => {
    expect(parts('https://news.example/staff/jane')).toEqual({prefix: undefined, names: [], extras: [{kind: 'contact', text: 'https://news.example/staff/jane'}]})
    expect(parts('Jane Doe (http://news.example/jane)')).toEqual({
      prefix: undefined,
      names: ['Jane Doe'],
      extras: [{kind: 'contact', text: 'http://news.example/jane'}]
    })
    expect(parts('Jane Doe, HTTPS://www.news.example/jane')).toEqual({
      prefix: undefined,
      names: ['Jane Doe'],
      extras: [{kind: 'contact', text: 'HTTPS://www.news.example/jane'}]
    })
    expect(parts('Jane Doe [www.janedoe.example] and John Roe <www.roe.example/about>')).toEqual({
      prefix: undefined,
      names: ['Jane Doe', 'John Roe'],
      extras: [
        {kind: 'contact', text: 'www.janedoe.example'},
        {kind: 'contact', text: 'www.roe.example/about'}
      ]
    })
    // Brackets with more than the address stay, and hold an affiliation.
    expect(parts('Jane Doe (www.janedoe.example for Reuters)')).toEqual({
      prefix: undefined,
      names: ['Jane Doe'],
      extras: [
        {kind: 'contact', text: 'www.janedoe.example'},
        {kind: 'affiliation', text: 'for Reuters'}
      ]
    })
    // A marker inside a word starts no address.
    expect(parts('Jane Doe news.www.example')).toEqual({prefix: undefined, names: ['Jane Doe news.www.example'], extras: []})
    expect(parts('Jane Doe xhttps://news.example')).toEqual({prefix: undefined, names: ['Jane Doe xhttps:', 'news.example'], extras: []})
  })

  test('an address taken from the middle of a name leaves one space, not two', () => {
    const contact = (text: string) => ({kind: 'contact', text})
    expect(parts('Jane jane@news.example Doe')).toEqual({prefix: undefined, names: ['Jane Doe'], extras: [contact('jane@news.example')]})
    expect(parts('Jane (jane@news.example) Doe')).toEqual({prefix: undefined, names: ['Jane Doe'], extras: [contact('jane@news.example')]})
    expect(parts('Jane <www.doe.example> Doe')).toEqual({prefix: undefined, names: ['Jane Doe'], extras: [contact('www.doe.example')]})
    expect(parts('Jane https://news.example/jane Doe')).toEqual({prefix: undefined, names: ['Jane Doe'], extras: [contact('https://news.example/jane')]})
    // At the name's start in brackets (the marker at index 1), then another: each is found once.
    expect(parts('(https://news.example/jane) Jane Doe www.doe.example')).toEqual({
      prefix: undefined,
      names: ['Jane Doe'],
      extras: [contact('https://news.example/jane'), contact('www.doe.example')]
    })
    // Two in a row, and white space other than a space on either side.
    expect(parts('Jane https://a.example www.b.example Doe').names).toEqual(['Jane Doe'])
    expect(parts('Jane (https://a.example)(www.b.example) Doe').names).toEqual(['Jane Doe'])
    expect(parts('Jane https://a.example (www.b.example)Doe').names).toEqual(['Jane Doe'])
    expect(parts('Jane\thttps://a.example\u00a0 Doe').names).toEqual(['Jane Doe'])
    // No white space on one side: nothing is added.
    expect(parts('Jane(jane@news.example) Doe').names).toEqual(['Jane Doe'])
    expect(parts('Jane(jane@news.example)\tDoe').names).toEqual(['Jane\tDoe'])
    expect(parts('Jane\t(www.b.example)Doe Roe').names).toEqual(['Jane\tDoe Roe'])
    expect(parts('Jane,https://a.example Doe').names).toEqual(['Jane', 'Doe'])
    // The name the report offers instead is the clean one.
    expect(validate({...article, author: {'@type': 'Person', name: 'Jane jane@news.example Doe'}}).find((issue) => issue.ruleId === 'author-name-extra')?.expected).toBe('Jane Doe')
  })

  test('reported as author-name-extra, not as several names', () => {
    expect(authorIssues('Jane Doe https://news.example/staff/jane')).toEqual([
      'author-name-extra: Unexpected contact `https://news.example/staff/jane` in author name `Jane Doe https://news.example/staff/jane`, expected only the name'
    ])
  })
})
