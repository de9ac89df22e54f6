// The CLI's configuration files beside `--config`: the known entities (`--entities`) and the site (`--site`), YAML or JSON.
import {readFile} from 'node:fs/promises'
import type {KnownEntity} from '../known/known-entity.js'
import {readConfigFile} from '../known/config-file.js'
import {readKnownEntities} from '../known/read-known-entities.js'
import {type SiteOptions, siteSchema} from '../site/site.js'

/**
 * The entries of a known-entities file.
 *
 * @throws {Error} When the file cannot be read; a `ConfigError` (file, line, column) when it is malformed.
 */
export async function readKnownEntitiesFile(path: string): Promise<KnownEntity[]> {
  return readKnownEntities(await readText(path, 'a YAML or JSON file of known entities'), path)
}

/**
 * The site of a site file.
 *
 * @throws {Error} When the file cannot be read; a `ConfigError` (file, line, column) when it is malformed.
 */
export async function readSiteFile(path: string): Promise<SiteOptions> {
  return readConfigFile(await readText(path, 'a YAML or JSON site file'), path, siteSchema)
}

/** The text of a configuration file. */
export async function readText(path: string, expected: string): Promise<string> {
  try {
    return await readFile(path, 'utf8')
  } catch {
    throw new Error('Cannot read `' + path + '`, expected ' + expected)
  }
}
