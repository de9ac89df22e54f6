// A Worker is bundled ahead of time, so valibot and yaml are imported as any
// module is; the bundler drops either one that the Worker never reaches.
import * as valibotModule from 'valibot'
import * as yamlModule from 'yaml'
import type {valibot as requireValibot, yaml as requireYaml} from './load-package.js'

/** valibot, as bundled. */
export const valibot: typeof requireValibot = () => valibotModule

/** yaml, as bundled. */
export const yaml: typeof requireYaml = () => yamlModule
