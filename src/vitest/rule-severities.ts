/**
 * Which validation issues fail a matcher: the validator's severities, the
 * matchers' own defaults (a headline is required, pending vocabulary is no
 * problem of the page), and the user's `ignore` and `rules` on top.
 */
import type {Severity, ValidationIssue} from '../validate/issue.js'
import {rules, type RuleId} from '../validate/rules.js'

/** A severity for a rule, or `'off'` to never count it. */
export type RuleSeverity = Severity | 'off'

/** What decides which issues fail a matcher. */
export interface FailureSettings {
  /** Lowest severity that fails. */
  readonly failOn: Severity
  /** Rules that never count. */
  readonly ignore: ReadonlySet<string>
  /** The user's severity per rule. */
  readonly rules: Readonly<Partial<Record<string, RuleSeverity>>>
}

/**
 * Where the matchers differ from `validate`: an article without a headline
 * is no valid news article (issue #12: fail closed), and `pending-term` says
 * the vocabulary may change, not that the page is wrong. Each gives way to
 * the user's `rules`.
 */
export const matcherSeverities: Readonly<Partial<Record<RuleId, RuleSeverity>>> = {
  'missing-headline': 'error',
  'pending-term': 'off'
}

const severityRank: Readonly<Record<Severity, number>> = {info: 0, warning: 1, error: 2}

/**
 * Check the matcher options `failOn` (default: `'warning'`), `ignore` and
 * `rules` once, before any issue is counted.
 *
 * @throws {Error} On an unknown severity, or a rule id that `validate` does not have.
 */
export function failureSettings(options: {
  readonly failOn?: unknown
  readonly ignore?: readonly unknown[] | null | undefined
  readonly rules?: Readonly<Record<string, unknown>> | null | undefined
} | null | undefined): FailureSettings {
  const failOn = options?.failOn ?? 'warning'
  if (!isSeverity(failOn)) throw new Error('Expected `failOn` to be `error`, `warning` or `info`, not `' + String(failOn) + '`')
  const ignore = new Set<string>()
  for (const ruleId of options?.ignore ?? []) {
    if (!isRuleId(ruleId)) throw new Error('Expected `ignore` to name rules of `validate`, not `' + String(ruleId) + '`')
    ignore.add(ruleId)
  }
  const given: Record<string, RuleSeverity> = {}
  for (const [ruleId, severity] of Object.entries(options?.rules ?? {})) {
    if (!isRuleId(ruleId)) throw new Error('Expected `rules` to name rules of `validate`, not `' + ruleId + '`')
    // An absent entry (`undefined`) leaves the default.
    if (severity === undefined || severity === null) continue
    if (severity !== 'off' && !isSeverity(severity)) {
      throw new Error('Expected `rules[' + JSON.stringify(ruleId) + ']` to be `error`, `warning`, `info` or `off`, not `' + String(severity) + '`')
    }
    given[ruleId] = severity
  }
  return {failOn, ignore, rules: given}
}

/**
 * The issues that fail, each at the severity it counts at: the user's
 * `rules` entry, else the matchers' default, else the validator's; rules
 * in `ignore` never count.
 */
export function failingIssues(issues: readonly ValidationIssue[], settings: FailureSettings): ValidationIssue[] {
  const failing: ValidationIssue[] = []
  for (const issue of issues) {
    if (settings.ignore.has(issue.ruleId)) continue
    const severity = settings.rules[issue.ruleId] ?? (isRuleId(issue.ruleId) ? matcherSeverities[issue.ruleId] : undefined) ?? issue.severity
    if (severity !== 'off' && severityRank[severity] >= severityRank[settings.failOn]) failing.push({...issue, severity})
  }
  return failing
}

function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && Object.hasOwn(severityRank, value)
}

function isRuleId(value: unknown): value is RuleId {
  return typeof value === 'string' && Object.hasOwn(rules, value)
}
