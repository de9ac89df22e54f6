import type {Graph} from 'schema-dts'
import {checkNonce} from './nonce.js'

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

/** Options of `toScriptTag`. */
export interface ScriptTagOptions {
  /**
   * The Content Security Policy nonce of the page (default: none), written
   * as the element's `nonce` attribute. It must be a CSP nonce (letters,
   * digits, `+`, `/`, `-`, `_`, then up to two `=`); anything else throws,
   * so it can never end the attribute.
   */
  readonly nonce?: string | null | undefined
}

/**
 * The whole `<script type="application/ld+json">` element of a document,
 * safe to put anywhere in an HTML page.
 *
 * @param jsonld The document (or any JSON value).
 * @param options `nonce` for pages with a Content Security Policy (default: none).
 */
export function toScriptTag(jsonld: Graph | unknown, options?: Readonly<ScriptTagOptions> | null | undefined): string {
  return '<script' + scriptAttributes(options?.nonce) + '>' + serializeJsonLd(jsonld) + '</script>'
}

/** The script element's attributes as HTML: its type, and its checked nonce if given. */
export function scriptAttributes(nonce: unknown): string {
  return ' type="application/ld+json"' + (nonce === undefined || nonce === null ? '' : ' nonce="' + checkNonce(nonce) + '"')
}
