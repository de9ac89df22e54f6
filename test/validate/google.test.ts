// Boundaries and payloads of Google's Article rules: headline length, dates and their zones, paywall markup
// and subscription linking. Each guard is tested on both sides, and each report in full (message, path, payload).
import {describe, expect, test} from 'vitest'
import {validate} from '../../src/validate/validate.js'
import {schemaContext, validArticle} from '../helpers/valid-article.js'

const context = schemaContext
const article = validArticle

/** The issues of the article with `changes`, notes on pending terms left out. */
function issues(changes: Record<string, unknown>, without: string[] = []) {
  const document: Record<string, unknown> = {...article, ...changes}
  for (const key of without) delete document[key]
  return validate(document).filter((issue) => issue.ruleId !== 'pending-term')
}

describe('headline', () => {
  test('110 characters is concise, 111 is not (counted in code points)', () => {
    expect(issues({headline: 'x'.repeat(110)})).toEqual([])
    // 110 astral characters are 220 UTF-16 units, and still concise.
    expect(issues({headline: '𝐱'.repeat(110)})).toEqual([])
    const long = 'x'.repeat(111)
    expect(issues({headline: long})).toEqual([
      {
        severity: 'info',
        ruleId: 'headline-too-long',
        message: 'Unexpected headline of 111 characters `' + 'x'.repeat(59) + '…`, expected a concise one of up to 110',
        path: '/headline',
        actual: long
      }
    ])
    expect(issues({headline: {'@value': long}})).toMatchObject([{ruleId: 'headline-too-long', actual: long}])
  })

  test('a headline that is no text is the range check’s, not a length', () => {
    expect(issues({headline: 12_345}).map((issue) => issue.ruleId)).not.toContain('headline-too-long')
  })

  test('an array of headlines and a missing headline', () => {
    expect(issues({headline: ['A', 'B']})).toEqual([
      {severity: 'warning', ruleId: 'headline-array', message: 'Unexpected array of 2 headlines, expected one headline', path: '/headline', actual: ['A', 'B']}
    ])
    expect(issues({}, ['headline'])).toEqual([
      {severity: 'info', ruleId: 'missing-headline', message: 'Unexpected article without `headline`, expected its title', path: ''}
    ])
  })
})

describe('dates', () => {
  test('a date without time and a date-time without zone, in each property', () => {
    expect(issues({datePublished: '2024-03-05', dateModified: '2024-03-05T10:00:00'})).toEqual([
      {
        severity: 'warning',
        ruleId: 'date-without-time-zone',
        message: 'Unexpected date without time `2024-03-05` in `datePublished`, expected a date-time with time zone such as `2024-03-05T09:30:00-05:00`',
        path: '/datePublished',
        actual: '2024-03-05'
      },
      {
        severity: 'warning',
        ruleId: 'date-without-time-zone',
        message: 'Unexpected date-time without time zone `2024-03-05T10:00:00` in `dateModified`, expected an offset such as `2024-03-05T10:00:00-05:00` or `Z`',
        path: '/dateModified',
        actual: '2024-03-05T10:00:00'
      }
    ])
  })

  test('a missing datePublished', () => {
    expect(issues({}, ['datePublished'])).toEqual([
      {
        severity: 'info',
        ruleId: 'missing-date-published',
        message: 'Unexpected article without `datePublished`, expected a date-time such as `2024-03-05T09:30:00-05:00`',
        path: ''
      }
    ])
    // A modification alone is checked for its zone, and compared with nothing.
    expect(issues({dateModified: '2024-03-04T10:00:00Z'}, ['datePublished']).map((issue) => issue.ruleId)).toEqual(['missing-date-published'])
  })

  test('a modification before the publication, in full', () => {
    expect(issues({datePublished: '2024-03-05T10:00:00Z', dateModified: '2024-03-05T09:59:59Z'})).toEqual([
      {
        severity: 'warning',
        ruleId: 'modified-before-published',
        message: 'Unexpected `dateModified` `2024-03-05T09:59:59Z` before `datePublished` `2024-03-05T10:00:00Z`, expected the same time or later',
        path: '/dateModified',
        actual: '2024-03-05T09:59:59Z',
        expected: '2024-03-05T10:00:00Z'
      }
    ])
    // The same instant is no earlier.
    expect(issues({datePublished: '2024-03-05T10:00:00Z', dateModified: '2024-03-05T10:00:00Z'})).toEqual([])
    expect(issues({datePublished: '2024-03-05T10:00:00Z', dateModified: '2024-03-05T10:00:01Z'})).toEqual([])
  })

  const order = (datePublished: string, dateModified: string) =>
    issues({datePublished, dateModified})
      .map((issue) => issue.ruleId)
      .filter((rule) => rule === 'modified-before-published')

  test('both zoned: instants; one or none zoned: the clocks as written', () => {
    // 10:00-07:00 is 17:00Z: 16:30Z is before it, though its clock reads later.
    expect(order('2024-03-05T10:00:00-07:00', '2024-03-05T16:30:00Z')).toEqual(['modified-before-published'])
    // 10:00+02:00 is 08:00Z: 09:00Z is after it, though its clock reads earlier.
    expect(order('2024-03-05T10:00:00+02:00', '2024-03-05T09:00:00Z')).toEqual([])
    // One without a zone: the clocks, 09:00 before 10:00 whatever the zone.
    expect(order('2024-03-05T10:00:00+02:00', '2024-03-05T09:00:00')).toEqual(['modified-before-published'])
    expect(order('2024-03-05T10:00:00', '2024-03-05T09:00:00-07:00')).toEqual(['modified-before-published'])
    expect(order('2024-03-05T10:00:00', '2024-03-05T11:00:00+09:00')).toEqual([])
    // A date alone is its midnight.
    expect(order('2024-03-05', '2024-03-04T23:00:00')).toEqual(['modified-before-published'])
    expect(order('2024-03-05', '2024-03-05T00:00:00')).toEqual([])
  })

  test('malformed dates, times and non-text dates are not compared', () => {
    expect(order('2024-03-05T10:00:00Z', 'yesterday')).toEqual([])
    expect(order('tomorrow', '2024-03-04T10:00:00Z')).toEqual([])
    expect(order('2024-03-05T10:00:00Z', '09:00:00Z')).toEqual([])
    expect(order('10:00:00Z', '2024-03-04T10:00:00Z')).toEqual([])
    // Only text is read as a date: a number or an array is the range check's, even when its digits would read as one.
    expect(issues({dateModified: 20_240_304}).map((issue) => issue.ruleId)).not.toContain('modified-before-published')
    expect(issues({dateModified: 20_240_304}).map((issue) => issue.ruleId)).not.toContain('date-without-time-zone')
    expect(issues({datePublished: ['2024-03-05T10:00:00'], dateModified: ['2024-03-04T10:00:00']}).map((issue) => issue.ruleId)).not.toContain(
      'date-without-time-zone'
    )
    // A time alone draws no zone report either: the range check reports it.
    expect(issues({dateModified: '09:00:00'}).map((issue) => issue.ruleId)).not.toContain('date-without-time-zone')
  })
})

describe('paywall', () => {
  // `undefined` drops a key, as in JSON.
  const part = (changes: Record<string, unknown> = {}) =>
    Object.fromEntries(Object.entries({'@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: '.paywall', ...changes}).filter(([, value]) => value !== undefined))
  const rules = (changes: Record<string, unknown>) => issues(changes).map((issue) => `${issue.ruleId} ${issue.path}`)

  test('the documented markup passes, with booleans as text or IRIs', () => {
    expect(issues({isAccessibleForFree: false, hasPart: part()})).toEqual([])
    expect(issues({isAccessibleForFree: 'False', hasPart: [part({isAccessibleForFree: 'https://schema.org/False'})]})).toEqual([])
    // Spaces around the text are read through (the range check reports them).
    expect(rules({isAccessibleForFree: ' false ', hasPart: part({cssSelector: ' .paywall '})})).toEqual(['range-mismatch /isAccessibleForFree'])
  })

  test('a paywalled article without parts, in full', () => {
    expect(issues({isAccessibleForFree: false})).toEqual([
      {
        severity: 'warning',
        ruleId: 'paywall-missing-part',
        message: 'Unexpected `isAccessibleForFree: false` without `hasPart`, expected a `WebPageElement` with `isAccessibleForFree: false` and a `cssSelector`',
        path: '/isAccessibleForFree'
      }
    ])
    expect(issues({isAccessibleForFree: false, hasPart: part({isAccessibleForFree: true})})).toEqual([
      {
        severity: 'warning',
        ruleId: 'paywall-missing-part',
        message: 'Unexpected `hasPart` without a paywalled part, expected a `WebPageElement` with `isAccessibleForFree: false` and a `cssSelector`',
        path: '/hasPart'
      }
    ])
    // Only `WebPageElement`s (and subtypes) count as parts.
    expect(rules({isAccessibleForFree: false, hasPart: part({'@type': 'CreativeWork'})})).toContain('paywall-missing-part /hasPart')
    expect(rules({isAccessibleForFree: false, hasPart: part({'@type': 'SiteNavigationElement'})})).toEqual([])
    // A reference to no node is no part.
    expect(rules({isAccessibleForFree: false, hasPart: {'@id': '#nowhere'}})).toContain('paywall-missing-part /hasPart')
    // A part whose freedom is not a boolean is no paywalled part.
    expect(rules({isAccessibleForFree: false, hasPart: part({isAccessibleForFree: 'maybe'})})).toContain('paywall-missing-part /hasPart')
    expect(rules({isAccessibleForFree: false, hasPart: part({isAccessibleForFree: undefined})})).toContain('paywall-missing-part /hasPart')
  })

  test('a free article, or one whose freedom is unreadable, has no paywall to complete', () => {
    expect(rules({isAccessibleForFree: true})).toEqual([])
    expect(rules({isAccessibleForFree: 'True'})).toEqual([])
    expect(rules({isAccessibleForFree: 'no'})).not.toContain('paywall-missing-part /isAccessibleForFree')
    expect(rules({isAccessibleForFree: 0})).not.toContain('paywall-missing-part /isAccessibleForFree')
    // An IRI outside schema.org is no boolean.
    expect(rules({isAccessibleForFree: 'https://example.com/False'})).not.toContain('paywall-missing-part /isAccessibleForFree')
  })

  test('subscription linking: isPartOf a Product with a productID stands for the parts', () => {
    const product = {'@type': ['CreativeWork', 'Product'], name: 'Example News', productID: 'example.com:basic'}
    expect(issues({isAccessibleForFree: false, isPartOf: product})).toEqual([])
    // Any one of several.
    expect(issues({isAccessibleForFree: false, isPartOf: [{'@type': 'Periodical', name: 'Example News'}, product]})).toEqual([])
    // By reference.
    const linked = {
      '@context': context,
      '@graph': [
        {...article, '@context': undefined, '@id': '#article', isAccessibleForFree: false, isPartOf: {'@id': '#product'}},
        {'@type': ['CreativeWork', 'Product'], '@id': '#product', name: 'Example News', productID: 'example.com:basic'}
      ]
    }
    expect(validate(linked).map((issue) => issue.ruleId)).not.toContain('paywall-missing-part')
  })

  test('subscription linking needs the Product type and its productID', () => {
    expect(rules({isAccessibleForFree: false, isPartOf: {'@type': 'CreativeWork', name: 'Example News', productID: 'example.com:basic'}})).toContain(
      'paywall-missing-part /isAccessibleForFree'
    )
    expect(rules({isAccessibleForFree: false, isPartOf: {'@type': ['CreativeWork', 'Product'], name: 'Example News'}})).toContain(
      'paywall-missing-part /isAccessibleForFree'
    )
    expect(rules({isAccessibleForFree: false, isPartOf: {'@id': '#nowhere'}})).toContain('paywall-missing-part /isAccessibleForFree')
  })

  test('a paywalled part on an article not marked paywalled', () => {
    expect(issues({hasPart: part()})).toEqual([
      {
        severity: 'warning',
        ruleId: 'paywall-not-marked',
        message: 'Unexpected paywalled part on an article without `isAccessibleForFree`, expected `"isAccessibleForFree": false` on the article',
        path: ''
      }
    ])
    expect(issues({isAccessibleForFree: true, hasPart: part()})).toEqual([
      {
        severity: 'warning',
        ruleId: 'paywall-not-marked',
        message: 'Unexpected paywalled part on an article marked free, expected `"isAccessibleForFree": false` on the article',
        path: '/isAccessibleForFree'
      }
    ])
    // A free part on a free article is fine.
    expect(rules({isAccessibleForFree: true, hasPart: part({isAccessibleForFree: true})})).toEqual([])
  })

  test('selectors: present, class selectors, each of a list', () => {
    expect(issues({isAccessibleForFree: false, hasPart: part({cssSelector: undefined})})).toEqual([
      {
        severity: 'error',
        ruleId: 'paywall-invalid-selector',
        message: 'Unexpected paywalled part without `cssSelector`, expected a class selector such as `.paywall`',
        path: '/hasPart'
      }
    ])
    expect(issues({isAccessibleForFree: false, hasPart: part({cssSelector: '#paywall'})})).toEqual([
      {
        severity: 'error',
        ruleId: 'paywall-invalid-selector',
        message: 'Unexpected selector `#paywall`, expected a class selector such as `.paywall`',
        path: '/hasPart/cssSelector',
        actual: '#paywall'
      }
    ])
    expect(rules({isAccessibleForFree: false, hasPart: [part(), part({cssSelector: ['.ok', 'div', '.also']})]})).toEqual([
      'paywall-invalid-selector /hasPart/1/cssSelector/1'
    ])
    expect(issues({isAccessibleForFree: false, hasPart: part({cssSelector: 7})})).toMatchObject([{ruleId: 'paywall-invalid-selector', actual: 7}])
  })

  test('a paywalled part inside a paywalled part; a free one inside is fine', () => {
    expect(issues({isAccessibleForFree: false, hasPart: part({hasPart: part({cssSelector: '.inner'})})})).toEqual([
      {
        severity: 'warning',
        ruleId: 'paywall-nested-part',
        message: 'Unexpected paywalled part inside another part, expected every paywalled section directly in the article’s `hasPart`',
        path: '/hasPart/hasPart'
      }
    ])
    expect(rules({isAccessibleForFree: false, hasPart: part({hasPart: part({isAccessibleForFree: true})})})).toEqual([])
    expect(rules({isAccessibleForFree: false, hasPart: [part({hasPart: [part({isAccessibleForFree: true}), part()]})]})).toEqual(['paywall-nested-part /hasPart/0/hasPart'])
  })
})
