// spanOf: a block's text range and where it stands in the source, through the block's source map.
import type {Position} from 'unist'
import {expect, test} from 'vitest'
import type {ArticleDocument, Block} from '../document/document.js'
import {SourceMap} from '../document/source-map.js'
import {spanOf} from './span.js'

// The source `**Ana** Ruiz`: text `Ana Ruiz`, whose `Ana` starts at source offset 2 and ` Ruiz` at 7.
const map = new SourceMap()
map.add(0, 2)
map.add(3, 7)
const block: Block = {kind: 'paragraph', text: 'Ana Ruiz', group: 0, map}
const unmapped: Block = {kind: 'paragraph', text: 'Ana Ruiz', group: 0, map: new SourceMap()}

/** A document whose positions are its source offsets, on one line. */
const document: ArticleDocument = {
  format: 'markdown',
  frontmatter: undefined,
  blocks: [block],
  toPosition: (start, end): Position => ({start: {line: 1, column: start + 1, offset: start}, end: {line: 1, column: end + 1, offset: end}})
}
const offsets = (start: number, end: number) => {
  const span = spanOf(document, block, start, end)
  return {text: span.text, from: span.position?.start.offset, to: span.position?.end.offset}
}

test('a span covers its source from its first character to just after its last', () => {
  expect(offsets(0, 3)).toEqual({text: 'Ana', from: 2, to: 5})
  expect(offsets(4, 8)).toEqual({text: 'Ruiz', from: 8, to: 12})
  // Across the markup the source skips.
  expect(offsets(0, 8)).toEqual({text: 'Ana Ruiz', from: 2, to: 12})
  expect(offsets(2, 4)).toEqual({text: 'a ', from: 4, to: 8})
})

test('an empty span is a point where it starts', () => {
  expect(offsets(3, 3)).toEqual({text: '', from: 7, to: 7})
  expect(offsets(0, 0)).toEqual({text: '', from: 2, to: 2})
})

test('a block without a source map has no position', () => {
  expect(spanOf(document, unmapped, 0, 3)).toEqual({text: 'Ana', position: undefined})
  expect(spanOf(document, unmapped, 3, 3)).toEqual({text: '', position: undefined})
})
