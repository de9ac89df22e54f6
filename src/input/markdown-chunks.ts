/**
 * Markdown read chunk by chunk. A chunk is a run of lines between blank
 * lines, and most constructs end at a blank line. A list goes on into a
 * chunk that opens indented or with a list item, so such a chunk joins the
 * ones before it into one region. Each region's tree is then the one remark
 * builds for that region alone, moved to where it sits. A region of plain
 * lines is built directly, and only the regions with syntax pay for
 * micromark's tokenizer, which is about a third of converting an article.
 * What may reach past its region sends the whole text to remark: fences,
 * link reference definitions, the HTML blocks that end at a closing tag or
 * marker, and indented code. A test compares the result with remark's tree
 * of the whole text.
 */
import type {Nodes, Paragraph, Root, RootContent, Text} from 'mdast'

/** Position of a character, as mdast writes it (1-based line and column, 0-based offset). */
interface Point {
  line: number
  column: number
  offset: number
}

/**
 * What a line's first characters open: `plain` text, which may be a plain
 * paragraph; `syntax` that remark reads within the region (a heading,
 * block quote, rule, setext underline, HTML or a code span); a `container`
 * that may go on past a blank line (a list item, a line indented by up to
 * three spaces, which may be a list item's content, and, to be safe, any
 * digits before `.` or `)`); or perhaps indented code, for which remark
 * reads the `whole` text (after indented code micromark waits for more,
 * which changes what the next line may open).
 */
type LineStart = 'plain' | 'syntax' | 'container' | 'whole'

/** A run of chunks read together. */
interface Region {
  readonly start: Point
  /** Its last line: number, start, end, and end before trailing spaces. */
  lastLine: number
  lastLineStart: number
  lastEnd: number
  lastTextEnd: number
  /** Syntax or a hard break in it: remark reads it. */
  syntax: boolean
  /** A container in it, which the next chunk may go on. */
  container: boolean
}

/**
 * Regions read in one call to remark at most. Why a bound: for some blocks
 * (setext headings, block quotes), remark's time grows with the square of
 * their number in one text (4 times the blocks take 10 to 15 times as long),
 * so thousands of them read in one call would take minutes; a group of 32
 * still costs far more than a call's overhead.
 */
const regionsPerCall = 32

/**
 * The tree remark-parse (with YAML frontmatter) builds for `text`, built
 * region by region: plain regions directly, the others with `parse`, which
 * must be that parser. `undefined` when something in the text may reach
 * past its region, or for control characters but the line feed (a byte
 * order mark too); remark then reads the whole text.
 */
export function markdownByChunks(text: string, parse: (markdown: string) => Root): Root | undefined {
  if (controlCharacter.test(text) || reachesAnywhere(text)) return undefined
  const fence = text.startsWith('---') ? closingFence(text) : undefined
  if (text.startsWith('---') && fence === undefined) return undefined
  // The lines after the frontmatter, all of them read before remark is asked for anything.
  const body =
    fence === undefined
      ? regionsOf(text, 1, 0)
      : fence.end === text.length
        ? {regions: [], end: {line: fence.line, column: fence.end - fence.start + 1, offset: fence.end}}
        : regionsOf(text, fence.line + 1, fence.end + 1)
  if (body === undefined) return undefined
  const children: RootContent[] = []
  if (fence !== undefined) {
    const yaml = frontmatter(text, fence.end, parse)
    if (yaml === undefined) return undefined
    children.push(yaml)
  }
  // One scan of the whole text; only a text with inline syntax is scanned again region by region.
  const inlineSyntax = hasInlineSyntax(text)
  // Regions with syntax side by side are read in one call: each call to remark costs about as much as a short paragraph.
  let remarkFrom: Region | undefined
  let remarkTo: Region | undefined
  let grouped = 0
  for (const region of body.regions) {
    if (region.syntax || region.container || (inlineSyntax && hasInlineSyntax(text.slice(region.start.offset, region.lastEnd)))) {
      remarkFrom ??= region
      remarkTo = region
      if (++grouped === regionsPerCall) readWithRemark()
    } else {
      readWithRemark()
      children.push(plainParagraph(text, region))
    }
  }
  readWithRemark()
  return {type: 'root', children, position: {start: {line: 1, column: 1, offset: 0}, end: body.end}}

  function readWithRemark(): void {
    if (remarkFrom === undefined) return
    // The regions with the line feed after them, as remark sees them in the whole text.
    const start = remarkFrom.start
    const tree = parse(text.slice(start.offset, remarkTo!.lastEnd + 1))
    for (const node of tree.children) children.push(start.offset === 0 ? node : moved(node, start.line - 1, start.offset))
    remarkFrom = undefined
    grouped = 0
  }
}

/**
 * The regions of the lines from `line`, which starts at `lineStart`, and
 * where the text ends; `undefined` when a line may reach past its region.
 */
function regionsOf(text: string, line: number, lineStart: number): {regions: Region[]; end: Point} | undefined {
  const regions: Region[] = []
  let region: Region | undefined
  let inChunk = false
  for (;;) {
    const lineFeed = text.indexOf('\n', lineStart)
    const lineEnd = lineFeed === -1 ? text.length : lineFeed
    let textEnd = lineEnd
    while (textEnd > lineStart && text.charCodeAt(textEnd - 1) === 32) textEnd--
    if (textEnd === lineStart) {
      // Empty, or spaces only: a blank line ends the chunk. Spaces after a container may belong to it.
      if (region?.container && lineEnd > lineStart) return undefined
      inChunk = false
    } else {
      const start = startOfLine(text, lineStart)
      if (start === 'whole') return undefined
      if (inChunk) {
        // Two spaces or more before a line of the same chunk are a hard break.
        if (region!.lastEnd - region!.lastTextEnd > 1) region!.syntax = true
      } else if (!(region?.container && start === 'container')) {
        // Read alone, a region that opens with `---` could be frontmatter.
        if (isFenceLine(text, lineStart, lineEnd)) return undefined
        region = {start: {line, column: 1, offset: lineStart}, lastLine: 0, lastLineStart: 0, lastEnd: 0, lastTextEnd: 0, syntax: false, container: false}
        regions.push(region)
      }
      inChunk = true
      region!.syntax ||= start === 'syntax'
      region!.container ||= start === 'container'
      region!.lastLine = line
      region!.lastLineStart = lineStart
      region!.lastEnd = lineEnd
      region!.lastTextEnd = textEnd
    }
    if (lineFeed === -1) break
    line++
    lineStart = lineFeed + 1
  }
  return {regions, end: {line, column: text.length - lineStart + 1, offset: text.length}}
}

/** The paragraph of a region of plain lines, as remark builds it. */
function plainParagraph(text: string, {start, lastLine, lastLineStart, lastEnd, lastTextEnd}: Region): Paragraph {
  // A single space before a line break is left out of the text, not of the positions.
  const written = text.slice(start.offset, lastTextEnd)
  const value: Text = {
    type: 'text',
    value: written.includes(' \n') ? written.replaceAll(' \n', '\n') : written,
    position: {start: {...start}, end: {line: lastLine, column: lastTextEnd - lastLineStart + 1, offset: lastTextEnd}},
  }
  // The paragraph ends after its last line's trailing spaces.
  return {type: 'paragraph', children: [value], position: {start: {...start}, end: {line: lastLine, column: lastEnd - lastLineStart + 1, offset: lastEnd}}}
}

/**
 * The first closing fence of the frontmatter that opens `text`: its line's
 * number, start and end. `undefined` when the first line is no opening
 * fence or nothing closes it.
 */
function closingFence(text: string): {line: number; start: number; end: number} | undefined {
  let lineFeed = text.indexOf('\n')
  if (lineFeed === -1 || !isFenceLine(text, 0, lineFeed)) return undefined
  for (let line = 2; lineFeed !== -1; line++) {
    const start = lineFeed + 1
    lineFeed = text.indexOf('\n', start)
    const end = lineFeed === -1 ? text.length : lineFeed
    if (isFenceLine(text, start, end)) return {line, start, end}
  }
  return undefined
}

/** The frontmatter up to `end`, as `parse` reads it alone: one `yaml` node, or `undefined` (a rule rather than a fence, say). */
function frontmatter(text: string, end: number, parse: (markdown: string) => Root): RootContent | undefined {
  const [yaml, ...rest] = parse(text.slice(0, end)).children
  return yaml?.type === 'yaml' && rest.length === 0 && yaml.position?.end.offset === end ? yaml : undefined
}

/** Whether the line from `start` to `end` is `---` and spaces: a frontmatter fence. */
function isFenceLine(text: string, start: number, end: number): boolean {
  if (!text.startsWith('---', start)) return false
  for (let index = start + 3; index < end; index++) if (text.charCodeAt(index) !== 32) return false
  return true
}

/** What a line that is not blank opens (see {@link LineStart}); a list item is `-`, `+` or `*` and a space, or digits and `.` or `)`. */
function startOfLine(text: string, index: number): LineStart {
  const code = text.charCodeAt(index)
  // Letters first: most lines.
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code > 127) return 'plain'
  switch (code) {
    case 32: {
      // Indented: a list item's content, or code from four spaces on.
      let end = index
      while (end < index + 4 && text.charCodeAt(end) === 32) end++
      return end - index === 4 ? 'whole' : 'container'
    }
    case 42: // `*`
    case 43: // `+`
    case 45: {
      // `-`
      const next = text.charCodeAt(index + 1)
      return next === 32 || next === 10 || Number.isNaN(next) ? 'container' : 'syntax'
    }
    case 35: // `#` heading
    case 62: // `>` block quote
    case 61: // `=` setext underline
    case 95: // `_` rule or emphasis
    case 96: // `` ` `` code span (a fence sends the whole text to remark)
    case 126: // `~`
    case 60: // `<` HTML
      return 'syntax'
    default: {
      if (code < 48 || code > 57) return 'plain'
      // An ordered list item: digits, then `.` or `)`.
      let end = index
      while (end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++
      return text.charCodeAt(end) === 46 || text.charCodeAt(end) === 41 ? 'container' : 'plain'
    }
  }
}

/** `node` and its descendants, with positions `lines` lines and `offset` characters further on (a chunk starts at column 1). */
function moved<Node extends Nodes>(node: Node, lines: number, offset: number): Node {
  const stack: Nodes[] = [node]
  let next = stack.pop()
  while (next !== undefined) {
    const position = next.position
    if (position) {
      next.position = {
        start: {line: position.start.line + lines, column: position.start.column, offset: position.start.offset! + offset},
        end: {line: position.end.line + lines, column: position.end.column, offset: position.end.offset! + offset},
      }
    }
    if ('children' in next) for (const child of next.children) stack.push(child)
    next = stack.pop()
  }
  return node
}

/**
 * A character that may start inline syntax: `\`, `` ` ``, `*`, `_`, `<`;
 * `](`, which may close a link's text (a bracket alone is text, `[sic]`,
 * since the text has no definition); an `&` that may start a
 * character reference (`&amp;`, `&#38;`, `&#x26;`: letters or digits and
 * then `;`; `AT&T` and `Q&A` are text).
 */
function hasInlineSyntax(text: string): boolean {
  // (Three scans, not one pattern of three alternatives: V8 runs a lone character class over the text far faster.)
  return syntaxCharacter.test(text) || text.includes('](') || (text.includes('&') && characterReference.test(text))
}

/**
 * Whether `text` may hold a construct that reaches any later line: a fence
 * (three backticks or tildes) and an HTML block that ends at a closing tag
 * or marker (`<script`, `<pre`, `<style`, `<textarea`, `<!`, `<?`) run to
 * their end, over blank lines, and a link reference definition
 * (`[label]:`) makes links of labels anywhere. Looked for anywhere, not
 * only where a line opens: in a list item or block quote they open after
 * the container's marker.
 */
function reachesAnywhere(text: string): boolean {
  return text.includes(']:') || text.includes('```') || text.includes('~~~') || (text.includes('<') && htmlReachingBlock.test(text))
}

/** Characters micromark rewrites or that change lines: controls but the line feed, DEL, a byte order mark. */
const controlCharacter = /[\x00-\x09\x0b-\x1f\x7f\ufeff]/
const syntaxCharacter = /[\\`*_<]/
const characterReference = /&#?[A-Za-z0-9]+;/
// HTML blocks of kinds 1 to 5, which end at a closing tag or marker rather than at a blank line.
const htmlReachingBlock = /<(?:[!?]|(?:script|pre|style|textarea)(?![A-Za-z0-9-]))/i
