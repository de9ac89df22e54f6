/**
 * RDFa Lite resources of a page (`vocab`, `typeof`, `property`, `resource`,
 * `prefix`), read as RDFa Lite 1.1 says (https://www.w3.org/TR/rdfa-lite/),
 * with `content` and `datetime` from RDFa 1.1 Core, which pages use beside
 * them. Only typed resources are read: a `property` with no `typeof` above it
 * is about the page itself (Open Graph's `<meta property>` is), and is no
 * schema.org node.
 */
import type {DefaultTreeAdapterTypes} from 'parse5'
import {attribute, childElements, type Element, startOf, textOf, tokens} from './html-element.js'
import type {HtmlItem, HtmlProperty} from './html-item.js'

type ParentNode = DefaultTreeAdapterTypes.ParentNode

/** What an element inherits from its ancestors. */
interface Scope {
  readonly vocabulary: string | undefined
  readonly prefixes: ReadonlyMap<string, string>
  /** The typed resource the element's properties are about. */
  readonly subject: HtmlItem | undefined
}

/** The prefix of RDFa's initial context that names schema.org (https://www.w3.org/2011/rdfa-context/rdfa-1.1). */
const initialPrefixes: ReadonlyMap<string, string> = new Map([['schema', 'http://schema.org/']])

/** A scheme followed by `//`: an IRI, not a CURIE. */
const absoluteIri = /^[a-z][a-z\d+.-]*:\/\//i

/** The typed resources of a parsed page that are no property value of another. */
export function readRdfaLite(document: ParentNode): HtmlItem[] {
  const topLevel: HtmlItem[] = []
  const pending: Array<{element: Element; scope: Scope}> = childElements(document)
    .reverse()
    .map((element) => ({element, scope: {vocabulary: undefined, prefixes: initialPrefixes, subject: undefined}}))
  for (let entry = pending.pop(); entry !== undefined; entry = pending.pop()) {
    const scope = visit(entry.element, entry.scope, topLevel)
    pending.push(...childElements(entry.element).reverse().map((element) => ({element, scope})))
  }
  return topLevel
}

/** Read one element; returns the scope of its children. */
function visit(element: Element, parent: Scope, topLevel: HtmlItem[]): Scope {
  const vocab = attribute(element, 'vocab')
  const vocabulary = vocab === undefined ? parent.vocabulary : vocab.trim() || undefined
  const prefixes = withPrefixes(parent.prefixes, attribute(element, 'prefix'))
  const resolve = (token: string): string | undefined => resolveTerm(token, vocabulary, prefixes)
  const names = tokens(element, 'property').flatMap((token) => resolve(token) ?? [])
  let subject = parent.subject

  if (attribute(element, 'typeof') !== undefined) {
    const item: HtmlItem = {
      types: tokens(element, 'typeof').flatMap((token) => resolve(token) ?? []),
      id: attribute(element, 'resource'),
      properties: [],
      position: startOf(element)
    }
    if (names.length > 0 && parent.subject) addProperties(parent.subject, names, item, element)
    else topLevel.push(item)
    subject = item
  } else if (names.length > 0 && parent.subject) {
    addProperties(parent.subject, names, valueOf(element), element)
  }
  return {vocabulary, prefixes, subject}
}

function addProperties(subject: HtmlItem, names: readonly string[], value: HtmlProperty['value'], element: Element): void {
  for (const name of names) subject.properties.push({name, value, position: startOf(element)})
}

/** The value of a `property` element that starts no resource. */
function valueOf(element: Element): HtmlProperty['value'] {
  const content = attribute(element, 'content')
  if (content !== undefined) return content
  const resource = attribute(element, 'resource')
  if (resource !== undefined) return {id: resource}
  const url = attribute(element, 'href') ?? attribute(element, 'src')
  if (url !== undefined) return url.trim()
  const datetime = element.tagName === 'time' ? attribute(element, 'datetime') : undefined
  return datetime ?? textOf(element)
}

/** The prefixes in scope after a `prefix` attribute (`"dc: http://purl.org/dc/terms/ og: …"`). */
function withPrefixes(inherited: ReadonlyMap<string, string>, declaration: string | undefined): ReadonlyMap<string, string> {
  if (declaration === undefined) return inherited
  const prefixes = new Map(inherited)
  const parts = declaration.trim().split(/\s+/)
  for (let index = 0; index + 1 < parts.length; index += 2) {
    const name = parts[index]!
    if (name.endsWith(':')) prefixes.set(name.slice(0, -1).toLowerCase(), parts[index + 1]!)
  }
  return prefixes
}

/** A term, CURIE or IRI as an IRI; undefined when RDFa would drop it (a term with no vocabulary, an unknown prefix). */
function resolveTerm(token: string, vocabulary: string | undefined, prefixes: ReadonlyMap<string, string>): string | undefined {
  if (absoluteIri.test(token)) return token
  const colon = token.indexOf(':')
  if (colon === -1) return vocabulary === undefined ? undefined : vocabulary + token
  const namespace = prefixes.get(token.slice(0, colon).toLowerCase())
  return namespace === undefined ? undefined : namespace + token.slice(colon + 1)
}
