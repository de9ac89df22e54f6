import {contextTerms} from './json-ld/context.js'
import {checkDuplicateIds} from './json-ld/duplicate-ids.js'
import {checkGoogleArticles} from './google/article.js'
import {indexDocument, type PageNodes} from './json-ld/document-graph.js'
import type {ValidationIssue} from './issue.js'
import {checkRanges} from './schema-org/ranges.js'
import {checkReferences} from './json-ld/references.js'
import {rules, type RuleDefinition} from './rules.js'
import {checkShape} from './json-ld/shape.js'
import {createState} from './state.js'
import {checkTerms} from './schema-org/terms.js'
import {vocabulary} from './schema-org/vocabulary.js'

/** Configuration of `validate`. */
export interface ValidateOptions {
  /**
   * Which checks to run: `'schema.org'` checks the JSON-LD shape and the
   * schema.org vocabulary; `'google'` adds Google's Article guidance
   * (default: `'google'`).
   */
  readonly profile?: 'schema.org' | 'google' | null | undefined
  /**
   * Address of the page the JSON-LD is on: relative URLs resolve against it,
   * as consumers resolve them, instead of being reported as `relative-url`
   * (default: none).
   */
  readonly baseUrl?: string | null | undefined
}

const emptyOptions: Readonly<ValidateOptions> = {}

/**
 * Validate any JSON-LD document (a parsed value, such as the `JSON.parse`
 * of a `<script type="application/ld+json">`) against schema.org and,
 * with the `google` profile, Google's Article guidance.
 *
 * Never throws on content: every problem is an issue. Issues come in
 * document order.
 *
 * @param jsonld The document.
 * @param options Configuration (optional).
 * @returns Issues found; empty when there are none.
 */
export function validate(jsonld: unknown, options?: Readonly<ValidateOptions> | null): ValidationIssue[] {
  return validateInPage(jsonld, [], options)
}

/**
 * Validate one JSON-LD block of a page whose other blocks are `siblings`
 * (or all blocks, indexed once by `indexPage`): references may point at
 * their nodes. Issues about the siblings' own nodes are left to their own
 * validation.
 */
export function validateInPage(jsonld: unknown, siblings: readonly unknown[] | PageNodes, options?: Readonly<ValidateOptions> | null): ValidationIssue[] {
  return checkInPage(jsonld, siblings, options).filter((issue) => !issue.path.startsWith('~'))
}

/**
 * `validateInPage`, keeping the issues found in the siblings' nodes too:
 * a check may read a node of another block through a reference (an author
 * defined in another block), and the sibling's own validation may not make
 * that check. Their paths start with `~N`, sibling N of `indexPage`; they
 * come after the document's own issues.
 */
export function checkInPage(jsonld: unknown, siblings: readonly unknown[] | PageNodes, options?: Readonly<ValidateOptions> | null): ValidationIssue[] {
  const settings = options ?? emptyOptions
  const profile = settings.profile ?? 'google'
  if (profile !== 'google' && profile !== 'schema.org') {
    throw new Error('Expected `profile` to be `\'google\'` or `\'schema.org\'`, not `' + String(profile) + '`')
  }

  const baseUrl = settings.baseUrl ?? undefined
  if (baseUrl !== undefined && !URL.canParse(baseUrl)) {
    throw new Error('Expected `baseUrl` to be an absolute URL, not `' + baseUrl + '`')
  }
  const graph = indexDocument(jsonld, siblings)
  const state = createState(graph, vocabulary(), contextTerms(graph.root, graph.nodes), baseUrl)
  const usesSchemaOrg = checkShape(state)
  checkReferences(state)
  checkDuplicateIds(state)
  // A document in another vocabulary would fail every schema.org check; its context issue says it all.
  if (usesSchemaOrg) {
    checkTerms(state)
    checkRanges(state)
    if (profile === 'google') checkGoogleArticles(state)
  }

  const replaced = new Set(
    state.issues.flatMap((issue) => {
      const rule: RuleDefinition = rules[issue.ruleId as keyof typeof rules]
      return rule.replaces === undefined ? [] : [rule.replaces + ' ' + issue.path]
    })
  )
  const kept = state.issues.filter((issue) => !replaced.has(issue.ruleId + ' ' + issue.path))
  // Document order; the sort is stable, so the issues of one place keep the order they were found in.
  const own = kept
    .filter((issue) => !issue.path.startsWith('~'))
    .map((issue) => ({issue, rank: graph.rank(issue.path)}))
    .sort((a, b) => a.rank - b.rank)
    .map(({issue}) => issue)
  return [...own, ...kept.filter((issue) => issue.path.startsWith('~'))]
}
