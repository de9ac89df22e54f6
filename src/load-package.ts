/**
 * Packages that only some inputs or options need (valibot for the `site`
 * and `knownEntities` checks, yaml for frontmatter), loaded on first use
 * rather than when the package is imported, so a process that never needs
 * them does not keep their code in its heap. The API is synchronous and ESM
 * has no synchronous import, so they are loaded with Node's `require` (both
 * ship a CommonJS build with the same API; under Node, `import 'yaml'`
 * loads that same build).
 */
import {createRequire} from 'node:module'

const require = createRequire(import.meta.url)

/** The package `name`, loaded on the first call; Node caches it, and callers keep it too. */
export function loadPackage<T>(name: 'valibot' | 'yaml'): T {
  return require(name) as T
}
