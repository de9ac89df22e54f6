// Every rule of the package in one table: the messages of reading an
// article and the issues of validating JSON-LD, each id once, with its
// default severity, group, description and, for errors, the source that
// makes it one. The README's tables are checked against it.

/** Severity of a rule: `error` means no usable article (the CLI fails the file) or data a consumer rejects, `warning` a gap in the data, `info` an inference or recommendation. */
export type Severity = 'error' | 'warning' | 'info'

/**
 * What a rule is about: `article` and `editorial` rules are messages of
 * reading an article (editorial ones are off by default); `json-ld`,
 * `schema.org` and `google` rules are issues of `validate`.
 */
export type RuleGroup = 'article' | 'editorial' | 'json-ld' | 'schema.org' | 'google'

/** A rule: its default severity, group and meaning. */
export interface RuleDefinition {
  readonly severity: Severity | 'off'
  readonly group: RuleGroup
  readonly description: string
  /**
   * For a validation error: the consumer behaviour that makes it one (the
   * JSON-LD 1.1 spec, a schema.org definition, or a requirement Google
   * documents), as a link. What no consumer rejects is a warning or info,
   * never an error.
   */
  readonly source?: string
  /** The `ruleId` of a more general rule this one stands in for at the same path, so one problem is reported once. */
  readonly replaces?: string
}

const jsonLd = 'https://www.w3.org/TR/json-ld11/'
const google = 'https://developers.google.com/search/docs/appearance/structured-data/'

/**
 * Every rule, with its default severity (see `RuleDefinition`); ids are
 * unique across both kinds.
 */
export const ruleTable = {
  // Reading the article (messages on the vfile; `error` means no usable article).
  'invalid-frontmatter': {severity: 'error', group: 'article', description: 'Frontmatter that is no YAML mapping; the article is not read'},
  'unreadable-article': {
    severity: 'error',
    group: 'article',
    description: 'Input a parser cannot read, or over the `maxBytes` or `maxNesting` limits (for HTML)'
  },
  'empty-article': {severity: 'error', group: 'article', description: 'An article with no text'},
  'unknown-frontmatter-key': {
    severity: 'warning',
    group: 'article',
    description: 'A frontmatter field this package does not read, with the closest known one'
  },
  'invalid-character': {
    severity: 'warning',
    group: 'article',
    description: 'A lone surrogate in the text or metadata; replaced by U+FFFD'
  },
  'deep-nesting': {
    severity: 'warning',
    group: 'article',
    description: 'Markdown nested deeper than `maxNesting`; the paragraph is read as plain text'
  },
  'invalid-field': {severity: 'warning', group: 'article', description: 'An article field with a value of the wrong kind; left out'},
  'unreadable-date': {
    severity: 'warning',
    group: 'article',
    description: 'A date field that is no ISO 8601 date, or a local time the time zone skips; the date is left out (or read with the later offset)'
  },
  'date-read-as-utc': {
    severity: 'warning',
    group: 'article',
    description: 'A date-time field without offset and no `timeZone`; read as UTC'
  },
  'modified-too-early': {
    severity: 'warning',
    group: 'article',
    description: 'A `dateModified` field before `datePublished`; `dateModified` is left out'
  },
  'unreadable-url': {
    severity: 'warning',
    group: 'article',
    description: 'A URL field that is no absolute `http(s):` URL and cannot be resolved against `baseUrl`; left out'
  },
  'no-headline': {
    severity: 'error',
    group: 'article',
    description: 'An article with neither a headline field nor a first heading; only the page is described'
  },
  'quote-unattributed': {severity: 'warning', group: 'article', description: 'A quotation with no speaker found'},
  'paywall-without-selector': {
    severity: 'warning',
    group: 'article',
    description: '`isAccessibleForFree: false` without `paywallSelector`; Google needs the paywalled part'
  },
  'name-without-evidence': {
    severity: 'off',
    group: 'article',
    description: 'A capitalized name left out because its capitals are its only evidence (a debug message: off unless turned on)'
  },
  'known-entity-ambiguous': {
    severity: 'warning',
    group: 'article',
    description: 'A name that matches two `knownEntities` entries and no title picks one; it is left unlinked'
  },
  'missing-url': {
    severity: 'info',
    group: 'article',
    description: 'An article without `url` or `baseUrl`; its `@id`s are relative'
  },
  // The coverage formats (#19).
  'missing-video-property': {
    severity: 'warning',
    group: 'article',
    description: 'A video without `name`, `thumbnailUrl` or `uploadDate`, which Google requires for video results'
  },
  'claim-without-claimant': {severity: 'warning', group: 'article', description: 'A checked claim (`claimReview`) that names no claimant'},
  'rating-out-of-scale': {
    severity: 'warning',
    group: 'article',
    description: 'A fact check rating outside `worstRating`–`bestRating` (schema.org default 1–5)'
  },
  'unreadable-update-time': {
    severity: 'warning',
    group: 'article',
    description: 'A live-blog heading that starts like a time but is none, or a time with no date to read it on; the update is kept without a time'
  },
  'update-before-coverage': {severity: 'warning', group: 'article', description: 'A live-blog update timed before `coverageStartTime`'},
  'update-out-of-order': {
    severity: 'warning',
    group: 'article',
    description: 'A live-blog update that breaks the order (oldest or newest first) of the ones before'
  },
  // Editorial checks: off unless turned on (`remarkNewsroomLint`, `--lint`, the `rules` option).
  'missing-dateline': {severity: 'off', group: 'editorial', description: 'A story without dateline'},
  'missing-byline': {severity: 'off', group: 'editorial', description: 'An article without author field or `By …` line'},
  'missing-date': {severity: 'off', group: 'editorial', description: 'An article without publication date'},
  'missing-description': {severity: 'off', group: 'editorial', description: 'An article without description'},
  'missing-article-image': {severity: 'off', group: 'editorial', description: 'An article without image'},
  'small-image': {severity: 'off', group: 'editorial', description: 'An image under 50,000 pixels (width × height)'},
  'long-headline': {severity: 'off', group: 'editorial', description: 'A headline over `maxHeadlineLength` characters'},
  'pronoun-unresolved': {severity: 'off', group: 'editorial', description: 'A pronoun as speaker with no one named before to refer to'},
  'unbalanced-quote': {severity: 'off', group: 'editorial', description: 'A quote mark left open'},
  'modified-before-correction': {
    severity: 'off',
    group: 'editorial',
    description: 'A corrected article whose `dateModified` is missing or earlier than its latest correction'
  },

  // Validating JSON-LD (issues of `validate`).
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

type Table = typeof ruleTable

/** The ids of the rules in `groups`. */
export type RuleIdOf<Group extends RuleGroup> = {[Id in keyof Table]: Table[Id]['group'] extends Group ? Id : never}[keyof Table]

/** The rows of the table in `groups`, keyed by id. */
export function rulesOf<Group extends RuleGroup>(groups: readonly Group[]): {readonly [Id in RuleIdOf<Group>]: Table[Id]} {
  const wanted = new Set<RuleGroup>(groups)
  return Object.fromEntries(Object.entries(ruleTable).filter(([, rule]) => wanted.has(rule.group))) as {
    readonly [Id in RuleIdOf<Group>]: Table[Id]
  }
}
