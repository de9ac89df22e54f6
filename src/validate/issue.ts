import type {Severity} from '../messages.js'

export type {Severity} from '../messages.js'

/** One problem found in a JSON-LD document. */
export interface ValidationIssue {
  readonly severity: Severity
  /** Kebab-case rule identifier (see `rules`). */
  readonly ruleId: string
  /** What is wrong, as "Unexpected X, expected Y". */
  readonly message: string
  /** JSON pointer (RFC 6901) to the value the issue is about; `''` is the whole document. */
  readonly path: string
  /** The offending value, when there is one. */
  readonly actual?: unknown
  /** What was expected instead, when it can be said as a value. */
  readonly expected?: unknown
}
