/**
 * Reading a known-entities file (YAML or JSON): a list of entries, or a
 * mapping with `entities:` (as `newsroom-jsonld entities` drafts it).
 */
import * as v from 'valibot'
import {readConfigFile} from './config-file.js'
import {type KnownEntity, knownEntitySchema} from './known-entity.js'
import {expectedSchemaClass, isSchemaClass} from './known-types.js'

// The API's entry schema, and a type the schema.org vocabulary has.
const entrySchema = v.pipe(
  knownEntitySchema,
  v.forward(
    v.check(
      (entry) => isSchemaClass(entry.type),
      (issue) => expectedSchemaClass(issue.input.type)
    ),
    ['type']
  )
)
const listSchema = v.array(entrySchema, 'Expected a list of known entities')
const fileSchema = v.strictObject({entities: listSchema}, 'Expected a mapping with only `entities:` (a list of known entities)')

/**
 * The entries of a known-entities file, checked, each `type` against the
 * schema.org vocabulary too.
 *
 * @throws {ConfigError} With the file, line and column of the first problem.
 */
export function readKnownEntities(text: string, file: string): KnownEntity[] {
  const value = readConfigFile(text, file, (parsed) => (Array.isArray(parsed) ? listSchema : fileSchema))
  return Array.isArray(value) ? value : value.entities
}

/**
 * Check the `knownEntities` of a config file (a JSON object of options) as a
 * known-entities file is checked, so a bad entry is reported at its line and
 * column there too; the other options are left to the API.
 *
 * @throws {ConfigError} With the file, line and column of the first problem.
 */
export function checkConfigKnownEntities(text: string, file: string): void {
  readConfigFile(text, file, v.looseObject({knownEntities: v.nullish(listSchema)}))
}
