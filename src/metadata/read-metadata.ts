import type {Point} from 'unist'
import type {VFile} from 'vfile'
import {cleanText} from '../document/clean-text.js'
import {report} from '../messages.js'
import {closestName} from '../spelling/closest-name.js'
import type {Settings} from '../settings.js'
import {isArticleType} from './article-types.js'
import {type Author, parseByline} from './authors.js'
import {dateTime, isTimeZone, normalizeDate} from './dates.js'
import type {Image} from './images.js'
import type {ArticleMetadata, Publisher} from './metadata.js'
import {isClassSelector} from './class-selector.js'

/** Frontmatter keys and the field each one sets; the README documents them. */
const fieldOfKey = {
  headline: 'headline',
  title: 'headline',
  alternativeHeadline: 'alternativeHeadline',
  subtitle: 'alternativeHeadline',
  description: 'description',
  canonical: 'canonical',
  url: 'url',
  datePublished: 'datePublished',
  date: 'datePublished',
  dateModified: 'dateModified',
  updated: 'dateModified',
  author: 'author',
  authors: 'author',
  publisher: 'publisher',
  image: 'image',
  images: 'image',
  section: 'section',
  articleSection: 'section',
  keywords: 'keywords',
  tags: 'keywords',
  language: 'language',
  inLanguage: 'language',
  isAccessibleForFree: 'isAccessibleForFree',
  paywallSelector: 'paywallSelector',
  dateline: 'dateline',
  type: 'type',
  timeZone: 'timeZone'
} as const

type Field = (typeof fieldOfKey)[keyof typeof fieldOfKey]

// Keys that static-site generators and CMSs use for themselves.
const ignoredKeys = new Set(['draft', 'id', 'layout', 'permalink', 'slug', 'weight'])

/** One source of article fields, and where its keys stand in the file (frontmatter has places; CMS data has none). */
export interface FieldSource {
  readonly fields: Readonly<Record<string, unknown>>
  readonly placeOf?: ((key: string) => Point | undefined) | undefined
}

/**
 * Check and normalize article fields on top of the newsroom's defaults in
 * `settings`. `sources` come strongest first (CMS data, then frontmatter,
 * then HTML `<meta>`): a field takes its value from the first source that
 * has it under any of its names. Bad values are reported and left out.
 */
export function readMetadata(sources: readonly FieldSource[], settings: Settings, file: VFile): ArticleMetadata {
  const values = new Map<Field, {key: string; value: unknown}>()
  // Where each chosen (or unknown) key stands, for messages.
  const places = new Map<string, Point | undefined>()
  const placeOf = (key: string) => places.get(key)
  for (const source of sources) {
    for (const [key, value] of Object.entries(source.fields)) {
      const field = Object.hasOwn(fieldOfKey, key) ? fieldOfKey[key as keyof typeof fieldOfKey] : undefined
      if (field === undefined) {
        if (ignoredKeys.has(key) || places.has(key)) continue
        places.set(key, source.placeOf?.(key))
        unknownKey(key)
      } else if (value !== null && value !== undefined && !values.has(field)) {
        values.set(field, {key, value})
        places.set(key, source.placeOf?.(key))
      }
    }
  }

  // A zone written in the frontmatter wins over the newsroom's `timeZone` option.
  const timeZone = readTimeZone()
  const publisher = readPublisher('publisher') ?? settings.publisher
  const datePublished = readDate('datePublished')
  let dateModified = readDate('dateModified')
  if (datePublished && dateModified && isBefore(dateModified, datePublished)) {
    const entry = values.get('dateModified')!
    report(
      file,
      'modified-before-published',
      'Unexpected `' + entry.key + '` before the publication date, expected `' + dateModified + '` to be on or after `' + datePublished + '`',
      {place: placeOf(entry.key), actual: dateModified, expected: [datePublished]}
    )
    dateModified = undefined
  }

  const isAccessibleForFree = readBoolean('isAccessibleForFree')
  const paywallSelector = readSelector() ?? settings.paywallSelector
  if (isAccessibleForFree === false && !paywallSelector) {
    report(
      file,
      'paywall-without-selector',
      'Unexpected `isAccessibleForFree: false` without `paywallSelector`, expected a class selector of the paywalled part such as `.paywall`',
      {place: placeOf(values.get('isAccessibleForFree')!.key)}
    )
  }

  return {
    type: readType(),
    headline: readText('headline'),
    alternativeHeadline: readText('alternativeHeadline'),
    description: readText('description'),
    url: readUrl('canonical') ?? readUrl('url'),
    datePublished,
    dateModified,
    authors: readAuthors(publisher?.name),
    publisher,
    images: readImages('image'),
    sections: readTextList('section'),
    keywords: readTextList('keywords', true),
    language: readLanguage() ?? settings.language,
    isAccessibleForFree,
    paywallSelector,
    dateline: readText('dateline')
  }

  function unknownKey(key: string): void {
    const suggestion = closestName(key, Object.keys(fieldOfKey))
    report(
      file,
      'unknown-frontmatter-key',
      'Unexpected unknown frontmatter field `' + key + '`, expected ' +
        (suggestion ? '`' + suggestion + '`' : 'a field listed in the README'),
      {place: placeOf(key), actual: key, expected: suggestion ? [suggestion] : undefined}
    )
  }

  function invalid(field: Field, expected: string, value: unknown = values.get(field)?.value): undefined {
    const key = values.get(field)?.key ?? field
    report(
      file,
      'invalid-field',
      'Unexpected ' + describe(value) + ' in `' + key + '`, expected ' + expected,
      {place: placeOf(key), actual: describe(value)}
    )
    return undefined
  }

  function readText(field: Field): string | undefined {
    const entry = values.get(field)
    if (entry === undefined) return undefined
    const text = textOf(entry.value)
    return text === undefined ? invalid(field, 'a string') : text || undefined
  }

  function readTextList(field: Field, splitCommas = false): string[] {
    const entry = values.get(field)
    if (entry === undefined) return []
    const items = Array.isArray(entry.value)
      ? entry.value
      : splitCommas && typeof entry.value === 'string'
        ? entry.value.split(',')
        : [entry.value]
    const result: string[] = []
    for (const item of items) {
      const text = textOf(item)
      if (text === undefined) invalid(field, 'a string or a list of strings', item)
      else if (text && !result.includes(text)) result.push(text)
    }
    return result
  }

  function readUrl(field: Field): string | undefined {
    const entry = values.get(field)
    return entry === undefined ? undefined : toUrl(entry.value, entry.key)
  }

  function toUrl(value: unknown, key: string): string | undefined {
    if (typeof value !== 'string' || value.trim() === '') {
      report(file, 'invalid-url', 'Unexpected ' + describe(value) + ' in `' + key + '`, expected an absolute `https:` URL', {
        place: placeOf(key),
        actual: describe(value)
      })
      return undefined
    }
    const url = resolveUrl(value.trim(), settings.baseUrl)
    if (url === undefined) {
      report(
        file,
        'invalid-url',
        'Unexpected URL `' + value.trim() + '` in `' + key + '`, expected an absolute `https:` URL' +
          (settings.baseUrl ? '' : ' (or set `baseUrl` to resolve relative ones)'),
        {place: placeOf(key), actual: value.trim()}
      )
    }
    return url
  }

  function readTimeZone(): string | undefined {
    const entry = values.get('timeZone')
    if (entry === undefined) return settings.timeZone
    if (typeof entry.value === 'string' && isTimeZone(entry.value)) return entry.value
    report(file, 'invalid-field', 'Unexpected ' + describe(entry.value) + ' in `' + entry.key + '`, expected an IANA time zone such as `America/Denver`', {
      place: placeOf(entry.key),
      actual: describe(entry.value)
    })
    return settings.timeZone
  }

  function readDate(field: Field): string | undefined {
    const entry = values.get(field)
    if (entry === undefined) return undefined
    const result = normalizeDate(entry.value, timeZone)
    if (!result.ok) {
      report(
        file,
        'invalid-date',
        'Unexpected ' + describe(entry.value) + ' in `' + entry.key + '`, expected an ISO 8601 date such as `2026-02-11T17:45:00-07:00`',
        {place: placeOf(entry.key), actual: describe(entry.value)}
      )
      return undefined
    }
    if (result.skipped) {
      report(
        file,
        'invalid-date',
        'Unexpected local time `' + String(entry.value) + '` in `' + entry.key + '` that does not exist in ' + timeZone + ' (the clocks skip it), expected an existing time; read as `' + result.value + '`',
        {place: placeOf(entry.key), actual: String(entry.value), expected: [result.value]}
      )
    }
    if (!result.zoned) {
      report(
        file,
        'date-without-time-zone',
        'Unexpected date-time without offset in `' + entry.key + '`, expected an offset such as `-07:00` or the `timeZone` option; read as UTC',
        {place: placeOf(entry.key), actual: String(entry.value), expected: [result.value]}
      )
    }
    return result.value
  }

  function readAuthors(publisherName: string | undefined): Author[] {
    const entry = values.get('author')
    if (entry === undefined) return []
    const result: Author[] = []
    for (const item of Array.isArray(entry.value) ? entry.value : [entry.value]) {
      if (typeof item === 'string') {
        result.push(...parseByline(item, publisherName))
      } else if (isRecord(item) && typeof item.name === 'string' && cleanText(item.name)) {
        result.push({
          type: item.type === 'Organization' ? 'Organization' : 'Person',
          name: cleanText(item.name),
          url: item.url === undefined ? undefined : toUrl(item.url, entry.key),
          jobTitle: textOf(item.jobTitle) || undefined,
          sameAs: urlList(item.sameAs, entry.key)
        })
      } else {
        invalid('author', 'a name or an object with `name`', item)
      }
    }
    return result
  }

  function readPublisher(field: Field): Publisher | undefined {
    const entry = values.get(field)
    if (entry === undefined) return undefined
    if (typeof entry.value === 'string' && cleanText(entry.value)) {
      // Another publisher than the newsroom's: its name alone.
      return {name: cleanText(entry.value), sameAs: []}
    }
    if (!isRecord(entry.value) || typeof entry.value.name !== 'string' || !cleanText(entry.value.name)) {
      return invalid(field, 'a name or an object with `name`')
    }
    const logo = entry.value.logo === undefined ? undefined : toImages(entry.value.logo, entry.key)[0]
    return {
      name: cleanText(entry.value.name),
      url: entry.value.url === undefined ? undefined : toUrl(entry.value.url, entry.key),
      logo,
      sameAs: urlList(entry.value.sameAs, entry.key) ?? []
    }
  }

  function readImages(field: Field): Image[] {
    const entry = values.get(field)
    return entry === undefined ? [] : toImages(entry.value, entry.key)
  }

  function toImages(value: unknown, key: string): Image[] {
    const result: Image[] = []
    for (const item of Array.isArray(value) ? value : [value]) {
      if (typeof item === 'string') {
        const url = toUrl(item, key)
        if (url) result.push({url})
      } else if (isRecord(item) && item.url !== undefined) {
        const url = toUrl(item.url, key)
        if (url) {
          result.push({
            url,
            width: dimension(item.width, key),
            height: dimension(item.height, key),
            caption: textOf(item.caption) || undefined,
            credit: textOf(item.credit) || undefined
          })
        }
      } else {
        report(file, 'invalid-field', 'Unexpected ' + describe(item) + ' in `' + key + '`, expected an image URL or an object with `url`', {
          place: placeOf(key),
          actual: describe(item)
        })
      }
    }
    return result
  }

  function dimension(value: unknown, key: string): number | undefined {
    if (value === undefined) return undefined
    const number = typeof value === 'string' ? Number(value) : value
    if (typeof number === 'number' && Number.isInteger(number) && number > 0) return number
    report(file, 'invalid-field', 'Unexpected ' + describe(value) + ' as image size in `' + key + '`, expected a positive whole number of pixels', {
      place: placeOf(key),
      actual: describe(value)
    })
    return undefined
  }

  function urlList(value: unknown, key: string): string[] | undefined {
    if (value === undefined) return undefined
    const result: string[] = []
    for (const item of Array.isArray(value) ? value : [value]) {
      const url = toUrl(item, key)
      if (url && !result.includes(url)) result.push(url)
    }
    return result.length > 0 ? result : undefined
  }

  function readLanguage(): string | undefined {
    const text = readText('language')
    if (text === undefined) return undefined
    if (isLanguageTag(text)) return text
    return invalid('language', 'a BCP 47 language tag such as `en` or `en-US`')
  }

  function readBoolean(field: Field): boolean | undefined {
    const entry = values.get(field)
    if (entry === undefined) return undefined
    if (typeof entry.value === 'boolean') return entry.value
    if (entry.value === 'true' || entry.value === 'false') return entry.value === 'true'
    return invalid(field, '`true` or `false`')
  }

  function readSelector(): string | undefined {
    const text = readText('paywallSelector')
    if (text === undefined) return undefined
    // Google reads only class selectors for paywalled parts.
    if (isClassSelector(text)) return text
    return invalid('paywallSelector', 'a class selector such as `.paywall`')
  }

  function readType() {
    const entry = values.get('type')
    if (entry === undefined) return undefined
    if (isArticleType(entry.value)) return entry.value
    return invalid('type', '`NewsArticle` or a subtype such as `ReportageNewsArticle`')
  }
}

/** A BCP 47 language tag: `en`, `en-US`, `pt-BR`, `zh-Hant-TW`. */
export function isLanguageTag(value: string): boolean {
  return /^[a-z]{2,3}(?:-[a-z0-9]{2,8}){0,3}$/i.test(value)
}

/** Whether one date is before another; a date alone compares by day. */
function isBefore(a: string, b: string): boolean {
  if (a.length === 10 || b.length === 10) return a.slice(0, 10) < b.slice(0, 10)
  return dateTime(a) < dateTime(b)
}

/**
 * Resolve a URL against `base`; only `http:` and `https:` URLs are kept.
 */
export function resolveUrl(value: string, base: string | undefined): string | undefined {
  let url: URL
  try {
    url = new URL(value, base)
  } catch {
    return undefined
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined
}

function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return cleanText(value)
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return undefined
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Describe a value for a message: `` `1999` ``, a list, an object. */
function describe(value: unknown): string {
  if (Array.isArray(value)) return 'list'
  if (value instanceof Date) return 'date'
  if (value === null) return '`null`'
  if (typeof value === 'object') return 'object'
  const text = String(value)
  return '`' + (text.length > 40 ? text.slice(0, 40) + '…' : text) + '`'
}
