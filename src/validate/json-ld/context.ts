import {isJsonObject} from './json-object.js'

/** What a `@context` says about the vocabulary of the document. */
export interface ContextSummary {
  /**
   * How it names schema.org: over `https`, over `http`, not at all (another
   * vocabulary), or `invalid` for a value no JSON-LD context can have.
   */
  readonly vocabulary: 'https' | 'http' | 'other' | 'invalid'
  /** Terms it defines itself: they map to other IRIs, so they are not schema.org terms. */
  readonly terms: ReadonlySet<string>
}

/** Spellings of schema.org as a context or `@vocab`, without the scheme. */
const schemaOrgContexts = new Set([
  'schema.org',
  'schema.org/',
  'www.schema.org',
  'www.schema.org/',
  'schema.org/docs/jsonldcontext.json',
  'schema.org/docs/jsonldcontext.jsonld'
])

function schemaOrgScheme(iri: string): 'https' | 'http' | undefined {
  const match = /^(https?):\/\/(.*)$/i.exec(iri.trim())
  if (!match || !schemaOrgContexts.has(match[2]!.toLowerCase())) return undefined
  return match[1]!.toLowerCase() === 'https' ? 'https' : 'http'
}

/**
 * Read a `@context` value: a string (`"https://schema.org"`), an object
 * with `@vocab` (`{"@vocab": "https://schema.org/"}`) and possibly its own
 * terms, or an array of those.
 */
export function readContext(context: unknown): ContextSummary {
  const terms = new Set<string>()
  let vocabulary: ContextSummary['vocabulary'] = 'other'
  const notice = (scheme: 'https' | 'http' | undefined): void => {
    // `https` wins when a context names schema.org both ways.
    if (scheme === 'https' || (scheme === 'http' && vocabulary !== 'https')) vocabulary = scheme
  }
  for (const item of Array.isArray(context) ? context : [context]) {
    if (typeof item === 'string') {
      notice(schemaOrgScheme(item))
    } else if (isJsonObject(item)) {
      const vocab = item['@vocab']
      if (typeof vocab === 'string') notice(schemaOrgScheme(vocab))
      for (const key of Object.keys(item)) if (!key.startsWith('@')) terms.add(key)
    } else if (item !== null) {
      return {vocabulary: 'invalid', terms}
    }
  }
  return {vocabulary, terms}
}

/**
 * Terms defined by any `@context` of the document (the root's, its array
 * items' and nodes' own), which the vocabulary checks leave alone.
 */
export function contextTerms(root: unknown, nodes: readonly {readonly node: Readonly<Record<string, unknown>>}[]): ReadonlySet<string> {
  const terms = new Set<string>()
  const objects = [...(Array.isArray(root) ? root : [root]), ...nodes.map((occurrence) => occurrence.node)]
  for (const object of objects) {
    if (isJsonObject(object) && '@context' in object) {
      for (const term of readContext(object['@context']).terms) terms.add(term)
    }
  }
  return terms
}
