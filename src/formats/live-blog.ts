/**
 * Live blogs (`LiveBlogPosting`): the story's sections under headings that
 * start with a time (`## 10:42 a.m. — Polls close`) are its updates. One
 * code path for Markdown, HTML and plain text: it reads the document's
 * blocks (in plain text, a short line that starts with a time is a heading).
 */
import type {VFile} from 'vfile'
import type {ArticleEntity, Quotation} from '../article.js'
import type {ArticleDocument, Block} from '../document/document.js'
import {byline} from '../extract/byline.js'
import {type TextSpan, spanOf} from '../extract/span.js'
import {report} from '../messages.js'
import {dateTime} from '../metadata/dates.js'
import type {ArticleMetadata} from '../metadata/metadata.js'
import type {LiveBlogUpdate} from './live-blog-update.js'
import {updateDates} from './update-dates.js'
import {readUpdateTime} from './update-time.js'

/** What the updates are found among. */
export interface LiveBlogContext {
  readonly document: ArticleDocument
  /** Indices of the story's blocks. */
  readonly body: readonly number[]
  readonly metadata: ArticleMetadata
  readonly timeZone: string | undefined
  readonly quotations: readonly Quotation[]
  readonly entities: readonly ArticleEntity[]
  readonly file: VFile
}

/**
 * The updates of a live blog, in the order of the text. A heading's time is
 * read in the article's zone, on the day of `coverageStartTime` (else of
 * `datePublished`) when it gives no date, or the next day past midnight
 * (see `updateDates`). An update time that cannot be
 * read, that comes before `coverageStartTime`, or that breaks the order of
 * the others (oldest first or newest first) is reported at its heading; the
 * update is kept.
 */
export function liveBlogUpdates(context: LiveBlogContext): LiveBlogUpdate[] {
  const {document, body, metadata, file} = context
  const starts = body.filter((index) => isUpdateHeading(document.format, document.blocks[index]!))
  const times = starts.map((start) => readUpdateTime(document.blocks[start]!.text)!)
  const dates = updateDates(times, {anchor: metadata.coverageStartTime ?? metadata.datePublished, coverageStartTime: metadata.coverageStartTime, timeZone: context.timeZone})
  const updates: LiveBlogUpdate[] = []
  let direction = 0
  let previous: string | undefined
  for (const [number, start] of starts.entries()) {
    const end = starts[number + 1]
    const blocks = body.filter((index) => index > start && (end === undefined || index < end))
    const heading = spanOf(document, document.blocks[start]!, 0, document.blocks[start]!.text.length)
    const read = times[number]!
    const datePublished = dates[number]
    if ('unreadable' in read) {
      report(file, 'unreadable-update-time', 'Unexpected update time `' + read.unreadable + '`, expected a time such as `10:42 a.m.`, `22:05` or `2026-11-03 22:05`; the update is kept without a time', {
        place: heading.position,
        actual: read.unreadable
      })
    } else if (datePublished === undefined) {
      report(file, 'unreadable-update-time', 'Unexpected update time without a date, expected a date in the heading or `coverageStartTime`', {place: heading.position, actual: read.time})
    }
    if (datePublished !== undefined) {
      if (metadata.coverageStartTime && dateTime(datePublished) < dateTime(metadata.coverageStartTime)) {
        report(file, 'update-before-coverage', 'Unexpected update at `' + datePublished + '` before `coverageStartTime`, expected `' + metadata.coverageStartTime + '` or later', {
          place: heading.position,
          actual: datePublished,
          expected: [metadata.coverageStartTime]
        })
      }
      if (previous !== undefined) {
        const step = Math.sign(dateTime(datePublished) - dateTime(previous))
        if (direction === 0) direction = step
        else if (step !== 0 && step !== direction) {
          report(file, 'update-out-of-order', 'Unexpected update at `' + datePublished + '` after one at `' + previous + '`, expected updates ' + (direction > 0 ? 'oldest first' : 'newest first') + ' like the ones before', {
            place: heading.position,
            actual: datePublished
          })
        }
      }
      previous = datePublished
    }
    updates.push(update(context, heading, 'unreadable' in read ? heading.text : read.rest, datePublished, blocks, [start, end]))
  }
  return updates
}

function update(context: LiveBlogContext, heading: TextSpan, rest: string | undefined, datePublished: string | undefined, blocks: number[], [start, end]: [number, number | undefined]): LiveBlogUpdate {
  const {document} = context
  // The block right under the heading: the story's opening may have taken it as the article's byline, so it need not be in `blocks`.
  const first = document.blocks[start + 1]
  const authors = first?.kind === 'paragraph' && (end === undefined || start + 1 < end) ? byline(first.text, context.metadata.publisher?.name) : undefined
  const text = blocks.filter((index) => !(authors && index === start + 1)).map((index) => document.blocks[index]!.text.trim())
  const inside = new Set(blocks)
  // A mention stands in the update when its source offset is between this heading and the next.
  const from = sourceOffset(document.blocks[start]!)
  const to = end === undefined ? Number.POSITIVE_INFINITY : sourceOffset(document.blocks[end]!)
  const within = (span: TextSpan) => from !== undefined && to !== undefined && span.position?.start.offset !== undefined && span.position.start.offset >= from && span.position.start.offset < to
  return {
    heading,
    headline: rest || firstSentence(text[0] ?? heading.text),
    datePublished,
    articleBody: text.join('\n\n'),
    authors: authors ?? [],
    quotations: context.quotations.flatMap((quotation, index) => (inside.has(quotation.block) ? [index] : [])),
    // The update's author is its byline, not a mention.
    entities: context.entities
      .filter((entity) => entity.mentions.some(within) && !(authors ?? []).some((author) => author.name === entity.name))
      .map((entity) => entity.name)
  }
}

/**
 * A heading that starts with a time, or looks like it does. HTML's `<h2>`…
 * `<h6>` are paragraph blocks of a heading element; in plain text a heading
 * is a short line of its own.
 */
function isUpdateHeading(format: ArticleDocument['format'], block: Block): boolean {
  const element = (block.node as {tagName?: unknown} | undefined)?.tagName
  const heading =
    block.kind === 'heading' ||
    (block.kind === 'paragraph' && typeof element === 'string' && /^h[2-6]$/.test(element)) ||
    (format === 'text' && block.kind === 'paragraph' && block.text.length <= 100 && !block.text.includes('\n'))
  return heading && readUpdateTime(block.text) !== undefined
}

function sourceOffset(block: Block): number | undefined {
  return block.map.toSource(0)
}

/** The first sentence of a text, at most about 110 characters. */
function firstSentence(text: string): string {
  const clean = text.replaceAll(/\s+/g, ' ').trim()
  const stop = clean.search(/[.!?](?:\s|$)/)
  const sentence = stop === -1 ? clean : clean.slice(0, stop + 1)
  if (sentence.length <= 110) return sentence
  const space = sentence.lastIndexOf(' ', 107)
  return sentence.slice(0, space > 0 ? space : 107) + '…'
}
