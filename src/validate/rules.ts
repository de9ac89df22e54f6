// The validator's rules: the `json-ld`, `schema.org` and `google` rows of
// the package's one rule table (`src/rules.ts`).
import {type RuleIdOf, type Severity, rulesOf} from '../rules.js'

/** A rule of the validator. */
export interface RuleDefinition {
  readonly severity: Severity
  /** Which check reports it: plain JSON-LD, the schema.org vocabulary, or Google's Article guidance. */
  readonly group: 'json-ld' | 'schema.org' | 'google'
  readonly description: string
  /** For an error: the consumer behaviour that makes it one, as a link (see `src/rules.ts`). */
  readonly source?: string
  /** The `ruleId` of a more general rule this one stands in for at the same path, so one problem is reported once. */
  readonly replaces?: string
}

/**
 * Every rule of `validate`, with its severity: `error` only where a
 * consumer is documented to reject or misread the data (each error names
 * its `source`), `warning` when a change is likely needed, `info` for
 * recommendations and notes.
 */
export const rules = rulesOf(['json-ld', 'schema.org', 'google']) satisfies Readonly<Record<string, RuleDefinition>>

/** Identifier of a rule (`ruleId` of an issue). */
export type RuleId = RuleIdOf<'json-ld' | 'schema.org' | 'google'>
