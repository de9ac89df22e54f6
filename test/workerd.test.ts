// The package's `workerd` build (dist/workerd/, the Cloudflare Workers export condition): it reaches no
// Node API, and in workerd, Cloudflare's own runtime, it converts articles as the Node build does.
import {readFile, readdir} from 'node:fs/promises'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'
import {beforeAll, expect, test} from 'vitest'
import {workerdModules} from '../scripts/workerd-modules.js'
import {type Build, type Case, convertCases} from './helpers/convert-cases.js'
import {runInWorkerd, wranglerConditions} from './helpers/workerd.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const dist = join(root, 'dist')

test('the core, the plugins and their dependencies bundle for a browser-like target with no Node built-in', async () => {
  const result = await build({
    entryPoints: ['index.ts', 'remark.ts', 'rehype.ts'].map((entry) => join(root, 'src', entry)),
    bundle: true,
    write: false,
    outdir: 'out',
    platform: 'browser',
    conditions: wranglerConditions,
    format: 'esm',
    loader: {'.bin': 'binary'},
    plugins: [workerdModules],
    metafile: true,
    logLevel: 'silent'
  })
  const reached = Object.entries(result.metafile.inputs).flatMap(([file, input]) =>
    input.imports.filter((imported) => imported.path.startsWith('node:') || imported.external).map((imported) => file + ' → ' + imported.path)
  )
  expect(reached).toEqual([])
  const inputs = Object.keys(result.metafile.inputs)
  expect(inputs.filter((input) => input.endsWith('.workerd.ts')).length).toBeGreaterThanOrEqual(5)
  expect(inputs.some((input) => input.includes('piscina'))).toBe(false)
})

test('the built entries share one copy of the code and its caches: a single chunk imports the data files', async () => {
  const files = (await readdir(join(dist, 'workerd'))).filter((name) => name.endsWith('.js'))
  const importers = []
  for (const name of files) if ((await readFile(join(dist, 'workerd', name), 'utf8')).includes('../gazetteer.data.bin')) importers.push(name)
  expect(importers).toHaveLength(1)
  expect(importers[0]).toMatch(/^chunk-/)
})

// Articles that reach every data file and every package loaded on first use: the gazetteer and the word lists
// (places, names), yaml (frontmatter, a broken one too), valibot (`knownEntities`) and the vocabulary (`validate`).
const options = {
  baseUrl: 'https://news.example/stories/',
  publisher: {name: 'Example News', url: 'https://news.example/'},
  knownEntities: [{type: 'Person', name: 'Rosalind Okafor', sameAs: 'https://news.example/people/rosalind-okafor'}]
} as const
const cases: Case[] = []

beforeAll(async () => {
  const articles = join(root, 'examples', 'articles')
  for (const name of (await readdir(articles)).sort()) cases.push({name, value: await readFile(join(articles, name), 'utf8'), options})
  cases.push({
    name: 'river-trail.html',
    value: '<html><head><title>River trail reopens</title></head><body><article><h1>River trail reopens</h1>' +
      '<p>PUEBLO, Colo. (KXYZ) &mdash; &ldquo;It took two summers,&rdquo; said parks director Lena Ortiz.</p></article></body></html>',
    options: {...options, format: 'html'}
  })
  cases.push({name: 'broken-frontmatter.md', value: '---\ntitle: [unclosed\n---\n\nGREELEY, Colo. — The plant closed.\n', options})
})

test('in workerd, the Workers build converts, validates and batches articles as the Node build does', async () => {
  const worker = `
    import * as core from './dist/workerd/index.js'
    import remarkNewsArticle from './dist/workerd/remark.js'
    import {convertCases} from './test/helpers/convert-cases.ts'
    import cases from './cases.json'
    export default {
      async test() {
        let refusal
        try {
          await core.articlesToJsonLd([], {concurrency: 2}).next()
        } catch (error) {
          refusal = error.message
        }
        console.log(JSON.stringify({converted: await convertCases({core, remarkNewsArticle}, cases), refusal}))
      }
    }`
  const inWorkerd = JSON.parse(await runInWorkerd(worker, {'cases.json': cases})) as {converted: unknown; refusal: string | undefined}

  const node: Build = {core: await import(join(dist, 'index.js')), remarkNewsArticle: (await import(join(dist, 'remark.js'))).default}
  const inNode = JSON.parse(JSON.stringify(await convertCases(node, cases))) as {results: Array<{name: string; jsonld: unknown; messages: unknown[]}>}
  // The cases reach what they are meant to: places, people, the known entity, a YAML error.
  const graphs = JSON.stringify(inNode.results.map((result) => result.jsonld))
  expect(graphs).toContain('"City"')
  expect(graphs).toContain('"Quotation"')
  expect(graphs).toContain('https://news.example/people/rosalind-okafor')
  expect(JSON.stringify(inNode.results.find((result) => result.name === 'broken-frontmatter.md')?.messages)).toMatch(/YAML|frontmatter/i)

  expect(inWorkerd.converted).toEqual(inNode)
  expect(inWorkerd.refusal).toBe('Expected `concurrency` 1 and no `timeout` in Cloudflare Workers, which have no worker threads to run a pool in')
})
