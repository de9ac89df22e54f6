import {copyFile, readFile, readdir, writeFile} from 'node:fs/promises'
import {build, type Plugin} from 'esbuild'
import {defineConfig} from 'tsup'
import {workerdModules} from './scripts/workerd-modules.js'

// Files read at run time next to the bundle: the generated data (see scripts/build-*.ts), and the
// worker threads' CommonJS entry, which loads `worker.js` (see src/batch/worker.cjs for why).
const copiedFiles = ['src/gazetteer/gazetteer.data.bin', 'src/lexicon/lexicon.data.bin', 'src/validate/schema-org/vocabulary.data.json', 'src/batch/worker.cjs']

// Node 20 reads \p{…} in regex literals; without this esbuild turns each such
// literal into `new RegExp(…)`, which builds a RegExp object on every call
// (about 7 times the cost of a literal's test, on the per-token path).
const supported = {'regexp-unicode-property-escapes': true}

// The Workers build imports the data files that the Node build copied to dist/ (see src/data-files.d.ts).
const dataFilesInDist: Plugin = {
  name: 'data-files-in-dist',
  setup(build) {
    build.onResolve({filter: /\.data\.bin$/}, (args) => ({path: '../' + args.path.slice(args.path.lastIndexOf('/') + 1), external: true}))
  }
}

/**
 * The package's `workerd` export condition (Cloudflare Workers): the same
 * sources, with the `.workerd.ts` siblings of scripts/workerd-modules.ts, and
 * the same types as the Node build.
 */
async function buildForWorkerd() {
  await build({
    entryPoints: {index: 'src/index.ts', remark: 'src/remark.ts', rehype: 'src/rehype.ts'},
    outdir: 'dist/workerd',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    packages: 'external',
    plugins: [workerdModules, dataFilesInDist],
    supported,
    logLevel: 'warning'
  })
}

export default defineConfig({
  entry: {index: 'src/index.ts', remark: 'src/remark.ts', rehype: 'src/rehype.ts', vitest: 'src/vitest/index.ts', worker: 'src/batch/worker.ts', cli: 'src/cli.ts'},
  format: ['esm'],
  target: 'node20',
  dts: {entry: {index: 'src/index.ts', remark: 'src/remark.ts', rehype: 'src/rehype.ts', vitest: 'src/vitest/index.ts'}},
  // The matchers extend the test runner the user already has.
  external: ['vitest'],
  clean: true,
  esbuildOptions(options) {
    options.supported = {...options.supported, ...supported}
  },
  async onSuccess() {
    for (const file of copiedFiles) await copyFile(file, 'dist/' + file.slice(file.lastIndexOf('/') + 1))
    await buildForWorkerd()
    // esbuild leaves non-ASCII characters in regex literals and comments; one
    // such character makes V8 keep the whole module source two bytes per
    // character for the life of the process (0.3 MB of live heap). Escaped,
    // they mean the same in a regex, a string or a comment.
    for (const name of await readdir('dist', {recursive: true})) {
      if (!name.endsWith('.js')) continue
      const code = await readFile('dist/' + name, 'utf8')
      const ascii = code.replace(/[^\0-\x7f]/g, (char) => '\\u' + char.charCodeAt(0).toString(16).padStart(4, '0'))
      if (ascii !== code) await writeFile('dist/' + name, ascii)
    }
  }
})
