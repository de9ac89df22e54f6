import type {Position} from 'unist'
import type {ArticleDocument, Block} from '../document/document.js'

/** A piece of text with where it stands in the source. */
export interface TextSpan {
  readonly text: string
  /** `undefined` when the input had no positions. */
  readonly position: Position | undefined
}

/** The span of `block.text.slice(start, end)`. */
export function spanOf(document: ArticleDocument, block: Block, start: number, end: number): TextSpan {
  const from = block.map.toSource(start)
  const to = end > start ? block.map.toSource(end - 1) : from
  return {
    text: block.text.slice(start, end),
    position: from === undefined || to === undefined ? undefined : document.toPosition(from, to + (end > start ? 1 : 0))
  }
}
