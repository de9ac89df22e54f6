// Each guard and limit of src/input on both sides: empty, one character, the limit and one past it, malformed, unicode.
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {articleToJsonLd} from '../../src/article-to-json-ld.js'
import {detectFormat} from '../../src/input/detect-format.js'
import {deepMarkdownParagraphs, htmlNesting} from '../../src/input/nesting.js'
import {toWellFormed, wellFormed} from '../../src/input/well-formed.js'
import {plainTextToDocument} from '../../src/input/plain-text.js'
import {VFile} from 'vfile'

describe('detectFormat', () => {
  test('the extension wins, in any case', () => {
    expect(detectFormat('# Heading', '.TXT')).toBe('text')
    expect(detectFormat('plain', '.Md')).toBe('markdown')
    expect(detectFormat('plain', '.markdown')).toBe('markdown')
    expect(detectFormat('plain', '.mdx')).toBe('markdown')
    expect(detectFormat('plain', '.HTM')).toBe('html')
    expect(detectFormat('<html>', '.text')).toBe('text')
    // An unknown extension leaves it to the content.
    expect(detectFormat('<html>', '.rtf')).toBe('html')
  })

  test('empty text and one character are text', () => {
    expect(detectFormat('', undefined)).toBe('text')
    expect(detectFormat('#', undefined)).toBe('text')
    expect(detectFormat('<', undefined)).toBe('text')
  })

  test('frontmatter needs `---` and a line end, after an optional BOM', () => {
    expect(detectFormat('---\ntitle: A\n---\n', undefined)).toBe('markdown')
    expect(detectFormat('---\r\ntitle: A\r\n---\r\n', undefined)).toBe('markdown')
    expect(detectFormat('\uFEFF---\ntitle: A\n---\n', undefined)).toBe('markdown')
    expect(detectFormat('--- \ntitle', undefined)).toBe('text')
    expect(detectFormat('---', undefined)).toBe('text')
    expect(detectFormat('\uFEFF\uFEFF---\n', undefined)).toBe('text')
  })

  test('HTML starts with a doctype, html, body or article tag, after white space, in any case', () => {
    for (const start of ['<!DOCTYPE html>', '<!doctype html>', '<html lang="en">', '<HTML>', '<body>', '<article>', '  \n<article class="x">']) {
      expect(detectFormat(start + '<p>A</p>', undefined)).toBe('html')
    }
    for (const start of ['<p>', '<div>', '<!doctype xml>', '<htm>', 'x<html>']) expect(detectFormat(start + ' A', undefined)).toBe('text')
  })

  test.each([
    ['# Heading', 'markdown'],
    ['###### Six', 'markdown'],
    ['####### Seven', 'text'],
    ['#Tight', 'text'],
    ['> quoted', 'markdown'],
    ['>tight', 'text'],
    ['- item', 'markdown'],
    ['* item', 'markdown'],
    ['+ item', 'markdown'],
    ['- ', 'text'],
    ['-item', 'text'],
    ['1. item', 'markdown'],
    ['999. item', 'markdown'],
    ['1000. item', 'text'],
    ['1.item', 'text'],
    ['some **bold** words', 'markdown'],
    ['a *single* star', 'text'],
    ['[link](https://x.example)', 'markdown'],
    ['[not a link] (x)', 'text']
  ])('%j is %s', (value, format) => {
    expect(detectFormat('Lead line\n' + value, undefined)).toBe(format)
  })

  test('looks at the first 200 lines only', () => {
    expect(detectFormat('x\n'.repeat(199) + '# Heading', undefined)).toBe('markdown')
    expect(detectFormat('x\n'.repeat(200) + '# Heading', undefined)).toBe('text')
  })
})

/** `String.prototype.isWellFormed` (ES2024, past this package's `lib`): only well-formed text encodes as UTF-8. */
function isWellFormed(value: string): boolean {
  try {
    encodeURIComponent(value)
    return true
  } catch {
    return false
  }
}

describe('plain text: hard-wrapped paragraphs', () => {
  const paragraphs = (text: string) =>
    plainTextToDocument(new VFile(text))
      .blocks.filter((block) => block.kind === 'paragraph')
      .map((block) => block.text)

  test('lines of up to 100 characters that rarely end a sentence are one paragraph; a longer line is not wrapped copy', () => {
    const line = (length: number) => 'w'.repeat(length - 1) + ','
    expect(paragraphs(`Headline\n\n${line(100)}\nend.`)).toEqual([`${line(100)} end.`])
    expect(paragraphs(`Headline\n\n${line(101)}\nend.`)).toEqual([line(101), 'end.'])
  })

  test('lines that end sentences half the time or more are paragraphs of their own', () => {
    expect(paragraphs('Headline\n\nOne.\ntwo\nthree.')).toEqual(['One.', 'two', 'three.'])
    expect(paragraphs('Headline\n\nOne\ntwo\nthree.')).toEqual(['One two three.'])
  })
})

describe('toWellFormed', () => {
  test('empty, one character and surrogate pairs pass unchanged', () => {
    expect(toWellFormed('')).toEqual({text: '', loneSurrogates: []})
    expect(toWellFormed('a')).toEqual({text: 'a', loneSurrogates: []})
    expect(toWellFormed('😀')).toEqual({text: '😀', loneSurrogates: []})
    expect(toWellFormed('\uD800\uDC00\uDBFF\uDFFF')).toEqual({text: '\uD800\uDC00\uDBFF\uDFFF', loneSurrogates: []})
  })

  test('each lone surrogate becomes U+FFFD at its offset: first, last, reversed pair, two highs', () => {
    expect(toWellFormed('\uD800')).toEqual({text: '\uFFFD', loneSurrogates: [0]})
    expect(toWellFormed('\uDFFF')).toEqual({text: '\uFFFD', loneSurrogates: [0]})
    expect(toWellFormed('ab\uD83D')).toEqual({text: 'ab\uFFFD', loneSurrogates: [2]})
    expect(toWellFormed('\uDC00\uD800x')).toEqual({text: '\uFFFD\uFFFDx', loneSurrogates: [0, 1]})
    expect(toWellFormed('\uD800\uD800\uDC00')).toEqual({text: '\uFFFD\uD800\uDC00', loneSurrogates: [0]})
    // Just outside the surrogate range.
    expect(toWellFormed('\uD7FF\uE000')).toEqual({text: '\uD7FF\uE000', loneSurrogates: []})
  })

  test('the result is always well-formed and as long as the input (property)', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary'}), (value) => {
        const text = wellFormed(value)
        expect(text.length).toBe(value.length)
        expect(isWellFormed(text)).toBe(true)
        if (isWellFormed(value)) expect(text).toBe(value)
      }),
      {numRuns: 500}
    )
  })
})

describe('nesting limits', () => {
  test('HTML nested exactly `max` deep passes; one more is refused at the tag that goes past', () => {
    expect(htmlNesting('<div>'.repeat(3), 3)).toBeUndefined()
    expect(htmlNesting('<div>'.repeat(4), 3)).toEqual({offset: 15, depth: 4})
    // Closing tags, void elements and non-tags do not deepen it.
    expect(htmlNesting('<div></div>'.repeat(10) + '<br>'.repeat(10) + '< div>'.repeat(10) + '<1>'.repeat(10), 1)).toBeUndefined()
    expect(htmlNesting('', 1)).toBeUndefined()
    expect(htmlNesting('<', 1)).toBeUndefined()
  })

  test('Markdown containers and brackets nested exactly `max` deep pass; one more is a deep paragraph', () => {
    expect(deepMarkdownParagraphs('> '.repeat(3) + 'x', 3)).toEqual([])
    expect(deepMarkdownParagraphs('> '.repeat(4) + 'x', 3)).toMatchObject([{depth: 4, start: 0}])
    expect(deepMarkdownParagraphs('['.repeat(3) + 'x', 3)).toEqual([])
    expect(deepMarkdownParagraphs('['.repeat(4) + 'x', 3)).toMatchObject([{depth: 4, offset: 3}])
    // Closed brackets do not add up.
    expect(deepMarkdownParagraphs('[a]'.repeat(10), 1)).toEqual([])
    expect(deepMarkdownParagraphs('', 1)).toEqual([])
  })

  test('only the deep paragraph is flagged, with its bounds', () => {
    const value = 'fine\n\n' + '> '.repeat(5) + 'deep\n\nfine again'
    // From the paragraph's start to the blank line that ends it; the offset is the marker that goes past.
    expect(deepMarkdownParagraphs(value, 3)).toEqual([{start: 6, end: value.indexOf('\n\nfine') + 1, offset: 12, depth: 4}])
  })

  test('maxNesting and maxBytes apply at the limit and one past it', () => {
    const rules = (input: string, options: Record<string, number>) => articleToJsonLd(input, options).messages.map((message) => message.ruleId)
    expect(rules('<html><body>' + '<div>'.repeat(8) + 'x', {maxNesting: 10})).not.toContain('unreadable-article')
    expect(rules('<html><body>' + '<div>'.repeat(9) + 'x', {maxNesting: 10})).toContain('unreadable-article')
    expect(rules('é'.repeat(5), {maxBytes: 10})).not.toContain('unreadable-article')
    // Bytes, not characters: 6 × 2 bytes of UTF-8.
    expect(rules('é'.repeat(6), {maxBytes: 11})).toContain('unreadable-article')
  })
})
