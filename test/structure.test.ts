import {fileURLToPath} from 'node:url'
import {expect, test} from 'vitest'
import {functionLengths, importCycles, importsOf, sourceFiles} from './helpers/source-structure.js'

// The style rules a reader relies on: no import cycles (type imports count),
// no function over 100 lines, and the graph stage builds nodes from what the
// extractors resolved instead of asking the gazetteer again.
const root = fileURLToPath(new URL('../src/', import.meta.url))
const files = sourceFiles(root)

test('src has no import cycles', () => {
  expect(importCycles(root, files)).toEqual([])
})

test('no function in src is over 100 lines', () => {
  const long = functionLengths(root, files).filter((found) => found.lines > 100)
  expect(long.map((found) => `${found.file}:${found.line} ${found.name} (${found.lines} lines)`)).toEqual([])
})

test('the graph stage does not read the gazetteer', () => {
  const graph = files.filter((file) => file.fileName.includes('/graph/'))
  expect(graph.length).toBeGreaterThan(0)
  const reads = graph.flatMap((file) => importsOf(file).filter((path) => path.includes('/gazetteer/gazetteer')).map((path) => file.fileName + ' -> ' + path))
  expect(reads).toEqual([])
})

test('the scanners find what they look for', () => {
  // A cycle and a long function planted in memory must be caught.
  const planted = {
    'a.ts': "import type {B} from './b.js'\nexport type A = B\n",
    'b.ts': "import {a} from './a.js'\nexport type B = number\nexport function long() {\n" + '  a\n'.repeat(100) + '}\n'
  }
  expect(importCycles('/virtual/', sourceFiles('/virtual/', planted))).toEqual([['a.ts', 'b.ts']])
  expect(functionLengths('/virtual/', sourceFiles('/virtual/', planted)).map((found) => [found.name, found.lines])).toEqual([['long', 102]])
})
