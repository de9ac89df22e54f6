/** A scheme such as `https:` or `mailto:` at the start. */
const scheme = /^[a-z][a-z\d+.-]*:/i

/** Whether `text` starts with a URL scheme (`https:`, `mailto:`); without one a URL is relative. */
export function hasUrlScheme(text: string): boolean {
  return scheme.test(text)
}

/**
 * Whether `text` is an absolute URL: it has a scheme and parses, without
 * surrounding whitespace. `/images/a.jpg`, `//cdn.example/a.jpg` and
 * `www.example.com` are relative (resolved against the page by a browser,
 * but meaningless as JSON-LD values).
 */
export function isAbsoluteUrl(text: string): boolean {
  return hasUrlScheme(text) && text.trim() === text && URL.canParse(text)
}
