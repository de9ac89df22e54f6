/**
 * Packages that only some inputs or options need (valibot for the `site`
 * and `knownEntities` checks, yaml for frontmatter), loaded on first use
 * rather than when the package is imported, so a process that never needs
 * them does not keep their code in its heap (valibot's source alone, kept
 * two bytes a character for its non-ASCII comments, is about 0.65 MB; yaml
 * about 1 MB). The API is synchronous and ESM has no synchronous import, so
 * they are loaded with Node's `require`, which also caches them (both ship a
 * CommonJS build with the same API; under Node, `import 'yaml'` loads that
 * same build).
 */
import {createRequire} from 'node:module'
import type * as Valibot from 'valibot'
import type * as Yaml from 'yaml'

const require = createRequire(import.meta.url)

/** valibot, loaded on the first call. */
export function valibot(): typeof Valibot {
  return require('valibot') as typeof Valibot
}

/** yaml, loaded on the first call. */
export function yaml(): typeof Yaml {
  return require('yaml') as typeof Yaml
}
