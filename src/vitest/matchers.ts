/**
 * Vitest matchers for news article JSON-LD: validity of the `NewsArticle`
 * of a page or a document, and the quotations and mentions it holds.
 * Registered by `newsroom-jsonld/vitest` (src/vitest/index.ts).
 */
import type {MatcherState} from 'vitest'
import {extractJsonLd} from '../validate/page/extract-json-ld.js'
import {indexDocument, type DocumentGraph, type ResolvedNode} from '../validate/json-ld/document-graph.js'
import type {Severity, ValidationIssue} from '../validate/issue.js'
import type {RuleId} from '../validate/rules.js'
import {propertyValues} from '../validate/json-ld/json-object.js'
import {childPointer} from '../validate/json-ld/json-pointer.js'
import {literal} from '../validate/json-ld/literal.js'
import {isOfType, nodesOfType} from '../validate/schema-org/nodes-of-type.js'
import {validate, type ValidateOptions} from '../validate/validate.js'
import {vocabulary} from '../validate/schema-org/vocabulary.js'
import {code} from '../validate/wording.js'
import {missingHeadlines} from './required-headline.js'
import {failingIssues, failureSettings, type RuleSeverity} from './rule-severities.js'

/** Configuration of `toHaveValidNewsArticle` and `toBeValidNewsArticle`. */
export interface NewsArticleMatcherOptions extends ValidateOptions {
  /**
   * Lowest severity that fails the match: `'error'` tolerates warnings,
   * `'info'` tolerates every info but `pending-term` (default: `'warning'`).
   */
  readonly failOn?: Severity | null | undefined
  /**
   * Rules whose issues never fail the match (optional, example:
   * `['missing-image', 'author-url']`).
   */
  readonly ignore?: readonly RuleId[] | null | undefined
  /**
   * Severity per rule, over the validator's (optional, example:
   * `{'missing-author': 'error', 'image-too-small': 'off'}`). The matchers
   * count `missing-headline` as an error (a news article needs a headline)
   * and `pending-term` as `'off'` (pending vocabulary is no fault of the
   * page) unless set here.
   */
  readonly rules?: {readonly [Rule in RuleId]?: RuleSeverity | null | undefined} | null | undefined
}

/** What `toContainQuotation` looks for. */
export interface QuotationExpectation {
  /** `name` of the quotation's `creator`, exactly (spacing aside). */
  readonly speaker: string
  /** Text the quotation's `text` includes (spacing aside). */
  readonly text: string
}

/** What `toMention` looks for. */
export interface MentionExpectation {
  /** `name` of the mentioned node, exactly (spacing aside). */
  readonly name: string
  /** Its schema.org type, or a supertype of it (`'Place'` matches a `City`). */
  readonly type: string
}

/** What a matcher returns to vitest. */
export interface MatcherResult {
  readonly pass: boolean
  readonly message: () => string
}

/** A JSON-LD document to look into, and where it comes from for messages. */
interface Source {
  readonly value: unknown
  /** `'JSON-LD at line 3, column 1'`, or `'JSON-LD'` for a value. */
  readonly label: string
}

/** The NewsArticle family: `NewsArticle` and its subtypes (`ReportageNewsArticle`…). */
const NEWS_ARTICLE = 'NewsArticle'

/** Quotations or mentions listed in a failure message, at most. */
const MAX_LISTED = 20

/** Matchers to pass to `expect.extend`. */
export const matchers = {
  /**
   * Whether an HTML page has well-formed JSON-LD with a valid `NewsArticle`
   * (or subtype): every block parses, one holds the article, and the
   * blocks holding it have no issue at or above `failOn`.
   */
  toHaveValidNewsArticle(this: MatcherState, received: unknown, options?: NewsArticleMatcherOptions | null): MatcherResult {
    if (typeof received !== 'string') return notA(this, 'an HTML string', received)
    const problems: string[] = []
    const sources: Source[] = []
    for (const block of extractJsonLd(received)) {
      const label = blockLabel(block)
      if (block.error) problems.push(`error json-syntax line ${block.error.line}, column ${block.error.column}: ${block.error.message}`)
      else sources.push({value: block.value, label})
    }
    return articleResult('the page', sources, problems, options)
  },

  /** Whether a JSON-LD value (or JSON text) is valid and holds a `NewsArticle` (or subtype). */
  toBeValidNewsArticle(this: MatcherState, received: unknown, options?: NewsArticleMatcherOptions | null): MatcherResult {
    const source = parsedSource(received)
    if (!source) return notA(this, 'a JSON-LD value or JSON text', received)
    return articleResult('the JSON-LD', [source], [], options)
  },

  /** Whether JSON-LD (or the JSON-LD of an HTML page) has a `Quotation` by `speaker` whose `text` includes `text`. */
  toContainQuotation(this: MatcherState, received: unknown, expected: QuotationExpectation): MatcherResult {
    const found: string[] = []
    let match: string | undefined
    for (const {value, label} of documentsIn(received)) {
      const graph = indexDocument(value)
      for (const quotation of nodesOfType(graph, 'Quotation', vocabulary())) {
        const text = textOf(quotation.get('text')?.value)
        const speakers = namesOf(graph, quotation.get('creator'))
        found.push(`${speakers.join(', ') || '(no creator)'}: “${text ?? ''}”`)
        const isMatch = text !== undefined && normalize(text).includes(normalize(expected.text)) && speakers.some((name) => normalize(name) === normalize(expected.speaker))
        if (match === undefined && isMatch) match = `${label} ${quotation.path}`
      }
    }
    const wanted = `Quotation by ${expected.speaker} containing “${expected.text}”`
    return {
      pass: match !== undefined,
      message: () =>
        match === undefined
          ? `expected a ${wanted}, found ${listed(found, 'no quotations')}`
          : `expected no ${wanted}, found one at ${match}`
    }
  },

  /** Whether an article of JSON-LD (or of an HTML page) `mentions` a node with `name` of `type` (or a subtype). */
  toMention(this: MatcherState, received: unknown, expected: MentionExpectation): MatcherResult {
    const found: string[] = []
    let match: string | undefined
    for (const {value, label} of documentsIn(received)) {
      const graph = indexDocument(value)
      for (const article of nodesOfType(graph, 'Article', vocabulary())) {
        const mentions = article.get('mentions')
        if (!mentions) continue
        for (const [item, index] of propertyValues(mentions.value)) {
          const path = index === undefined ? mentions.path : childPointer(mentions.path, index)
          const node = graph.resolve(item, path)
          const name = textOf(node?.get('name')?.value ?? item)
          found.push(`${node?.types.join(', ') || 'text'} ${name ?? '(no name)'}`)
          const isMatch = node !== undefined && name !== undefined && normalize(name) === normalize(expected.name) && isOfType(node, expected.type, vocabulary())
          if (match === undefined && isMatch) match = `${label} ${path}`
        }
      }
    }
    const wanted = `mention of ${expected.type} ${expected.name}`
    return {
      pass: match !== undefined,
      message: () =>
        match === undefined ? `expected a ${wanted}, found ${listed(found, 'no mentions')}` : `expected no ${wanted}, found one at ${match}`
    }
  }
}

function articleResult(
  subject: string,
  sources: readonly Source[],
  problems: readonly string[],
  options: NewsArticleMatcherOptions | null | undefined
): MatcherResult {
  const settings = failureSettings(options)
  const failOn = settings.failOn
  const validateOptions: ValidateOptions = {profile: options?.profile}
  const lines = [...problems]
  const withArticle = sources.flatMap((source) => {
    const graph = indexDocument(source.value)
    return nodesOfType(graph, NEWS_ARTICLE, vocabulary()).length > 0 ? [{...source, graph}] : []
  })
  if (withArticle.length === 0) {
    lines.push(`error no-news-article: expected a node of type NewsArticle or a subtype, found none in ${sources.length} JSON-LD block(s)`)
  }
  for (const source of withArticle) {
    const issues = validate(source.value, validateOptions)
    const failing = failingIssues([...issues, ...missingHeadlines(source.graph, issues)], settings)
    if (failing.length === 0) continue
    if (sources.length > 1) lines.push(`${source.label}:`)
    lines.push(...failing.map((issue) => formatIssue(issue)))
  }
  const pass = lines.length === 0
  return {
    pass,
    message: () =>
      pass
        ? `expected ${subject} not to have a valid NewsArticle, but it has one with no issue at or above ${failOn}`
        : `expected ${subject} to have a valid NewsArticle (failing on ${failOn} and above):\n` + lines.map((line) => '  ' + line).join('\n')
  }
}

/** An issue as one line: `severity ruleId path: message`; the empty pointer (the whole document) shows as `(root)`. */
export function formatIssue(issue: ValidationIssue): string {
  return `${issue.severity} ${issue.ruleId} ${issue.path || '(root)'}: ${issue.message}`
}

function notA(state: MatcherState, what: string, received: unknown): MatcherResult {
  return {
    // Under `.not` a wrong kind of value must still fail, so `pass` follows `isNot`.
    pass: state.isNot,
    message: () => `expected ${what}, not ${code(received)}`
  }
}

/** A JSON-LD value, or JSON text parsed; undefined for text that is not JSON. */
function parsedSource(received: unknown): Source | undefined {
  if (typeof received !== 'string') return {value: received, label: 'JSON-LD'}
  try {
    return {value: JSON.parse(received) as unknown, label: 'JSON-LD'}
  } catch {
    return undefined
  }
}

/**
 * The JSON-LD documents of what a matcher received: the blocks of an HTML
 * page, JSON text, or the value itself (as `toBeValidNewsArticle` takes them).
 */
function documentsIn(received: unknown): Source[] {
  if (typeof received === 'string' && !received.trimStart().startsWith('<')) {
    const source = parsedSource(received)
    return source ? [source] : []
  }
  if (typeof received !== 'string') return [{value: received, label: 'JSON-LD'}]
  return extractJsonLd(received).flatMap((block) => (block.error ? [] : [{value: block.value, label: blockLabel(block)}]))
}

function blockLabel(block: {readonly line: number; readonly column: number}): string {
  return `JSON-LD at line ${block.line}, column ${block.column}`
}

/** Names of the people or organizations a property points at (`creator`): nodes' `name`s, or plain text. */
function namesOf(graph: DocumentGraph, located: {value: unknown; path: string} | undefined): string[] {
  if (!located) return []
  return propertyValues(located.value).flatMap(([value, index]) => {
    const path = index === undefined ? located.path : childPointer(located.path, index)
    const node: ResolvedNode | undefined = graph.resolve(value, path)
    const name = textOf(node ? node.get('name')?.value : value)
    return name === undefined ? [] : [name]
  })
}

function textOf(value: unknown): string | undefined {
  const plain = literal(value)
  return typeof plain === 'string' ? plain : undefined
}

/** Spacing aside: runs of white space count as one space; ends trimmed. */
function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function listed(items: readonly string[], none: string): string {
  if (items.length === 0) return none
  const shown = items.slice(0, MAX_LISTED).map((item) => '\n  ' + item)
  return `${items.length}:` + shown.join('') + (items.length > MAX_LISTED ? `\n  … and ${items.length - MAX_LISTED} more` : '')
}
