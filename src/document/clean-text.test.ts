import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {articleToJsonLd} from '../index.js'
import {cleanText, stripTags} from './clean-text.js'

describe('stripTags', () => {
  test.each([
    // Issue #13 item 7: a `<` that opens no tag is text.
    ['Why x<y matters: a <i>primer</i>', 'Why x<y matters: a primer'],
    ['A<![CDATA[B', 'A<![CDATA[B'],
    // Issue #12 item 4: an unclosed script and an unknown element are text.
    ['Why <script> tags matter', 'Why <script> tags matter'],
    ['Using Array<T> in TypeScript', 'Using Array<T> in TypeScript'],
    ['a <b unclosed', 'a <b unclosed'],
    ['a <!-- never closed', 'a <!-- never closed'],
    ['I <3 news', 'I <3 news'],
    ['a < b > c', 'a < b > c'],
    // Real markup goes.
    ['<b>Bold</b> move', 'Bold move'],
    ['a<br>b', 'a b'],
    ['a<br/>b', 'a b'],
    ['<p class="x>y">Text</p>', ' Text '],
    ['a<!-- note -->b', 'a b'],
    ['<![CDATA[Fire & ice]]>', 'Fire & ice'],
    ['x<script>alert(1)</script>y', 'x y'],
    ['x<style>p{}</style >y', 'x y'],
    ['<my-card>Hi</my-card>', ' Hi '],
    ['<?xml version="1.0"?>Hi', ' Hi'],
    ['<!doctype html>Hi', ' Hi']
  ])('%j', (input, expected) => {
    expect(stripTags(input)).toBe(expected)
  })

  test('text without tags passes through unchanged (property)', () => {
    // Every character that could confuse a tag reader. In HTML any ASCII letter after `<` or `</`
    // opens a tag (`<g->` is a custom element's), so such strings are no text without tags.
    const text = fc
      .string({unit: fc.constantFrom('g', 'j', 'x', 'y', 'z', 'T', 'Y', '1', ' ', '\n', '<', '>', '/', '"', "'", '=', '-', ']', '[')})
      .filter((value) => !/<\/?[a-z]/i.test(value))
    fc.assert(fc.property(text, (value) => stripTags(value) === value))
    const anyText = fc.string({unit: 'binary', maxLength: 200}).map((value) => value.replaceAll('<', ''))
    fc.assert(fc.property(anyText, (value) => stripTags(value) === value))
  })

  test('is linear: many unterminated openers read fast', () => {
    for (const opener of ['<!--', '<![CDATA[', '<script>', '<a "', '<?', '<b ']) {
      const value = opener.repeat(20_000)
      expect(stripTags(value)).toBe(value)
    }
  })
})

describe('cleanText', () => {
  test('a title with a literal `<` keeps every word in the JSON-LD', () => {
    const {jsonld} = articleToJsonLd('---\ntitle: "Why <script> tags matter"\n---\n\nBody text.')
    expect(jsonld['@graph'][0]).toMatchObject({headline: 'Why <script> tags matter'})
    expect(cleanText('Why x<y matters: a <i>primer</i>')).toBe('Why x<y matters: a primer')
  })
})
