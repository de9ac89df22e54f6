// The core (articleToJsonLd) is meant to run where Node's APIs are absent (Cloudflare Workers, browsers):
// bundle it for a browser target and list every Node built-in it still reaches.
import {build} from 'esbuild'
import {expect, test} from 'vitest'

test('the core bundles for a browser target, reaching Node built-ins only in the two data loaders and the options check', async () => {
  const result = await build({
    entryPoints: [new URL('../src/article-to-json-ld.ts', import.meta.url).pathname],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    metafile: true,
    logLevel: 'silent',
    external: ['node:*'],
  })
  const nodeImports = Object.entries(result.metafile.inputs).flatMap(([file, input]) =>
    input.imports.filter((imported) => imported.path.startsWith('node:') || imported.external).map((imported) => file + ' → ' + imported.path),
  )
  // Known, and the list may only shrink: the gazetteer and the word lists read their data files with node:fs,
  // and valibot (the `site` and `knownEntities` checks) and yaml (frontmatter) are loaded with Node's `require` on first use.
  expect(nodeImports.sort()).toEqual(['src/gazetteer/gazetteer.ts → node:fs', 'src/lexicon/words.ts → node:fs', 'src/load-package.ts → node:module'])
})

test('the package entry loads valibot and yaml when options are checked or frontmatter is read, not on import', async () => {
  const result = await build({
    entryPoints: [new URL('../src/index.ts', import.meta.url).pathname],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    metafile: true,
    logLevel: 'silent',
    packages: 'external',
  })
  const imported = Object.values(result.metafile.inputs).flatMap((input) => input.imports.map((item) => item.path))
  expect(imported).toContain('remark-parse')
  expect(imported).not.toContain('valibot')
  expect(imported).not.toContain('yaml')
})
