import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {plainTextToDocument} from './plain-text.js'

function blocks(value: string) {
  return plainTextToDocument(new VFile({value})).blocks.map((block) => [block.kind, block.text])
}

describe('plainTextToDocument', () => {
  test('headline, dek, then one paragraph per line', () => {
    expect(blocks('Headline here\nA dek line.\n\nFirst paragraph.\nSecond paragraph.\n')).toEqual([
      ['heading', 'Headline here'],
      ['dek', 'A dek line.'],
      ['paragraph', 'First paragraph.'],
      ['paragraph', 'Second paragraph.']
    ])
  })

  test('paragraphs separated by blank lines', () => {
    expect(blocks('Headline\n\nOne.\n\nTwo.')).toEqual([
      ['heading', 'Headline'],
      ['paragraph', 'One.'],
      ['paragraph', 'Two.']
    ])
  })

  test('joins hard-wrapped paragraphs', () => {
    const wrapped = 'Headline\n\nWASHINGTON (AP) — The Senate voted on Tuesday to approve a\nbill that would expand rural broadband, sending it to the\nHouse.\n\nNext paragraph.'
    expect(blocks(wrapped)).toEqual([
      ['heading', 'Headline'],
      ['paragraph', 'WASHINGTON (AP) — The Senate voted on Tuesday to approve a bill that would expand rural broadband, sending it to the House.'],
      ['paragraph', 'Next paragraph.']
    ])
  })

  test('credits after a rule and scrape leftovers are a trailer', () => {
    expect(blocks('Headline\n\nStory.\n\n___\n\nJane Doe in Chicago contributed to this report.\n\nWhat’s Your Reaction?')).toEqual([
      ['heading', 'Headline'],
      ['paragraph', 'Story.'],
      ['trailer', 'Jane Doe in Chicago contributed to this report.'],
      ['trailer', 'What’s Your Reaction?']
    ])
  })

  test('a press release’s SOURCE credit starts the trailer; the word in a sentence does not', () => {
    expect(blocks('Headline\n\nStory.\n\nSOURCE Acme Corp.')).toEqual([
      ['heading', 'Headline'],
      ['paragraph', 'Story.'],
      ['trailer', 'SOURCE Acme Corp.']
    ])
    expect(blocks('Headline\n\nStory.\n\nSource: the county clerk.\n\nSOURCES said so.')).toEqual([
      ['heading', 'Headline'],
      ['paragraph', 'Story.'],
      ['paragraph', 'Source: the county clerk.'],
      ['paragraph', 'SOURCES said so.']
    ])
  })

  test('CRLF, a BOM and indentation', () => {
    expect(blocks('\uFEFFHeadline\r\n\r\n   Story.\r\n')).toEqual([
      ['heading', 'Headline'],
      ['paragraph', 'Story.']
    ])
  })

  test('maps text back to source offsets', () => {
    const value = 'Headline\n\n  First line.\nSecond line.'
    const document = plainTextToDocument(new VFile({value}))
    const second = document.blocks[2]!
    expect(value.slice(second.map.toSource(0))).toBe('Second line.')
    expect(document.toPosition(second.map.toSource(0)!, value.length)).toMatchObject({start: {line: 4, column: 1}})
  })

  test('empty input has no blocks', () => {
    expect(blocks('')).toEqual([])
    expect(blocks('\n\n  \n')).toEqual([])
  })
})
