import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

/** The `source` of every message this package reports. */
export const source = 'newsroom-jsonld'

const readme = 'https://github.com/newsroom-jsonld/newsroom-jsonld#'

/**
 * Every rule, with its severity: `error` means no usable article (the CLI
 * fails the file), `warning` a gap in the data, `info` an inference.
 * The README's Messages table is written from this list.
 */
export const rules = {
  'invalid-frontmatter': 'error',
  'empty-article': 'error',
  'unknown-frontmatter-key': 'warning',
  'invalid-field': 'warning',
  'invalid-date': 'warning',
  'date-without-time-zone': 'warning',
  'modified-before-published': 'warning',
  'invalid-url': 'warning',
  'missing-headline': 'warning',
  'quote-unattributed': 'warning',
  'missing-url': 'info'
} as const satisfies Record<string, 'error' | 'warning' | 'info'>

/** Identifier of a rule (`ruleId` of a message). */
export type RuleId = keyof typeof rules

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
  const severity = rules[ruleId]
  const message = file.message(reason, {
    place: fields.place,
    ruleId,
    source,
    cause: fields.cause
  })
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
  message.url = readme + ruleId
  if (fields.actual !== undefined) message.actual = fields.actual
  if (fields.expected !== undefined) message.expected = [...fields.expected]
  return message
}
