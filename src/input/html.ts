import type {Element, ElementContent, Nodes, Root} from 'hast'
import type {Point} from 'unist'
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
  // Where each field was read (its element's start), so messages about it point there.
  const places = new Map<string, Point>()
  let groups = 0
  let headline = false

  // Points from offsets: parse5's lines drift after a run of `&` before a line break in `<title>`.
  const toPoint = positionsOf(file)
  const pointOf = (element: Element) => {
    const offset = element.position?.start.offset
    return offset === undefined ? undefined : toPoint(offset, offset)?.start
  }
  readHead(tree, fields, (key, element) => {
    const point = pointOf(element)
    if (point) places.set(key, point)
  })
  // Live blog, corrections, fact checks, video, audio and speakable marked up in the page.
  for (const [key, value] of Object.entries(formatFieldsFromHtml(tree))) fields[key] ??= value
  const story = find(tree, 'article') ?? find(tree, 'main') ?? tree
  collect(story, undefined)

  return {format: 'html', frontmatter: undefined, fields, fieldPlaces: places, blocks, toPosition: toPoint}

  function collect(node: Nodes, within: BlockKind | undefined, depth = 0): void {
    // Deeper nesting is no article prose, and would exhaust the stack.
    if ((node.type !== 'root' && node.type !== 'element') || depth > maxDepth) return
    if (node.type === 'element') {
      const name = node.tagName
      if (skipped.has(name)) return
      if (name === 'time' && typeof node.properties.dateTime === 'string' && fields.datePublished === undefined) {
        fields.datePublished = node.properties.dateTime
        const point = pointOf(node)
        if (point) places.set('datePublished', point)
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
function readHead(tree: Root, fields: Record<string, unknown>, place: (key: string, element: Element) => void): void {
  const html = find(tree, 'html')
  const set = (key: string, value: unknown, element: Element) => {
    fields[key] = value
    place(key, element)
  }
  if (html && typeof html.properties.lang === 'string') set('language', html.properties.lang, html)
  const head = find(tree, 'head')
  if (!head) return
  const tags: string[] = []
  const authors: string[] = []
  let tagsAt: Element | undefined
  let authorsAt: Element | undefined
  for (const child of elements(head)) {
    if (child.tagName === 'title' && fields.title === undefined) set('title', textOf(child), child)
    if (child.tagName === 'link' && String(child.properties.rel ?? '').includes('canonical') && typeof child.properties.href === 'string') {
      set('canonical', child.properties.href, child)
    }
    if (child.tagName !== 'meta') continue
    const key = String(child.properties.property ?? child.properties.name ?? '').toLowerCase()
    const content = child.properties.content
    if (typeof content !== 'string' || content.trim() === '') continue
    switch (key) {
      case 'og:title': {
        set('title', content, child)
        break
      }
      case 'description':
      case 'og:description': {
        if (fields.description === undefined) set('description', content, child)
        break
      }
      case 'og:url': {
        set('url', content, child)
        break
      }
      case 'og:image': {
        if (fields.image === undefined) set('image', content, child)
        break
      }
      case 'author':
      case 'article:author': {
        if (!authors.includes(content)) authors.push(content)
        authorsAt ??= child
        break
      }
      case 'article:published_time': {
        set('datePublished', content, child)
        break
      }
      case 'article:modified_time': {
        set('dateModified', content, child)
        break
      }
      case 'article:section': {
        set('section', content, child)
        break
      }
      case 'article:tag': {
        tags.push(content)
        tagsAt ??= child
        break
      }
      default:
    }
  }
  if (authorsAt) set('author', authors, authorsAt)
  if (tagsAt) set('keywords', tags, tagsAt)
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
