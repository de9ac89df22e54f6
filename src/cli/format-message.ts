import type {RecordMessage} from '../batch/process-article.js'

/** `file:line:column: severity: reason [ruleId]`, the shape editors link. */
export function formatMessage(path: string, message: RecordMessage): string {
  return `${path}:${message.line ?? 1}:${message.column ?? 1}: ${message.severity}: ${message.reason}${message.ruleId ? ' [' + message.ruleId + ']' : ''}`
}
