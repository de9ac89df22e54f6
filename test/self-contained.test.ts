// A user's clone has only the repository: the tests and the library must
// run without the workspace's shared data folder beside the clone, and installing the
// published package must run nothing.
import {readFileSync, readdirSync} from 'node:fs'
import {describe, expect, test} from 'vitest'

const root = new URL('../', import.meta.url)

function sourceFiles(folder: string): string[] {
  return readdirSync(new URL(folder, root), {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile() && /\.(?:ts|js|mjs)$/.test(entry.name))
    .map((entry) => entry.parentPath + '/' + entry.name)
}

describe('a fresh clone', () => {
  test('no test or source file reads the shared data folder of the workspace', () => {
    const self = new URL(import.meta.url).pathname
    const readers = [...sourceFiles('src/'), ...sourceFiles('test/')].filter(
      (path) => path !== self && /['"`](?:\.\.\/)+shared\//.test(readFileSync(path, 'utf8'))
    )
    expect(readers).toEqual([])
  })

  test('the published manifest runs nothing when installed (the build runs in `prepack`)', () => {
    const manifest = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {scripts: Record<string, string>}
    const hooks = ['preinstall', 'install', 'postinstall', 'prepare'].filter((hook) => hook in manifest.scripts)
    expect(hooks).toEqual([])
    expect(manifest.scripts.prepack).toMatch(/\btsup\b/)
  })
})
