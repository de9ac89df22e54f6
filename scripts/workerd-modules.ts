/**
 * What the Cloudflare Workers build (`dist/workerd/`, the package's `workerd`
 * export condition) does differently in the sources: a module `name.ts` with
 * a sibling `name.workerd.ts` is replaced by that sibling.
 * The siblings hold the few things Node does differently: how the data files
 * are read, how valibot and yaml are loaded, and the worker-thread pool.
 * Used by tsup.config.ts and by test/workerd.test.ts, so the test bundles
 * what ships.
 */
import {existsSync} from 'node:fs'
import {join} from 'node:path'
import type {Plugin} from 'esbuild'

/** The esbuild plugin that picks the `.workerd.ts` siblings. */
export const workerdModules: Plugin = {
  name: 'workerd-modules',
  setup(build) {
    build.onResolve({filter: /^\.\.?\/.*\.js$/}, (args) => {
      const sibling = join(args.resolveDir, args.path.slice(0, -'.js'.length) + '.workerd.ts')
      return existsSync(sibling) ? {path: sibling} : undefined
    })
  }
}
