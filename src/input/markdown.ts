import type {Html, Nodes, Parents, Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {VFile} from 'vfile'
import type {ArticleDocument, Block, BlockKind, Frontmatter} from '../document/document.js'
import {stripTags} from '../document/clean-text.js'
import {positionsOf} from '../document/document.js'
import {SourceMap, align} from '../document/source-map.js'
import {markdownByChunks} from './markdown-chunks.js'
import {wellFormed} from './well-formed.js'

/** Nesting deeper than this (blockquotes, lists, emphasis) is skipped. */
const maxDepth = 100

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze()

/** Parse Markdown (with optional YAML frontmatter) into an mdast tree; where it can, remark reads only the chunks with syntax in them (the same tree). */
export function parseMarkdown(file: VFile): Root {
  return markdownByChunks(String(file), parseChunk) ?? parser.parse(file)
}

function parseChunk(markdown: string): Root {
  return parser.parse(markdown)
}

/**
 * Read an mdast tree into the document model. `file` holds the source the
 * tree was parsed from; a tree without positions still gives text.
 */
export function markdownToDocument(tree: Root, file: VFile | undefined): ArticleDocument {
  const source = file && file.value !== undefined ? String(file) : ''
  const blocks: Block[] = []
  let frontmatter: Frontmatter | undefined
  let groups = 0

  for (const node of tree.children) {
    if (node.type === 'yaml') {
      frontmatter ??= {yaml: node.value, offset: yamlOffset(node, source)}
    } else {
      collect(node, undefined)
    }
  }

  return {format: 'markdown', frontmatter, blocks, toPosition: positionsOf(file)}

  function collect(node: Nodes, within: BlockKind | undefined, depth = 0): void {
    // Deeper nesting is no article prose, and would exhaust the stack.
    if (depth > maxDepth) return
    switch (node.type) {
      case 'heading': {
        push(within ?? 'heading', node)
        break
      }
      case 'paragraph': {
        push(within ?? 'paragraph', node)
        break
      }
      case 'blockquote': {
        groups++
        for (const child of node.children) collect(child, 'blockquote', depth + 1)
        groups++
        break
      }
      case 'list': {
        for (const item of node.children) {
          for (const child of item.children) collect(child, within ?? 'list-item', depth + 1)
        }
        break
      }
      // Code, HTML, tables and definitions hold no article prose.
      default:
    }
  }

  function push(kind: BlockKind, node: Parents): void {
    const map = new SourceMap()
    // A tree from a plugin's parser may hold lone surrogates; U+FFFD keeps offsets.
    const text = wellFormed(inlineText(node, {source, map, skipped: skippedRanges(node), until: undefined}, ''))
    if (text.trim().length > 0) blocks.push({kind, text, group: groups, map, node})
  }
}

/** What reading one block's inline content needs: the source, the map being built, and script or style ranges to skip. */
interface InlineState {
  readonly source: string
  readonly map: SourceMap
  /** Each `<script>` or `<style>` start tag whose end tag is in the block, with that end tag. */
  readonly skipped: ReadonlyMap<Html, Html>
  /** The end tag that ends the range being skipped, if any. */
  until: Html | undefined
}

/** Concatenate the text of inline content, recording where it came from. */
function inlineText(node: Parents, state: InlineState, text: string, depth = 0): string {
  if (depth > maxDepth) return text
  for (const child of node.children) {
    if (state.until !== undefined) {
      // Inside a script or style: nothing is text, up to its end tag.
      if (child === state.until) state.until = undefined
      else if ('children' in child) text = inlineText(child, state, text, depth + 1)
    } else if (child.type === 'text' || child.type === 'inlineCode') {
      text = appendSource(child.value, child, state, text)
    } else if (child.type === 'html') {
      text = inlineHtml(child, state, text)
    } else if (child.type === 'break') {
      text += '\n'
    } else if ('children' in child) {
      text = inlineText(child, state, text, depth + 1)
    }
  }
  return text
}

/**
 * Inline HTML in a heading or paragraph: real markup goes (as the tag
 * stripper decides), anything else is literal text as the writer meant it
 * (`# Why <script> tags matter`, `Array<T>`), mapped to its source.
 */
function inlineHtml(node: Html, state: InlineState, text: string): string {
  const end = state.skipped.get(node)
  if (end !== undefined) {
    state.until = end
    return text
  }
  const stripped = stripTags(node.value)
  if (stripped === node.value) return appendSource(node.value, node, state, text)
  // CDATA keeps its text; a tag leaves nothing, or a space between blocks.
  return stripped.trim() === '' ? text + stripped : appendSource(stripped, node, state, text)
}

/** `value`, read from `node` in the source, appended to `text` and mapped. */
function appendSource(value: string, node: Nodes, state: InlineState, text: string): string {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start !== undefined && end !== undefined && state.source.length > 0) {
    align(state.map, value, text.length, state.source, start, end)
  }
  return text + value
}

/**
 * The `<script>` and `<style>` start tags of a block whose end tag follows in
 * the block: their content is no text (an unclosed one is literal text).
 */
function skippedRanges(node: Parents): Map<Html, Html> {
  const ranges = new Map<Html, Html>()
  // The first start tag of each name still waiting for its end tag.
  const open = new Map<string, Html>()
  eachHtml(node, (html) => {
    const tag = /^<(\/?)(script|style)[\s/>]/i.exec(html.value)
    if (!tag) return
    const name = tag[2]!.toLowerCase()
    const start = open.get(name)
    if (tag[1] === '') {
      if (!start) open.set(name, html)
    } else if (start) {
      ranges.set(start, html)
      open.delete(name)
    }
  })
  return ranges
}

/**
 * Call `each` on every `html` node below `node`, in document order. A plain
 * walk: most blocks have no HTML, and a general visitor costs more than the
 * rest of reading the block. A stack, not recursion: nesting depth is the
 * input's to choose.
 */
function eachHtml(node: Parents, each: (html: Html) => void): void {
  const stack: Nodes[] = [...node.children].reverse()
  let next = stack.pop()
  while (next !== undefined) {
    if (next.type === 'html') each(next)
    else if ('children' in next) for (let index = next.children.length - 1; index >= 0; index--) stack.push(next.children[index]!)
    next = stack.pop()
  }
}

/** Offset of the first character inside the `---` fences. */
function yamlOffset(node: Nodes, source: string): number | undefined {
  const start = node.position?.start.offset
  if (start === undefined || source.length === 0) return undefined
  const lineEnd = source.indexOf('\n', start)
  return lineEnd === -1 ? undefined : lineEnd + 1
}
