import type {DocumentGraph} from './json-ld/document-graph.js'
import type {ValidationIssue} from './issue.js'
import {rules, type RuleId} from './rules.js'
import type {Vocabulary} from './schema-org/vocabulary.js'

/** Extra fields of an issue. */
export interface IssueFields {
  readonly actual?: unknown
  readonly expected?: unknown
}

/** What every check reads, and where it reports. */
export interface State {
  readonly graph: DocumentGraph
  readonly vocabulary: Vocabulary
  /** Terms the document's contexts define for themselves; not checked against schema.org. */
  readonly contextTerms: ReadonlySet<string>
  /** Address of the page the document is on, against which relative URLs resolve; undefined when unknown. */
  readonly baseUrl: string | undefined
  readonly issues: ValidationIssue[]
  /** Report an issue with the rule's severity, so every issue of a rule has the same one. */
  report(ruleId: RuleId, path: string, message: string, fields?: IssueFields): void
}

/** A fresh state for one document. */
export function createState(
  graph: DocumentGraph,
  vocabulary: Vocabulary,
  contextTerms: ReadonlySet<string>,
  baseUrl: string | undefined
): State {
  const issues: ValidationIssue[] = []
  return {
    graph,
    vocabulary,
    contextTerms,
    baseUrl,
    issues,
    report(ruleId, path, message, fields = {}) {
      issues.push({
        severity: rules[ruleId].severity,
        ruleId,
        message,
        path,
        ...('actual' in fields ? {actual: fields.actual} : {}),
        ...('expected' in fields ? {expected: fields.expected} : {})
      })
    }
  }
}
