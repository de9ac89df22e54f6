/**
 * Places written as the first part of a hyphenated compound: `Seattle-based
 * Starbucks`, `a New York-based squad`, `Ottawa-born`. The compound says
 * where something is based or born, so the place is named literally, though
 * no capitalized run ends at it.
 */
import type {AnalyzedBlock} from './analyze.js'
import {type Mention, mentionOf} from './mention.js'
import {Run} from './run.js'

/** Suffixes after a place that keep it a place: where something is based, born, headquartered. */
const placeSuffixes = ['-based', '-born', '-headquartered']

/**
 * The places named before `-based`, `-born` or `-headquartered` in a block, from
 * `start` on. One or two capitalized words may precede the compound (`New York-based`);
 * the longest that the gazetteer knows counts.
 */
export function compoundPlaceMentions(analyzed: AnalyzedBlock, start = 0): Mention[] {
  const {tokens} = analyzed
  const mentions: Mention[] = []
  // A block with no hyphen (most of them) has no compound: its tokens are not visited.
  if (!analyzed.block.text.includes('-')) return mentions
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.kind !== 'word' || token.start < start || !token.text.includes('-')) continue
    const suffix = placeSuffixOf(token.lower)
    if (suffix === undefined) continue
    const head = token.text.slice(0, -suffix.length)
    // A capital somewhere makes it a name (`Ottawa`, `'s-Hertogenbosch`), not a word (`home-based`).
    if (!/\p{Lu}/u.test(head)) continue
    const mention = longestPlace(analyzed, index, head)
    if (mention) mentions.push(mention)
  }
  return mentions
}

/**
 * The place suffix a hyphenated word ends with, if any. A function of its
 * own, not a closure in the loop above: a closure over the loop's token made
 * V8 allocate a context for every token of every block.
 */
function placeSuffixOf(lower: string): string | undefined {
  for (const ending of placeSuffixes) if (lower.endsWith(ending)) return ending
  return undefined
}

function longestPlace(analyzed: AnalyzedBlock, index: number, head: string): Mention | undefined {
  const {tokens, block} = analyzed
  const token = tokens[index]!
  const end = token.start + head.length
  for (let words = 2; words >= 0; words--) {
    const first = index - words
    // (A mark is never capitalized.)
    if (first < 0 || tokens.slice(first, index).some((before) => !before.capitalized)) continue
    const begin = tokens[first]!.start
    const name = block.text.slice(begin, end)
    const run = new Run(analyzed, first, index + 1)
    const mention = mentionOf(run, 'place', {cue: 'gazetteer', detail: 'compound'}, {name, start: begin, end})
    if (mention.places.length > 0) return mention
  }
  return undefined
}
