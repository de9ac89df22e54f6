/**
 * Reading a known-entities file (YAML or JSON): a list of entries, or a
 * mapping with `entities:` (as `newsroom-jsonld entities` drafts it).
 */
import {readConfigFile} from './config-file.js'
import {type KnownEntity, knownEntitiesFileSchema, knownEntitiesSchema} from './known-entity.js'

/**
 * The entries of a known-entities file, checked.
 *
 * @throws {ConfigError} With the file, line and column of the first problem.
 */
export function readKnownEntities(text: string, file: string): KnownEntity[] {
  const value = readConfigFile(text, file, (parsed) => (Array.isArray(parsed) ? knownEntitiesSchema : knownEntitiesFileSchema))
  return Array.isArray(value) ? value : value.entities
}
