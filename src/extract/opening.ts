import type {Byline, Dateline} from '../article.js'
import type {ArticleDocument, Block} from '../document/document.js'
import {findCountry} from '../gazetteer/countries.js'
import {findUsState} from '../gazetteer/us-states.js'
import type {ArticleMetadata} from '../metadata/metadata.js'
import {byline as readByline} from './byline.js'
import {type ParsedDateline, cityName, isDateOnly, parseDateline} from './dateline.js'
import {type TextSpan, spanOf} from './span.js'

/** The top of a story: headline, dek, byline, dateline and lede. */
export interface Opening {
  readonly headline: TextSpan | undefined
  readonly dek: TextSpan | undefined
  readonly byline: Byline | undefined
  readonly dateline: Dateline | undefined
  readonly parsedDateline: ParsedDateline | undefined
  readonly lede: TextSpan | undefined
  /** Indices of the blocks that carry the headline and dek. */
  readonly titleBlocks: readonly number[]
  /** Indices of the story's blocks: after the byline, without trailer. */
  readonly body: readonly number[]
}

/**
 * Read the top of a story: a first heading is the headline, lines under it
 * the dek, a `By …` paragraph the byline; a date-only line is skipped; the
 * first paragraph's dateline is parsed and the rest of it is the lede.
 */
export function readOpening(document: ArticleDocument, metadata: ArticleMetadata): Opening {
  const {blocks} = document
  const titleBlocks: number[] = []
  let index = 0
  if (blocks[0]?.kind === 'heading') titleBlocks.push(index++)
  let dek: TextSpan | undefined
  while (blocks[index]?.kind === 'dek') {
    dek ??= whole(blocks[index]!)
    titleBlocks.push(index++)
  }

  let byline: Byline | undefined
  const first = blocks[index]
  const authors = first?.kind === 'paragraph' ? readByline(first.text, metadata.publisher?.name) : undefined
  if (first && authors) {
    byline = {...whole(first), authors}
    index++
  }
  if (blocks[index] && isDateOnly(blocks[index]!.text)) index++
  // A press release's subheadline, release notice or time stamp above the dateline paragraph.
  const datelineAt = preambleEnd(blocks, index)
  for (; index < datelineAt; index++) {
    if (isReleaseNotice(blocks[index]!.text) || isDateOnly(blocks[index]!.text)) continue
    dek ??= whole(blocks[index]!)
    titleBlocks.push(index)
  }

  const body: number[] = []
  for (let position = index; position < blocks.length; position++) if (blocks[position]!.kind !== 'trailer') body.push(position)
  const ledeBlock = body[0] === undefined || blocks[body[0]]!.kind !== 'paragraph' ? undefined : blocks[body[0]]!
  const parsedDateline = ledeBlock ? parseDateline(ledeBlock.text, isRegion) : undefined
  // A dateline that is a paragraph of its own (`OSLO 1997-02-11`): the lede is the next one.
  const next = body[1] === undefined ? undefined : blocks[body[1]]
  const alone = parsedDateline !== undefined && ledeBlock !== undefined && parsedDateline.bodyStart >= ledeBlock.text.length && next?.kind === 'paragraph'
  const lede = alone ? whole(next) : ledeBlock ? spanOf(document, ledeBlock, parsedDateline?.bodyStart ?? 0, ledeBlock.text.length) : undefined

  return {
    headline: titleBlocks[0] === 0 && blocks[0]?.kind === 'heading' ? whole(blocks[0]) : undefined,
    dek,
    byline,
    dateline: ledeBlock && parsedDateline ? toDateline(ledeBlock, parsedDateline) : undefined,
    parsedDateline,
    lede: lede && lede.text.length > 0 ? lede : undefined,
    titleBlocks,
    body
  }

  function whole(block: Block): TextSpan {
    return spanOf(document, block, 0, block.text.length)
  }

  function toDateline(block: Block, parsed: ParsedDateline): Dateline {
    const state = parsed.region === undefined ? undefined : findUsState(parsed.region)
    const country = state || parsed.region === undefined ? undefined : findCountry(parsed.region)
    return {
      ...spanOf(document, block, 0, parsed.text.length),
      city: cityName(parsed.city),
      region: parsed.region,
      state: state?.postalCode,
      country: state ? 'US' : country?.code,
      source: parsed.source,
      geonameId: undefined
    }
  }
}

/**
 * Where the dateline paragraph is when short lines stand above it: a
 * subheadline (no sentence end, no quote), a release notice (`FOR IMMEDIATE
 * RELEASE`) or a time stamp; at most two of them. `index` when there are none.
 */
function preambleEnd(blocks: readonly Block[], index: number): number {
  for (let at = index; at < Math.min(blocks.length, index + 3); at++) {
    const block = blocks[at]!
    if (block.kind !== 'paragraph' && block.kind !== 'dek') return index
    if (at > index && parseDateline(block.text, isRegion)) return at
    if (!(isReleaseNotice(block.text) || isDateOnly(block.text) || isSubheadline(block.text))) return index
  }
  return index
}

/** `Project will let up to 2,400 households subscribe`: a short line with no sentence end and no quote. */
function isSubheadline(text: string): boolean {
  const trimmed = text.trim()
  return trimmed.length > 0 && trimmed.length <= 300 && !/[.!?:;"“”]$/.test(trimmed) && !/["“”]/.test(trimmed) && parseDateline(trimmed, isRegion) === undefined
}

// Lines a wire or a newsroom puts above a release.
const releaseNotices = new Set(['for immediate release', 'news release', 'press release', 'media advisory', 'for release', 'embargoed'])

/** `FOR IMMEDIATE RELEASE`, `News Release:`. */
function isReleaseNotice(text: string): boolean {
  return releaseNotices.has(text.trim().replace(/:$/, '').toLowerCase())
}

function isRegion(region: string): boolean {
  return findUsState(region) !== undefined || findCountry(region) !== undefined
}
