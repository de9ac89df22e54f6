import {isAscii} from '../input/ascii.js'

/**
 * `@id`s of the graph's nodes, derived from the article URL so the same
 * article always gives the same ids. Without a URL they are fragment-only
 * (`#article`), which JSON-LD resolves against the page.
 */
export interface Ids {
  readonly article: string
  readonly webPage: string
  readonly publisher: (publisherUrl: string | undefined) => string
  readonly person: (name: string) => string
  readonly organization: (name: string) => string
  readonly place: (name: string) => string
}

/** Make the id scheme of one article. */
export function idsFor(url: string | undefined): Ids {
  const base = url ?? ''
  return {
    article: base + '#article',
    webPage: base + '#webpage',
    publisher: (publisherUrl) => (publisherUrl ?? base) + (publisherUrl ? '#organization' : '#publisher'),
    person: (name) => base + '#person-' + slug(name),
    organization: (name) => base + '#org-' + slug(name),
    place: (name) => base + '#place-' + slug(name)
  }
}

/** `Mike Johnston` → `mike-johnston`; `Bogotá` → `bogota`. */
export function slug(value: string): string {
  // (Plain ASCII, most names, has no accents to strip: it skips the costly normalization.)
  const ascii = (isAscii(value) ? value : value.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')).toLowerCase()
  let result = ''
  let dash = false
  // (By code unit: a surrogate half, like any other character that is no ASCII letter or digit, is a separator.)
  for (let index = 0; index < ascii.length; index++) {
    const char = ascii[index]!
    if ((char >= 'a' && char <= 'z') || (char >= '0' && char <= '9')) {
      if (dash && result.length > 0) result += '-'
      result += char
      dash = false
    } else {
      dash = true
    }
  }
  // Names with no Latin letters (`Дмитрий Песков`) keep their own, percent-encoded.
  return result || encodeURIComponent(value.normalize('NFC').toLowerCase().trim().split(/\s+/).join('-'))
}
