/**
 * The matchers' own headline check: a `NewsArticle` needs a headline
 * whatever the profile, so a page without one fails closed (issue #12).
 * `validate` reports `missing-headline` only with Google's rules, and not for
 * an empty headline; this fills those gaps with the same rule id.
 */
import type {DocumentGraph} from '../validate/json-ld/document-graph.js'
import type {ValidationIssue} from '../validate/issue.js'
import {literal} from '../validate/json-ld/literal.js'
import {nodesOfType} from '../validate/schema-org/nodes-of-type.js'
import {vocabulary} from '../validate/schema-org/vocabulary.js'

/** A `missing-headline` error for each `NewsArticle` (or subtype) whose headline is absent or blank and not reported yet. */
export function missingHeadlines(graph: DocumentGraph, reported: readonly ValidationIssue[]): ValidationIssue[] {
  const known = new Set(reported.filter((issue) => issue.ruleId === 'missing-headline').map((issue) => issue.path))
  const issues: ValidationIssue[] = []
  for (const article of nodesOfType(graph, 'NewsArticle', vocabulary())) {
    const headline = article.get('headline')
    const text = headline === undefined ? undefined : literal(Array.isArray(headline.value) ? headline.value[0] : headline.value)
    if (typeof text === 'string' && text.trim() !== '') continue
    if (known.has(article.path)) continue
    issues.push({
      severity: 'error',
      ruleId: 'missing-headline',
      path: headline?.path ?? article.path,
      message: headline === undefined ? 'Unexpected article without `headline`, expected its title' : 'Unexpected empty `headline`, expected the article’s title'
    })
  }
  return issues
}
