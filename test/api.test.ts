import {expect, test} from 'vitest'

test('exposes the public api', async () => {
  expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
    'articleToJsonLd',
    'serializeJsonLd',
    'toMetaTags',
    'toScriptTag'
  ])
})
