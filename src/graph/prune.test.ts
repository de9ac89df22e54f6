import {describe, expect, test} from 'vitest'
import {prune} from './prune.js'

describe('prune', () => {
  test('drops empty values at every depth, keeping the order of the keys left', () => {
    const node = {'@type': 'Person', name: 'Ada Okafor', jobTitle: undefined, url: '', sameAs: [], age: Number.NaN, memberOf: {'@type': 'Organization', name: null}, knows: [{'@id': '#b'}, undefined, '', {'@type': 'Person'}], width: 0}
    const pruned = prune(node)
    expect(pruned).toStrictEqual({'@type': 'Person', name: 'Ada Okafor', knows: [{'@id': '#b'}], width: 0})
    expect(Object.keys(pruned)).toEqual(['@type', 'name', 'knows', 'width'])
  })

  test('makes a copy and leaves the node as it was', () => {
    const node = {'@id': '#a', tags: ['x'], empty: undefined}
    const pruned = prune(node)
    expect(pruned).not.toBe(node)
    expect(pruned.tags).not.toBe(node.tags)
    expect(node).toStrictEqual({'@id': '#a', tags: ['x'], empty: undefined})
  })

  test('takes only a node\'s own keys, not inherited ones', () => {
    const node = Object.create({inherited: 'no'}) as Record<string, unknown>
    node['name'] = 'Own'
    expect(prune(node)).toStrictEqual({name: 'Own'})
  })

  test('gives an empty object for a node with nothing but its type', () => {
    expect(prune({'@type': 'Thing', name: ''})).toStrictEqual({})
  })
})
