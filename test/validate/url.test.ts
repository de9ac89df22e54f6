// What the validator takes for an absolute URL: a scheme, no surrounding whitespace, and a parse.
import {describe, expect, test} from 'vitest'
import {hasUrlScheme, isAbsoluteUrl} from '../../src/validate/schema-org/url.js'

describe('isAbsoluteUrl', () => {
  test.each(['https://news.example/story', 'mailto:desk@news.example', 'HTTPS://NEWS.EXAMPLE/'])('%j is absolute', (text) => {
    expect(isAbsoluteUrl(text)).toBe(true)
  })

  test.each([
    ['/images/a.jpg', 'no scheme'],
    ['//cdn.example/a.jpg', 'no scheme'],
    ['www.example.com', 'no scheme'],
    [' https://news.example/story', 'space before'],
    // The URL parser would strip it; as a JSON-LD value it is not the address.
    ['https://news.example/story ', 'space after'],
    ['https://news.example/story\n', 'line break after'],
    ['https://', 'no host'],
    ['', 'empty']
  ])('%j is not (%s)', (text) => {
    expect(isAbsoluteUrl(text)).toBe(false)
  })
})

describe('hasUrlScheme', () => {
  test.each([
    ['https:', true],
    ['git+ssh://host', true],
    ['a.b-c:', true],
    ['1http:', false],
    ['://x', false],
    ['https', false]
  ])('%j → %s', (text, expected) => {
    expect(hasUrlScheme(text)).toBe(expected)
  })
})
