import {type RuleId, type Severity, isRuleId, rules} from './messages.js'
import type {ArticleType} from './metadata/article-types.js'
import {isArticleType} from './metadata/article-types.js'
import {isTimeZone} from './metadata/dates.js'
import type {Publisher} from './metadata/metadata.js'
import {isLanguageTag} from './metadata/language-tag.js'
import {resolveUrl} from './metadata/resolve-url.js'
import {isClassSelector} from './metadata/class-selector.js'
import {cleanText} from './document/clean-text.js'
import {type KnownEntities, knownEntities} from './known/known-entities.js'
import type {KnownEntity} from './known/known-entity.js'
import {toSpeakable} from './formats/speakable.js'
import {type Site, type SiteOptions, toSite} from './site/site.js'

/** Newsroom defaults and per-call settings of `articleToJsonLd`. */
export interface Options {
  /**
   * Format of the input: `'markdown'`, `'text'` or `'html'` (default:
   * `'auto'`: the file extension, else the content decides).
   */
  readonly format?: 'auto' | 'markdown' | 'text' | 'html' | null | undefined
  /**
   * Base URL of the newsroom's articles (optional, example:
   * `'https://www.example.com/news/'`). Relative URLs resolve against it,
   * and an article without `url` gets `<baseUrl><file stem>`.
   */
  readonly baseUrl?: string | null | undefined
  /**
   * Publisher of every article (optional, example:
   * `{name: 'KXYZ News', url: 'https://www.kxyz.example', logo: 'https://www.kxyz.example/logo.png'}`).
   * A `publisher` in frontmatter wins.
   */
  readonly publisher?: PublisherOptions | null | undefined
  /**
   * IANA time zone in which date-times without offset are read (optional,
   * example: `'America/Denver'`). Without it they are read as UTC, with a
   * `date-read-as-utc` warning.
   */
  readonly timeZone?: string | null | undefined
  /** Default language, a BCP 47 tag (optional, example: `'en-US'`). */
  readonly language?: string | null | undefined
  /**
   * Class selector of the paywalled part of article pages (optional,
   * example: `'.paywall'`), for `hasPart` when an article is not free.
   */
  readonly paywallSelector?: string | null | undefined
  /** Default article type (default: `'NewsArticle'`). */
  readonly type?: ArticleType | null | undefined
  /**
   * Article fields from the CMS, in the frontmatter vocabulary (optional);
   * they win over the article's own frontmatter.
   */
  readonly metadata?: Readonly<Record<string, unknown>> | null | undefined
  /**
   * Severity per rule: `'error'`, `'warning'`, `'info'` or `'off'` (optional,
   * example: `{'missing-dateline': 'error', 'missing-url': 'off'}`); the
   * editorial rules are off unless turned on here (see the Messages table).
   */
  readonly rules?: Readonly<Partial<Record<RuleId, Severity | 'off'>>> | null | undefined
  /** Longest headline before `long-headline` warns, in characters (default: `110`). */
  readonly maxHeadlineLength?: number | null | undefined
  /**
   * Deepest nesting read as markup, in levels (default: `100`): Markdown
   * containers (`>`, list markers) on one line, or open brackets or emphasis
   * in one paragraph; HTML elements. Deeper Markdown is read as plain text
   * (`deep-nesting` warning), deeper HTML is refused (`unreadable-article`),
   * because the parsers slow down (or exhaust the stack) on such input.
   */
  readonly maxNesting?: number | null | undefined
  /** Largest article read, in UTF-8 bytes (default: `10_000_000`); a larger one is refused (`unreadable-article`). */
  readonly maxBytes?: number | null | undefined
  /**
   * The people, organizations and places the newsroom knows (optional,
   * example: `[{type: 'Person', name: 'Maria Delgado', sameAs: 'https://www.wikidata.org/wiki/Q…'}]`):
   * a name in the text that matches an entry's name or alias takes its type,
   * `sameAs`, `url`, `jobTitle` and a stable `@id` (see the README's
   * Known entities section).
   */
  readonly knownEntities?: readonly KnownEntity[] | null | undefined
  /**
   * Parts of article pages that text-to-speech reads, for `speakable`
   * (optional, example: `['.headline', '.summary']`): CSS selectors, or
   * `true` for the headline and summary, which the plugins mark with the
   * classes `speakable-headline` and `speakable-summary`. A `speakable`
   * field in frontmatter wins.
   */
  readonly speakable?: boolean | string | readonly string[] | null | undefined
  /**
   * The newsroom's site (optional, example: `{url: 'https://www.example.com/', name: 'The Ledger'}`):
   * the publisher when `publisher` is not given, the base of known entities'
   * ids, and, in every article's graph, the `WebSite` its page is part of and
   * a `BreadcrumbList` (see the README's Site section and `siteToJsonLd`).
   */
  readonly site?: SiteOptions | null | undefined
}

/** Publisher given as an option. */
export interface PublisherOptions {
  /** Name of the news organization (required). */
  readonly name: string
  /** Home page (optional). */
  readonly url?: string | null | undefined
  /** Logo URL (optional). */
  readonly logo?: string | null | undefined
  /** Profiles elsewhere (optional). */
  readonly sameAs?: string | readonly string[] | null | undefined
}

/** Options checked once, with defaults applied. */
export interface Settings {
  readonly format: 'auto' | 'markdown' | 'text' | 'html'
  readonly baseUrl: string | undefined
  readonly publisher: Publisher | undefined
  readonly timeZone: string | undefined
  readonly language: string | undefined
  readonly paywallSelector: string | undefined
  readonly type: ArticleType
  readonly metadata: Readonly<Record<string, unknown>>
  /** Severity of every rule, defaults applied. */
  readonly rules: Readonly<Record<RuleId, Severity | 'off'>>
  readonly maxHeadlineLength: number
  readonly maxNesting: number
  readonly maxBytes: number
  /** The known entities, checked and indexed. */
  readonly knownEntities: KnownEntities | undefined
  readonly speakable: readonly string[] | undefined
  /** The site, checked. */
  readonly site: Site | undefined
}

/**
 * Check options and apply defaults. Bad options are a programming error and
 * throw at once, as unified plugins do.
 */
export function toSettings(options: Options | null | undefined): Settings {
  const given = options ?? {}
  const format = given.format ?? 'auto'
  if (format !== 'auto' && format !== 'markdown' && format !== 'text' && format !== 'html') {
    throw new Error('Expected `format` to be `auto`, `markdown`, `text` or `html`, not `' + String(format) + '`')
  }
  const baseUrl = given.baseUrl ? resolveUrl(given.baseUrl, undefined) : undefined
  if (given.baseUrl && !baseUrl) {
    throw new Error('Expected `baseUrl` to be an absolute `http:` or `https:` URL, not `' + given.baseUrl + '`')
  }
  if (given.timeZone && !isTimeZone(given.timeZone)) {
    throw new Error('Expected `timeZone` to be an IANA time zone such as `America/Denver`, not `' + given.timeZone + '`')
  }
  if (given.type && !isArticleType(given.type)) {
    throw new Error('Expected `type` to be `NewsArticle` or a subtype, not `' + String(given.type) + '`')
  }
  if (given.paywallSelector && !isClassSelector(given.paywallSelector)) {
    throw new Error('Expected `paywallSelector` to be a class selector such as `.paywall`, not `' + given.paywallSelector + '`')
  }
  if (given.language && !isLanguageTag(given.language)) {
    throw new Error('Expected `language` to be a BCP 47 tag such as `en-US`, not `' + given.language + '`')
  }
  const speakable = given.speakable === undefined || given.speakable === null ? [] : toSpeakable(given.speakable)
  if (speakable === undefined) {
    throw new Error('Expected `speakable` to be `true` or CSS selectors such as `.summary`, not `' + String(given.speakable) + '`')
  }
  const configured = {...given.rules}
  for (const [ruleId, severity] of Object.entries(configured)) {
    if (!isRuleId(ruleId)) throw new Error('Expected `rules` to name rules of this package, not `' + ruleId + '`')
    if (severity !== 'off' && severity !== 'info' && severity !== 'warning' && severity !== 'error') {
      throw new Error('Expected the severity of `' + ruleId + '` to be `off`, `info`, `warning` or `error`, not `' + String(severity) + '`')
    }
  }
  const maxHeadlineLength = given.maxHeadlineLength ?? 110
  if (!Number.isInteger(maxHeadlineLength) || maxHeadlineLength < 1) {
    throw new Error('Expected `maxHeadlineLength` to be a positive whole number, not `' + String(maxHeadlineLength) + '`')
  }
  const site = given.site ? toSite(given.site) : undefined
  const publisher = given.publisher ? toPublisher(given.publisher, baseUrl) : site && sitePublisher(site)
  return {
    rules: {...rules, ...configured},
    maxHeadlineLength,
    maxNesting: positiveInteger(given.maxNesting, 'maxNesting', 100),
    maxBytes: positiveInteger(given.maxBytes, 'maxBytes', 10_000_000),
    format,
    baseUrl,
    publisher,
    timeZone: given.timeZone || undefined,
    language: given.language || undefined,
    paywallSelector: given.paywallSelector || undefined,
    type: given.type || 'NewsArticle',
    metadata: given.metadata ?? {},
    knownEntities: given.knownEntities ? knownEntities(given.knownEntities, site?.url ?? siteUrl(publisher, baseUrl)) : undefined,
    speakable: speakable.length > 0 ? speakable : undefined,
    site
  }
}

/** The site's news organization as the publisher: the same `@id` as in the site graph. */
function sitePublisher(site: Site): Publisher {
  return {name: site.name, url: site.url, logo: site.logo && {url: site.logo.url, width: site.logo.width, height: site.logo.height}, sameAs: site.sameAs}
}

/** The site's home page, base of the known entities' `@id`s: the publisher's URL, else the root of `baseUrl`. */
function siteUrl(publisher: Publisher | undefined, baseUrl: string | undefined): string | undefined {
  return publisher?.url ?? (baseUrl ? new URL('/', baseUrl).href : undefined)
}

function positiveInteger(value: number | null | undefined, name: string, fallback: number): number {
  const result = value ?? fallback
  if (!Number.isInteger(result) || result < 1) {
    throw new Error('Expected `' + name + '` to be a positive whole number, not `' + String(result) + '`')
  }
  return result
}

function toPublisher(publisher: PublisherOptions, baseUrl: string | undefined): Publisher {
  if (typeof publisher.name !== 'string' || publisher.name.trim() === '') {
    throw new Error('Expected `publisher.name` to be a non-empty string')
  }
  const url = (value: string | null | undefined, field: string) => {
    if (!value) return undefined
    const resolved = resolveUrl(value, baseUrl)
    if (!resolved) throw new Error('Expected `publisher.' + field + '` to be an absolute URL, not `' + value + '`')
    return resolved
  }
  const sameAs = typeof publisher.sameAs === 'string' ? [publisher.sameAs] : (publisher.sameAs ?? [])
  const logo = url(publisher.logo, 'logo')
  return {
    name: cleanText(publisher.name),
    url: url(publisher.url, 'url'),
    logo: logo ? {url: logo} : undefined,
    // Empty entries are left out, as empty `url` and `logo` are.
    sameAs: sameAs.flatMap((item) => url(item, 'sameAs') ?? [])
  }
}
