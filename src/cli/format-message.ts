import type {RecordMessage} from '../batch/process-article.js'

/**
 * `file:line:column: severity: reason [ruleId]`, the shape editors link, on
 * one line: a line break quoted from the article (`Unexpected `a⏎b` in …`)
 * is written `\n`, so no article can break the line or forge another message.
 */
export function formatMessage(path: string, message: RecordMessage): string {
  const line = `${path}:${message.line ?? 1}:${message.column ?? 1}: ${message.severity}: ${message.reason}${message.ruleId ? ' [' + message.ruleId + ']' : ''}`
  return line.replaceAll(/\r\n|[\n\r\u2028\u2029]/g, (found) => JSON.stringify(found).slice(1, -1))
}
