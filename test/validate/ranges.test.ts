// Each branch of the range check on both sides, with each report in full where it is first met: empty values,
// arrays, value objects and lists, nodes by type (subtypes, Roles, untyped and dangling ones), text by kind (URL,
// date, time, boolean, enumeration member, quantity, number), numbers by kind, and the depth limit.
import {describe, expect, test} from 'vitest'
import {validate} from '../../src/validate/validate.js'

const context = 'https://schema.org'

/** Issues of one node with `values`, by the schema.org rules, notes on pending terms left out. */
const issues = (type: string, values: Record<string, unknown>, baseUrl?: string) =>
  validate({'@context': context, '@type': type, ...values}, {profile: 'schema.org', baseUrl}).filter((issue) => issue.ruleId !== 'pending-term')

/** `ruleId path` of the same. */
const rules = (type: string, values: Record<string, unknown>, baseUrl?: string) => issues(type, values, baseUrl).map((issue) => `${issue.ruleId} ${issue.path}`)

describe('empty values', () => {
  test('null, blank text, [] and {}: reported in full; a space-padded word is no empty value', () => {
    expect(issues('Book', {name: null})).toEqual([
      {
        severity: 'warning',
        ruleId: 'empty-value',
        message: 'Unexpected empty value `null` for `name`, expected `Text` or no `name`',
        path: '/name',
        actual: null
      }
    ])
    expect(rules('Book', {name: ' \n', author: [], about: {}, abridged: ' x '})).toEqual([
      'empty-value /name',
      'empty-value /author',
      'missing-type /about',
      'empty-value /about',
      'range-mismatch /abridged'
    ])
    expect(rules('Book', {author: [{'@type': 'Person', name: 'A'}], about: {'@type': 'Thing', name: 'T'}})).toEqual([])
  })
})

describe('containers', () => {
  test('each item of an array, @value, @list and @set, at its own path', () => {
    expect(rules('Book', {numberOfPages: [12, 'many', {'@value': 'few'}, {'@list': ['x']}, {'@set': [true]}]})).toEqual([
      'range-mismatch /numberOfPages/1',
      'range-mismatch /numberOfPages/2/@value',
      'range-mismatch /numberOfPages/3/@list/0',
      'range-mismatch /numberOfPages/4/@set/0'
    ])
  })

  test('stops 50 levels down', () => {
    let value: unknown = 'many'
    for (let level = 0; level < 50; level++) value = [value]
    expect(rules('Book', {numberOfPages: value})).toEqual(['range-mismatch /numberOfPages' + '/0'.repeat(50)])
    expect(rules('Book', {numberOfPages: [value]})).toEqual([])
  })

  test('properties of other vocabularies, context terms and keywords are not checked', () => {
    const document = {'@context': [context, {pages: 'https://example.org/pages'}], '@type': 'Book', pages: 'many', 'ex:pages': 'many', numberOfPagez: 'x'}
    expect(validate(document, {profile: 'schema.org'}).map((issue) => issue.ruleId)).toEqual(['unknown-property'])
  })
})

describe('nodes', () => {
  test('a node of another type, in full', () => {
    expect(issues('Book', {author: {'@type': 'Place', name: 'Paris'}})).toEqual([
      {
        severity: 'error',
        ruleId: 'range-mismatch',
        message: 'Unexpected `Place` node in `author`, expected `Organization` or `Person`',
        path: '/author',
        actual: {'@type': 'Place', name: 'Paris'},
        expected: ['Organization', 'Person']
      }
    ])
    expect(rules('Book', {author: {'@type': ['Place', 'Landform'], name: 'Alps'}})).toEqual(['range-mismatch /author'])
    expect(issues('Book', {author: {'@type': ['Place', 'Landform'], name: 'Alps'}})[0]?.message).toBe('Unexpected `Place` and `Landform` node in `author`, expected `Organization` or `Person`')
  })

  test('a subtype fits, one fitting type of several is enough, another vocabulary’s type is not judged', () => {
    expect(rules('Book', {author: {'@type': 'NewsMediaOrganization', name: 'A'}})).toEqual([])
    expect(rules('Book', {author: {'@type': ['Place', 'Person'], name: 'A'}})).toEqual([])
    expect(rules('Book', {author: {'@type': 'https://example.org/Writer', name: 'A'}})).toEqual([])
  })

  test('a Role stands in where nodes fit, not where only data types do', () => {
    expect(rules('Book', {author: {'@type': 'Role', roleName: 'Editor'}})).toEqual([])
    expect(rules('Book', {numberOfPages: {'@type': 'Role', roleName: 'Editor'}})).toEqual(['range-mismatch /numberOfPages'])
  })

  test('untyped or dangling: wrong only where no node fits', () => {
    expect(issues('Book', {numberOfPages: {'@id': '#nowhere'}}).filter((issue) => issue.ruleId === 'range-mismatch')).toEqual([
      {
        severity: 'error',
        ruleId: 'range-mismatch',
        message: 'Unexpected node in `numberOfPages`, expected `Integer`',
        path: '/numberOfPages',
        actual: {'@id': '#nowhere'},
        expected: ['Integer']
      }
    ])
    expect(rules('Book', {author: {'@id': '#nowhere'}})).toEqual(['unresolved-reference /author'])
    // A reference where a URL fits is the address of a page.
    expect(rules('MediaObject', {contentUrl: {'@id': 'https://example.com/a.mp4'}})).toEqual([])
    // An identified value needs no type, but is no URL either.
    expect(rules('MediaObject', {contentUrl: {'@id': '#nowhere', name: 'x'}})).toEqual(['range-mismatch /contentUrl'])
  })
})

describe('text', () => {
  test('Text and its subtypes take any text; URL alone does not', () => {
    expect(rules('CreativeWork', {version: 'beta'})).toEqual([])
    expect(rules('WebPageElement', {cssSelector: 'not a selector at all'})).toEqual([])
  })

  test('a URL: absolute, or resolvable against the base; relative and malformed ones in full', () => {
    expect(rules('MediaObject', {contentUrl: 'https://example.com/a.mp4'})).toEqual([])
    expect(rules('MediaObject', {contentUrl: '/a.mp4'}, 'https://example.com/')).toEqual([])
    expect(issues('MediaObject', {contentUrl: '/a.mp4'})).toEqual([
      {
        severity: 'warning',
        ruleId: 'relative-url',
        message: 'Unexpected relative URL `/a.mp4` in `contentUrl`, expected an absolute URL such as `https://example.com/…` (or the page address as `baseUrl`)',
        path: '/contentUrl',
        actual: '/a.mp4'
      }
    ])
    expect(issues('MediaObject', {contentUrl: 'https://exa mple.com/'})).toEqual([
      {
        severity: 'error',
        ruleId: 'invalid-url',
        message: 'Unexpected malformed URL `https://exa mple.com/` in `contentUrl`, expected an absolute URL such as `https://example.com/…`',
        path: '/contentUrl',
        actual: 'https://exa mple.com/'
      }
    ])
    // White space around a relative URL is not resolved away, and a scheme after spaces still counts as one.
    expect(rules('MediaObject', {contentUrl: ' /a.mp4'}, 'https://example.com/')).toEqual(['relative-url /contentUrl'])
    expect(rules('MediaObject', {contentUrl: ' https://example.com/a.mp4'})).toEqual(['invalid-url /contentUrl'])
  })

  test('dates and times by the kind each property takes, each failure in full', () => {
    expect(rules('Person', {birthDate: '1970-06-01'})).toEqual([])
    expect(rules('Event', {doorTime: '18:00:00'})).toEqual([])
    expect(rules('Event', {doorTime: '2024-03-05T18:00:00Z'})).toEqual([])
    expect(rules('OpeningHoursSpecification', {opens: '09:00'})).toEqual([])
    expect(issues('OpeningHoursSpecification', {opens: '2024-03-05'})).toEqual([
      {
        severity: 'error',
        ruleId: 'invalid-date',
        message: 'Unexpected `2024-03-05` in `opens`, expected an ISO 8601 `Time` such as `09:30:00-05:00`',
        path: '/opens',
        actual: '2024-03-05',
        expected: ['Time']
      }
    ])
    expect(issues('Person', {birthDate: '09:00'})[0]?.message).toBe('Unexpected `09:00` in `birthDate`, expected an ISO 8601 `Date` such as `2024-03-05`')
    expect(issues('Event', {doorTime: 'soon'})[0]?.message).toBe(
      'Unexpected `soon` in `doorTime`, expected an ISO 8601 `DateTime` or `Time` such as `2024-03-05T09:30:00-05:00`'
    )
  })

  test('booleans as text in any case or as schema.org members; other text in full', () => {
    for (const text of ['true', 'FALSE', 'True', 'https://schema.org/False', 'schema:True', 'False']) {
      expect(rules('Book', {abridged: text}), text).toEqual([])
    }
    expect(issues('Book', {abridged: 'yes'})).toEqual([
      {
        severity: 'error',
        ruleId: 'range-mismatch',
        message: 'Unexpected text `yes` in `abridged`, expected `Boolean`',
        path: '/abridged',
        actual: 'yes',
        expected: ['Boolean']
      }
    ])
    expect(rules('Book', {abridged: 'truer'})).toEqual(['range-mismatch /abridged'])
    expect(rules('Book', {abridged: 'https://example.org/True'})).toEqual(['range-mismatch /abridged'])
  })

  test('enumeration members by name or IRI; an unknown one in full; a member of another enumeration', () => {
    expect(rules('Event', {eventStatus: 'EventScheduled'})).toEqual([])
    expect(rules('Event', {eventStatus: 'https://schema.org/EventPostponed'})).toEqual([])
    expect(issues('Event', {eventStatus: 'https://schema.org/Scheduled'})).toEqual([
      {
        severity: 'warning',
        ruleId: 'unknown-enumeration-member',
        message: 'Unexpected `https://schema.org/Scheduled` in `eventStatus`, expected a member of `EventStatusType`',
        path: '/eventStatus',
        actual: 'https://schema.org/Scheduled'
      }
    ])
    // A bare word is read as text for a thing: only an IRI is sure to mean a member.
    expect(rules('Event', {eventStatus: 'Scheduled'})).toEqual(['text-for-thing /eventStatus'])
    expect(rules('Event', {eventStatus: 'https://schema.org/OfflineEventAttendanceMode'})).toEqual(['unknown-enumeration-member /eventStatus'])
  })

  test('quantities are text as often as nodes', () => {
    expect(rules('Organization', {numberOfEmployees: '50'})).toEqual([])
    expect(rules('Event', {duration: 'PT30M'})).toEqual([])
    expect(rules('Organization', {numberOfEmployees: 50})).toEqual([])
  })

  test('a number written as text, in full, with spaces read through; other text is a mismatch', () => {
    expect(issues('Book', {numberOfPages: ' 12 '})).toEqual([
      {
        severity: 'info',
        ruleId: 'number-as-text',
        message: 'Unexpected text ` 12 ` in `numberOfPages`, expected the number `12`',
        path: '/numberOfPages',
        actual: ' 12 ',
        expected: 12
      }
    ])
    for (const text of ['-1.5e3', '+.5', '3.', '1E-2']) expect(rules('RsvpAction', {additionalNumberOfGuests: text}), text).toEqual(['number-as-text /additionalNumberOfGuests'])
    for (const text of ['1.2.3', '.', 'e3', '1e', '12 pages', '--1']) expect(rules('RsvpAction', {additionalNumberOfGuests: text}), text).toEqual(['range-mismatch /additionalNumberOfGuests'])
  })

  test('text for a thing, in full; not where a number or a boolean would fit', () => {
    expect(issues('Book', {author: 'Ann Lee'})).toEqual([
      {
        severity: 'info',
        ruleId: 'text-for-thing',
        message: 'Unexpected text `Ann Lee` in `author`, expected a node of type `Organization` or `Person`',
        path: '/author',
        actual: 'Ann Lee',
        expected: ['Organization', 'Person']
      }
    ])
    expect(rules('Book', {interactionStatistic: 'many'})).toEqual(['text-for-thing /interactionStatistic'])
  })
})

describe('numbers and booleans', () => {
  test('Text takes numbers; Number takes any finite one; Integer only whole ones; quantities any', () => {
    expect(rules('CreativeWork', {version: 2.5})).toEqual([])
    expect(rules('RsvpAction', {additionalNumberOfGuests: -2.5})).toEqual([])
    expect(rules('RsvpAction', {additionalNumberOfGuests: Number.POSITIVE_INFINITY})).toEqual(['range-mismatch /additionalNumberOfGuests'])
    expect(rules('Book', {numberOfPages: 12})).toEqual([])
    expect(issues('Book', {numberOfPages: 12.5})).toEqual([
      {
        severity: 'error',
        ruleId: 'range-mismatch',
        message: 'Unexpected number `12.5` in `numberOfPages`, expected `Integer`',
        path: '/numberOfPages',
        actual: 12.5,
        expected: ['Integer']
      }
    ])
    expect(rules('Event', {duration: 30})).toEqual([])
    expect(rules('Book', {author: 7})).toEqual(['range-mismatch /author'])
  })

  test('a boolean only where Boolean fits, in full', () => {
    expect(rules('Book', {abridged: false})).toEqual([])
    expect(issues('Book', {name: true})).toEqual([
      {
        severity: 'error',
        ruleId: 'range-mismatch',
        message: 'Unexpected boolean `true` in `name`, expected `Text`',
        path: '/name',
        actual: true,
        expected: ['Text']
      }
    ])
  })
})
