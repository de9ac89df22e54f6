import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {type RuleIdOf, type Severity, rulesOf} from './rules.js'

/** The `source` of every message this package reports. */
export const source = 'newsroom-jsonld'

const readme = 'https://github.com/newsroom-jsonld/newsroom-jsonld#'

export type {Severity} from './rules.js'

const messageRules = rulesOf(['article', 'editorial'])

/** Identifier of a rule of reading an article (`ruleId` of a message). */
export type RuleId = RuleIdOf<'article' | 'editorial'>

/**
 * The default severity of every message rule, from the one rule table
 * (`src/rules.ts`). Editorial rules are `off` in the core API and warnings
 * in `remarkNewsroomLint`; the `rules` option sets any of them.
 */
export const rules = Object.fromEntries(Object.entries(messageRules).map(([ruleId, rule]) => [ruleId, rule.severity])) as {
  readonly [Id in RuleId]: (typeof messageRules)[Id]['severity']
}

/** The editorial rules: off by default, on in `remarkNewsroomLint` (debug messages of reading, off too, are no editorial checks). */
export const editorialRules = (Object.keys(rules) as RuleId[]).filter((ruleId) => rules[ruleId] === 'off' && messageRules[ruleId].group === 'editorial')

/** Whether `value` is a rule of this package. */
export function isRuleId(value: string): value is RuleId {
  return Object.hasOwn(rules, value)
}

/** Extra fields of a report. */
export interface ReportFields {
  readonly place?: Point | Position | undefined
  readonly actual?: string | undefined
  readonly expected?: readonly string[] | undefined
  readonly cause?: VFileMessage | undefined
}

/**
 * Report a message on `file` with the rule's severity, `ruleId`, `source`
 * and `url` set, so every message of the package has the same metadata.
 */
export function report(
  file: VFile,
  ruleId: RuleId,
  reason: string,
  fields: ReportFields = {}
): VFileMessage {
  const message = withoutStackTrace(() =>
    file.message(reason, {place: fields.place, ruleId, source, cause: fields.cause})
  )
  setSeverity(message, rules[ruleId] === 'off' ? 'warning' : rules[ruleId])
  message.url = readme + ruleId
  if (fields.actual !== undefined) message.actual = fields.actual
  if (fields.expected !== undefined) message.expected = [...fields.expected]
  return message
}

/**
 * Whether `Error.stackTraceLimit` can be set (V8 engines, unless frozen).
 * A message is an `Error`, and capturing the stack of each one (vfile then
 * discards it) was 2.6% of the time of an article.
 */
const canLimitStackTraces = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit')?.writable === true

function withoutStackTrace<T>(make: () => T): T {
  if (!canLimitStackTraces) return make()
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return make()
  } finally {
    Error.stackTraceLimit = limit
  }
}

/** Set a message's `fatal` field from a severity, as vfile does. */
export function setSeverity(message: VFileMessage, severity: Severity): void {
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
}
