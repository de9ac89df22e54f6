/**
 * The site: the news organization and its website, configured once (the
 * `site` option, `--site FILE`), with the shape it must have (valibot) and
 * the `@id`s that link every article to it.
 */
import type * as V from 'valibot'
import {describeIssue} from '../known/issue-text.js'
import {valibot} from '../load-package.js'
import {resolveUrl} from '../metadata/resolve-url.js'

/** The newsroom's site (the `site` option, or a `--site` file). */
export interface SiteOptions {
  /** Home page (required, example: `'https://www.example.com/'`); base of the site's `@id`s and of relative URLs here. */
  readonly url: string
  /** Name of the news organization (required, example: `'The Valley Ledger'`). */
  readonly name: string
  /** Another name (optional, example: `'The Ledger'`). */
  readonly alternateName?: string | null | undefined
  /** What the site is (optional). */
  readonly description?: string | null | undefined
  /** Language of the site, a BCP 47 tag (optional, example: `'en-US'`). */
  readonly language?: string | null | undefined
  /** Logo: a URL, or `{url, width, height}` in pixels (optional; Google wants at least 112 × 112). */
  readonly logo?: string | {readonly url: string; readonly width?: number | null | undefined; readonly height?: number | null | undefined} | null | undefined
  /** Profiles elsewhere (optional): Wikidata, Wikipedia, social accounts. */
  readonly sameAs?: string | readonly string[] | null | undefined
  /** Search page, with `{search_term_string}` where the query goes (optional, example: `'https://www.example.com/search?q={search_term_string}'`). */
  readonly searchUrl?: string | null | undefined
  /** Founding date, `YYYY` or `YYYY-MM-DD` (optional). */
  readonly foundingDate?: string | number | null | undefined
  /** Trust Project policy pages (optional, relative URLs resolve against `url`). */
  readonly publishingPrinciples?: string | null | undefined
  readonly ethicsPolicy?: string | null | undefined
  readonly correctionsPolicy?: string | null | undefined
  readonly masthead?: string | null | undefined
  readonly diversityPolicy?: string | null | undefined
  readonly actionableFeedbackPolicy?: string | null | undefined
  readonly ownershipFundingInfo?: string | null | undefined
  readonly verificationFactCheckingPolicy?: string | null | undefined
  readonly unnamedSourcesPolicy?: string | null | undefined
  readonly noBylinesPolicy?: string | null | undefined
  /** Names of the site's sections by URL folder, for breadcrumbs (optional, example: `{local: 'Local News'}`). */
  readonly sections?: Readonly<Record<string, string>> | null | undefined
}

/** The Trust Project's policy properties of a `NewsMediaOrganization`. */
export const policyKeys = [
  'publishingPrinciples',
  'ethicsPolicy',
  'correctionsPolicy',
  'masthead',
  'diversityPolicy',
  'actionableFeedbackPolicy',
  'ownershipFundingInfo',
  'verificationFactCheckingPolicy',
  'unnamedSourcesPolicy',
  'noBylinesPolicy'
] as const

/** The site, checked: absolute URLs, ids. */
export interface Site {
  readonly url: string
  readonly name: string
  readonly alternateName: string | undefined
  readonly description: string | undefined
  readonly language: string | undefined
  readonly logo: {readonly url: string; readonly width: number | undefined; readonly height: number | undefined} | undefined
  readonly sameAs: readonly string[]
  readonly searchUrl: string | undefined
  readonly foundingDate: string | undefined
  readonly policies: Readonly<Partial<Record<(typeof policyKeys)[number], string>>>
  readonly sections: Readonly<Record<string, string>>
  /** `@id`s of the site's nodes. */
  readonly ids: {readonly website: string; readonly organization: string; readonly logo: string}
}

function buildSiteSchema(v: typeof V) {
  const text = v.pipe(v.string('Expected a string'), v.trim(), v.nonEmpty('Expected a non-empty string'))
  const absolute = v.pipe(v.string('Expected a URL string'), v.check((value) => resolveUrl(value, undefined) !== undefined, 'Expected an absolute `http:` or `https:` URL'))
  // Relative to the site's URL, checked once it is known.
  const link = v.pipe(v.string('Expected a URL string'), v.check((value) => resolveUrl(value, 'https://example.invalid/') !== undefined, 'Expected a URL'))
  const size = v.pipe(v.number('Expected a number of pixels'), v.integer('Expected a whole number'), v.minValue(1, 'Expected 1 or more'))
  const logoObject = v.strictObject({url: link, width: v.nullish(size), height: v.nullish(size)}, 'Expected a logo URL, or `url` and optionally `width`, `height`')
  const policies = Object.fromEntries(policyKeys.map((key) => [key, v.nullish(link)])) as Record<(typeof policyKeys)[number], V.NullishSchema<typeof link, undefined>>
  return v.strictObject(
    {
      url: absolute,
      name: text,
      alternateName: v.nullish(text),
      description: v.nullish(text),
      language: v.nullish(v.pipe(v.string('Expected a BCP 47 tag such as `en-US`'), v.regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'Expected a BCP 47 tag such as `en-US`'))),
      // A string is a URL, anything else the mapping: each shape's own issue then says what is wrong inside it.
      logo: v.nullish(v.lazy((input) => (typeof input === 'string' ? link : logoObject))),
      sameAs: v.nullish(v.lazy((input) => (Array.isArray(input) ? v.array(absolute) : absolute))),
      searchUrl: v.nullish(v.pipe(link, v.includes('{search_term_string}', 'Expected a URL with `{search_term_string}` where the query goes'))),
      foundingDate: v.nullish(
        v.pipe(
          v.union([v.string(), v.number()], 'Expected a date such as `1884` or `1884-03-02`'),
          v.transform(String),
          v.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'Expected a date such as `1884` or `1884-03-02`')
        )
      ),
      ...policies,
      sections: v.nullish(v.record(v.string(), text, 'Expected a mapping of URL folders to section names'))
    },
    'Expected the site: `url`, `name` and optionally `alternateName`, `description`, `language`, `logo`, `sameAs`, `searchUrl`, `foundingDate`, `sections` and the policy pages (' +
      policyKeys.map((key) => '`' + key + '`').join(', ') +
      ')'
  )
}

type SiteSchema = ReturnType<typeof buildSiteSchema>
let schema: SiteSchema | undefined

/** The shape of the `site` option and of a `--site` file (valibot; built on first use, so valibot loads only when a site is checked). */
export function siteSchema(): SiteSchema {
  return (schema ??= buildSiteSchema(valibot()))
}

const cache = new WeakMap<SiteOptions, Site>()

/**
 * Check the `site` option and resolve its URLs.
 *
 * @throws {Error} When it is malformed, naming the field (`site.logo.url`).
 */
export function toSite(options: SiteOptions): Site {
  const cached = cache.get(options)
  if (cached) return cached
  const result = valibot().safeParse(siteSchema(), options)
  if (!result.success) throw new Error(describeIssue(result.issues[0], 'site'))
  const site = fromChecked(result.output)
  cache.set(options, site)
  return site
}

/** The site from a value the schema accepted. */
export function fromChecked(given: V.InferOutput<SiteSchema>): Site {
  const url = resolveUrl(given.url, undefined)!
  const resolve = (value: string | null | undefined) => (value ? resolveUrl(value, url) : undefined)
  const logo = typeof given.logo === 'string' ? {url: given.logo} : given.logo
  const sameAs = given.sameAs == null ? [] : typeof given.sameAs === 'string' ? [given.sameAs] : given.sameAs
  return {
    url,
    name: given.name,
    alternateName: given.alternateName ?? undefined,
    description: given.description ?? undefined,
    language: given.language ?? undefined,
    logo: logo ? {url: resolve(logo.url)!, width: logo.width ?? undefined, height: logo.height ?? undefined} : undefined,
    sameAs: sameAs.map((item) => resolveUrl(item, undefined)!),
    // The braces of the template stay as written: `new URL` would percent-encode them.
    searchUrl: given.searchUrl ? resolveUrl(given.searchUrl.replace('{search_term_string}', 'SEARCH_TERM_STRING'), url)!.replace('SEARCH_TERM_STRING', '{search_term_string}') : undefined,
    foundingDate: given.foundingDate ?? undefined,
    policies: Object.fromEntries(policyKeys.flatMap((key) => (given[key] ? [[key, resolve(given[key])!]] : []))),
    sections: given.sections ?? {},
    ids: {website: url + '#website', organization: url + '#organization', logo: url + '#logo'}
  }
}
