// Under Node, the packages that only some inputs or options need are loaded on first use (src/load-package.ts).
import {build} from 'esbuild'
import {expect, test} from 'vitest'

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
