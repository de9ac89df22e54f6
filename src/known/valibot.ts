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
import {loadPackage} from '../load-package.js'

let loaded: typeof Valibot | undefined

/** The valibot module, loaded on the first call (then cached). */
export function valibot(): typeof Valibot {
  loaded ??= loadPackage<typeof Valibot>('valibot')
  return loaded
}
