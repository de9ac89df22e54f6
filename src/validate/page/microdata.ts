/**
 * Microdata items of a page (`itemscope`, `itemtype`, `itemprop`, `itemid`,
 * `itemref`), read as the WHATWG HTML standard's microdata model says
 * (https://html.spec.whatwg.org/multipage/microdata.html).
 */
import type {DefaultTreeAdapterTypes} from 'parse5'
import {attribute, childElements, type Element, startOf, textOf, tokens} from './html-element.js'
import type {HtmlItem, HtmlProperty} from './html-item.js'

type ParentNode = DefaultTreeAdapterTypes.ParentNode

/** Elements whose value is the URL in an attribute, and that attribute. */
const urlAttributes: ReadonlyMap<string, string> = new Map([
  ['a', 'href'], ['area', 'href'], ['link', 'href'],
  ['audio', 'src'], ['embed', 'src'], ['iframe', 'src'], ['img', 'src'], ['source', 'src'], ['track', 'src'], ['video', 'src'],
  ['object', 'data']
])

/** Deeper than any real page; keeps the stack small on generated markup. */
const MAX_DEPTH = 100

/**
 * The top-level items of a parsed page: elements with `itemscope` that are
 * not the value of another item's property. Items nested as values are in
 * their parent's properties.
 */
export function readMicrodata(document: ParentNode): HtmlItem[] {
  const elements = allElements(document)
  const byId = new Map<string, Element>()
  for (const element of elements) {
    const id = attribute(element, 'id')
    if (id !== undefined && !byId.has(id)) byId.set(id, element)
  }
  return elements
    .filter((element) => attribute(element, 'itemscope') !== undefined && attribute(element, 'itemprop') === undefined)
    .map((element) => readItem(element, byId, new Set()))
}

/** Every element, in tree order, outside `<template>` content. */
function allElements(root: ParentNode): Element[] {
  const result: Element[] = []
  const pending = childElements(root).reverse()
  for (let element = pending.pop(); element !== undefined; element = pending.pop()) {
    result.push(element)
    pending.push(...childElements(element).reverse())
  }
  return result
}

/** An item: `ancestors` are the items it is a value of, so an `itemref` loop ends. */
function readItem(root: Element, byId: ReadonlyMap<string, Element>, ancestors: ReadonlySet<Element>): HtmlItem {
  const types = tokens(root, 'itemtype')
  // Property names of a typed item are in its type's vocabulary (`https://schema.org/` for `…/NewsArticle`).
  const vocabulary = types[0]?.slice(0, Math.max(types[0].lastIndexOf('/'), types[0].lastIndexOf('#')) + 1) ?? ''
  const properties: HtmlProperty[] = []
  const inside = new Set([...ancestors, root])
  for (const element of propertyElements(root, byId)) {
    for (const name of tokens(element, 'itemprop')) {
      const value = attribute(element, 'itemscope') === undefined ? valueOf(element) : nestedItem(element, byId, inside)
      if (value === undefined) continue
      properties.push({name: name.includes(':') ? name : vocabulary + name, value, position: startOf(element)})
    }
  }
  return {types, id: attribute(root, 'itemid'), properties, position: startOf(root)}
}

/** An item that is a property value; undefined when it is one of its own ancestors or nests too deep. */
function nestedItem(element: Element, byId: ReadonlyMap<string, Element>, ancestors: ReadonlySet<Element>): HtmlItem | undefined {
  return ancestors.has(element) || ancestors.size > MAX_DEPTH ? undefined : readItem(element, byId, ancestors)
}

/** The elements that give the item's properties: its descendants and `itemref`'d elements, not entering nested items. */
function propertyElements(root: Element, byId: ReadonlyMap<string, Element>): Element[] {
  const found = new Set<Element>()
  const referenced = tokens(root, 'itemref').flatMap((id) => byId.get(id) ?? [])
  const pending = [...referenced, ...childElements(root)].reverse()
  for (let element = pending.pop(); element !== undefined; element = pending.pop()) {
    if (found.has(element) || element === root) continue
    found.add(element)
    if (attribute(element, 'itemscope') === undefined) pending.push(...childElements(element).reverse())
  }
  return [...found].filter((element) => attribute(element, 'itemprop') !== undefined).sort((a, b) => startOf(a).line - startOf(b).line || startOf(a).column - startOf(b).column)
}

/** The value of a property element that is no item. */
function valueOf(element: Element): string {
  const urlAttribute = urlAttributes.get(element.tagName)
  if (urlAttribute !== undefined) return attribute(element, urlAttribute)?.trim() ?? ''
  if (element.tagName === 'meta') return attribute(element, 'content') ?? ''
  if (element.tagName === 'data' || element.tagName === 'meter') return attribute(element, 'value') ?? ''
  if (element.tagName === 'time') return attribute(element, 'datetime') ?? textOf(element)
  return textOf(element)
}
