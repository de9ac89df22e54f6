// Resolving a URL written in an article or an option against the newsroom's base.

/**
 * Resolve a URL against `base` (optional); only `http:` and `https:` URLs
 * are kept, anything else gives `undefined`.
 */
export function resolveUrl(value: string, base: string | undefined): string | undefined {
  let url: URL
  try {
    url = new URL(value, base)
  } catch {
    return undefined
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined
}
