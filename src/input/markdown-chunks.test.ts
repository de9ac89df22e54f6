// markdownByChunks: wherever it gives a tree, the very tree remark-parse builds for the whole text (positions included).
import {createRequire} from 'node:module'
import fc from 'fast-check'
import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, test} from 'vitest'
import {markdownByChunks} from './markdown-chunks.js'

const remark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze()

/** The chunks remark was asked to read, and the tree. */
function read(text: string): {tree: Root | undefined; parsed: string[]} {
  const parsed: string[] = []
  const tree = markdownByChunks(text, (chunk) => {
    parsed.push(chunk)
    return remark.parse(chunk)
  })
  return {tree, parsed}
}

describe('plain regions: built directly, the tree remark builds', () => {
  test.each([
    ['one paragraph', 'Maria Delgado said the vote was close.'],
    ['paragraphs and a final line feed', 'First paragraph.\n\nSecond one\nruns on two lines.\n'],
    ['no text at all', ''],
    ['blank lines of spaces, around and between', '\n   \nOne.\n  \n\nTwo.\n\n \n'],
    ['trailing spaces on the last line of a paragraph', 'One, two   \n\nthree  '],
    ['one space before a line break inside a paragraph', 'The council met \non Tuesday. \nIt voted.'],
    ['curly quotes, dashes, accents and astral characters', '“Sí,” said Ramón — 😀 at 9 a.m.\n\n‘Fine,’ she said.'],
    ['marks that are no syntax here', 'AT&T and Q&A, 3.5 percent (up 2) | 1,000: 50% off! 1 # 2 ~ a+b = c > d'],
    ['a number that opens a line but no list', '2016 was a year.\n1999 too.'],
    ['brackets with no link', 'He [the mayor] said it [sic].\n\nMore cheers [Applause.] and [a][b] and [c][] text.'],
  ])('%s', (_, text) => {
    const {tree, parsed} = read(text)
    expect(tree).toEqual(remark.parse(text))
    expect(parsed).toEqual([])
  })
})

describe('regions with syntax: remark reads each alone, and the tree is the one of the whole text', () => {
  test.each([
    ['emphasis in one paragraph of three', 'One plain.\n\nA *word* here\nand a line.\n\nThree plain.', ['A *word* here\nand a line.\n']],
    ['strong with underscores', 'a __word__', ['a __word__']],
    ['a link', 'Plain.\n\nsee [here](https://example.com)\n', ['see [here](https://example.com)\n']],
    ['code and an escape, side by side: one call', 'run `ls`\n\na \\* star', ['run `ls`\n\na \\* star']],
    ['regions with syntax apart: one call each', '*One*\n\nPlain.\n\n`two`\n\n# Three\n\nPlain.', ['*One*\n', '`two`\n\n# Three\n']],
    ['inline HTML', 'a <b>bold</b> word', ['a <b>bold</b> word']],
    ['an HTML block of its own line, which ends at a blank line', 'Before.\n\n<figure data-id="7">\n\nAfter.', ['<figure data-id="7">\n']],
    ['a character reference', 'Ben &amp; Jerry\n\nAT&T', ['Ben &amp; Jerry\n']],
    ['a heading', '# Title\nText under it.\n\nMore.', ['# Title\nText under it.\n']],
    ['a setext heading', 'Title\n===\n\nText.', ['Title\n===\n']],
    ['a block quote with a lazy line', '> quoted\nlazy\n\nAfter.', ['> quoted\nlazy\n']],
    ['a rule of underscores', 'One.\n\n___\n\nTwo.', ['___\n']],
    ['emphasis that opens a line', '*Editor’s note:* corrected.\n\nText.', ['*Editor’s note:* corrected.\n']],
    ['a code span that opens a line', '`npm test` passes.', ['`npm test` passes.']],
    ['a hard break of two spaces', 'one  \ntwo\n\nthree', ['one  \ntwo\n']],
    ['a bullet list over blank lines, as one region', 'Key points:\n\n- one\n\n- two\n  more\n\nAfter.', ['- one\n\n- two\n  more\n']],
    ['a list that interrupts a paragraph', 'Points:\n* one\n\n  still one\n\nAfter.', ['Points:\n* one\n\n  still one\n']],
    ['an ordered list', 'Steps.\n\n1. First\n2) Second', ['1. First\n2) Second']],
    ['a list item of two paragraphs', 'One.\n\n- item\n\n  more of it\n\nTwo.', ['- item\n\n  more of it\n']],
    ['a rule of dashes and a setext underline', 'Title\n---\n\n--- x', ['Title\n---\n\n--- x']],
  ])('%s', (_, text, chunks) => {
    const {tree, parsed} = read(text)
    expect(tree).toEqual(remark.parse(text))
    expect(parsed).toEqual(chunks)
  })

  test('frontmatter: the text up to its closing fence is read alone, then the chunks after it', () => {
    const text = '---\ntitle: A vote\ntags: [city]\n---\nThe council *met*.\n\nIt voted.\n'
    const {tree, parsed} = read(text)
    expect(tree).toEqual(remark.parse(text))
    expect(parsed).toEqual(['---\ntitle: A vote\ntags: [city]\n---', 'The council *met*.\n'])
  })

  test.each([
    ['spaces after its fences', '---  \ntitle: A\n---   \nText.'],
    ['a blank line inside it, and a dash line', '---\ntitle: A\n\nlist:\n- a\n---\n\nText.'],
    ['a line feed and nothing after it', '---\ntitle: A\n---\n'],
    ['an empty one', '---\n---\n# Title'],
  ])('frontmatter with %s', (_, text) => {
    expect(read(text).tree).toEqual(remark.parse(text))
  })

  test('frontmatter and nothing else', () => {
    const text = '---\ntitle: A\n---'
    expect(read(text).tree).toEqual(remark.parse(text))
  })
})

test('regions with syntax side by side are read 32 to a call, where remark slows with the square of their number', () => {
  // 70 block quotes, then 70 setext headings: 140 regions, none plain.
  const text = '> quoted\n\n'.repeat(70) + 'Title\n---\n\n'.repeat(70)
  const {tree, parsed} = read(text)
  expect(tree).toEqual(remark.parse(text))
  expect(parsed.map((chunk) => chunk.split('\n\n').length)).toEqual([32, 32, 32, 32, 12])
})

describe('a construct that may reach any later line: declined, for remark to read the whole text', () => {
  test.each([
    ['a link reference definition', 'see [here]\n\n[here]: https://example.com'],
    ['a link reference definition in a block quote', 'see [here]\n\n> [here]: https://example.com'],
    ['a backtick fence', '```\ncode\n\nmore\n```'],
    ['a tilde fence', '~~~\ncode\n~~~'],
    ['a script block', '<script>\nlet a\n\nlet b\n</script>'],
    ['a pre block after three spaces', '   <pre>\ntext\n\nmore\n</pre>'],
    ['a comment', '<!-- note\n\nstill a note -->'],
    ['a processing instruction', '<?php\n\n?>'],
    ['a declaration', '<!DOCTYPE html>'],
    ['a pre block in a list item, which takes the blank lines after it', '+ <pre>\n\n  '],
    ['a comment inside a paragraph', 'Text <!-- a note --> and more.'],
    ['a dash line opening a region, which could be frontmatter when read alone', 'One.\n\n---\nkey: value\n---'],
    ['frontmatter that is never closed', '---\ntitle: A\n\nText.'],
    ['indented code', 'One.\n\n    code'],
    ['indented code in a list item', '- item\n\n      code'],
    ['spaces after a list, which may belong to it', '- item\n    \nText.'],
    ['a tab', 'a\tb'],
    ['a carriage return', 'a\r\nb'],
    ['a byte order mark', '\uFEFFText'],
  ])('%s', (_, text) => {
    expect(markdownByChunks(text, (chunk) => remark.parse(chunk))).toBeUndefined()
  })
})

test('on random texts of Markdown pieces, every tree given is the one remark builds for the whole text', () => {
  const piece = fc.constantFrom(
    ...['[', ']', '](', '[x]', ']:', 'a', 'B', ' ', '  ', '\n', '\n\n', '1', '.', ')', '-', '#', '&', 'amp;', ';', '’', '😀', '=', '>', '~', '+', '\t', 'é', '\u2028', '!', '"', '(', ':'],
    ...['*', '_', '`', '```', '\\', '<', '<b>', '</b>', '<div>', '<pre>', '<!--', '-->', '<x y="1">', '---', '___', '***', '# ', '> ', '* ', '1. ', '    ', 'http://a.b', '&#38;'],
    ...['\n- ', '\n* ', '\n+ ', '\n2) ', '\n  ', '\n    ', '\n\n  ', '\n\n- ', '\n\n    ', '\n---\n', '[a]: /u\n', '<script>', '</script>'],
  )
  let given = 0
  fc.assert(
    fc.property(fc.array(piece, {maxLength: 30}), (pieces) => {
      const text = pieces.join('')
      const tree = markdownByChunks(text, (chunk) => remark.parse(chunk))
      if (tree === undefined) return
      given++
      expect(tree).toEqual(remark.parse(text))
    }),
    {numRuns: 6000},
  )
  // The check means something only if many texts were read chunk by chunk.
  expect(given).toBeGreaterThan(1500)
})

test('every example of the CommonMark spec, alone and joined to the next one: the tree remark builds, where one is given', () => {
  // The spec writes a tab as `→`.
  const examples = commonmarkExamples().map((example) => example.markdown.replaceAll('→', '\t'))
  const texts = examples.flatMap((text, index) => {
    const next = examples[index + 1] ?? ''
    return [text, `${text}\n\n${next}`, `${text}\n${next}`]
  })
  let given = 0
  for (const text of texts) {
    const tree = markdownByChunks(text, (chunk) => remark.parse(chunk))
    if (tree === undefined) continue
    given++
    expect(tree, JSON.stringify(text)).toEqual(remark.parse(text))
  }
  expect(given).toBeGreaterThan(texts.length / 3)
})

/** The examples of the CommonMark spec (0.31.2), from the `commonmark-spec` package. */
function commonmarkExamples(): Array<{markdown: string}> {
  return (createRequire(import.meta.url)('commonmark-spec') as {tests: Array<{markdown: string}>}).tests
}
