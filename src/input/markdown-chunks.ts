/**
 * Markdown read chunk by chunk. A chunk is a run of lines between blank
 * lines. Most constructs end at a blank line; a list or indented code goes
 * on only into a chunk that opens indented or with a list item, so such a
 * chunk joins the ones before it into one region. Each region's tree is
 * then the one remark builds for that region alone, moved to where it
 * sits. A region of plain lines is built directly, and only the regions
 * with syntax pay for micromark's tokenizer, which is about a third of
 * converting an article. Constructs that may reach any later line (fences,
 * link reference definitions, and the HTML blocks that end at a closing
 * tag or marker) send the whole text to remark. A test compares the result with
 * remark's tree of the whole text.
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
 * (a list item, or a line indented by up to three spaces, which may be a
 * list item's content) that may go on past a blank line; or perhaps
 * indented code, for which remark reads the `whole` text (after indented
 * code micromark waits for more, which changes what the next line may
 * open).
 */
type LineStart = 'plain' | 'syntax' | 'container' | 'whole'

/**
 * The tree remark-parse (with YAML frontmatter) builds for `text`, built
 * region by region: plain regions directly, the others with `parse`, which
 * must be that parser. `undefined` when something in the text may reach
 * past its region, or for control characters but line feeds and a byte
 * order mark; remark then reads the whole text.
 */
export function markdownByChunks(text: string, parse: (markdown: string) => Root): Root | undefined {
  if (controlCharacter.test(text) || reachesAnywhere(text)) return undefined
  // One scan of the whole text; only a text with inline syntax is scanned again region by region.
  const inlineSyntax = hasInlineSyntax(text)
  const children: RootContent[] = []
  let line = 1
  let lineStart = 0
  if (text.startsWith('---')) {
    const yaml = frontmatter(text, parse)
    if (yaml === undefined) return undefined
    children.push(yaml)
    const end = yaml.position!.end
    if (end.offset === text.length) {
      line = end.line
      lineStart = end.offset - end.column + 1
      return root()
    }
    line = end.line + 1
    lineStart = end.offset! + 1
  }
  // The open region's start; whether remark must read it; whether a list or indented block in it may go on.
  let regionStart: Point | undefined
  let regionSyntax = false
  let regionContainer = false
  let inChunk = false
  // The regions with syntax waiting for remark: the first one's start, the last one's end.
  let remarkStart: Point | undefined
  let remarkEnd = 0
  // The region's last line: number, start, end, and end before trailing spaces.
  let lastLine = 0
  let lastLineStart = 0
  let lastEnd = 0
  let lastTextEnd = 0
  for (;;) {
    const lineFeed = text.indexOf('\n', lineStart)
    const lineEnd = lineFeed === -1 ? text.length : lineFeed
    let textEnd = lineEnd
    while (textEnd > lineStart && text.charCodeAt(textEnd - 1) === 32) textEnd--
    if (textEnd === lineStart) {
      // Empty, or spaces only: a blank line ends the chunk. Spaces after a list or indented code may belong to it.
      if (regionContainer && lineEnd > lineStart) return undefined
      inChunk = false
    } else {
      const start = startOfLine(text, lineStart)
      if (start === 'whole') return undefined
      if (inChunk) {
        // Two spaces or more before a line of the same chunk are a hard break.
        if (lastEnd - lastTextEnd > 1) regionSyntax = true
      } else if (!(regionContainer && start === 'container')) {
        close()
        // Read alone, a region that opens with `---` could be frontmatter.
        if (text.startsWith('---', lineStart) && onlySpaces(text, lineStart + 3, textEnd)) return undefined
        regionStart = {line, column: 1, offset: lineStart}
      }
      inChunk = true
      if (start === 'syntax') regionSyntax = true
      else if (start === 'container') regionContainer = true
      lastLine = line
      lastLineStart = lineStart
      lastEnd = lineEnd
      lastTextEnd = textEnd
    }
    if (lineFeed === -1) break
    line++
    lineStart = lineFeed + 1
  }
  close()
  readWithRemark()
  return root()

  function root(): Root {
    return {type: 'root', children, position: {start: {line: 1, column: 1, offset: 0}, end: {line, column: text.length - lineStart + 1, offset: text.length}}}
  }

  function close(): void {
    if (regionStart === undefined) return
    if (regionSyntax || regionContainer || (inlineSyntax && hasInlineSyntax(text.slice(regionStart.offset, lastEnd)))) {
      // Regions with syntax side by side are read in one call: each call to remark costs about as much as a short paragraph.
      remarkStart ??= regionStart
      remarkEnd = lastEnd
    } else {
      readWithRemark()
      children.push(plainParagraph(text, regionStart, lastLine, lastLineStart, lastEnd, lastTextEnd))
    }
    regionStart = undefined
    regionSyntax = false
    regionContainer = false
  }

  function readWithRemark(): void {
    if (remarkStart === undefined) return
    // The regions with the line feed after them, as remark sees them in the whole text.
    const start = remarkStart
    for (const node of parse(text.slice(start.offset, remarkEnd + 1)).children) children.push(start.offset === 0 ? node : moved(node, start.line - 1, start.offset))
    remarkStart = undefined
  }
}

/** The paragraph of plain lines from `start` to the end of line `lastLine`, as remark builds it. */
function plainParagraph(text: string, start: Point, lastLine: number, lastLineStart: number, lastEnd: number, lastTextEnd: number): Paragraph {
  // A single space before a line break is left out of the text, not of the positions.
  const written = text.slice(start.offset, lastTextEnd)
  const value: Text = {
    type: 'text',
    value: written.includes(' \n') ? written.replaceAll(' \n', '\n') : written,
    position: {start: {...start}, end: {line: lastLine, column: lastTextEnd - lastLineStart + 1, offset: lastTextEnd}},
  }
  // The paragraph ends after its last line's trailing spaces.
  return {type: 'paragraph', children: [value], position: {start, end: {line: lastLine, column: lastEnd - lastLineStart + 1, offset: lastEnd}}}
}

/**
 * The frontmatter that opens `text`, as `parse` reads it: the text up to the
 * first closing fence, parsed alone, must be one `yaml` node. `undefined`
 * for anything else (no closing fence, or a rule rather than a fence).
 */
function frontmatter(text: string, parse: (markdown: string) => Root): RootContent | undefined {
  let lineStart = text.indexOf('\n') + 1
  if (lineStart === 0 || !onlySpaces(text, 3, lineStart - 1)) return undefined
  while (lineStart > 0) {
    const lineFeed = text.indexOf('\n', lineStart)
    const lineEnd = lineFeed === -1 ? text.length : lineFeed
    if (text.startsWith('---', lineStart) && onlySpaces(text, lineStart + 3, lineEnd)) {
      const [yaml, ...rest] = parse(text.slice(0, lineEnd)).children
      return yaml?.type === 'yaml' && rest.length === 0 && yaml.position?.end.offset === lineEnd ? yaml : undefined
    }
    lineStart = lineFeed + 1
  }
  return undefined
}

function onlySpaces(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (text.charCodeAt(index) !== 32) return false
  return true
}

/** What a line that is not blank opens: a list item (`-`, `+` or `*` and a space, digits and `.` or `)`) is a container. */
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
