// analyzeBlock: tokens, quote spans and which tokens lie inside a quote, a short one in particular.
import {expect, test} from 'vitest'
import {SourceMap} from '../document/source-map.js'
import {analyzeBlock} from './analyze.js'

const analyze = (text: string) => analyzeBlock({kind: 'paragraph', text, group: 3, map: new SourceMap()}, 7)

/** The words of `text` inside a quote, and those inside a short one. */
function quoted(text: string) {
  const analyzed = analyze(text)
  const words = (flags: readonly boolean[]) => analyzed.tokens.filter((token, index) => flags[index] && token.kind === 'word').map((token) => token.text)
  return {inQuote: words(analyzed.inQuote), inShortQuote: words(analyzed.inShortQuote)}
}

test('the block, its index, tokens and word count', () => {
  const analyzed = analyze('Ana Ruiz left.')
  expect(analyzed.index).toBe(7)
  expect(analyzed.block.group).toBe(3)
  expect(analyzed.tokens.map((token) => token.text)).toEqual(['Ana', 'Ruiz', 'left', '.'])
  expect(analyzed.wordCount).toBe(3)
})

test('double-quoted spans are quotes, single-quoted ones singles', () => {
  const analyzed = analyze('She said "we will go" to the \'Big Top\' crowd.')
  expect(analyzed.quotes.map((span) => [span.open, span.close])).toEqual([[9, 20]])
  expect(analyzed.singles.map((span) => [span.open, span.close])).toEqual([[29, 37]])
})

test('tokens strictly between the marks are in a quote; the marks and the words outside are not', () => {
  const analyzed = analyze('A "b c" d')
  expect(analyzed.inQuote).toEqual([false, false, true, true, false, false])
  expect(quoted('Ana said "we will go home" and "Bo left" then.')).toEqual({inQuote: ['we', 'will', 'go', 'home', 'Bo', 'left'], inShortQuote: ['we', 'will', 'go', 'home', 'Bo', 'left']})
})

test('a quote of at most six words is short', () => {
  expect(quoted('"one two three four five six" said Ana').inShortQuote).toEqual(['one', 'two', 'three', 'four', 'five', 'six'])
  expect(quoted('"one two three four five six seven" said Ana')).toEqual({inQuote: ['one', 'two', 'three', 'four', 'five', 'six', 'seven'], inShortQuote: []})
  // Words are counted between white space (tabs and line breaks too): commas make no word.
  expect(quoted('"one, two\tthree\nfour five six" said Ana').inShortQuote).toEqual(['one', 'two', 'three', 'four', 'five', 'six'])
  expect(quoted('"one two three four five six-seven-eight" said Ana').inShortQuote).toHaveLength(6)
  // Counted from after the opening mark: a tab after it starts no word.
  expect(quoted('"\tone two three four five six" said Ana').inShortQuote).toHaveLength(6)
  // An open quote runs to the end of the block, a space there making no word.
  expect(quoted('Ana said "one two three four five six ').inShortQuote).toHaveLength(6)
  // A single-quoted title is short too.
  expect(quoted("the 'Big Top' crowd").inShortQuote).toEqual(['Big', 'Top'])
})

test('no quotes: nothing is quoted', () => {
  expect(quoted('Ana left, and Bo stayed.')).toEqual({inQuote: [], inShortQuote: []})
})
