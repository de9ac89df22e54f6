// Each guard and limit of src/metadata on both sides: empty, one character, the limit and one past it, malformed, unicode.
import {describe, expect, test} from 'vitest'
import {articleToJsonLd} from '../../src/article-to-json-ld.js'
import {parseByline} from '../../src/metadata/authors.js'
import {bylinePrefix, nameSeparator} from '../../src/metadata/byline-words.js'
import {isClassSelector} from '../../src/metadata/class-selector.js'
import {normalizeDate} from '../../src/metadata/dates.js'
import {describe as describeValue} from '../../src/metadata/field-reader.js'
import {isLanguageTag} from '../../src/metadata/language-tag.js'
import {resolveUrl} from '../../src/metadata/resolve-url.js'

const invalid = {ok: false, reason: 'invalid'}

describe('normalizeDate: limits', () => {
  test.each([
    ['2024-02-29', '2024-02-29'], // leap
    ['2000-02-29', '2000-02-29'], // divisible by 400
    ['1900-02-29', undefined], // divisible by 100
    ['2023-02-29', undefined],
    ['2024-01-00', undefined],
    ['2024-01-31', '2024-01-31'],
    ['2024-01-32', undefined],
    ['2024-04-31', undefined],
    ['2024-00-01', undefined],
    ['2024-12-01', '2024-12-01'],
    ['2024-13-01', undefined],
    ['0001-01-01', '0001-01-01'],
    ['0000-01-01', undefined]
  ])('date %s', (input, value) => {
    expect(normalizeDate(input, undefined)).toEqual(value === undefined ? invalid : {ok: true, value, zoned: true})
  })

  test.each([
    ['2024-03-05T23:59:59Z', '2024-03-05T23:59:59+00:00'],
    ['2024-03-05T24:00:00Z', undefined],
    ['2024-03-05T12:60:00Z', undefined],
    ['2024-03-05T12:00:60Z', undefined],
    ['2024-03-05T12:00+14:00', '2024-03-05T12:00:00+14:00'],
    ['2024-03-05T12:00+15:00', undefined],
    ['2024-03-05T12:00-14:59', '2024-03-05T12:00:00-14:59'],
    ['2024-03-05T12:00+05:60', undefined],
    ['2024-03-05T12:00-0700', '2024-03-05T12:00:00-07:00'],
    ['2024-03-05t12:00z', '2024-03-05T12:00:00+00:00'.replace('T', 'T')],
    ['2024-03-05 12:00 Z', '2024-03-05T12:00:00+00:00'],
    ['  2024-03-05T12:00Z  ', '2024-03-05T12:00:00+00:00'],
    ['2024-03-05T12:00:00.123456789Z', '2024-03-05T12:00:00+00:00'],
    ['2024-03-05T12:00:00.1234567890Z', undefined],
    ['2024-03-05T12', undefined],
    ['2024-03-05T1:00Z', undefined]
  ])('date-time %j', (input, value) => {
    const result = normalizeDate(input, undefined)
    if (value === undefined) expect(result).toEqual(invalid)
    else expect(result).toMatchObject({ok: true, value})
  })

  test('a text of 40 characters is read; 41 is refused before any pattern runs', () => {
    const forty = '2024-03-05T12:00:00.123456789+05:30'.padStart(40, ' ')
    expect(forty).toHaveLength(40)
    expect(normalizeDate(forty, undefined)).toMatchObject({ok: true, value: '2024-03-05T12:00:00+05:30'})
    expect(normalizeDate(' ' + forty, undefined)).toEqual(invalid)
  })

  test('empty, one character, other kinds and an invalid Date are invalid', () => {
    for (const value of ['', '2', 20240305, null, undefined, {}, new Date(Number.NaN), '２０２４-03-05']) {
      expect(normalizeDate(value, undefined)).toEqual(invalid)
    }
  })

  test('a Date at midnight UTC is a date; one millisecond later it is an instant', () => {
    expect(normalizeDate(new Date('2024-03-05T00:00:00Z'), 'America/Denver')).toEqual({ok: true, value: '2024-03-05', zoned: true})
    expect(normalizeDate(new Date('2024-03-05T00:00:00.001Z'), undefined)).toEqual({ok: true, value: '2024-03-05T00:00:00+00:00', zoned: true})
    expect(normalizeDate(new Date('2024-03-05T12:00:00Z'), 'America/Denver')).toEqual({ok: true, value: '2024-03-05T05:00:00-07:00', zoned: true})
  })

  test('a date-time without zone is read in the newsroom zone, or as UTC and flagged without one', () => {
    expect(normalizeDate('2024-03-05T12:00', undefined)).toEqual({ok: true, value: '2024-03-05T12:00:00+00:00', zoned: false})
    expect(normalizeDate('2024-03-05T12:00', 'Asia/Kathmandu')).toEqual({ok: true, value: '2024-03-05T12:00:00+05:45', zoned: true})
  })
})

describe('isLanguageTag', () => {
  test.each([
    ['en', true],
    ['eng', true],
    ['e', false],
    ['engl', false],
    ['', false],
    ['en-US', true],
    ['EN-us', true],
    ['zh-Hant-TW', true],
    ['en-a', false], // a subtag of one character
    ['de-12345678', true],
    ['de-123456789', false],
    ['a1-US', false],
    ['en-US-x-y', false],
    ['en-aa-bb-cc', true],
    ['en-aa-bb-cc-dd', false],
    ['en_US', false],
    ['en-', false],
    ['en-US ', false],
    ['ру', false]
  ])('%j: %s', (value, expected) => {
    expect(isLanguageTag(value)).toBe(expected)
  })
})

describe('isClassSelector', () => {
  test.each([
    ['.paywall', true],
    ['.a', true],
    ['._a', true],
    ['.-a', true],
    ['.a-b_c9', true],
    ['.', false],
    ['.-', false],
    ['.--a', false],
    ['.1a', false],
    ['.-1', false],
    ['paywall', false],
    ['#paywall', false],
    ['.a .b', false],
    ['.a.b', false],
    ['.a,.b', false],
    ['.é', false],
    ['', false]
  ])('%j: %s', (value, expected) => {
    expect(isClassSelector(value)).toBe(expected)
  })
})

describe('resolveUrl', () => {
  test('keeps http and https, resolved against the base', () => {
    expect(resolveUrl('https://news.example/a', undefined)).toBe('https://news.example/a')
    expect(resolveUrl('HTTP://News.Example', undefined)).toBe('http://news.example/')
    expect(resolveUrl('/a b', 'https://news.example/x/')).toBe('https://news.example/a%20b')
    expect(resolveUrl('b', 'https://news.example/x/y')).toBe('https://news.example/x/b')
    expect(resolveUrl('https://ñ.example/é', undefined)).toBe('https://xn--ida.example/%C3%A9')
  })

  test('refuses other schemes, relative URLs without a base, and what does not parse', () => {
    for (const [value, base] of [
      ['mailto:a@news.example', undefined],
      ['javascript:alert(1)', 'https://news.example/'],
      ['ftp://news.example/a', undefined],
      ['/a', undefined],
      ['', undefined],
      ['a', undefined],
      ['https://exa mple.com', undefined],
      ['/a', 'not a base']
    ] as const) {
      expect(resolveUrl(value, base)).toBeUndefined()
    }
  })
})

describe('byline words', () => {
  test.each([
    ['By Jane Doe', 'By'],
    ['by: Jane Doe', 'by:'],
    ['BY Jane', 'BY'],
    ['Posted by Jane', 'Posted by'],
    ['Photos by Jane', 'Photos by'],
    ['Photo   by Jane', 'Photo   by'],
    ['By', 'By'],
    ['Byrne Jones', undefined],
    ['Bylined', undefined],
    ['Jane, by the river', undefined],
    ['Reposted by Jane', undefined],
    ['', undefined]
  ])('prefix of %j: %j', (value, prefix) => {
    expect(bylinePrefix.exec(value)?.[0]).toBe(prefix)
  })

  test.each([
    ['Jane Doe, John Roe', 2],
    ['Jane Doe; John Roe', 2],
    ['Jane Doe | John Roe', 2],
    ['Jane Doe / John Roe', 2],
    ['Jane Doe · John Roe', 2],
    ['Jane Doe • John Roe', 2],
    ['Jane Doe - John Roe', 2],
    ['Jane Doe — John Roe', 2],
    ['Jane Doe and John Roe', 2],
    ['Jane Doe AND John Roe', 2],
    ['Jane Doe & John Roe', 2],
    ['Jane Doe-Roe', 1],
    ['Jane Doe&Roe', 1],
    ['Andy Anderson', 1],
    ['Jane Sandler', 1],
    ['', 1]
  ])('%j has %i parts', (value, parts) => {
    expect(value.split(nameSeparator)).toHaveLength(parts)
  })
})

describe('parseByline: length', () => {
  // Thirty distinct names, the first stretched so the byline (after `By `) is `length` characters long.
  const byline = (length: number) => {
    const names = Array.from({length: 30}, (_, index) => 'Ann Lee' + String.fromCharCode(97 + (index % 26)))
    const rest = names.slice(1).join(', ')
    names[0] = 'A' + 'n'.repeat(length - rest.length - ', Lee'.length - 3) + ' Leea'
    return 'By ' + [names[0], rest].join(', ')
  }

  test('a byline of 300 characters is read; one of 301 gives no author', () => {
    expect(byline(300).length).toBe(303)
    expect(parseByline(byline(300))).toHaveLength(30)
    expect(parseByline(byline(301))).toEqual([])
  })

  test('an empty byline, or only its prefix, gives no author', () => {
    expect(parseByline('')).toEqual([])
    expect(parseByline('By ')).toEqual([])
  })
})

describe('values quoted in messages', () => {
  test('40 characters are quoted whole; longer text is cut at 40 with an ellipsis', () => {
    expect(describeValue('x'.repeat(40))).toBe('`' + 'x'.repeat(40) + '`')
    expect(describeValue('x'.repeat(41))).toBe('`' + 'x'.repeat(40) + '…`')
    expect(describeValue(1999)).toBe('`1999`')
    expect([describeValue([1]), describeValue(new Date(0)), describeValue(null), describeValue({})]).toEqual(['list', 'date', '`null`', 'object'])
  })
})

describe('frontmatter', () => {
  const frontmatterMessages = (yaml: string) =>
    articleToJsonLd('---\n' + yaml + '\n---\n\nBody text.').messages.filter((message) => message.ruleId === 'invalid-frontmatter').map((message) => message.reason)

  test('empty, white space and only a comment are no frontmatter, and no error; `~` (null) is no mapping', () => {
    expect(frontmatterMessages('')).toEqual([])
    expect(frontmatterMessages('   ')).toEqual([])
    expect(frontmatterMessages('# draft')).toEqual([])
    expect(frontmatterMessages('~')).toEqual(['Unexpected frontmatter that is not a mapping, expected `key: value` lines such as `title: …`'])
  })

  test('a list, a scalar, a duplicate key and malformed YAML are errors', () => {
    expect(frontmatterMessages('- a\n- b')).toEqual(['Unexpected frontmatter that is not a mapping, expected `key: value` lines such as `title: …`'])
    expect(frontmatterMessages('just text')).toHaveLength(1)
    expect(frontmatterMessages('title: A\ntitle: B')[0]).toMatch(/^Unexpected invalid YAML in frontmatter \(.*[Mm]ap keys must be unique/)
    expect(frontmatterMessages('title: [a')[0]).toMatch(/^Unexpected invalid YAML in frontmatter/)
  })

  test('aliases expand up to the limit; a "billion laughs" document is refused', () => {
    const few = 'a: &a x\nb: [*a, *a, *a]\ntitle: T'
    expect(frontmatterMessages(few)).toEqual([])
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]']
    for (let level = 1; level < 8; level++) lines.push(`${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(10).fill('*' + String.fromCharCode(96 + level)).join(', ')}]`)
    expect(frontmatterMessages(lines.join('\n'))[0]).toMatch(/^Unexpected frontmatter \(.*[Aa]lias.*\), expected plain `key: value` fields$/)
  })

  test('a title of digits keeps its digits as written', () => {
    const headline = (value: string) => (articleToJsonLd('---\ntitle: ' + value + '\n---\n\nBody.').jsonld['@graph'] as unknown as Array<Record<string, unknown>>).find((node) => 'headline' in node)?.headline
    expect(headline('0123')).toBe('0123')
    expect(headline('123456789012345678901234567890')).toBe('123456789012345678901234567890')
  })
})
