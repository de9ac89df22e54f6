import {isJsonObject} from './json-object.js'

/** The plain value of a literal: `@value` of a value object, else the value itself. */
export function literal(value: unknown): unknown {
  return isJsonObject(value) && '@value' in value ? value['@value'] : value
}
