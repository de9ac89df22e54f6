import type {Graph} from 'schema-dts'

/** Characters escaped so JSON-LD can never end or confuse its `<script>`. */
const unsafe = /[<>&\u2028\u2029]/g

const escapes: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029'
}

/**
 * Serialize JSON-LD for `<script type="application/ld+json">`: `<`, `>`,
 * `&`, U+2028 and U+2029 become `\u` escapes, so no spelling of
 * `</script` or `<!--` can appear. Lossless: `JSON.parse` gives the same
 * value back (those characters occur only inside JSON strings).
 *
 * @param jsonld The document (or any JSON value).
 * @param space Indentation, as for `JSON.stringify` (default: none).
 */
export function serializeJsonLd(jsonld: Graph | unknown, space?: number | string): string {
  return (JSON.stringify(jsonld, undefined, space) ?? 'null').replace(unsafe, (char) => escapes[char]!)
}

/**
 * The whole `<script type="application/ld+json">` element of a document,
 * safe to put anywhere in an HTML page.
 */
export function toScriptTag(jsonld: Graph | unknown): string {
  return '<script type="application/ld+json">' + serializeJsonLd(jsonld) + '</script>'
}
