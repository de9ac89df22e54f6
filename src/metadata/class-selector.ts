/**
 * Whether `text` is one CSS class selector (`.paywall`, `.premium-content`):
 * the only selector Google reads for paywalled parts. One definition, so the
 * generator never writes what the validator rejects.
 */
export function isClassSelector(text: string): boolean {
  return /^\.-?[_a-zA-Z][\w-]*$/.test(text)
}
