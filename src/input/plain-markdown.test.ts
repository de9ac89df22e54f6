// plainMarkdownTree: for Markdown with no syntax, the very tree remark-parse builds (positions included); for anything else, nothing.
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, test} from 'vitest'
import {plainMarkdownTree} from './plain-markdown.js'

const remark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze()

describe('plain Markdown: the tree remark builds', () => {
  test.each([
    ['one paragraph', 'Maria Delgado said the vote was close.'],
    ['paragraphs and a final line feed', 'First paragraph.\n\nSecond one\nruns on two lines.\n'],
    ['no text at all', ''],
    ['blank lines of spaces, around and between', '\n   \nOne.\n  \n\nTwo.\n\n \n'],
    ['trailing spaces on the last line of a paragraph', 'One, two   \n\nthree  '],
    ['one space before a line break inside a paragraph', 'The council met \non Tuesday. \nIt voted.'],
    ['curly quotes, dashes, accents and astral characters', '“Sí,” said Ramón — 😀 at 9 a.m.\n\n‘Fine,’ she said.'],
    ['marks that are no syntax here', 'AT&T and Q&A, 3.5 percent (up 2) | 1,000: 50% off! #1 ~ a+b = c > d'],
    ['a number that opens a line but no list', '2016 was a year.\n1999 too.'],
    ['brackets with no link', 'He [the mayor] said it [sic].\n\nMore cheers [Applause.] and [a][b] and [c][] text.'],
  ])('%s', (_, text) => {
    const tree = plainMarkdownTree(text)
    expect(tree).toBeDefined()
    expect(tree).toEqual(remark.parse(text))
  })
})

describe('anything that may be syntax: declined, for remark to read', () => {
  test.each([
    ['emphasis', 'a *word*'],
    ['strong with underscores', 'a __word__'],
    ['a link', 'see [here](https://example.com)'],
    ['a link reference definition', 'see [here]\n\n[here]: https://example.com'],
    ['code', 'run `ls`'],
    ['an escape', 'a \\* star'],
    ['html', 'a <b>bold</b> word'],
    ['a character reference', 'Ben &amp; Jerry'],
    ['a numeric character reference', 'Ben &#38; Jerry'],
    ['a heading', '# Title'],
    ['a quote', '> quoted'],
    ['a bullet', '- item'],
    ['a plus bullet', '+ item'],
    ['an ordered item', '1. item'],
    ['an ordered item with a parenthesis', '12) item'],
    ['a setext underline', 'Title\n==='],
    ['a tilde fence', '~~~\ncode\n~~~'],
    ['an indented line', 'One.\n\n    code'],
    ['a hard break of two spaces', 'one  \ntwo'],
    ['a tab', 'a\tb'],
    ['a carriage return', 'a\r\nb'],
    ['a byte order mark', '\uFEFFText'],
    ['frontmatter', '---\ntitle: A\n---\nText'],
  ])('%s', (_, text) => {
    expect(plainMarkdownTree(text)).toBeUndefined()
  })
})

test('on random texts of tricky characters, every tree given is the one remark builds', () => {
  const alphabet = ['[', ']', '](', '[x]', ']:', 'a', 'B', ' ', '  ', '\n', '\n\n', '1', '.', ')', '-', '#', '&', 'amp;', ';', '’', '😀', '=', '>', '~', '+', '\t', 'é', '\u2028', '!', '"', '(', ':']
  let seed = 2026
  const next = (limit: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % limit
  }
  let given = 0
  for (let round = 0; round < 8000; round++) {
    let text = ''
    for (let length = next(24); length > 0; length--) text += alphabet[next(alphabet.length)]
    const tree = plainMarkdownTree(text)
    if (tree === undefined) continue
    given++
    expect(tree, JSON.stringify(text)).toEqual(remark.parse(text))
  }
  // The check means something only if many texts were read as plain.
  expect(given).toBeGreaterThan(1000)
})
