/**
 * Checking a known entity's `type` against the schema.org vocabulary the
 * validator ships, so `type: Persn` is refused with a hint before a run
 * rather than giving nodes of a type no consumer knows. Node-only (the
 * vocabulary is read from a file): the CLI's readers use it; the core API
 * checks only that a type is written as one.
 */
import {closestName} from '../spelling/closest-name.js'
import {vocabulary} from '../validate/schema-org/vocabulary.js'

/** Whether `type` is a schema.org class (`Person`, `SportsTeam`), not a data type or an unknown name. */
export function isSchemaClass(type: string): boolean {
  return vocabulary().classEntry(type) !== undefined
}

/** What a type that is no schema.org class should have been, in the `Expected …` form. */
export function expectedSchemaClass(type: string): string {
  const schema = vocabulary()
  const classes = schema.typeNames.filter((name) => !schema.isDataType(name))
  const suggestion = closestName(type, classes)
  return suggestion === undefined
    ? 'Expected a schema.org type such as `Person`, `Organization` or `Place` (https://schema.org/docs/full.html)'
    : 'Expected `' + suggestion + '` or another schema.org type'
}
