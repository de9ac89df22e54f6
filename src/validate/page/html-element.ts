/**
 * What the structured-data readers ask of a parse5 element: its
 * attributes, its text and its place in the page.
 */
import type {DefaultTreeAdapterTypes} from 'parse5'
import type {PagePosition} from './html-item.js'

/** An element of a parse5 tree. */
export type Element = DefaultTreeAdapterTypes.Element
type ChildNode = DefaultTreeAdapterTypes.ChildNode

/** The value of an attribute; undefined when the element has none. */
export function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((item) => item.name === name)?.value
}

/** Space-separated tokens of an attribute (`itemprop`, `typeof`…), without repeats; empty when it is absent. */
export function tokens(element: Element, name: string): string[] {
  return [...new Set((attribute(element, name) ?? '').split(/[\t\n\f\r ]+/).filter((token) => token !== ''))]
}

/** The child elements, in order; `<template>` content is inert, as in a browser, and not among them. */
export function childElements(element: {readonly childNodes: readonly ChildNode[]}): Element[] {
  return element.childNodes.filter((child): child is Element => 'tagName' in child)
}

/**
 * The text of an element as a reader shows it: its descendants' text, with
 * runs of white space made one space and the ends trimmed.
 */
export function textOf(element: Element): string {
  const parts: string[] = []
  const pending: ChildNode[] = [...element.childNodes].reverse()
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (node.nodeName === '#text' && 'value' in node) parts.push(node.value)
    else if ('childNodes' in node) pending.push(...[...node.childNodes].reverse())
  }
  return parts.join('').replace(/\s+/g, ' ').trim()
}

/** Where the element's start tag is; the page's start for an element the parser made up. */
export function startOf(element: Element): PagePosition {
  const location = element.sourceCodeLocation
  return location ? {line: location.startLine, column: location.startCol} : {line: 1, column: 1}
}
