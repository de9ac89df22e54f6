// A CSP nonce, checked before it goes into a `nonce="…"` attribute.

/** The `base64-value` of CSP's `nonce-source`: base64 or base64url, then up to two `=`. */
const nonceSyntax = /^[A-Za-z\d+/_-]+={0,2}$/

/**
 * Check a Content Security Policy nonce: it must be what CSP's
 * `'nonce-…'` source allows (letters, digits, `+`, `/`, `-`, `_`, then up to
 * two `=`), so it can never end or change the attribute it is written in.
 *
 * @param value The nonce the page's `Content-Security-Policy` header names.
 * @returns The same nonce.
 * @throws When it is not a string of that form.
 */
export function checkNonce(value: unknown): string {
  if (typeof value !== 'string' || !nonceSyntax.test(value)) {
    throw new TypeError(
      'Unexpected nonce `' + JSON.stringify(value)?.slice(0, 40) + '`, expected a CSP nonce: base64 letters, digits, `+`, `/`, `-`, `_`, then up to two `=`'
    )
  }
  return value
}
