// Google's author rules on whole articles: where each author is found (text, node, list, reference, Role), how the
// publisher is told apart (by `@id`, by name in any case and spacing, as text or node), which name checks apply to
// organizations, and which payload each report carries. Each report in full where it is first met.
import {describe, expect, test} from 'vitest'
import {validate} from '../../src/validate/validate.js'
import {schemaContext, validArticle} from '../helpers/valid-article.js'

/** The issues of the article with `changes` (`undefined` drops a property), notes on pending terms left out. */
function issues(changes: Record<string, unknown>) {
  const document: Record<string, unknown> = {...validArticle, ...changes}
  for (const [key, value] of Object.entries(changes)) if (value === undefined) delete document[key]
  return validate(document).filter((issue) => issue.ruleId !== 'pending-term')
}

/** The author rules' issues in full. */
const authorIssues = (changes: Record<string, unknown>) => issues(changes).filter((issue) => issue.ruleId.includes('author'))

/** `ruleId path` of the author rules' issues. */
const authorRules = (changes: Record<string, unknown>) => authorIssues(changes).map((issue) => `${issue.ruleId} ${issue.path}`)

const profile = 'https://news.example.com/staff/jane-doe'
const person = (name: unknown, more: Record<string, unknown> = {url: profile}) => ({'@type': 'Person', name, ...more})

describe('where authors are found', () => {
  test('a missing author, in full', () => {
    expect(issues({author: undefined})).toEqual([
      {
        severity: 'info',
        ruleId: 'missing-author',
        message: 'Unexpected article without `author`, expected the people (or organization) who wrote it',
        path: ''
      }
    ])
  })

  test('text is checked as a name, with no address to ask for', () => {
    expect(authorRules({author: 'Jane Doe'})).toEqual([])
    expect(authorIssues({author: 'By Jane Doe'})).toEqual([
      {
        severity: 'warning',
        ruleId: 'author-name-prefix',
        message: 'Unexpected `By` in author name `By Jane Doe`, expected only the name',
        path: '/author',
        actual: 'By Jane Doe',
        expected: 'Jane Doe'
      }
    ])
  })

  test('each author of a list at its own index', () => {
    expect(authorRules({author: [person('Jane Doe'), 'By John Roe', person('Ann Lee', {}), person('Bo Li', {sameAs: profile})]})).toEqual([
      'author-name-prefix /author/1',
      'author-url /author/2'
    ])
  })

  test('a node without url or sameAs, in full; either one identifies the author', () => {
    expect(authorIssues({author: person('Jane Doe', {})})).toEqual([
      {
        severity: 'info',
        ruleId: 'author-url',
        message: 'Unexpected author without `url` or `sameAs`, expected a page that identifies them (a bio or profile page)',
        path: '/author'
      }
    ])
    expect(authorRules({author: person('Jane Doe', {url: profile})})).toEqual([])
    expect(authorRules({author: person('Jane Doe', {sameAs: profile})})).toEqual([])
    // A name that is no text is not taken apart, but the address is still asked for.
    expect(authorRules({author: person(['By Jane Doe'], {})})).toEqual(['author-url /author'])
  })

  test('a reference: the node it points at, reported where that node is, in document order; a dangling one has nothing to check', () => {
    const document = {
      '@context': schemaContext,
      '@graph': [
        {...validArticle, '@context': undefined, author: [{'@id': '#jane'}]},
        {'@type': 'Person', '@id': '#jane', name: 'By Jane Doe'}
      ]
    }
    expect(
      validate(document)
        .filter((issue) => issue.ruleId.startsWith('author'))
        .map((issue) => `${issue.ruleId} ${issue.path}`)
    ).toEqual(['author-url /@graph/1', 'author-name-prefix /@graph/1/name'])
    expect(authorRules({author: {'@id': '#nowhere'}})).toEqual([])
  })

  test('a Role holds its authors in its own author property, one or a list', () => {
    expect(authorRules({author: {'@type': 'Role', roleName: 'Editor', author: person('By Jane Doe')}})).toEqual(['author-name-prefix /author/author/name'])
    expect(authorRules({author: [{'@type': 'Role', roleName: 'Editor', author: [person('Jane Doe'), 'By John Roe']}]})).toEqual([
      'author-name-prefix /author/0/author/1'
    ])
    // A Role without one is checked as the author itself.
    expect(authorRules({author: {'@type': 'Role', roleName: 'Editor'}})).toEqual(['author-url /author'])
    // Only a Role is looked into: a person's own `author` (a schema error) is no author of the article.
    expect(authorRules({author: person('Jane Doe', {url: profile, author: 'By John Roe'})})).toEqual([])
  })
})

describe('the publisher as author', () => {
  test('by name, in any case and spacing, as text or as a node, in full', () => {
    expect(authorIssues({author: ' EXAMPLE news '})).toEqual([
      {
        severity: 'warning',
        ruleId: 'author-is-publisher',
        message: 'Unexpected publisher ` EXAMPLE news ` as author, expected the people who wrote the article',
        path: '/author',
        actual: ' EXAMPLE news '
      }
    ])
    expect(authorIssues({author: [person('Jane Doe'), {'@type': 'Organization', name: 'Example News ', url: 'https://news.example.com/'}]})).toEqual([
      {
        severity: 'warning',
        ruleId: 'author-is-publisher',
        message: 'Unexpected publisher `Example News ` as author, expected the people who wrote the article',
        path: '/author/1',
        actual: 'Example News '
      }
    ])
  })

  test('a publisher given as text, as a list, or with its name in spaces and capitals', () => {
    expect(authorRules({publisher: 'example news', author: 'Example News'})).toEqual(['author-is-publisher /author'])
    expect(authorRules({publisher: [{'@type': 'Organization', name: 'Other'}, ' The Daily  '], author: 'the daily'})).toEqual(['author-is-publisher /author'])
    expect(authorRules({publisher: {'@type': 'Organization', name: ' THE DAILY '}, author: person('The Daily')})).toEqual(['author-is-publisher /author'])
    // A publisher name that is no text names nothing.
    expect(authorRules({publisher: {'@type': 'Organization', name: ['The Daily']}, author: 'The Daily'})).toEqual([])
    // Without a publisher, no author is one.
    expect(authorRules({publisher: undefined, author: 'Example News'})).toEqual([])
  })

  test('by @id: the same node, named or not, reported by its name or else its @id', () => {
    const graph = (author: unknown, publisher: unknown, nodes: unknown[]) => ({
      '@context': schemaContext,
      '@graph': [{...validArticle, '@context': undefined, author, publisher}, ...nodes]
    })
    const publisherRules = (document: unknown) =>
      validate(document)
        .filter((issue) => issue.ruleId === 'author-is-publisher')
        .map((issue) => `${issue.path} ${JSON.stringify(issue.actual)}`)
    const named = {'@type': 'NewsMediaOrganization', '@id': '#news', name: 'Daily Planet', url: 'https://planet.example/'}
    expect(publisherRules(graph({'@id': '#news'}, {'@id': '#news'}, [named]))).toEqual(['/@graph/0/author "Daily Planet"'])
    expect(publisherRules(graph([person('Jane Doe'), {'@id': '#news'}], [{'@id': '#news'}], [{...named, name: undefined}]))).toEqual([
      '/@graph/0/author/1 "#news"'
    ])
    // Another node, even one with a name, is no publisher.
    expect(publisherRules(graph({'@type': 'Person', '@id': '#lois', name: 'Lois Lane', url: profile}, {'@id': '#news'}, [named]))).toEqual([])
    // Two nodes without @id are not the same node.
    expect(publisherRules(graph({'@type': 'Organization', url: profile}, {'@type': 'Organization', url: profile}, []))).toEqual([])
  })

  test('the publisher inside an author name is an extra', () => {
    expect(authorIssues({author: person('Jane Doe, Example News')})).toEqual([
      {
        severity: 'warning',
        ruleId: 'author-name-extra',
        message: 'Unexpected publisher `Example News` in author name `Jane Doe, Example News`, expected only the name',
        path: '/author/name',
        actual: 'Jane Doe, Example News',
        expected: 'Jane Doe'
      }
    ])
  })
})

describe('name checks', () => {
  test('several names in one, in full; the expected name is given only when there is one', () => {
    expect(authorIssues({author: person('Jane Doe, PhD and John Roe')})).toEqual([
      {
        severity: 'warning',
        ruleId: 'author-multiple-in-one',
        message: 'Unexpected 2 names in one author `Jane Doe, PhD and John Roe`, expected one `author` entry per person (`Jane Doe` and `John Roe`)',
        path: '/author/name',
        actual: 'Jane Doe, PhD and John Roe',
        expected: ['Jane Doe', 'John Roe']
      },
      {
        severity: 'warning',
        ruleId: 'author-name-extra',
        message: 'Unexpected honorific `PhD` in author name `Jane Doe, PhD and John Roe`, expected only the name',
        path: '/author/name',
        actual: 'Jane Doe, PhD and John Roe'
      }
    ])
    expect(authorIssues({author: person('By Jane Doe and John Roe')})[0]).toEqual({
      severity: 'warning',
      ruleId: 'author-name-prefix',
      message: 'Unexpected `By` in author name `By Jane Doe and John Roe`, expected only the name',
      path: '/author/name',
      actual: 'By Jane Doe and John Roe'
    })
    expect(authorIssues({author: person('Jane Doe, PhD')})).toEqual([
      {
        severity: 'warning',
        ruleId: 'author-name-extra',
        message: 'Unexpected honorific `PhD` in author name `Jane Doe, PhD`, expected only the name',
        path: '/author/name',
        actual: 'Jane Doe, PhD',
        expected: 'Jane Doe'
      }
    ])
  })

  test('entities are decoded before the name is taken apart; the report quotes the name as written', () => {
    expect(authorIssues({author: person('By Jane O&#039;Donnell')})).toEqual([
      {
        severity: 'warning',
        ruleId: 'author-name-prefix',
        message: 'Unexpected `By` in author name `By Jane O&#039;Donnell`, expected only the name',
        path: '/author/name',
        actual: 'By Jane O&#039;Donnell',
        expected: "Jane O'Donnell"
      }
    ])
  })

  test('an organization: the byline word only, since its name may hold "and", commas or letters', () => {
    const organization = (name: string) => ({'@type': 'NewsMediaOrganization', name, url: 'https://wire.example/'})
    expect(authorIssues({author: organization('By Johnson & Johnson')})).toEqual([
      {
        severity: 'warning',
        ruleId: 'author-name-prefix',
        message: 'Unexpected `By` in author name `By Johnson & Johnson`, expected only the name',
        path: '/author/name',
        actual: 'By Johnson & Johnson'
      }
    ])
    expect(authorRules({author: organization('Smith, Jones and Partners, PhD')})).toEqual([])
    // A Person with the same name is taken apart.
    expect(authorRules({author: person('Smith, Jones and Partners, PhD')})).toEqual(['author-multiple-in-one /author/name', 'author-name-extra /author/name'])
  })
})
