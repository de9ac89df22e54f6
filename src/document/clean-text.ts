import {decodeHTML} from 'entities'

/**
 * Clean a metadata string from a CMS: remove tags, decode HTML entities
 * (`&amp;` → `&`, `&#039;` → `'`) and collapse white space.
 * JSON-LD consumers do not decode entities, so they must not reach the output.
 */
export function cleanText(value: string): string {
  return collapseWhiteSpace(decodeHTML(stripTags(value)))
}

/** Collapse runs of white space into one space and trim. */
export function collapseWhiteSpace(value: string): string {
  let result = ''
  let pendingSpace = false
  for (const char of value) {
    if (isWhiteSpace(char)) {
      pendingSpace = result.length > 0
    } else {
      if (pendingSpace) result += ' '
      pendingSpace = false
      result += char
    }
  }
  return result
}

/**
 * Remove HTML tags and comments. Only `<` followed by a letter, `/`, `!` or
 * `?` opens a tag, so `a < b` survives. Linear: one pass, no backtracking.
 */
export function stripTags(value: string): string {
  const lower = value.toLowerCase()
  let result = ''
  let index = 0
  while (index < value.length) {
    const open = value.indexOf('<', index)
    if (open === -1) break
    const next = value.charAt(open + 1)
    if (!/^[A-Za-z/!?]$/.test(next)) {
      result += value.slice(index, open + 1)
      index = open + 1
      continue
    }
    const isComment = value.startsWith('<!--', open)
    const name = tagName(value, open)
    // The text of scripts and styles is no text: skip to their end tag.
    const raw = (name === 'script' || name === 'style') && value.charAt(open + 1) !== '/'
    const close = isComment ? value.indexOf('-->', open + 4) : raw ? lower.indexOf('</' + name, open + 1) : value.indexOf('>', open + 1)
    result += value.slice(index, open)
    if (close === -1) {
      // An unclosed tag swallows the rest, as an HTML parser would.
      index = value.length
      break
    }
    // Block tags separate words (`a<br>b` reads `a b`); inline ones do not.
    if (!inlineTags.has(name)) result += ' '
    index = raw ? Math.max(close, value.indexOf('>', close) + 1) : close + (isComment ? 3 : 1)
  }
  return result + value.slice(index)
}

const inlineTags = new Set([
  'a', 'abbr', 'b', 'cite', 'code', 'em', 'i', 'mark', 'q', 's', 'small',
  'span', 'strong', 'sub', 'sup', 'time', 'u'
])

function tagName(value: string, open: number): string {
  let index = open + 1
  if (value.charAt(index) === '/') index++
  let name = ''
  while (index < value.length && /^[A-Za-z0-9]$/.test(value.charAt(index))) {
    name += value.charAt(index).toLowerCase()
    index++
  }
  return name
}

function isWhiteSpace(char: string): boolean {
  return (
    char === ' ' ||
    char === '\t' ||
    char === '\n' ||
    char === '\r' ||
    char === '\f' ||
    char === '\v' ||
    char === '\u00A0' ||
    char === '\u2028' ||
    char === '\u2029' ||
    char === '\uFEFF'
  )
}
