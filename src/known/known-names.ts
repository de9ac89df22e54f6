/**
 * Finding known names in the text: every run of words that is a known
 * entity's name or alias, written as a name (capitalized, not the start of a
 * longer name), and not already a mention the extractors made.
 */
import type {ArticleDocument} from '../document/document.js'
import {type TextSpan, spanOf} from '../extract/span.js'
import type {KnownEntities} from './known-entities.js'

/** Where the extractors read names: blocks, and where in the first one names start (after a dateline). */
export interface NamedBlocks {
  readonly blocks: readonly number[]
  readonly startOf: (block: number) => number
}

/** A known name found in the text. */
export interface KnownName {
  readonly span: TextSpan
}

// Words, with inner apostrophes, dots, hyphens and ampersands (`O'Neil`, `U.S`, `AT&T`); each repeat eats a separator, so matching is linear.
const wordPattern = /[\p{L}\p{N}]+(?:['’.&-][\p{L}\p{N}]+)*/gu

/**
 * Known names in the blocks the extractors read, longest first at each word,
 * leaving out those inside `covered` (source offsets of mentions found).
 */
export function findKnownNames(document: ArticleDocument, named: NamedBlocks, known: KnownEntities, covered: ReadonlyArray<readonly [number, number]>): KnownName[] {
  const found: KnownName[] = []
  for (const index of named.blocks) {
    const block = document.blocks[index]
    if (!block) continue
    const text = block.text
    const words = [...text.matchAll(wordPattern)].map((match) => {
      // A possessive is the name's: `Delgado's` is `Delgado`.
      const word = match[0].replace(/['’]s$/, '')
      return {start: match.index, end: match.index + word.length, text: word}
    })
    for (let first = 0; first < words.length; first++) {
      if (words[first]!.start < named.startOf(index) || !isCapitalized(words[first]!.text)) continue
      for (let count = Math.min(known.longestName, words.length - first); count >= 1; count--) {
        const last = first + count - 1
        if (!joinedBySpaces(text, words, first, last) || isCapitalized(words[last + 1]?.text ?? '', text, words[last]!.end, words[last + 1]?.start)) continue
        const name = words.slice(first, last + 1).map((word) => word.text).join(' ')
        if (known.lookup(name).length === 0) continue
        const span = spanOf(document, block, words[first]!.start, words[last]!.end)
        if (!isCovered(span, covered)) found.push({span})
        first = last
        break
      }
    }
  }
  return found
}

/** Whether a word starts with a capital letter or a digit; a next word after a line's end or punctuation does not continue the name. */
function isCapitalized(word: string, text?: string, end?: number, nextStart?: number): boolean {
  if (word === '') return false
  if (text !== undefined && end !== undefined && nextStart !== undefined && !/^ +$/.test(text.slice(end, nextStart))) return false
  return /^[\p{Lu}\p{N}]/u.test(word)
}

function joinedBySpaces(text: string, words: ReadonlyArray<{start: number; end: number}>, first: number, last: number): boolean {
  for (let index = first; index < last; index++) {
    if (!/^ +$/.test(text.slice(words[index]!.end, words[index + 1]!.start))) return false
  }
  return true
}

function isCovered(span: TextSpan, covered: ReadonlyArray<readonly [number, number]>): boolean {
  const start = span.position?.start.offset
  const end = span.position?.end.offset
  // Without positions nothing can be told apart: a name the extractors found is not found twice.
  if (start === undefined || end === undefined) return true
  return covered.some(([from, to]) => start < to && from < end)
}
