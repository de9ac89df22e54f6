/** IRIs schema.org terms are written under, longest first. */
const namespaces = ['https://schema.org/', 'http://schema.org/', 'schema:']

/**
 * The schema.org term a type or property is written as: `NewsArticle`,
 * `schema:NewsArticle` and `https://schema.org/NewsArticle` all give
 * `NewsArticle`. Undefined for terms of other vocabularies (any other IRI
 * or compact IRI), which the validator does not check.
 */
export function schemaTerm(name: string): string | undefined {
  for (const namespace of namespaces) {
    if (name.startsWith(namespace)) return name.slice(namespace.length) || undefined
  }
  return name.includes(':') ? undefined : name
}
