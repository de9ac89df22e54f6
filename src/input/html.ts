import type {Element, ElementContent, Nodes, Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import type {VFile} from 'vfile'
import type {ArticleDocument, Block, BlockKind} from '../document/document.js'
import {positionsOf} from '../document/document.js'
import {SourceMap, align} from '../document/source-map.js'
import {wellFormed} from './well-formed.js'
import {formatFieldsFromHtml} from '../formats/html-markers.js'

/** Parse an HTML page or fragment into a hast tree, with positions. */
export function parseHtml(file: VFile): Root {
  // A parse error in HTML is never fatal: browsers recover, and so does parse5.
  return fromHtml(String(file), {})
}

/** Nesting deeper than this is skipped. */
const maxDepth = 100

// Elements whose text is no part of the story.
const skipped = new Set(['script', 'style', 'noscript', 'template', 'nav', 'footer', 'aside', 'form', 'button', 'svg', 'figure', 'iframe', 'select', 'head'])

/**
 * Read an HTML article into the document model: the first `h1` is the
 * headline, `p`, `li` and `blockquote` are blocks; `<q>` gets its quote
 * marks; `<meta>` tags, `<link rel=canonical>`, `<html lang>` and `<time
 * datetime>` give article fields. The story is the `<article>` (or `<main>`)
 * element when there is one.
 */
export function htmlToDocument(tree: Root, file: VFile | undefined): ArticleDocument {
  const source = file && file.value !== undefined ? String(file) : ''
  const blocks: Block[] = []
  const fields: Record<string, unknown> = {}
  let groups = 0
  let headline = false

  readHead(tree, fields)
  // Live blog, corrections, fact checks, video, audio and speakable marked up in the page.
  for (const [key, value] of Object.entries(formatFieldsFromHtml(tree))) fields[key] ??= value
  const story = find(tree, 'article') ?? find(tree, 'main') ?? tree
  collect(story, undefined)

  return {format: 'html', frontmatter: undefined, fields, blocks, toPosition: positionsOf(file)}

  function collect(node: Nodes, within: BlockKind | undefined, depth = 0): void {
    // Deeper nesting is no article prose, and would exhaust the stack.
    if ((node.type !== 'root' && node.type !== 'element') || depth > maxDepth) return
    if (node.type === 'element') {
      const name = node.tagName
      if (skipped.has(name)) return
      if (name === 'time' && typeof node.properties.dateTime === 'string' && fields.datePublished === undefined) {
        fields.datePublished = node.properties.dateTime
      }
      if (name === 'h1' && !headline && blocks.length === 0) {
        headline = true
        push('heading', node)
        return
      }
      if (/^h[1-6]$/.test(name) || name === 'p' || name === 'li' || name === 'dd' || name === 'figcaption') {
        push(within ?? (name === 'li' ? 'list-item' : 'paragraph'), node)
        return
      }
      if (name === 'blockquote') {
        groups++
        const before = blocks.length
        for (const child of node.children) collect(child, 'blockquote', depth + 1)
        // A blockquote of bare text is one block.
        if (blocks.length === before) push('blockquote', node)
        groups++
        return
      }
      // Text straight inside an element that is not a known block: one block (`<div>text</div>`).
      if (hasText(node)) {
        push(within ?? 'paragraph', node)
        return
      }
    }
    for (const child of node.children) collect(child, within, depth + 1)
  }

  function push(kind: BlockKind, node: Element): void {
    const map = new SourceMap()
    // A tree from a plugin's parser may hold lone surrogates; U+FFFD keeps offsets.
    const text = wellFormed(inlineText(node, source, map, ''))
    if (text.trim().length > 0) blocks.push({kind, text, group: groups, map, node})
  }
}

/** Text of inline content: `<br>` is a line break, `<q>` gets its marks. */
function inlineText(node: Element, source: string, map: SourceMap, text: string, depth = 0): string {
  if (depth > maxDepth) return text
  for (const child of node.children) {
    if (child.type === 'text') {
      const start = child.position?.start.offset
      const end = child.position?.end.offset
      if (start !== undefined && end !== undefined && source.length > 0) align(map, child.value, text.length, source, start, end)
      text += child.value
    } else if (child.type === 'element' && !skipped.has(child.tagName)) {
      if (child.tagName === 'br') text += '\n'
      else if (child.tagName === 'q') text = inlineText(child, source, map, text + '“', depth + 1) + '”'
      else text = inlineText(child, source, map, text, depth + 1)
    }
  }
  return text
}

/** Article fields from `<head>`, in the frontmatter vocabulary. */
function readHead(tree: Root, fields: Record<string, unknown>): void {
  const html = find(tree, 'html')
  if (html && typeof html.properties.lang === 'string') fields.language = html.properties.lang
  const head = find(tree, 'head')
  if (!head) return
  const tags: string[] = []
  const authors: string[] = []
  for (const child of elements(head)) {
    if (child.tagName === 'title' && fields.title === undefined) fields.title = textOf(child)
    if (child.tagName === 'link' && String(child.properties.rel ?? '').includes('canonical') && typeof child.properties.href === 'string') {
      fields.canonical = child.properties.href
    }
    if (child.tagName !== 'meta') continue
    const key = String(child.properties.property ?? child.properties.name ?? '').toLowerCase()
    const content = child.properties.content
    if (typeof content !== 'string' || content.trim() === '') continue
    switch (key) {
      case 'og:title': {
        fields.title = content
        break
      }
      case 'description':
      case 'og:description': {
        fields.description ??= content
        break
      }
      case 'og:url': {
        fields.url = content
        break
      }
      case 'og:image': {
        fields.image ??= content
        break
      }
      case 'author':
      case 'article:author': {
        if (!authors.includes(content)) authors.push(content)
        break
      }
      case 'article:published_time': {
        fields.datePublished = content
        break
      }
      case 'article:modified_time': {
        fields.dateModified = content
        break
      }
      case 'article:section': {
        fields.section = content
        break
      }
      case 'article:tag': {
        tags.push(content)
        break
      }
      default:
    }
  }
  if (authors.length > 0) fields.author = authors
  if (tags.length > 0) fields.keywords = tags
}

function find(node: Root | Element, tagName: string, depth = 0): Element | undefined {
  if (depth > maxDepth) return undefined
  for (const child of node.children) {
    if (child.type !== 'element') continue
    if (child.tagName === tagName) return child
    const found = find(child, tagName, depth + 1)
    if (found) return found
  }
  return undefined
}

function elements(node: Element): Element[] {
  return node.children.filter((child): child is Element => child.type === 'element')
}

function hasText(node: Element): boolean {
  return node.children.some((child: ElementContent) => child.type === 'text' && child.value.trim().length > 0)
}

function textOf(node: Element): string {
  let text = ''
  for (const child of node.children) if (child.type === 'text') text += child.value
  return text.trim()
}
