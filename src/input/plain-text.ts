import type {VFile} from 'vfile'
import type {ArticleDocument, Block, BlockKind} from '../document/document.js'
import {positionsOf} from '../document/document.js'
import {SourceMap} from '../document/source-map.js'

interface Line {
  readonly text: string
  readonly offset: number
}

/**
 * Read plain wire copy into the document model: the first non-empty line is
 * the headline, paragraphs are separated by blank lines or stand one per
 * line, and hard-wrapped paragraphs are joined again.
 */
export function plainTextToDocument(file: VFile): ArticleDocument {
  const groups = blankLineGroups(lines(String(file)))
  const blocks: Block[] = []
  let trailer = false

  for (const [index, group] of groups.entries()) {
    let rest = group
    if (index === 0) {
      blocks.push(block('heading', [group[0]!]))
      rest = group.slice(1)
      // One or two lines under the headline, before the first blank line, are a dek.
      if (rest.length > 0 && rest.length <= 2 && groups.length > 1) {
        for (const line of rest) blocks.push(block('dek', [line]))
        continue
      }
    }
    for (const paragraph of isHardWrapped(rest) ? [rest] : rest.map((line) => [line])) {
      trailer ||= startsTrailer(paragraph[0]!.text)
      if (isRule(paragraph[0]!.text)) continue
      blocks.push(block(trailer ? 'trailer' : 'paragraph', paragraph))
    }
  }

  return {format: 'text', frontmatter: undefined, blocks, toPosition: positionsOf(file)}
}

function block(kind: BlockKind, paragraphLines: readonly Line[]): Block {
  const map = new SourceMap()
  let text = ''
  for (const line of paragraphLines) {
    if (text.length > 0) text += ' '
    map.add(text.length, line.offset)
    text += line.text
  }
  return {kind, text, group: 0, map}
}

/** Split into trimmed lines with their source offsets; CRLF and a BOM are fine. */
function lines(value: string): Line[] {
  const result: Line[] = []
  let start = value.charCodeAt(0) === 0xfeff ? 1 : 0
  while (start <= value.length) {
    let end = value.indexOf('\n', start)
    if (end === -1) end = value.length
    const raw = value.slice(start, end)
    const leading = raw.length - raw.trimStart().length
    result.push({text: raw.trim(), offset: start + leading})
    start = end + 1
  }
  return result
}

function blankLineGroups(all: readonly Line[]): Line[][] {
  const groups: Line[][] = []
  let current: Line[] = []
  for (const line of all) {
    if (line.text.length === 0) {
      if (current.length > 0) groups.push(current)
      current = []
    } else {
      current.push(line)
    }
  }
  if (current.length > 0) groups.push(current)
  return groups
}

/**
 * Whether a group is one paragraph wrapped at a fixed width rather than one
 * paragraph per line: its lines are short and rarely end a sentence.
 */
function isHardWrapped(group: readonly Line[]): boolean {
  if (group.length < 2) return false
  const inner = group.slice(0, -1)
  if (inner.some((line) => line.text.length > 100)) return false
  const ending = inner.filter((line) => endsSentence(line.text)).length
  return ending * 2 < inner.length
}

function endsSentence(text: string): boolean {
  return '.!?"”’'.includes(text.charAt(text.length - 1))
}

/** `___` or `---`: wire copy puts credits and corrections after such a rule. */
function isRule(text: string): boolean {
  if (text.length < 3) return false
  for (const char of text) if (char !== '_' && char !== '-' && char !== '*' && char !== ' ') return false
  return true
}

/** Lines that end the story proper: a rule, copyright lines, PR Newswire's closing credit (`SOURCE Acme Corp.`), scrape leftovers. */
function startsTrailer(text: string): boolean {
  if (isRule(text) || /^SOURCE \p{Lu}/u.test(text)) return true
  // The other forms open with `c`, `©` or `w`: a paragraph that does not is not lower-cased whole to see that.
  const first = text.charAt(0).toLowerCase()
  if (first !== 'c' && first !== '©' && first !== 'w') return false
  const lower = text.toLowerCase()
  return (
    /^copyright\s*(?:©|\(c\)|\d{4})/.test(lower) ||
    lower.startsWith('©') ||
    lower === "what's your reaction?" ||
    lower === 'what’s your reaction?'
  )
}
