/**
 * The extraction step of the coverage formats: what the text adds to the
 * fields (correction notes, video embeds, live-blog updates), after the
 * entities and quotations are found.
 */
import type {Point} from 'unist'
import type {VFile} from 'vfile'
import type {Article, ArticleEntity, Quotation} from '../article.js'
import type {ArticleDocument} from '../document/document.js'
import type {ArticleMetadata} from '../metadata/metadata.js'
import {correctionNotes, mergeCorrections} from './correction.js'
import {liveBlogUpdates} from './live-blog.js'
import {checkVideos, mergeVideos} from './media.js'
import {findVideoEmbeds} from './video-embeds.js'

/** What the format step reads. */
export interface FormatInput {
  readonly document: ArticleDocument
  /** Indices of the story's blocks, title blocks included (a live blog may open with an update). */
  readonly body: readonly number[]
  readonly metadata: ArticleMetadata
  readonly quotations: readonly Quotation[]
  readonly entities: readonly ArticleEntity[]
  readonly file: VFile
  /** Where a frontmatter key stands, for messages about its value. */
  readonly placeOf: (key: string) => Point | undefined
}

/** The article's corrections, videos and live-blog updates (each absent when there are none). */
export function extractFormats(input: FormatInput): Pick<Article, 'corrections' | 'videos' | 'liveBlogUpdates'> {
  const {document, metadata, file} = input
  const corrections = mergeCorrections(metadata.corrections ?? [], correctionNotes(document))
  const source = file.value === undefined ? '' : String(file)
  const videos = mergeVideos(metadata.video ?? [], source ? findVideoEmbeds(source) : [])
  const fieldPlace = input.placeOf('video') ?? input.placeOf('videos')
  checkVideos(
    videos.map(({video, embed}) => ({video, place: embed ? document.toPosition(embed.offset, embed.offset)?.start : fieldPlace})),
    file
  )
  const updates =
    metadata.type === 'LiveBlogPosting'
      ? liveBlogUpdates({...input, timeZone: metadata.timeZone})
      : []
  return {
    corrections: corrections.length > 0 ? corrections : undefined,
    videos: videos.length > 0 ? videos.map(({video}) => video) : undefined,
    liveBlogUpdates: updates.length > 0 ? updates : undefined
  }
}
