import type {Nodes, Parents, Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {VFile} from 'vfile'
import type {ArticleDocument, Block, BlockKind, Frontmatter} from '../document/document.js'
import {positionsOf} from '../document/document.js'
import {SourceMap, align} from '../document/source-map.js'
import {wellFormed} from './well-formed.js'

/** Nesting deeper than this (blockquotes, lists, emphasis) is skipped. */
const maxDepth = 100

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze()

/** Parse Markdown (with optional YAML frontmatter) into an mdast tree. */
export function parseMarkdown(file: VFile): Root {
  return parser.parse(file)
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
    const text = wellFormed(inlineText(node, source, map, ''))
    if (text.trim().length > 0) blocks.push({kind, text, group: groups, map, node})
  }
}

/** Concatenate the text of inline content, recording where it came from. */
function inlineText(node: Parents, source: string, map: SourceMap, text: string, depth = 0): string {
  if (depth > maxDepth) return text
  for (const child of node.children) {
    if (child.type === 'text' || child.type === 'inlineCode') {
      const start = child.position?.start.offset
      const end = child.position?.end.offset
      if (start !== undefined && end !== undefined && source.length > 0) {
        align(map, child.value, text.length, source, start, end)
      }
      text += child.value
    } else if (child.type === 'break') {
      text += '\n'
    } else if ('children' in child) {
      text = inlineText(child, source, map, text, depth + 1)
    }
  }
  return text
}

/** Offset of the first character inside the `---` fences. */
function yamlOffset(node: Nodes, source: string): number | undefined {
  const start = node.position?.start.offset
  if (start === undefined || source.length === 0) return undefined
  const lineEnd = source.indexOf('\n', start)
  return lineEnd === -1 ? undefined : lineEnd + 1
}
