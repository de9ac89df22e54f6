/**
 * Nesting depth of markup, measured before parsing. The upstream parsers take
 * time that grows faster than the input with nesting (8 KB of nested list
 * markers: seconds; 100k: minutes) and recurse with it (thousands of nested
 * `<div>`s exhaust the stack), so a document nested past a limit is not
 * handed to them. One pass, constant work per character.
 */

/** Where nesting first went past the limit, and how deep it got there. */
export interface DeepNesting {
  /** Source offset of the marker that went past the limit. */
  readonly offset: number
  readonly depth: number
}

/** A paragraph (lines between blank lines) nested too deep. */
export interface DeepParagraph extends DeepNesting {
  /** Source offsets of the paragraph. */
  readonly start: number
  readonly end: number
}

/**
 * Paragraphs where Markdown nests deeper than `max`: containers at a line
 * start (`>`, list markers), or open brackets (`[`) or open emphasis runs
 * (`*`, `_`) within the paragraph.
 */
export function deepMarkdownParagraphs(value: string, max: number): DeepParagraph[] {
  const result: DeepParagraph[] = []
  let paragraphStart = 0
  let brackets = 0
  let emphasis = 0
  let deep: DeepNesting | undefined
  let lineStart = 0
  while (lineStart <= value.length) {
    let lineEnd = value.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = value.length
    const line = value.slice(lineStart, lineEnd)
    if (line.trim() === '') {
      // A blank line ends a paragraph, and with it open brackets and emphasis.
      if (deep) result.push({...deep, start: paragraphStart, end: lineStart})
      deep = undefined
      brackets = 0
      emphasis = 0
      paragraphStart = lineEnd + 1
    } else if (!deep) {
      let index = lineStart
      let containers = 0
      for (;;) {
        while (value.charCodeAt(index) === 32 || value.charCodeAt(index) === 9) index++
        const marker = containerMarkerEnd(value, index)
        if (marker === -1) break
        containers++
        if (containers > max) deep = {offset: index, depth: containers}
        index = marker
        if (deep) break
      }
      // A line without brackets or emphasis markers, most lines, leaves the depth as it was: it is not read character by character.
      if (depthMarkers.test(line)) {
        for (; index < lineEnd && !deep; index++) {
          const code = value.charCodeAt(index)
          // Only brackets and emphasis markers change the depth, which was within the limit before them.
          if (code !== 91 && code !== 93 && code !== 42 && code !== 95) continue
          const char = value.charAt(index)
          if (char === '[') brackets++
          else if (char === ']') brackets = Math.max(0, brackets - 1)
          else if ((char === '*' || char === '_') && value.charAt(index - 1) !== char) {
            const run = runLength(value, index, char)
            // A run of n markers can open or close n/2 nested spans, and the
            // parser pairs them up one by one (a long run takes it minutes).
            const spans = Math.ceil(run / 2)
            if (spans > max) deep = {offset: index, depth: spans}
            else emphasis = Math.max(0, emphasis + emphasisStep(value, index, char, run) * spans)
          }
          const depth = deep ? deep.depth : Math.max(brackets, emphasis)
          if (depth > max) deep = {offset: index, depth}
        }
      }
    }
    lineStart = lineEnd + 1
  }
  if (deep) result.push({...deep, start: paragraphStart, end: value.length})
  return result
}

// What changes the depth inside a line: brackets and emphasis markers.
const depthMarkers = /[[\]*_]/

/** Number of `char` in the run that starts at `index`. */
function runLength(value: string, index: number, char: string): number {
  let end = index
  while (value.charAt(end) === char) end++
  return end - index
}

/** +1 for a run of `*` or `_` (`run` long) that opens emphasis, -1 for one that closes it, 0 otherwise. */
function emphasisStep(value: string, index: number, char: string, run: number): number {
  const before = value.charAt(index - 1)
  const after = value.charAt(index + run)
  const opens = after !== '' && !isSpace(after) && !isAlphanumeric(before)
  const closes = before !== '' && !isSpace(before) && !isAlphanumeric(after)
  return opens === closes ? 0 : opens ? 1 : -1
}

/** Offset after a container marker (`>`, `-`, `*`, `+` or `1.` followed by a space) at `index`, or -1. */
function containerMarkerEnd(value: string, index: number): number {
  const char = value.charAt(index)
  if (char === '>') return index + 1
  let end = index
  if (char === '-' || char === '*' || char === '+') end++
  else {
    while (end - index < 9 && isDigit(value.charCodeAt(end))) end++
    if (end === index || (value.charAt(end) !== '.' && value.charAt(end) !== ')')) return -1
    end++
  }
  const after = value.charAt(end)
  return after === ' ' || after === '\t' ? end + 1 : -1
}

/** First place where HTML elements nest deeper than `max` (void elements do not nest). */
export function htmlNesting(value: string, max: number): DeepNesting | undefined {
  let depth = 0
  let index = value.indexOf('<')
  while (index !== -1) {
    const closing = value.charAt(index + 1) === '/'
    let end = closing ? index + 2 : index + 1
    const nameStart = end
    while (end < value.length && isNameChar(value.charCodeAt(end))) end++
    const name = value.slice(nameStart, end).toLowerCase()
    if (name !== '' && isLetter(name.charCodeAt(0))) {
      if (closing) depth = Math.max(0, depth - 1)
      else if (!voidElements.has(name)) depth++
      if (depth > max) return {offset: index, depth}
    }
    index = value.indexOf('<', end)
  }
  return undefined
}

// The HTML elements that have no end tag.
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr'])

function isSpace(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r'
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
}

function isNameChar(code: number): boolean {
  return isLetter(code) || isDigit(code) || code === 45
}

function isAlphanumeric(char: string): boolean {
  return char !== '' && /^[\p{L}\p{N}]$/u.test(char)
}
