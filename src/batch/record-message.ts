/**
 * Messages as plain data (what records carry across worker threads), in a
 * module of their own so that the CLI's one-article path can print them
 * without loading the batch machinery.
 */
import type {VFileMessage} from 'vfile-message'
import {isRuleId, rules as defaultRules, type RuleId, type Severity} from '../messages.js'

/** A message, as plain data that crosses worker threads. */
export interface RecordMessage {
  readonly line: number | undefined
  readonly column: number | undefined
  readonly severity: 'error' | 'warning' | 'info'
  readonly ruleId: string | undefined
  readonly reason: string
}

/** A vfile message as plain data: `fatal` read as error, warning or info. */
export function toRecordMessage(message: VFileMessage): RecordMessage {
  const severity = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
  return {line: message.line, column: message.column, severity, ruleId: message.ruleId, reason: message.reason}
}

/** An error with no rule (a file that cannot be read, a failure), at `line` when there is one. */
export function errorMessage(reason: string, line?: number): RecordMessage {
  return {line, column: line === undefined ? undefined : 1, severity: 'error', ruleId: undefined, reason}
}

/**
 * A message made outside the conversion (reading the file) with the severity
 * the `rules` option sets for its rule, as the conversion's own messages get;
 * `undefined` when the rule is `off`. Messages of no rule are kept as they are.
 */
export function withRuleSeverity(
  message: RecordMessage,
  rules: Readonly<Partial<Record<RuleId, Severity | 'off'>>> | null | undefined
): RecordMessage | undefined {
  const {ruleId} = message
  if (ruleId === undefined || !isRuleId(ruleId)) return message
  const severity = rules?.[ruleId] ?? defaultRules[ruleId]
  if (severity === 'off') return undefined
  return {...message, severity}
}
