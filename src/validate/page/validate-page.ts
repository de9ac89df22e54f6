/**
 * Validation of a whole page: its JSON-LD blocks, microdata items and RDFa
 * Lite resources, each checked by the same rules, with `@id`s resolved
 * across all of them, and every issue placed in the page.
 */
import {parse, type DefaultTreeAdapterTypes} from 'parse5'
import type {ValidationIssue} from '../issue.js'
import {indexPage} from '../json-ld/document-graph.js'
import {rules} from '../rules.js'
import {checkInPage, type ValidateOptions} from '../validate.js'
import {attribute, childElements, type Element, tokens} from './html-element.js'
import {itemToJsonLd, locate, type PagePosition} from './html-item.js'
import {readJsonLd} from './extract-json-ld.js'
import {readMicrodata} from './microdata.js'
import {readRdfaLite} from './rdfa-lite.js'

type ParentNode = DefaultTreeAdapterTypes.ParentNode

/** The markup structured data is written in. */
export type StructuredDataSyntax = 'json-ld' | 'microdata' | 'rdfa'

/** An issue of a page's structured data, placed in the page. */
export interface PageIssue extends ValidationIssue {
  /** The markup of the data the issue is about. */
  readonly syntax: StructuredDataSyntax
  /**
   * 1-based line in the page: of the element that holds the value (microdata,
   * RDFa), of the `<script>` start tag (JSON-LD), or of the character where
   * malformed JSON breaks.
   */
  readonly line: number
  /** 1-based column (UTF-16 code units). */
  readonly column: number
}

/** One document of a page, with how to place its issues. */
interface PageDocument {
  readonly syntax: StructuredDataSyntax
  readonly value: unknown
  place(path: string): PagePosition
}

/**
 * Validate the structured data of an HTML page: every
 * `<script type="application/ld+json">`, every microdata item
 * (`itemscope`) and every RDFa Lite resource (`typeof`), by the rules of
 * `validate`. Microdata and RDFa are read into JSON-LD first (schema.org
 * IRIs as terms, a property with several values as an array), so their
 * paths are JSON pointers into that JSON-LD. References (`@id`, `itemid`,
 * `resource`) resolve across all of them. A page without structured data
 * has no issues.
 *
 * Relative URLs resolve against `options.baseUrl`, else against the page's
 * absolute `<link rel="canonical">` (default: none, and they are
 * `relative-url` warnings).
 *
 * @param html The page.
 * @param options Configuration, as for `validate` (optional).
 * @returns Issues in page order; empty when there are none.
 */
export function validatePage(html: string, options?: Readonly<ValidateOptions> | null): PageIssue[] {
  return checkPage(html, options).issues
}

/** `validatePage`, also saying how many documents (blocks, items, resources) the page holds. */
export function checkPage(html: string, options?: Readonly<ValidateOptions> | null): {readonly issues: PageIssue[]; readonly documents: number} {
  const page = parse(html, {sourceCodeLocationInfo: true})
  const issues: PageIssue[] = []
  const documents: PageDocument[] = []
  for (const block of readJsonLd(page, html)) {
    if (block.error) {
      const {severity} = rules['invalid-json']
      const message = 'Unexpected invalid JSON (' + block.error.message + '), expected a JSON-LD object'
      issues.push({severity, ruleId: 'invalid-json', message, path: '', syntax: 'json-ld', line: block.error.line, column: block.error.column})
    } else {
      documents.push({syntax: 'json-ld', value: block.value, place: () => ({line: block.line, column: block.column})})
    }
  }
  for (const [syntax, items] of [['microdata', readMicrodata(page)], ['rdfa', readRdfaLite(page)]] as const) {
    for (const item of items) {
      const {value, positions} = itemToJsonLd(item)
      documents.push({syntax, value, place: (path) => locate(positions, path) ?? item.position})
    }
  }

  const settings = {...options, baseUrl: options?.baseUrl ?? canonicalUrl(page)}
  // Indexed once: a page of many items would otherwise index every other item for each.
  const pageNodes = indexPage(documents.map((document) => document.value))
  // The issues of each document: its own, then those other documents' checks found in its nodes (`~N/…`,
  // an author defined in another block), each once.
  const found = documents.map((): ValidationIssue[] => [])
  const seen = new Set<string>()
  const add = (index: number, issue: ValidationIssue): void => {
    const key = JSON.stringify([index, issue.ruleId, issue.path, issue.message])
    if (seen.has(key)) return
    seen.add(key)
    found[index]!.push(issue)
  }
  const elsewhere: Array<readonly [number, ValidationIssue]> = []
  documents.forEach((document, index) => {
    for (const issue of checkInPage(document.value, pageNodes, settings)) {
      const sibling = siblingPath.exec(issue.path)
      if (sibling) elsewhere.push([Number(sibling[1]), {...issue, path: sibling[2] ?? ''}])
      else add(index, issue)
    }
  })
  for (const [index, issue] of elsewhere) add(index, issue)
  found.forEach((list, index) => {
    const document = documents[index]!
    for (const issue of list) issues.push({...issue, syntax: document.syntax, ...document.place(issue.path)})
  })
  // Stable: the issues of one place keep the order `validate` gives them.
  issues.sort((a, b) => a.line - b.line || a.column - b.column)
  return {issues, documents: documents.length + issues.filter((issue) => issue.ruleId === 'invalid-json').length}
}

/** A path into document N of `indexPage`: `~N`, then the pointer inside it. */
const siblingPath = /^~(\d+)(\/.*)?$/s

/** The page's canonical address, when it is absolute; the first `<link rel="canonical">` counts, as for search engines. */
function canonicalUrl(page: ParentNode): string | undefined {
  const pending = childElements(page).reverse()
  for (let element: Element | undefined = pending.pop(); element !== undefined; element = pending.pop()) {
    if (element.tagName === 'link' && tokens(element, 'rel').some((token) => token.toLowerCase() === 'canonical')) {
      // Not trimmed: the URL parser strips ASCII white space and controls, as browsers do; other space is no base.
      const href = attribute(element, 'href')
      return href !== undefined && URL.canParse(href) ? href : undefined
    }
    pending.push(...childElements(element).reverse())
  }
  return undefined
}
