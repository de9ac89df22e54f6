/**
 * Reading a known-entities file (YAML or JSON): a list of entries, or a
 * mapping with `entities:` (as `newsroom-jsonld entities` drafts it).
 */
import type * as V from 'valibot'
import {readConfigFile} from './config-file.js'
import {type KnownEntity, knownEntitySchemas} from './known-entity.js'
import {expectedSchemaClass, isSchemaClass} from './known-types.js'
import {valibot} from '../load-package.js'

function buildSchemas(v: typeof V) {
  // The API's entry schema, and a type the schema.org vocabulary has.
  const entry = v.pipe(
    knownEntitySchemas().entry,
    v.forward(
      v.check(
        (entry) => isSchemaClass(entry.type),
        (issue) => expectedSchemaClass(issue.input.type)
      ),
      ['type']
    )
  )
  const list = v.array(entry, 'Expected a list of known entities')
  const file = v.strictObject({entities: list}, 'Expected a mapping with only `entities:` (a list of known entities)')
  const config = v.looseObject({knownEntities: v.nullish(list)})
  return {list, file, config}
}

let schemas: ReturnType<typeof buildSchemas> | undefined
const fileSchemas = () => (schemas ??= buildSchemas(valibot()))

/**
 * The entries of a known-entities file, checked, each `type` against the
 * schema.org vocabulary too.
 *
 * @throws {ConfigError} With the file, line and column of the first problem.
 */
export function readKnownEntities(text: string, file: string): KnownEntity[] {
  const {list, file: mapping} = fileSchemas()
  const value = readConfigFile(text, file, (parsed) => (Array.isArray(parsed) ? list : mapping))
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
  readConfigFile(text, file, fileSchemas().config)
}
