import {cleanText} from '../document/clean-text.js'
import {bylinePrefix, jobWords, nameSeparator} from './byline-words.js'

/** An author or byline entry. */
export interface Author {
  readonly type: 'Person' | 'Organization'
  readonly name: string
  readonly url?: string | undefined
  readonly jobTitle?: string | undefined
  readonly sameAs?: readonly string[] | undefined
  /** The organization the author writes for (`Jane Doe, Associated Press`). */
  readonly affiliation?: string | undefined
}

// Last words that make a byline name an organization, not a person.
const organizationWords = new Set([
  'agency', 'board', 'bureau', 'corp.', 'desk', 'editors', 'inc', 'inc.', 'journal', 'llc',
  'media', 'network', 'news', 'newsroom', 'post', 'press', 'reuters', 'service', 'services',
  'staff', 'team', 'times', 'tribune', 'wire', 'herald', 'gazette', 'bloomberg'
])

/**
 * Read a byline or author string: `By Jane Doe and John Roe`,
 * `Jane Doe, John Roe and Ann Lee`, `Priya Raman, Associated Press`,
 * `Jane Doe, Staff Writer`. One entry per author, the name alone in `name`.
 */
export function parseByline(value: string, publisherName?: string): Author[] {
  let text = cleanText(value)
  text = text.replace(bylinePrefix, '').trim()
  if (text.length === 0 || text.length > 300) return []

  let affiliation: string | undefined
  let jobTitle: string | undefined
  const bar = text.lastIndexOf(' | ')
  if (bar !== -1) {
    affiliation = text.slice(bar + 3).trim() || undefined
    text = text.slice(0, bar)
  }
  const comma = text.lastIndexOf(',')
  if (comma !== -1) {
    const last = text.slice(comma + 1).trim()
    // `KDVR Staff` is who they write for; `Staff Writer` is what they are.
    if (isOrganizationName(last, publisherName)) {
      affiliation ??= last
      text = text.slice(0, comma)
    } else if (isJobTitle(last)) {
      jobTitle = last
      text = text.slice(0, comma)
    }
  }

  const names = text
    .split(nameSeparator)
    .map((name) => name.trim())
    .filter((name) => name.length > 0)
  return names.map((name) => {
    if (isOrganizationName(name, publisherName)) return {type: 'Organization', name}
    return {type: 'Person', name, jobTitle: names.length === 1 ? jobTitle : undefined, affiliation}
  })
}

/** Whether a name is plainly an organization (`KDVR Staff`, `Associated Press`, `AP`). */
export function isOrganizationName(name: string, publisherName?: string): boolean {
  if (publisherName !== undefined && name.toLowerCase() === publisherName.toLowerCase()) return true
  if (/^[A-Z][A-Z0-9&]{1,5}$/.test(name)) return true
  const words = name.toLowerCase().split(' ')
  return organizationWords.has(words[words.length - 1]!)
}

function isJobTitle(segment: string): boolean {
  const words = segment.toLowerCase().split(' ')
  return words.length <= 4 && words.some((word) => jobWords.has(word))
}
