import {describe, expect, test} from 'vitest'
import {editDistance} from './edit-distance.js'
import {closestName} from './closest-name.js'

describe('editDistance', () => {
  test.each([
    ['', '', 0],
    ['abc', '', 3],
    ['', 'abc', 3],
    ['datePublised', 'datePublished', 1],
    ['haedline', 'headline', 1],
    ['kitten', 'sitting', 3],
    ['ca', 'abc', 3]
  ])('%j → %j is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance)
    expect(editDistance(b, a)).toBe(distance)
  })
})

describe('closestName', () => {
  const names = ['author', 'datePublished', 'dateModified', 'headline', 'name', 'url', 'NewsArticle']

  test('finds the closest name within a budget that grows with length', () => {
    expect(closestName('datePublised', names)).toBe('datePublished')
    expect(closestName('newsarticle', names)).toBe('NewsArticle')
    expect(closestName('nme', names)).toBe('name')
    expect(closestName('uri', names)).toBe('url')
    expect(closestName('xyz', names)).toBeUndefined()
    expect(closestName('authorship', names)).toBeUndefined()
  })

  test('breaks ties by preference, then alphabetically', () => {
    expect(closestName('dateX', ['dateA', 'dateB'])).toBe('dateA')
    expect(closestName('dateX', ['dateA', 'dateB'], (name) => name === 'dateB')).toBe('dateB')
  })
})
