import type {Severity} from './issue.js'

/** A rule of the validator. */
export interface RuleDefinition {
  readonly severity: Severity
  /** Which check reports it: plain JSON-LD, the schema.org vocabulary, or Google's Article guidance. */
  readonly group: 'json-ld' | 'schema.org' | 'google'
  readonly description: string
  /**
   * For an error: the consumer behaviour that makes it one (the JSON-LD 1.1
   * spec, a schema.org definition, or a requirement Google documents), as a
   * link. What no consumer rejects is a warning or info, never an error.
   */
  readonly source?: string
  /** The `ruleId` of a more general rule this one stands in for at the same path, so one problem is reported once. */
  readonly replaces?: string
}

const jsonLd = 'https://www.w3.org/TR/json-ld11/'
const google = 'https://developers.google.com/search/docs/appearance/structured-data/'

/**
 * Every rule of `validate`, with its severity. `error` only where a
 * consumer is documented to reject or misread the data (each error names
 * its `source`), `warning` when a change is likely needed, `info` for
 * recommendations and notes. The README's table and the tests read from
 * this list.
 */
export const rules = {
  'not-json-ld': {
    severity: 'error',
    group: 'json-ld',
    source: jsonLd + '#json-ld-grammar',
    description: 'The document is no JSON object (or array of objects), so it holds no JSON-LD nodes'
  },
  'invalid-json': {
    severity: 'error',
    group: 'json-ld',
    source: 'https://www.rfc-editor.org/rfc/rfc8259',
    description: 'A JSON-LD block of a page that is no valid JSON; consumers skip the whole block'
  },
  'bare-array': {
    severity: 'info',
    group: 'json-ld',
    description: 'The document is a bare array of nodes; JSON-LD allows it and Google reads it, one object with `@graph` is the common form'
  },
  'missing-context': {severity: 'error', group: 'json-ld',
    source: jsonLd + '#the-context', description: 'A top-level node has no `@context`'},
  'context-not-schema-org': {
    severity: 'warning',
    group: 'json-ld',
    description: '`@context` does not make schema.org the vocabulary; fine for another vocabulary, a mistake when the terms are schema.org’s'
  },
  'context-http': {
    severity: 'info',
    group: 'json-ld',
    description: '`@context` uses `http://schema.org`; `https://schema.org` is the canonical form'
  },
  'invalid-keyword-value': {
    severity: 'error',
    group: 'json-ld',
    source: jsonLd + '#keywords',
    description: 'A JSON-LD keyword such as `@id` or `@type` has a value of the wrong kind'
  },
  'unknown-keyword': {
    severity: 'warning',
    group: 'json-ld',
    description: 'A key starts with `@` but is no JSON-LD keyword; processors drop it'
  },
  'missing-type': {severity: 'warning', group: 'json-ld', description: 'A node has no `@type`'},
  'unresolved-reference': {
    severity: 'warning',
    group: 'json-ld',
    description: 'An `{"@id"}` reference points at no node of the document'
  },
  'conflicting-id': {
    severity: 'error',
    group: 'json-ld',
    source: jsonLd + '#node-identifiers',
    description: 'Two nodes share an `@id` but give a property different values'
  },
  'unknown-type': {severity: 'error', group: 'schema.org',
    source: 'https://schema.org/docs/datamodel.html', description: 'A `@type` that schema.org does not define'},
  'unknown-property': {severity: 'error', group: 'schema.org',
    source: 'https://schema.org/docs/datamodel.html', description: 'A property that schema.org does not define'},
  'property-not-for-type': {
    severity: 'warning',
    group: 'schema.org',
    description: 'A property that schema.org does not expect on the node’s type or its supertypes'
  },
  'range-mismatch': {
    severity: 'error',
    group: 'schema.org',
    source: 'https://schema.org/docs/datamodel.html#conformance',
    description: 'A value of a kind the property does not take (a `Person` as a date, text as a number)'
  },
  'invalid-date': {
    severity: 'error',
    group: 'schema.org',
    source: 'https://schema.org/DateTime',
    description: 'A `Date`, `DateTime` or `Time` that is not valid ISO 8601'
  },
  'invalid-url': {
    severity: 'error',
    group: 'schema.org',
    source: 'https://url.spec.whatwg.org/#url-parsing',
    description: 'A URL that does not parse, even against a page address (`http://exa mple.com`)'
  },
  'relative-url': {
    severity: 'warning',
    group: 'schema.org',
    description: 'A relative URL (`/news/a`, `www.example.com`); consumers resolve it against the page, which `baseUrl` names'
  },
  'number-as-text': {
    severity: 'info',
    group: 'schema.org',
    description: 'A number written as a string (`"450"`) where the property takes a `Number`; schema.org and Google read it, a JSON number is exact'
  },
  'text-for-thing': {
    severity: 'info',
    group: 'schema.org',
    description: 'Text where the property expects a node; schema.org tolerates it, a typed node says more'
  },
  'unknown-enumeration-member': {
    severity: 'warning',
    group: 'schema.org',
    description: 'A schema.org IRI that is no member of the enumeration the property takes'
  },
  'empty-value': {severity: 'warning', group: 'schema.org', description: 'An empty string, `null`, `[]` or `{}` as a value'},
  'pending-term': {
    severity: 'info',
    group: 'schema.org',
    description: 'Types or properties from pending.schema.org, which may still change (`Quotation`); noted once per document, never fails a matcher'
  },
  'superseded-term': {
    severity: 'warning',
    group: 'schema.org',
    description: 'A type or property schema.org has replaced with another'
  },
  'missing-author': {severity: 'info', group: 'google', description: 'An article without `author`'},
  'author-multiple-in-one': {
    severity: 'warning',
    group: 'google',
    description: 'Several authors in one name (`"Jane Doe, John Roe"`); give one `author` entry per person'
  },
  'author-name-prefix': {
    severity: 'warning',
    group: 'google',
    description: 'An author name starting with a byline word (`By`, `Posted by`)'
  },
  'author-name-extra': {
    severity: 'warning',
    group: 'google',
    description: 'An author name with more than the name: a job title, honorific, publisher or email'
  },
  'author-is-publisher': {
    severity: 'warning',
    group: 'google',
    description: 'The publisher given as the author (same `@id` or same name)'
  },
  'author-url': {
    severity: 'info',
    group: 'google',
    description: 'An author without `url` or `sameAs` identifying them'
  },
  'missing-date-published': {severity: 'info', group: 'google', description: 'An article without `datePublished`'},
  'date-without-time-zone': {
    severity: 'warning',
    group: 'google',
    description: 'A `datePublished` or `dateModified` without time or time zone; Google then assumes its own'
  },
  'modified-before-published': {
    severity: 'warning',
    group: 'google',
    description: '`dateModified` earlier than `datePublished`'
  },
  'missing-image': {severity: 'info', group: 'google', description: 'An article without `image`'},
  'empty-image': {
    severity: 'error',
    group: 'google',
    source: google + 'article#article-types',
    description: 'An empty string as `image`',
    replaces: 'empty-value'
  },
  'image-without-url': {
    severity: 'error',
    group: 'google',
    source: google + 'article#article-types',
    description: 'An `ImageObject` as `image` with no `url` or `contentUrl`, or an empty one: there is no image to show',
    replaces: 'empty-value'
  },
  'image-too-small': {
    severity: 'warning',
    group: 'google',
    description: 'An image under 50,000 pixels (width × height)'
  },
  'image-aspect-ratio': {
    severity: 'info',
    group: 'google',
    description: 'An image not in one of the recommended aspect ratios 16:9, 4:3 or 1:1'
  },
  'missing-headline': {severity: 'info', group: 'google', description: 'An article without `headline`'},
  'headline-array': {
    severity: 'warning',
    group: 'google',
    description: 'Several headlines in an array; an article has one'
  },
  'headline-too-long': {
    severity: 'info',
    group: 'google',
    description: 'A headline over 110 characters, which may be truncated'
  },
  'paywall-missing-part': {
    severity: 'warning',
    group: 'google',
    description: 'An article with `isAccessibleForFree: false` but no `hasPart` `WebPageElement` with `isAccessibleForFree: false` (not asked of subscription-linking markup)'
  },
  'paywall-invalid-selector': {
    severity: 'error',
    group: 'google',
    source: google + 'paywalled-content',
    description: 'A paywalled part without a `cssSelector` that is a class selector (`.paywall`)'
  },
  'paywall-nested-part': {
    severity: 'warning',
    group: 'google',
    description: 'A paywalled part inside another part; Google does not read nested sections'
  },
  'paywall-not-marked': {
    severity: 'warning',
    group: 'google',
    description: 'A paywalled part on an article that is not marked `isAccessibleForFree: false`'
  }
} as const satisfies Record<string, RuleDefinition>

/** Identifier of a rule (`ruleId` of an issue). */
export type RuleId = keyof typeof rules
