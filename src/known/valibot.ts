/**
 * valibot, loaded the first time an option or a configuration file is
 * checked, not when the package is imported: most calls give no `site` and
 * no `knownEntities`, and valibot's module (206 KB, kept two bytes a
 * character because its comments hold non-ASCII arrows) would otherwise sit
 * in every process's heap, about 0.65 MB. The API is synchronous and ESM has
 * no synchronous import, so it is loaded with `require` (valibot ships a
 * CommonJS build with the same API).
 */
import type * as Valibot from 'valibot'

type NodeModule = typeof import('node:module')
type WithBuiltins = {readonly process?: {readonly getBuiltinModule?: (id: string) => unknown}}

let loaded: typeof Valibot | undefined

/**
 * The valibot module, loaded on the first call (then cached).
 *
 * @throws {Error} Where `process.getBuiltinModule` is missing (Node before 20.16, runtimes without Node's module loader).
 */
export function valibot(): typeof Valibot {
  if (loaded) return loaded
  // Read through globalThis so that bundles for other runtimes keep no `node:` import.
  const modules = (globalThis as WithBuiltins).process?.getBuiltinModule?.('node:module') as NodeModule | undefined
  if (!modules) throw new Error('Expected Node.js 20.16 or later to check the `site` and `knownEntities` options (it loads valibot with `process.getBuiltinModule`)')
  loaded = modules.createRequire(import.meta.url)('valibot') as typeof Valibot
  return loaded
}
